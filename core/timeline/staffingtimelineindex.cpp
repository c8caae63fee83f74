// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingtimelineindex.h"

#include "dashboard/naturalorder.h"

#include <algorithm>
#include <numeric>

namespace milepost {

StaffingTimelineIndex::StaffingTimelineIndex(StaffingTimelineMatch match)
    : m_match(std::move(match))
{
}

void StaffingTimelineIndex::add(qint64 key, const Order &order, const QString &district, const QString &category,
                                const QString &site, const Period &period)
{
    const QString districtName = district.trimmed();
    const QString categoryName = category.trimmed();
    if (!m_match.keeps(districtName, categoryName, period, site))
        return;
    const std::pair<QString, QString> groupKey{districtName, categoryName};
    auto group = m_groupOf.constFind(groupKey);
    if (group == m_groupOf.cend()) {
        group = m_groupOf.insert(groupKey, int(m_groups.size()));
        m_groups.append({districtName, categoryName, {}, {}});
    }
    int siteIndex = -1;
    if (!site.isEmpty()) {
        auto found = m_siteOf.constFind(site);
        if (found == m_siteOf.cend()) {
            found = m_siteOf.insert(site, int(m_sites.size()));
            m_sites.append(site);
        }
        siteIndex = *found;
    }
    const auto first = m_districtFirst.find(districtName);
    if (first == m_districtFirst.end())
        m_districtFirst.insert(districtName, order);
    else if (order < *first)
        *first = order;
    Group &into = m_groups[*group];
    into.rows.push_back({key, order, siteIndex, period.first(), period.last()});
    TimelineSpan span;
    span.first = period.first();
    span.last = period.last();
    into.span.include(span);
}

QList<StaffingTimelineCategory> StaffingTimelineIndex::finish()
{
    // Sites in natural order, once: a place each (names alike but for case by their text).
    QList<int> bySite(m_sites.size());
    std::iota(bySite.begin(), bySite.end(), 0);
    std::sort(bySite.begin(), bySite.end(), [this](int a, int b) {
        const int order = NaturalOrder::compare(m_sites.at(a), m_sites.at(b));
        return order != 0 ? order < 0 : m_sites.at(a) < m_sites.at(b);
    });
    QList<int> place(m_sites.size(), 0);
    for (int i = 0; i < bySite.size(); ++i)
        place[bySite.at(i)] = i;

    QList<int> groups(m_groups.size());
    std::iota(groups.begin(), groups.end(), 0);
    std::stable_sort(groups.begin(), groups.end(), [this](int a, int b) {
        const Group &x = m_groups.at(a);
        const Group &y = m_groups.at(b);
        const int district = NaturalOrder::compare(x.district, y.district);
        if (district != 0)
            return district < 0;
        // Two names alike but for case stay two districts, each with its categories together.
        if (x.district != y.district)
            return m_districtFirst.value(x.district) < m_districtFirst.value(y.district);
        return NaturalOrder::compare(x.category, y.category) < 0;
    });
    QList<StaffingTimelineCategory> categories;
    categories.reserve(groups.size());
    for (int g : std::as_const(groups)) {
        Group &group = m_groups[g];
        // The district's own rows first, then each site's; by first day, a longer period before
        // those within it (a year before its months); rows alike in the source's order.
        std::sort(group.rows.begin(), group.rows.end(), [&place](const Row &a, const Row &b) {
            if ((a.site < 0) != (b.site < 0))
                return a.site < 0;
            if (a.site != b.site)
                return place.at(a.site) < place.at(b.site);
            if (a.first != b.first)
                return a.first < b.first;
            if (a.last != b.last)
                return a.last > b.last;
            return a.order < b.order;
        });
        StaffingTimelineCategory category{group.district, group.category, {}, group.span};
        category.records.reserve(qsizetype(group.rows.size()));
        for (const Row &row : group.rows)
            category.records.append(row.key);
        categories.append(std::move(category));
        group.rows = {};
    }
    return categories;
}

} // namespace milepost
