// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitaltimelinematch.h"

#include "datasets/capitalphase.h"
#include "datasets/capitalproject.h"

namespace milepost {

CapitalTimelineMatch::CapitalTimelineMatch(const QString &search, DistrictTitle districtTitle)
    : m_words(search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 64))
    , m_all(m_words.size() == 64 ? ~quint64(0) : (quint64(1) << m_words.size()) - 1)
    , m_districtTitle(std::move(districtTitle))
{
}

quint64 CapitalTimelineMatch::wordsIn(const QString &text) const
{
    quint64 words = 0;
    for (int i = 0; i < m_words.size(); ++i) {
        if (text.contains(m_words.at(i), Qt::CaseInsensitive))
            words |= quint64(1) << i;
    }
    return words;
}

QString CapitalTimelineMatch::districtOf(const CapitalProject &project)
{
    return project.region.trimmed();
}

quint64 CapitalTimelineMatch::projectWords(const CapitalProject &project) const
{
    if (m_words.isEmpty())
        return 0;
    const QString region = districtOf(project);
    auto district = m_districtWords.constFind(region);
    if (district == m_districtWords.constEnd())
        district = m_districtWords.insert(region, wordsIn(m_districtTitle ? m_districtTitle(region) : region));
    // A project also by its type, site and key, which no column shows.
    return *district
        | wordsIn(QStringList{project.schoolName, project.description, project.projectType, project.siteCode, project.key}
                      .join(QLatin1Char('\n')));
}

quint64 CapitalTimelineMatch::phaseWords(const CapitalPhase &phase) const
{
    // A phase also by the export's status ("In-Progress").
    return m_words.isEmpty() ? 0 : wordsIn(phase.name + QLatin1Char('\n') + phase.status);
}

bool CapitalTimelineMatch::keeps(quint64 projectWords, const CapitalPhase &phase) const
{
    return projectWords == m_all || (projectWords | phaseWords(phase)) == m_all;
}

} // namespace milepost
