// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "csv/csvpreview.h"

#include <QFile>
#include <QTemporaryDir>

using namespace milepost;

TEST_CASE("a preview from memory is the preview of the same bytes in a file", "[csv][preview]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray bytes = "\n\nSchool;Count\r\nPe\xC3\xB1" "a;12\r\n\"B;C\";7\r\nD;\r\n";
    const QString path = dir.filePath(QStringLiteral("p.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();

    const CsvPreview fromFile = CsvPreview::read(path, 2);
    const CsvPreview fromBytes = CsvPreview::readBytes(bytes, QStringLiteral("p.csv"), 2);
    REQUIRE(fromBytes.ok);
    CHECK(fromFile.ok);
    CHECK(fromBytes.detection.dialect == fromFile.detection.dialect);
    CHECK(fromBytes.detection.delimiterReason == fromFile.detection.delimiterReason);
    CHECK(fromBytes.headerLine == 3);
    CHECK(fromBytes.header == QStringList{QStringLiteral("School"), QStringLiteral("Count")});
    REQUIRE(fromBytes.rows.size() == 2);
    CHECK(fromBytes.rows[0].fields == fromFile.rows[0].fields);
    CHECK(fromBytes.rows[1].fields == QStringList{QStringLiteral("B;C"), QStringLiteral("7")});
    CHECK(fromBytes.rows[1].line == fromFile.rows[1].line);
}

TEST_CASE("a preview from memory takes the same overrides and names its source", "[csv][preview]")
{
    const CsvPreview forced = CsvPreview::readBytes("a|b\n1|2\n", QStringLiteral("x"), 5, TextEncoding::Windows1252, '|');
    REQUIRE(forced.ok);
    CHECK(forced.detection.dialect.encoding == TextEncoding::Windows1252);
    CHECK(forced.detection.encodingReason == QStringLiteral("chosen"));
    CHECK(forced.header.size() == 2);

    const CsvPreview empty = CsvPreview::readBytes("\n \n", QStringLiteral("pasted text"), 5);
    CHECK_FALSE(empty.ok);
    CHECK(empty.error.startsWith(QStringLiteral("pasted text is empty")));
}
