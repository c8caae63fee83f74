// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "store/isotimestamp.h"

using namespace milepost;

TEST_CASE("a stored timestamp reads as QDateTime::fromString reads it, the store's own form and any other",
          "[store][timestamp]")
{
    const QStringList texts{
        QStringLiteral("2024-03-05T12:34:56.789Z"), QStringLiteral("1999-12-31T23:59:59.999Z"),
        QStringLiteral("2024-02-29T00:00:00.000Z"),
        // Not the store's form, or out of range: the long way, with its answer.
        QStringLiteral("2023-02-29T00:00:00.000Z"), QStringLiteral("2024-13-01T00:00:00.000Z"),
        QStringLiteral("2024-03-05T24:00:00.000Z"), QStringLiteral("2024-03-05T12:34:56Z"),
        QStringLiteral("2024-03-05T12:34:56.789+02:00"), QStringLiteral("2024-03-05T12:34:56.789"),
        QStringLiteral("2024-03-05 12:34:56.789Z"), QStringLiteral("２024-03-05T12:34:56.789Z"), QString(),
        QStringLiteral("not a time at all, 24 c")};
    for (const QString &text : texts) {
        INFO(text.toStdString());
        const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
        const QDateTime read = IsoTimestamp::parse(text);
        CHECK(read.isValid() == expected.isValid());
        CHECK(read == expected);
        CHECK(read.timeSpec() == expected.timeSpec());
        CHECK(read.toString(Qt::ISODateWithMs) == expected.toString(Qt::ISODateWithMs));
    }
    // What the store writes reads back to the same instant, to the millisecond.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(IsoTimestamp::parse(now.toString(Qt::ISODateWithMs)) == now);
}
