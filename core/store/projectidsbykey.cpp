// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectidsbykey.h"

#include <utility>

namespace milepost {

void ProjectIdsByKey::place(const Slot &slot)
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = slot.hash & mask;
    while (m_slots[i].id != 0)
        i = (i + 1) & mask;
    m_slots[i] = slot;
}

void ProjectIdsByKey::insert(std::size_t hash, qint64 id)
{
    Q_ASSERT(id > 0);
    if ((m_size + 1) * 2 > m_slots.size()) {
        std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(std::max<std::size_t>(1024, m_slots.size() * 2)));
        for (const Slot &slot : old) {
            if (slot.id != 0)
                place(slot);
        }
    }
    place({hash, id});
    ++m_size;
}

} // namespace milepost
