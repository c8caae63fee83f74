// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repeatedtexts.h"

#include <QList>
#include <QSet>
#include <QString>

#include <utility>
#include <vector>

namespace milepost {

// The (Local District, school or site) pairs a pass over a dataset's rows meets, by the numbers
// RepeatedTexts gives their texts, each once in the order first met: the places the dashboard's
// filters offer, found in the pass that counts the figures instead of in a scan of their own.
// Consecutive rows of one place cost a comparison.
class PlacesSeen final
{
public:
    void add(int district, int place)
    {
        if (district == m_lastDistrict && place == m_lastPlace)
            return;
        m_lastDistrict = district;
        m_lastPlace = place;
        const quint64 key = (quint64(quint32(district)) << 32) | quint32(place);
        const qsizetype before = m_seen.size();
        m_seen.insert(key);
        if (m_seen.size() != before)
            m_pairs.emplace_back(district, place);
    }
    // The pairs' texts, a place without a text given as an empty string.
    QList<std::pair<QString, QString>> texts(const RepeatedTexts &districts, const RepeatedTexts &places) const;

private:
    QSet<quint64> m_seen;
    std::vector<std::pair<int, int>> m_pairs;
    int m_lastDistrict = -1;
    int m_lastPlace = -1;
};

} // namespace milepost
