// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardpacksection.h"

namespace milepost {

QList<BoardPackSection::Kind> BoardPackSection::all()
{
    return {Kind::PlanSummary, Kind::Milestones, Kind::Timeline, Kind::Staffing, Kind::Enrollment, Kind::Capital};
}

QString BoardPackSection::key(Kind kind)
{
    switch (kind) {
    case Kind::PlanSummary:
        return QStringLiteral("plan");
    case Kind::Milestones:
        return QStringLiteral("milestones");
    case Kind::Timeline:
        return QStringLiteral("timeline");
    case Kind::Staffing:
        return QStringLiteral("staffing");
    case Kind::Enrollment:
        return QStringLiteral("enrollment");
    case Kind::Capital:
        return QStringLiteral("capital");
    }
    return {};
}

QString BoardPackSection::title(Kind kind)
{
    switch (kind) {
    case Kind::PlanSummary:
        return tr("Plan summary");
    case Kind::Milestones:
        return tr("Milestones by objective");
    case Kind::Timeline:
        return tr("Timeline");
    case Kind::Staffing:
        return tr("Staffing");
    case Kind::Enrollment:
        return tr("Enrollment");
    case Kind::Capital:
        return tr("Capital projects");
    }
    return {};
}

QStringList BoardPackSection::keys()
{
    QStringList result;
    for (Kind kind : all())
        result.append(key(kind));
    return result;
}

bool BoardPackSection::isDashboardPage(Kind kind)
{
    return kind == Kind::Staffing || kind == Kind::Enrollment || kind == Kind::Capital;
}

bool BoardPackSection::parse(const QString &text, QList<Kind> *kinds, QString *error)
{
    const QString valid = keys().join(QLatin1String(", "));
    QList<Kind> result;
    const QStringList names = text.split(QLatin1Char(','));
    for (const QString &raw : names) {
        const QString name = raw.trimmed().toLower();
        if (name.isEmpty()) {
            if (error)
                *error = tr("an empty section name in \"%1\"; the sections are %2").arg(text, valid);
            return false;
        }
        const qsizetype at = keys().indexOf(name);
        if (at < 0) {
            if (error)
                *error = tr("\"%1\" is not a section; the sections are %2").arg(raw.trimmed(), valid);
            return false;
        }
        const Kind kind = all().at(at);
        if (result.contains(kind)) {
            if (error)
                *error = tr("the section \"%1\" is named twice").arg(name);
            return false;
        }
        result.append(kind);
    }
    if (kinds)
        *kinds = result;
    return true;
}

} // namespace milepost
