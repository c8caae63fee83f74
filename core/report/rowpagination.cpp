// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowpagination.h"

namespace milepost {

namespace {

// Sums of floating-point heights drift; a row that fits to a millionth of a point fits.
constexpr double tolerance = 1e-6;

} // namespace

QList<RowPagination::Page> RowPagination::paginate(const Input &input)
{
    QList<Page> pages;
    const auto &rows = input.rows;
    const int count = int(rows.size());
    int index = 0;
    while (index < count) {
        Page page;
        page.firstRow = index;
        const double pageHeight =
            pages.isEmpty() && input.firstPageHeight >= 0 ? input.firstPageHeight : input.pageHeight;
        double used = input.headerHeight;
        const Row &first = rows.at(index);
        // Rows of a group whose label was on an earlier page get the label again.
        if (first.group >= 0 && index > 0 && rows.at(index - 1).group == first.group) {
            page.continuedGroup = first.group;
            used += input.continuationHeights.value(first.group, 0.0);
        }

        while (index < count) {
            // The rows that must go together: a keepWithNext chain and the row it leads to.
            int last = index;
            double chain = rows.at(index).height;
            while (rows.at(last).keepWithNext && last + 1 < count) {
                ++last;
                chain += rows.at(last).height;
            }
            if (used + chain <= pageHeight + tolerance) {
                used += chain;
                page.rowCount += last - index + 1;
                index = last + 1;
                continue;
            }
            if (page.rowCount > 0)
                break; // the chain starts the next page
            // Not even on an empty page: place what fits of the chain, and at least its first row.
            do {
                used += rows.at(index).height;
                ++page.rowCount;
                ++index;
            } while (index <= last && used + rows.at(index).height <= pageHeight + tolerance);
            page.oversized = used > pageHeight + tolerance && page.rowCount == 1;
            break;
        }
        page.usedHeight = used;
        pages.append(page);
    }
    return pages;
}

} // namespace milepost
