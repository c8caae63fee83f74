// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowpagination.h"

#include <algorithm>

namespace milepost {

namespace {

// Sums of floating-point heights drift; a row that fits to a millionth of a point fits.
constexpr double tolerance = 1e-6;

} // namespace

QList<RowPagination::Page> RowPagination::paginate(const Input &input)
{
    QList<Page> pages = fill(input);
    if (pages.size() < 2)
        return pages;
    if (input.balance)
        return balanced(input, pages, 0);
    if (input.balanceTail) {
        const Page &last = pages.constLast();
        if (last.usedHeight - input.headerHeight < (input.pageHeight - input.headerHeight) / 3)
            return balanced(input, pages, pages.size() - 2);
    }
    return pages;
}

QList<RowPagination::Page> RowPagination::balanced(const Input &input, QList<Page> pages, qsizetype cutFrom)
{
    const auto oversized = [](const QList<Page> &candidate) {
        return std::count_if(candidate.cbegin(), candidate.cend(), [](const Page &page) { return page.oversized; });
    };
    const qsizetype count = pages.size();
    const qsizetype tooTall = oversized(pages);
    // The most height every page can give up without needing another page: found by bisection,
    // since fewer points per page never means fewer pages.
    double feasible = 0;
    double infeasible = input.pageHeight;
    for (int step = 0; step < 40 && infeasible - feasible > 0.01; ++step) {
        const double cut = (feasible + infeasible) / 2;
        const QList<Page> candidate = fill(input, cut, cutFrom);
        if (candidate.size() == count && oversized(candidate) == tooTall) {
            feasible = cut;
            pages = candidate;
        } else {
            infeasible = cut;
        }
    }
    return pages;
}

QList<RowPagination::Page> RowPagination::fill(const Input &input, double cut, qsizetype cutFrom)
{
    QList<Page> pages;
    const auto &rows = input.rows;
    const int count = int(rows.size());
    int index = 0;
    while (index < count) {
        Page page;
        page.firstRow = index;
        const double fullHeight =
            pages.isEmpty() && input.firstPageHeight >= 0 ? input.firstPageHeight : input.pageHeight;
        const double pageHeight = pages.size() >= cutFrom ? std::max(0.0, fullHeight - cut) : fullHeight;
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
