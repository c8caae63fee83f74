// SPDX-License-Identifier: GPL-3.0-or-later
#include "repeatedtexts.h"

namespace milepost {

int RepeatedTexts::number(std::string_view utf8, bool *added)
{
    if (added)
        *added = false;
    if (m_lastUtf8 && utf8 == *m_lastUtf8)
        return m_last;
    auto found = m_numbers.find(utf8);
    if (found == m_numbers.end()) {
        found = m_numbers.emplace(std::string(utf8), count()).first;
        m_texts.push_back(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
        if (added)
            *added = true;
    }
    m_lastUtf8 = &found->first; // a node of the map stays where it is
    m_last = found->second;
    return m_last;
}

} // namespace milepost
