// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace milepost {

class FlatRowGeometry;

// Asks a model that reads its rows as they are shown (canFetchMore, fetchMore) for the rows a
// range of shown rows needs: the children of an open row that has none read yet, and more
// children of a parent whose last child read so far is in the range. The timeline calls it
// with the rows in view and a page below them whenever it scrolls or its rows change, so that
// the tree and the chart, which lay out the same rows, fetch together.
class RowFetcher final
{
public:
    explicit RowFetcher(const FlatRowGeometry *rows)
        : m_rows(rows)
    {
    }

    // Fetches for rows first to last (clamped), again after each fetch, at most passes times;
    // returns how many fetches it made.
    int fetch(int first, int last, int passes = 8) const;

private:
    const FlatRowGeometry *m_rows = nullptr;
};

} // namespace milepost
