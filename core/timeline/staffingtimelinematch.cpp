// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingtimelinematch.h"

namespace milepost {

StaffingTimelineMatch::StaffingTimelineMatch(const QString &search, Titles titles)
    : m_words(search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 64))
    , m_all(m_words.size() == 64 ? ~quint64(0) : (quint64(1) << m_words.size()) - 1)
    , m_titles(std::move(titles))
{
}

quint64 StaffingTimelineMatch::wordsIn(const QString &text) const
{
    quint64 words = 0;
    for (int i = 0; i < m_words.size(); ++i) {
        if (text.contains(m_words.at(i), Qt::CaseInsensitive))
            words |= quint64(1) << i;
    }
    return words;
}

bool StaffingTimelineMatch::keeps(const QString &district, const QString &category, const Period &period,
                                  const QString &site) const
{
    if (m_words.isEmpty())
        return true;
    auto districtWords = m_districtWords.constFind(district);
    if (districtWords == m_districtWords.cend())
        districtWords = m_districtWords.insert(district, wordsIn(m_titles.district ? m_titles.district(district) : district));
    // A category's title is its own; the same name under two districts has the same words.
    auto categoryWords = m_categoryWords.constFind(category);
    if (categoryWords == m_categoryWords.cend())
        categoryWords = m_categoryWords.insert(category, wordsIn(m_titles.category ? m_titles.category(category) : category));
    const quint64 above = *districtWords | *categoryWords;
    if (above == m_all)
        return true;
    const QString title = m_titles.record ? m_titles.record(period, site) : period.canonical() + QLatin1Char(' ') + site;
    return (above | wordsIn(title)) == m_all;
}

} // namespace milepost
