// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"
#include "failingdevice.h"

#include "export/csvwriter.h"

using namespace milepost;

TEST_CASE("a writer whose device fills up reports the device's reason", "[export][csv][fault]")
{
    for (const qint64 capacity : {0, 3, 1000, 200000}) {
        FailingDevice device(capacity);
        CsvWriter writer(&device);
        for (int i = 0; i < 20000; ++i)
            writer.writeRow({CsvCell::integer(i), CsvCell::text(QStringLiteral("some text, quoted"))});
        CHECK_FALSE(writer.finish());
        CHECK(writer.hasError());
        CHECK(writer.errorString() == QStringLiteral("No space left on device"));
        CHECK(device.written().size() <= capacity);
    }
}

TEST_CASE("a small write that fails only at the final flush is not lost", "[export][csv][fault]")
{
    FailingDevice device(4);
    CsvWriter writer(&device);
    writer.writeRow({CsvCell::text(QStringLiteral("a")), CsvCell::text(QStringLiteral("b"))});
    CHECK_FALSE(writer.hasError()); // still in the writer's buffer
    CHECK_FALSE(writer.finish());
    CHECK(writer.errorString() == QStringLiteral("No space left on device"));
}
