// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitaltimelineindex.h"

#include "capitalphasebar.h"

#include "dashboard/naturalorder.h"
#include "datasets/capitalproject.h"

#include <algorithm>

namespace milepost {

CapitalTimelineIndex::CapitalTimelineIndex(CapitalTimelineMatch match)
    : m_match(std::move(match))
{
}

void CapitalTimelineIndex::addProject(qint64 key, qint64 order, const CapitalProject &project)
{
    closeProject();
    m_open = true;
    m_region = CapitalTimelineMatch::districtOf(project);
    m_key = key;
    m_order = order;
    m_words = m_match.projectWords(project);
    m_kept = m_words == m_match.all();
    m_span = {};
}

void CapitalTimelineIndex::addPhase(const CapitalPhase &phase)
{
    if (!m_open || !m_match.keeps(m_words, phase))
        return;
    m_kept = true;
    m_span.include(CapitalPhaseBar::of(phase));
}

void CapitalTimelineIndex::closeProject()
{
    if (!m_open)
        return;
    m_open = false;
    if (!m_kept)
        return;
    District &district = m_districts[m_region];
    district.projects.append({m_order, m_key});
    district.span.include(m_span);
}

QList<CapitalTimelineDistrict> CapitalTimelineIndex::finish()
{
    closeProject();
    QStringList regions = m_districts.keys();
    std::sort(regions.begin(), regions.end(), NaturalOrder());
    QList<CapitalTimelineDistrict> districts;
    districts.reserve(regions.size());
    for (const QString &region : std::as_const(regions)) {
        District &found = m_districts[region];
        std::sort(found.projects.begin(), found.projects.end());
        CapitalTimelineDistrict district;
        district.region = region;
        district.span = found.span;
        district.projects.reserve(found.projects.size());
        for (const auto &[order, key] : std::as_const(found.projects))
            district.projects.append(key);
        districts.append(district);
    }
    m_districts.clear();
    return districts;
}

} // namespace milepost
