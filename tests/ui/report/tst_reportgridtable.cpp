// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "report/reportgridtable.h"

#include <numeric>

using namespace milepost;

TEST_CASE("a printed table spans the page exactly and keeps every row", "[report][boardpack][table]")
{
    const ReportStyle style;
    const QString note = QStringLiteral("split of the 2,700 classified hires for the year (100-Day Plan Report: \"over 2,700\")");
    QList<QStringList> rows;
    for (int i = 0; i < 120; ++i)
        rows.append({QStringLiteral("2021-22"), QStringLiteral("NE"), QString(), QStringLiteral("Classified"),
                     QStringLiteral("Building and grounds worker"), QString(), QString(), QString::number(i),
                     QStringLiteral("illustrative"), QString(), QString::number(i + 2), i % 3 ? note : QString()});
    const QStringList headers{QStringLiteral("Period"), QStringLiteral("Local District"), QStringLiteral("Site"),
                              QStringLiteral("Employee group"), QStringLiteral("Job category"), QStringLiteral("Positions"),
                              QStringLiteral("Vacancies"), QStringLiteral("Hires"), QStringLiteral("Sample"),
                              QStringLiteral("Not added because"), QStringLiteral("Line"), QStringLiteral("Note")};
    for (const qreal width : {960.0, 720.0, 400.0}) {
        INFO("width " << width);
        ReportGridTable table(headers, QList<Qt::Alignment>(headers.size(), Qt::AlignLeft), rows, style);
        table.layout(width, 600, 400);
        const QList<qreal> widths = table.columnWidths();
        REQUIRE(widths.size() == headers.size());
        CHECK(std::accumulate(widths.cbegin(), widths.cend(), qreal(0)) == Approx(width).margin(0.01));
        for (qreal w : widths)
            CHECK(w > 0);
        // Every row on exactly one page, in order, each page within its height.
        int next = 0;
        for (int page = 0; page < table.pageCount(); ++page) {
            CHECK(table.pages().at(page).firstRow == next);
            next += table.pages().at(page).rowCount;
            CHECK(table.pageHeight(page) <= (page == 0 ? 400 : 600));
        }
        CHECK(next == rows.size());
        CHECK(table.pageCount() > 2);
    }
}
