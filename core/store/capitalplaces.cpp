// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalplaces.h"

namespace milepost {

namespace {

QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// last is the value told last: projects come in runs of one place, which need no lookup.
void distinct(std::unordered_set<std::string> &seen, std::string &last, std::optional<std::string_view> value,
              QStringList &into)
{
    if (!value || value->empty() || *value == last)
        return;
    last.assign(*value);
    if (seen.emplace(*value).second)
        into.append(text(*value));
}

} // namespace

void CapitalPlaces::add(std::optional<std::string_view> region, std::optional<std::string_view> boardDistrict,
                        std::optional<std::string_view> schoolName)
{
    distinct(m_regions, m_lastRegion, region, m_lists.regions);
    distinct(m_boards, m_lastBoard, boardDistrict, m_lists.boardDistricts);
    if (!schoolName || schoolName->empty())
        return;
    // A mark (NULL and '' apart), the region's length and bytes, then the school's.
    const std::string_view regionBytes = region ? *region : std::string_view();
    const quint32 length = quint32(regionBytes.size());
    m_key.assign(1, region ? '\1' : '\0');
    m_key.append(reinterpret_cast<const char *>(&length), sizeof length);
    m_key.append(regionBytes);
    m_key.append(*schoolName);
    if (m_key == m_lastSchool)
        return;
    m_lastSchool = m_key;
    if (m_schools.insert(m_key).second)
        m_lists.schoolRegions.append({region ? text(*region) : QString(), text(*schoolName)});
}

} // namespace milepost
