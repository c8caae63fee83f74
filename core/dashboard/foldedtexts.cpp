// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldedtexts.h"

namespace milepost {

int FoldedTexts::number(const QString &text)
{
    if (m_lastNumber >= 0 && text == m_last)
        return m_lastNumber;
    auto spelling = m_bySpelling.constFind(text);
    if (spelling == m_bySpelling.constEnd()) {
        const QString key = text.trimmed().toCaseFolded();
        auto known = m_byKey.constFind(key);
        if (known == m_byKey.constEnd()) {
            known = m_byKey.insert(key, int(m_keys.size()));
            m_keys.append(key);
        }
        spelling = m_bySpelling.insert(text, *known);
    }
    m_last = text;
    m_lastNumber = *spelling;
    return m_lastNumber;
}

} // namespace milepost
