// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statement.h"

#include <QString>
#include <QStringList>

namespace milepost {

// The text parameters of a query built as it goes: placeholder() appends a value and names its
// slot (?first, ?first + 1, ...); the slots before first are the caller's own.
class QueryParameters final
{
public:
    explicit QueryParameters(int first = 1)
        : m_first(first)
    {
    }

    QString placeholder(const QString &value)
    {
        m_values.append(value);
        return QStringLiteral("?%1").arg(m_first + m_values.size() - 1);
    }
    // "(?2, ?3)", or "(NULL)" for no value: IN (NULL) holds for no row on every engine.
    QString list(const QStringList &values)
    {
        QStringList slots;
        for (const QString &value : values)
            slots.append(placeholder(value));
        return slots.isEmpty() ? QStringLiteral("(NULL)") : QLatin1Char('(') + slots.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    void bind(Statement &statement) const
    {
        for (int i = 0; i < m_values.size(); ++i)
            statement.bindText(m_first + i, m_values.at(i));
    }

private:
    int m_first = 1;
    QStringList m_values;
};

} // namespace milepost
