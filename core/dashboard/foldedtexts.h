// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace milepost {

// Texts as the figures compare them, ignoring case and surrounding spaces (trimmed and
// case-folded), numbered so that texts equal by that rule share a number. A district's rows
// repeat a few texts: each spelling is folded once, and the last one is found without a lookup.
class FoldedTexts final
{
public:
    // The number of text's folded key: 0, 1, 2... in the order first seen.
    int number(const QString &text);
    // The folded key of a number.
    const QString &key(int number) const { return m_keys.at(number); }
    int count() const { return int(m_keys.size()); }

private:
    QHash<QString, int> m_bySpelling;
    QHash<QString, int> m_byKey;
    QList<QString> m_keys;
    QString m_last;
    int m_lastNumber = -1;
};

} // namespace milepost
