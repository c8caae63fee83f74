// SPDX-License-Identifier: GPL-3.0-or-later
#include "planeditfield.h"

#include "progress/progressstatus.h"

#include <QRegularExpression>

#include <algorithm>

namespace milepost {

QString PlanEditField::key(Id field)
{
    switch (field) {
    case Id::Title:
        return QStringLiteral("title");
    case Id::PlannedStart:
        return QStringLiteral("planned_start");
    case Id::PlannedEnd:
        return QStringLiteral("planned_end");
    case Id::Quarters:
        return QStringLiteral("quarters");
    case Id::Removed:
        return QStringLiteral("removed");
    case Id::ObjectiveStatus:
        return QStringLiteral("objective_status");
    case Id::EstimatedCompletion:
        break;
    }
    return QStringLiteral("estimated_completion");
}

QString PlanEditField::label(Id field)
{
    switch (field) {
    case Id::Title:
        return tr("Title");
    case Id::PlannedStart:
        return tr("Planned start");
    case Id::PlannedEnd:
        return tr("Planned end");
    case Id::Quarters:
        return tr("Quarters marked");
    case Id::Removed:
        return tr("Removed");
    case Id::ObjectiveStatus:
        return tr("Objective status");
    case Id::EstimatedCompletion:
        break;
    }
    return tr("Estimated completion");
}

std::optional<PlanEditField::Id> PlanEditField::fromKey(const QString &key)
{
    for (Id field : all) {
        if (PlanEditField::key(field) == key)
            return field;
    }
    return std::nullopt;
}

QString PlanEditField::quartersText(const QList<YearQuarter> &quarters)
{
    QList<YearQuarter> sorted = quarters;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QStringList parts;
    for (const YearQuarter &quarter : std::as_const(sorted))
        parts.append(QStringLiteral("%1-Q%2").arg(quarter.year, 4, 10, QLatin1Char('0')).arg(quarter.quarter));
    return parts.isEmpty() ? QStringLiteral("") : parts.join(QLatin1Char(' '));
}

std::optional<QList<YearQuarter>> PlanEditField::quartersFromText(const QString &text)
{
    // "2022-Q3", "Q3-22", "Q3 2022", separated by spaces, commas or semicolons.
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-?Q([1-4])$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression written(QStringLiteral("^Q([1-4])[- ]?(\\d{2}|\\d{4})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separators(QStringLiteral("\\s*[,;]\\s*|\\s+(?=\\d{4}-?Q|Q[1-4][- ]?\\d{2}\\b)"),
                                               QRegularExpression::CaseInsensitiveOption);
    QList<YearQuarter> quarters;
    for (const QString &part : text.trimmed().split(separators, Qt::SkipEmptyParts)) {
        if (const auto match = iso.match(part); match.hasMatch()) {
            quarters.append({match.captured(1).toInt(), match.captured(2).toInt()});
        } else if (const auto other = written.match(part); other.hasMatch()) {
            const int year = other.captured(2).toInt();
            // Two-digit years are this century's, as the plan's own "Q3-22" marks are.
            quarters.append({year < 100 ? 2000 + year : year, other.captured(1).toInt()});
        } else {
            return std::nullopt;
        }
    }
    std::sort(quarters.begin(), quarters.end());
    quarters.erase(std::unique(quarters.begin(), quarters.end()), quarters.end());
    return quarters;
}

PlanDate PlanEditField::dateFromText(const QString &canonical)
{
    if (canonical.isEmpty())
        return PlanDate();
    return PlanDate::parse(canonical);
}

bool PlanEditField::normalise(Id field, const QString &input, QString *canonical, QString *reason)
{
    const QString text = input.simplified();
    *canonical = QString();
    switch (field) {
    case Id::Title:
        if (text.isEmpty()) {
            *reason = tr("a milestone needs a title");
            return false;
        }
        *canonical = text;
        return true;
    case Id::PlannedStart:
    case Id::PlannedEnd:
    case Id::EstimatedCompletion: {
        if (text.isEmpty()) {
            if (field == Id::EstimatedCompletion) {
                *canonical = QStringLiteral("");
                return true;
            }
            *reason = tr("%1 is empty: give a date, a month, a quarter, “Ongoing” or “N/A”").arg(label(field));
            return false;
        }
        const PlanDate date = PlanDate::parse(text);
        if (!date.isValid()) {
            *reason = tr("%1 “%2” cannot be read: %3").arg(label(field), text, date.reason());
            return false;
        }
        *canonical = date.canonical();
        return true;
    }
    case Id::Quarters:
        if (const auto quarters = quartersFromText(text)) {
            *canonical = quartersText(*quarters);
            return true;
        }
        *reason = tr("“%1” are not quarters: write them as Q3-22, Q4-22 or 2022-Q3 2022-Q4").arg(text);
        return false;
    case Id::Removed:
        if (text == QLatin1String("yes") || text == QLatin1String("no")) {
            *canonical = text;
            return true;
        }
        *reason = tr("“%1” is neither yes nor no").arg(text);
        return false;
    case Id::ObjectiveStatus:
        if (text.isEmpty())
            return true; // null: no recorded status
        if (const auto status = ProgressStatus::parse(text)) {
            *canonical = ProgressStatus::key(*status);
            return true;
        }
        *reason = tr("“%1” is not a status; use one of %2").arg(text, ProgressStatus::keyList());
        return false;
    }
    return false;
}

QString PlanEditField::displayValue(Id field, const QString &canonical)
{
    switch (field) {
    case Id::Title:
        return canonical;
    case Id::PlannedStart:
    case Id::PlannedEnd:
    case Id::EstimatedCompletion:
        return canonical.isEmpty() ? tr("none") : dateFromText(canonical).displayText();
    case Id::Quarters:
        return canonical.isEmpty() ? tr("none") : canonical;
    case Id::Removed:
        return canonical == QLatin1String("yes") ? tr("not in the plan") : tr("in the plan");
    case Id::ObjectiveStatus:
        if (const auto status = ProgressStatus::parse(canonical))
            return ProgressStatus::label(*status);
        return tr("not recorded");
    }
    return canonical;
}

} // namespace milepost
