// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

namespace milepost {

QString Money::toString() const
{
    const bool negative = m_cents < 0;
    // The magnitude as unsigned, so that the most negative value does not overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_cents) : quint64(m_cents);
    QString digits = QString::number(magnitude / 100);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-$") : QStringLiteral("$")) + digits + QLatin1Char('.') + cents;
}

} // namespace milepost
