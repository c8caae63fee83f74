// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "report/reportgridtable.h"

#include <QFontMetricsF>

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

TEST_CASE("a printed table never cuts an amount or a date short: its column is at least as wide as its longest word",
          "[report][boardpack][table]")
{
    // The drilled capital rows of the board pack, fourteen columns across a landscape page:
    // before, the wide columns' share was taken from the amounts too, and $10,739,750 was printed
    // as 0,739,750.
    const ReportStyle style;
    const QStringList headers{QStringLiteral("School"), QStringLiteral("Site"), QStringLiteral("District"),
                              QStringLiteral("Board District"), QStringLiteral("Type"), QStringLiteral("Description"),
                              QStringLiteral("Phase"), QStringLiteral("Budget"), QStringLiteral("Estimate"),
                              QStringLiteral("Spent"), QStringLiteral("Planned end"), QStringLiteral("Schedule"),
                              QStringLiteral("Sample"), QStringLiteral("Line")};
    const QStringList row{QStringLiteral("Leland St Global Awareness Magnet and STEAM Acad."), QStringLiteral("1407"),
                          QStringLiteral("NE"), QStringLiteral("3"), QStringLiteral("Auditorium"),
                          QStringLiteral("Accessibility enhancements (Americans with Disabilities Act)"),
                          QStringLiteral("Construction"), QStringLiteral("$10,739,750"), QStringLiteral("$10,040,962"),
                          QStringLiteral("$1,025,605"), QStringLiteral("10/28/2022"),
                          QStringLiteral("open, at least 113 days late"), QStringLiteral("illustrative"), QStringLiteral("62")};
    const QList<QStringList> rows(20, row);
    QList<Qt::Alignment> alignments(headers.size(), Qt::AlignLeft);
    for (int c : {1, 7, 8, 9, 10, 13})
        alignments[c] = Qt::AlignRight;
    const QFontMetricsF metrics(style.tableFont());
    qreal natural = 0;
    for (const QString &cell : row)
        natural += metrics.horizontalAdvance(cell);
    // A page that holds every column's longest word, not every cell on one line.
    const qreal width = natural * 0.7;
    ReportGridTable table(headers, alignments, rows, style);
    table.layout(width, 2000, 2000);
    const QList<qreal> widths = table.columnWidths();
    REQUIRE(widths.size() == headers.size());
    CHECK(std::accumulate(widths.cbegin(), widths.cend(), qreal(0)) == Approx(width).margin(0.01));
    for (int c : {4, 6, 7, 8, 9, 10, 12}) {
        INFO("column " << headers.at(c).toStdString());
        CHECK(widths.at(c) >= metrics.horizontalAdvance(row.at(c)));
    }
    // Too narrow a page for every column's longest word: a value may take two lines, and the
    // row grows for it, rather than being drawn past its column.
    ReportGridTable narrow(headers, alignments, rows, style);
    narrow.layout(natural * 0.25, 2000, 2000);
    const QList<qreal> narrowWidths = narrow.columnWidths();
    CHECK(std::accumulate(narrowWidths.cbegin(), narrowWidths.cend(), qreal(0)) == Approx(natural * 0.25).margin(0.01));
    CHECK(narrow.pageHeight(0) > table.pageHeight(0));
}
