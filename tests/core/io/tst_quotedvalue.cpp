// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "io/quotedvalue.h"

#include <QLocale>

using milepost::QuotedValue;

TEST_CASE("a short value is quoted whole", "[io][quote]")
{
    CHECK(QuotedValue::quote(u"9/31/22") == QStringLiteral("“9/31/22”"));
    const QString eighty(QuotedValue::maxWhole, QLatin1Char('a'));
    CHECK(QuotedValue::quote(eighty) == QStringLiteral("“") + eighty + QStringLiteral("”"));
}

TEST_CASE("a long value is quoted by its beginning and its length", "[io][quote]")
{
    const QString value = QStringLiteral("b").repeated(12345);
    const QString quoted = QuotedValue::quote(value);
    CHECK(quoted.startsWith(QStringLiteral("“") + value.left(QuotedValue::shownOfLong) + QStringLiteral("…”")));
    CHECK(quoted.endsWith(QStringLiteral("(%1 characters)").arg(QLocale().toString(12345))));
    CHECK(quoted.size() < 100);
}

TEST_CASE("shortening never cuts a character outside the basic plane in two", "[io][quote]")
{
    QString value = QString(QuotedValue::shownOfLong - 1, QLatin1Char('c')) + QStringLiteral("😀");
    value += QString(100, QLatin1Char('d'));
    const QString quoted = QuotedValue::quote(value);
    CHECK(quoted.contains(QStringLiteral("c…")));
    CHECK_FALSE(quoted.contains(QChar(0xD83D)));
}
