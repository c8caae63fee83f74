// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure.h"

#include <QList>
#include <QString>

namespace milepost {

// Figures by category and series: milestones by phase (categories) and status (series),
// hires and vacancies (series) by Local District (categories). A breakdown with one series is
// a plain list of figures, which is what a donut or a histogram shows. Keys are stable and
// never translated (a status key, a district name as the data spells it); texts are for people.
class Breakdown final
{
public:
    struct Label
    {
        QString key;
        QString text;

        friend bool operator==(const Label &, const Label &) = default;
    };

    Breakdown() = default;
    Breakdown(const QList<Label> &categories, const QList<Label> &series);

    const QList<Label> &categories() const { return m_categories; }
    const QList<Label> &series() const { return m_series; }
    int categoryCount() const { return int(m_categories.size()); }
    int seriesCount() const { return int(m_series.size()); }
    // -1 when there is no such key.
    int categoryIndex(const QString &key) const;
    int seriesIndex(const QString &key) const;

    // Adds a category with empty figures and returns its index; an existing key's index when
    // the key is taken.
    int addCategory(const Label &category);
    int addSeries(const Label &series);

    Figure &at(int series, int category) { return m_cells[series][category]; }
    const Figure &at(int series, int category) const { return m_cells.at(series).at(category); }

    // Names the sources of every cell's rows (Figure::nameSources).
    template<typename SourceOf>
    void nameSources(SourceOf source)
    {
        for (QList<Figure> &cells : m_cells) {
            for (Figure &cell : cells)
                cell.nameSources(source);
        }
    }

    Figure categoryTotal(int category) const;
    Figure seriesTotal(int series) const;
    Figure total() const;
    bool isIllustrative() const;
    bool isEmpty() const { return total().isEmpty(); }

    // Reorders the categories by their total, largest first; equal totals keep their order.
    void sortCategoriesByTotal();
    // Reorders the categories by key in natural order ("LD 2" before "LD 10"), ignoring case.
    void sortCategoriesByKey();
    // Reorders the series by key in natural order, ignoring case.
    void sortSeriesByKey();

    friend bool operator==(const Breakdown &, const Breakdown &) = default;

private:
    void reorderCategories(const QList<int> &order);

    QList<Label> m_categories;
    QList<Label> m_series;
    QList<QList<Figure>> m_cells; // [series][category]
};

} // namespace milepost
