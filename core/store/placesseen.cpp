// SPDX-License-Identifier: GPL-3.0-or-later
#include "placesseen.h"

namespace milepost {

QList<std::pair<QString, QString>> PlacesSeen::texts(const RepeatedTexts &districts, const RepeatedTexts &places) const
{
    QList<std::pair<QString, QString>> texts;
    texts.reserve(qsizetype(m_pairs.size()));
    for (const auto &[district, place] : m_pairs)
        texts.append({districts.text(district), places.text(place)});
    return texts;
}

} // namespace milepost
