// SPDX-License-Identifier: GPL-3.0-or-later
#include "breakdown.h"

#include "naturalorder.h"

#include <algorithm>
#include <numeric>

namespace milepost {

Breakdown::Breakdown(const QList<Label> &categories, const QList<Label> &series)
{
    for (const Label &label : series)
        addSeries(label);
    for (const Label &label : categories)
        addCategory(label);
}

int Breakdown::categoryIndex(const QString &key) const
{
    for (int i = 0; i < m_categories.size(); ++i) {
        if (m_categories.at(i).key == key)
            return i;
    }
    return -1;
}

int Breakdown::seriesIndex(const QString &key) const
{
    for (int i = 0; i < m_series.size(); ++i) {
        if (m_series.at(i).key == key)
            return i;
    }
    return -1;
}

int Breakdown::addCategory(const Label &category)
{
    if (const int existing = categoryIndex(category.key); existing >= 0)
        return existing;
    m_categories.append(category);
    for (QList<Figure> &row : m_cells)
        row.append(Figure{});
    return int(m_categories.size()) - 1;
}

int Breakdown::addSeries(const Label &series)
{
    if (const int existing = seriesIndex(series.key); existing >= 0)
        return existing;
    m_series.append(series);
    m_cells.append(QList<Figure>(m_categories.size()));
    return int(m_series.size()) - 1;
}

Figure Breakdown::categoryTotal(int category) const
{
    Figure total;
    for (const QList<Figure> &row : m_cells)
        total.merge(row.at(category));
    return total;
}

Figure Breakdown::seriesTotal(int series) const
{
    Figure total;
    for (const Figure &cell : m_cells.at(series))
        total.merge(cell);
    return total;
}

Figure Breakdown::total() const
{
    Figure total;
    for (const QList<Figure> &row : m_cells) {
        for (const Figure &cell : row)
            total.merge(cell);
    }
    return total;
}

bool Breakdown::isIllustrative() const
{
    for (const QList<Figure> &row : m_cells) {
        for (const Figure &cell : row) {
            if (cell.illustrative)
                return true;
        }
    }
    return false;
}

void Breakdown::sortCategoriesByTotal()
{
    QList<qint64> totals;
    for (int c = 0; c < m_categories.size(); ++c) {
        qint64 sum = 0;
        for (const QList<Figure> &row : m_cells)
            sum += row.at(c).value;
        totals.append(sum);
    }
    QList<int> order(m_categories.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return totals.at(a) > totals.at(b); });
    reorderCategories(order);
}

void Breakdown::sortCategoriesByKey()
{
    QList<int> order(m_categories.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return NaturalOrder::compare(m_categories.at(a).key, m_categories.at(b).key) < 0;
    });
    reorderCategories(order);
}

void Breakdown::sortSeriesByKey()
{
    QList<int> order(m_series.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return NaturalOrder::compare(m_series.at(a).key, m_series.at(b).key) < 0;
    });
    QList<Label> series;
    QList<QList<Figure>> cells;
    for (int i : order) {
        series.append(m_series.at(i));
        cells.append(m_cells.at(i));
    }
    m_series = series;
    m_cells = cells;
}

void Breakdown::reorderCategories(const QList<int> &order)
{
    QList<Label> categories;
    for (int i : order)
        categories.append(m_categories.at(i));
    m_categories = categories;
    for (QList<Figure> &row : m_cells) {
        QList<Figure> reordered;
        for (int i : order)
            reordered.append(row.at(i));
        row = reordered;
    }
}

} // namespace milepost
