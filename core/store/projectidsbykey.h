// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>
#include <string_view>
#include <vector>

namespace milepost {

// The capital projects one import stored while the table's key index was down, by the hash of
// their key: open addressing, 16 bytes a project. Two keys can share a hash, so find() offers
// every id stored under it to a check of the key itself.
class ProjectIdsByKey final
{
public:
    static std::size_t hashOf(std::string_view key) { return std::hash<std::string_view>{}(key); }

    void insert(std::size_t hash, qint64 id); // id > 0
    // The first id stored under hash for which isKey(id) is true, or 0.
    template<typename IsKey>
    qint64 find(std::size_t hash, IsKey &&isKey) const
    {
        if (m_slots.empty())
            return 0;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.id == 0)
                return 0;
            if (slot.hash == hash && isKey(slot.id))
                return slot.id;
        }
    }
    std::size_t size() const { return m_size; }

private:
    struct Slot
    {
        std::size_t hash = 0;
        qint64 id = 0; // 0: free
    };
    void place(const Slot &slot);

    std::vector<Slot> m_slots; // a power of two, at most half full
    std::size_t m_size = 0;
};

} // namespace milepost
