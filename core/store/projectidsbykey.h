// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace milepost {

// The capital projects one import stored while the table's key index was down, by the hash of
// their key (RecordKey::hashOf): open addressing, 8 bytes a slot (the hash's upper 32 bits, which also choose the
// slot, and the id's distance from the first id), so that a million projects take 8 to 16 MB.
// Different keys can share those bits, so find() offers every id stored under them to a check
// of the key itself.
class ProjectIdsByKey final
{
public:
    // False when id is below the first id inserted or more than 2^32 - 2 above it.
    bool insert(std::size_t hash, qint64 id);
    // The first id stored under hash for which isKey(id) is true, or 0.
    template<typename IsKey>
    qint64 find(std::size_t hash, IsKey &&isKey) const
    {
        if (m_slots.empty())
            return 0;
        const std::size_t mask = m_slots.size() - 1;
        const quint32 tag = tagOf(hash);
        for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.offset == 0)
                return 0;
            if (slot.tag == tag && isKey(m_base + slot.offset - 1))
                return m_base + slot.offset - 1;
        }
    }
    std::size_t size() const { return m_size; }

private:
    struct Slot
    {
        quint32 tag = 0;
        quint32 offset = 0; // id - m_base + 1; 0: free
    };
    static quint32 tagOf(std::size_t hash) { return quint32(quint64(hash) >> 32); }
    void place(Slot slot);
    void grow();

    std::vector<Slot> m_slots; // a power of two, at most three quarters full
    std::size_t m_size = 0;
    qint64 m_base = 0;
};

} // namespace milepost
