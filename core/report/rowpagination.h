// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace milepost {

// Splits the rows of a table into pages: a row never straddles a page break, the table's
// header repeats at the top of every page, and a group (an objective with its milestones)
// continued from the previous page repeats its label. A heading marked keepWithNext is not
// left alone at the bottom of a page. Heights are in any one unit (points, for the report).
class RowPagination final
{
public:
    struct Row
    {
        double height = 0;
        // The group the row belongs to, or -1. The first row of a group is its label.
        int group = -1;
        // Move to the next page with the following row rather than end a page here.
        bool keepWithNext = false;
    };

    struct Input
    {
        double pageHeight = 0;      // the height for header and rows on a page
        double firstPageHeight = -1; // the same on the first page (less under a title); < 0: pageHeight
        double headerHeight = 0;     // repeated on every page
        // The height of a group's "(continued)" label, repeated above its rows on a new page;
        // indexed by group, missing entries mean 0 (no label).
        QList<double> continuationHeights;
        QList<Row> rows;
        // Spread the rows evenly over the fewest pages instead of filling each page in turn,
        // so that the last page is not one row (for the timeline, whose pages are taped together).
        bool balance = false;
        // Fill every page in turn, but when the last one would be less than a third full,
        // share the last two pages' rows evenly between them: full pages, and no lonely rows.
        bool balanceTail = false;
    };

    struct Page
    {
        int firstRow = 0;
        int rowCount = 0;
        // The group whose label is repeated above the rows, or -1.
        int continuedGroup = -1;
        // Header, continuation label and rows.
        double usedHeight = 0;
        // A single row taller than the page: placed alone, to be clipped or shrunk by the painter.
        bool oversized = false;
    };

    static QList<Page> paginate(const Input &input);

private:
    // Pages from cutFrom on have cut less height than the input says.
    static QList<Page> fill(const Input &input, double cut = 0, qsizetype cutFrom = 0);
    // The largest cut of the pages from cutFrom on that keeps pages' count and oversized rows.
    static QList<Page> balanced(const Input &input, QList<Page> pages, qsizetype cutFrom);
};

} // namespace milepost
