// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "csv/csvsniffer.h"

#include <QFile>

using namespace milepost;

namespace {

QByteArray utf16le(const QString &text, bool bom)
{
    QByteArray bytes = bom ? QByteArray("\xFF\xFE") : QByteArray();
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return bytes;
}

} // namespace

TEST_CASE("the sniffer finds comma, semicolon, tab and pipe files", "[csv][sniffer]")
{
    struct Case
    {
        QByteArray bytes;
        char delimiter;
    };
    const Case cases[] = {
        {"a,b,c\n1,2,3\n4,5,6\n", ','},
        // European Excel: semicolons between fields, commas as decimal separators.
        {"Name;Budget;Spent\nPS 15;1.234,50;0,00\nPS 19;2,5;1\n", ';'},
        {"a\tb\tc\n1\t2,5\t3\n", '\t'},
        {"a|b\n1|2\n", '|'},
        // A comma inside quotes does not count.
        {"a;b\n\"x, y, z\";2\n\"p, q\";3\n", ';'},
    };
    for (const Case &c : cases) {
        const CsvSniffer::Detection detection = CsvSniffer::detect(c.bytes, true);
        CHECK(detection.ok);
        CHECK(detection.dialect.delimiter == c.delimiter);
        CHECK_FALSE(detection.delimiterReason.isEmpty());
    }
}

TEST_CASE("a file with one column says so and reads as comma-separated", "[csv][sniffer]")
{
    const CsvSniffer::Detection detection = CsvSniffer::detect("Names\nAda\nGrace\n", true);
    CHECK(detection.dialect.delimiter == ',');
    CHECK(detection.delimiterReason.contains(QStringLiteral("one column")));
}

TEST_CASE("the delimiter that keeps the column count in every row wins over one that appears more often",
          "[csv][sniffer]")
{
    // Commas appear in the descriptions, but only the semicolons give a steady column count.
    const QByteArray bytes = "id;description;amount\n"
                             "1;roof, gutters, drains;5\n"
                             "2;boiler;6\n"
                             "3;paint, doors;7\n";
    CHECK(CsvSniffer::detect(bytes, true).dialect.delimiter == ';');
}

TEST_CASE("the sniffer tells the encodings apart", "[csv][sniffer]")
{
    const QString text = QStringLiteral("School\tCount\r\nÉcole\t3\r\n");

    auto bom8 = CsvSniffer::detect("\xEF\xBB\xBF" + text.toUtf8(), true);
    CHECK(bom8.dialect.encoding == TextEncoding::Utf8);
    CHECK(bom8.dialect.byteOrderMark);
    CHECK(bom8.dialect.delimiter == '\t');

    auto plain8 = CsvSniffer::detect(text.toUtf8(), true);
    CHECK(plain8.dialect.encoding == TextEncoding::Utf8);
    CHECK_FALSE(plain8.dialect.byteOrderMark);

    auto le = CsvSniffer::detect(utf16le(text, true), true);
    CHECK(le.dialect.encoding == TextEncoding::Utf16LE);
    CHECK(le.dialect.byteOrderMark);
    CHECK(le.dialect.delimiter == '\t');

    auto leNoBom = CsvSniffer::detect(utf16le(text, false), true);
    CHECK(leNoBom.dialect.encoding == TextEncoding::Utf16LE);
    CHECK_FALSE(leNoBom.dialect.byteOrderMark);
    CHECK(leNoBom.dialect.delimiter == '\t');

    QByteArray big;
    for (const QChar c : text) {
        big.append(char(c.unicode() >> 8));
        big.append(char(c.unicode() & 0xFF));
    }
    auto be = CsvSniffer::detect("\xFE\xFF" + big, true);
    CHECK(be.dialect.encoding == TextEncoding::Utf16BE);
    CHECK(CsvSniffer::detect(big, true).dialect.encoding == TextEncoding::Utf16BE);

    auto cp1252 = CsvSniffer::detect("Name;Note\n\x93" "Caf\xE9\x94;1\n", true);
    CHECK(cp1252.dialect.encoding == TextEncoding::Windows1252);
    CHECK(cp1252.dialect.delimiter == ';');
    CHECK(cp1252.encodingReason.contains(QStringLiteral("Windows-1252")));
}

TEST_CASE("a UTF-8 sequence cut by the end of the sample is not taken for Windows-1252", "[csv][sniffer]")
{
    const QByteArray head = QStringLiteral("a,b\nCafé,1\nÉcole,2").toUtf8().chopped(1);
    // Cut inside "É"? No: cut the last digit; now cut inside a two-byte character instead.
    const QByteArray cut = QStringLiteral("a,b\nCafé,1\nÉ").toUtf8().chopped(1);
    CHECK(CsvSniffer::detect(head, false).dialect.encoding == TextEncoding::Utf8);
    CHECK(CsvSniffer::detect(cut, false).dialect.encoding == TextEncoding::Utf8);
    CHECK(CsvSniffer::detect(cut, true).dialect.encoding == TextEncoding::Windows1252);
}

TEST_CASE("the NYC School Construction Authority export is UTF-8, comma-separated, 14 columns", "[csv][sniffer][real]")
{
    const QString path = QStringLiteral(MILEPOST_SHARED_DIR)
        + QStringLiteral("/data/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
    if (!QFile::exists(path)) {
        WARN("shared data file not found, skipping: " << path.toStdString());
        return;
    }
    const CsvSniffer::Detection detection = CsvSniffer::detectFile(path);
    REQUIRE(detection.ok);
    CHECK(detection.dialect.encoding == TextEncoding::Utf8);
    CHECK(detection.dialect.delimiter == ',');
    CHECK(detection.delimiterReason.startsWith(QStringLiteral("14 columns")));
}

TEST_CASE("a missing file is an error that names it", "[csv][sniffer]")
{
    const CsvSniffer::Detection detection = CsvSniffer::detectFile(QStringLiteral("/no/such/file.csv"));
    CHECK_FALSE(detection.ok);
    CHECK(detection.error.contains(QStringLiteral("/no/such/file.csv")));
}
