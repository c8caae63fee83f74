// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectidsbykey.h"

#include <limits>
#include <utility>

namespace milepost {

void ProjectIdsByKey::place(Slot slot)
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = slot.tag & mask;
    while (m_slots[i].offset != 0)
        i = (i + 1) & mask;
    m_slots[i] = slot;
}

void ProjectIdsByKey::grow()
{
    // A slot's place comes from its tag alone, so the slots can be placed again without the keys.
    const std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(std::max<std::size_t>(1024, m_slots.size() * 2)));
    for (const Slot &slot : old) {
        if (slot.offset != 0)
            place(slot);
    }
}

bool ProjectIdsByKey::insert(std::size_t hash, qint64 id)
{
    if (m_size == 0)
        m_base = id;
    if (id < m_base || id - m_base >= qint64(std::numeric_limits<quint32>::max()))
        return false;
    if ((m_size + 1) * 4 > m_slots.size() * 3)
        grow();
    place({tagOf(hash), quint32(id - m_base + 1)});
    ++m_size;
    return true;
}

} // namespace milepost
