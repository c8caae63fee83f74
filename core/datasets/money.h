// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace milepost {

// An amount of money in whole cents, so that sums are exact.
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    Money() = default;
    static Money fromCents(qint64 cents) { return Money(cents); }

    qint64 cents() const { return m_cents; }
    // "$1,234.00", "-$1,234.56": US style, as the district reports amounts.
    QString toString() const;

    friend bool operator==(Money, Money) = default;
    friend auto operator<=>(Money, Money) = default;

private:
    explicit Money(qint64 cents)
        : m_cents(cents)
    {
    }

    qint64 m_cents = 0;
};

} // namespace milepost
