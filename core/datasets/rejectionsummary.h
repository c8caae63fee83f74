// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importevent.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace milepost {

// The rejections of one import grouped by what was wrong, so that a code written 67 times is
// reported once ("“DIIX” is not an amount: 67 rows, lines 4, 9, 12, ...") instead of 67 times.
// A group is one column and one reason. The reason names the value; values that differ only in
// case ("DIIX", "diix") are one group, as a not-applicable code matches them all, and the group
// keeps the first spelling with the others it saw.
class RejectionSummary final
{
public:
    static constexpr int maxLines = 10; // lines kept per group

    struct Group
    {
        int column = 0; // 1-based; 0 for the whole row
        QString columnName;
        QString value;
        QString reason;
        qint64 rows = 0;
        QList<qint64> lines; // the first maxLines, in file order
        QStringList otherSpellings; // the value as also written, in file order (up to maxLines)

        // Whether the value looks like a code standing for "not applicable" (PNB, DIIX, N/A,
        // TBD): written, no digit in it, and short. Such a value can be told to the import as
        // one (--na-code) where the field allows codes.
        bool looksLikeCode() const;
    };

    // Takes event if it is a rejection; ignores any other.
    void add(const ImportEvent &event);

    // Largest first; groups of equal size in the order of their first line.
    QList<Group> groups() const;
    // How many rows share event's group (0 when event is no rejection or was not added).
    qint64 rowsLike(const ImportEvent &event) const;

private:
    static QString keyOf(const ImportEvent &event);

    std::vector<Group> m_groups;
    QHash<QString, std::size_t> m_index;
};

} // namespace milepost
