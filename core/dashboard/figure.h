// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <optional>

namespace milepost {

// A number on the dashboard and the rows it was computed from, so that a click on it can show
// exactly those rows. rows are indexes into the list the figure was computed over (the plan's
// milestones in order, the staffing or enrollment records, the capital projects), ascending
// and without duplicates. value is a count, a sum of counts, or a sum of cents.
//
// A figure the database counted (CapitalDashboardQuery) lists no rows: counted says how many
// rows feed it, and a click on it asks the database for them.
//
// Where it comes from: sampleValue is the part of value that sample rows give (by amount for a
// sum, by rows for a count, which adds 1 a row), and sources names the imported sources of its
// rows, so that a card can say "12% of this figure is sample data" and "pooled from 3 sources".
struct Figure final
{
    qint64 value = 0;
    QList<int> rows;
    qint64 counted = 0; // rows counted without being listed
    bool illustrative = false; // a row behind it is sample data, invented to fill a breakdown
    qint64 sampleValue = 0;
    QStringList sources; // sorted, each once

    // Adds amount to value and row to rows (once).
    void add(qint64 amount, int row, bool rowIsIllustrative)
    {
        value += amount;
        if (rowIsIllustrative)
            sampleValue += amount;
        addRow(row, rowIsIllustrative);
    }
    // Names the sources of the rows listed: source(row) gives a row's source.
    template<typename SourceOf>
    void nameSources(SourceOf source)
    {
        QStringList names; // rows of one source mostly come together: each run named once
        for (int row : std::as_const(rows)) {
            QString name = source(row);
            if (names.isEmpty() || names.constLast() != name)
                names.append(std::move(name));
        }
        addSources(names);
    }
    void addSources(QStringList names)
    {
        names.append(sources);
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        sources = std::move(names);
    }
    // Whether its rows come from more than one source.
    bool isPooled() const { return sources.size() > 1; }
    // The share of value that sample rows give, 0 to 1; nullopt when no sample row feeds it, or
    // when value is 0 (a share of nothing).
    std::optional<double> sampleShare() const
    {
        if (!illustrative || value == 0)
            return std::nullopt;
        return double(sampleValue) / double(value);
    }
    void addRow(int row, bool rowIsIllustrative)
    {
        illustrative = illustrative || rowIsIllustrative;
        if (rows.isEmpty() || rows.constLast() < row) {
            rows.append(row);
            return;
        }
        const auto at = std::lower_bound(rows.begin(), rows.end(), row);
        if (*at != row)
            rows.insert(at, row);
    }
    // Adds other's value and rows. The two row lists are merged in one pass: adding rows one by
    // one moves the tail of the list for each row that falls inside it, which made a breakdown's
    // total of 70,000 rows cost seconds.
    void merge(const Figure &other)
    {
        value += other.value;
        counted += other.counted;
        illustrative = illustrative || other.illustrative;
        sampleValue += other.sampleValue;
        if (!other.sources.isEmpty())
            addSources(other.sources);
        if (other.rows.isEmpty())
            return;
        if (rows.isEmpty() || rows.constLast() < other.rows.constFirst()) {
            rows.append(other.rows);
            return;
        }
        QList<int> merged;
        merged.reserve(rows.size() + other.rows.size());
        std::set_union(rows.cbegin(), rows.cend(), other.rows.cbegin(), other.rows.cend(), std::back_inserter(merged));
        rows = std::move(merged);
    }
    bool isEmpty() const { return rows.isEmpty() && counted == 0; }
    // How many rows feed the figure, listed or counted.
    qint64 rowCount() const { return qint64(rows.size()) + counted; }

    friend bool operator==(const Figure &, const Figure &) = default;
};

} // namespace milepost
