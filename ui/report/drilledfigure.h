// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/boardpacksection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace milepost {

// A key figure of a dashboard page whose rows a board pack prints after the page, as the window
// does for the figure drilled into: `report --sections staffing --drill staffing.vacancies`.
// Named SECTION.FIGURE by names that do not change with the language.
struct DrilledFigure final
{
    Q_DECLARE_TR_FUNCTIONS(DrilledFigure)

public:
    BoardPackSection::Kind section = BoardPackSection::Kind::Staffing;
    QString key;      // "staffing.vacancies"
    QString tileName; // the object name of its tile on the page: "vacanciesTile"

    // Every figure that can be drilled into, page by page in the order of the pack's sections.
    static QList<DrilledFigure> all();
    static QStringList keys();

    // "staffing.vacancies,capital.late" (names may also come in several texts, as a repeated
    // option gives them). Refused with error: an unknown name (the error lists the valid ones), a
    // figure whose page is not among sections, a name given twice or two figures of one page (a
    // page shows the rows of one figure).
    static bool parse(const QStringList &texts, const QList<BoardPackSection::Kind> &sections,
                      QList<DrilledFigure> *figures, QString *error);

    friend bool operator==(const DrilledFigure &, const DrilledFigure &) = default;
};

} // namespace milepost
