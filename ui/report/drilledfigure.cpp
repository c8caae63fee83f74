// SPDX-License-Identifier: GPL-3.0-or-later
#include "drilledfigure.h"

namespace milepost {

using Kind = BoardPackSection::Kind;

QList<DrilledFigure> DrilledFigure::all()
{
    const auto figure = [](Kind section, const char *name, const char *tile) {
        return DrilledFigure{section, BoardPackSection::key(section) + QLatin1Char('.') + QLatin1String(name),
                             QLatin1String(tile)};
    };
    return {
        figure(Kind::Staffing, "hires", "hiresTile"),
        figure(Kind::Staffing, "vacancies", "vacanciesTile"),
        figure(Kind::Staffing, "fill-rate", "fillRateTile"),
        figure(Kind::Staffing, "hires-change", "hiresChangeTile"),
        figure(Kind::Staffing, "rows-not-added", "staffingNotCountedTile"),
        figure(Kind::Enrollment, "students", "studentsTile"),
        figure(Kind::Enrollment, "change", "enrollmentChangeTile"),
        figure(Kind::Enrollment, "classrooms", "classroomsTile"),
        figure(Kind::Enrollment, "rows-not-added", "enrollmentNotCountedTile"),
        figure(Kind::Capital, "projects", "projectsTile"),
        figure(Kind::Capital, "budget", "budgetTile"),
        figure(Kind::Capital, "estimate", "estimateTile"),
        figure(Kind::Capital, "spent", "spentTile"),
        figure(Kind::Capital, "over-budget", "overBudgetTile"),
        figure(Kind::Capital, "late", "lateTile"),
    };
}

QStringList DrilledFigure::keys()
{
    QStringList result;
    for (const DrilledFigure &figure : all())
        result.append(figure.key);
    return result;
}

bool DrilledFigure::parse(const QStringList &texts, const QList<Kind> &sections, QList<DrilledFigure> *figures,
                          QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QList<DrilledFigure> known = all();
    QList<DrilledFigure> result;
    for (const QString &text : texts) {
        for (const QString &raw : text.split(QLatin1Char(','))) {
            const QString name = raw.trimmed().toLower();
            if (name.isEmpty())
                return fail(tr("an empty figure name in \"%1\"; the key figures are %2")
                                .arg(text, keys().join(QLatin1String(", "))));
            const auto found = std::find_if(known.begin(), known.end(),
                                            [&](const DrilledFigure &figure) { return figure.key == name; });
            if (found == known.end())
                return fail(tr("\"%1\" is not a key figure; the key figures are %2")
                                .arg(raw.trimmed(), keys().join(QLatin1String(", "))));
            if (!sections.contains(found->section))
                return fail(tr("the board pack has no %1 section for \"%2\"; add %1 to --sections")
                                .arg(BoardPackSection::key(found->section), name));
            for (const DrilledFigure &chosen : std::as_const(result)) {
                if (chosen.key == name)
                    return fail(tr("the figure \"%1\" is named twice").arg(name));
                if (chosen.section == found->section)
                    return fail(tr("\"%1\" and \"%2\" are on the same page, which shows the rows of one figure")
                                    .arg(chosen.key, name));
            }
            result.append(*found);
        }
    }
    if (figures)
        *figures = result;
    return true;
}

} // namespace milepost
