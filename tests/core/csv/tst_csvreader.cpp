// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "csv/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace milepost;

namespace {

struct Row
{
    QStringList fields;
    qint64 line = 0;
    qint64 lastLine = 0;
    CsvRecord::Problem problem = CsvRecord::Problem::None;
    int problemField = -1;
    bool blank = false;

    friend bool operator==(const Row &, const Row &) = default;
};

QList<Row> readAll(const QByteArray &bytes, CsvDialect dialect = {}, qint64 *bytesRead = nullptr,
                   qint64 chunkBytes = CsvReader::chunkSize)
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, dialect, chunkBytes);
    CsvRecord record;
    QList<Row> rows;
    while (reader.next(record)) {
        Row row;
        for (int i = 0; i < record.fieldCount(); ++i)
            row.fields.append(record.text(i));
        row.line = record.line();
        row.lastLine = record.lastLine();
        row.problem = record.problem();
        row.problemField = record.problemField();
        row.blank = record.isBlank();
        rows.append(row);
    }
    CHECK(reader.error().isEmpty());
    if (bytesRead)
        *bytesRead = reader.bytesRead();
    return rows;
}

QStringList fields(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *value : values)
        list.append(QString::fromUtf8(value));
    return list;
}

QByteArray utf16(const QString &text, bool little, bool bom)
{
    QByteArray bytes;
    if (bom)
        bytes = little ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char lowByte = char(c.unicode() & 0xFF);
        const char highByte = char(c.unicode() >> 8);
        bytes.append(little ? lowByte : highByte);
        bytes.append(little ? highByte : lowByte);
    }
    return bytes;
}

} // namespace

TEST_CASE("quoted fields keep their commas, doubled quotes and line breaks", "[csv][reader]")
{
    const QByteArray bytes = "key,text,amount\n"
                             "1,\"Smith, Jane\",5\n"
                             "2,\"the \"\"new\"\" wing\",6\n"
                             "3,\"first line\nsecond line\",7\n"
                             "4,\"\",8\n";
    const QList<Row> rows = readAll(bytes);
    REQUIRE(rows.size() == 5);
    CHECK(rows[1].fields == fields({"1", "Smith, Jane", "5"}));
    CHECK(rows[2].fields == fields({"2", "the \"new\" wing", "6"}));
    CHECK(rows[3].fields == fields({"3", "first line\nsecond line", "7"}));
    CHECK(rows[4].fields == fields({"4", "", "8"}));
    // Physical lines: the embedded line break moves every later record down one line.
    CHECK(rows[3].line == 4);
    CHECK(rows[3].lastLine == 5);
    CHECK(rows[4].line == 6);
    for (const Row &row : rows)
        CHECK(row.problem == CsvRecord::Problem::None);
}

TEST_CASE("CRLF, LF and lone CR all end a record, and count as one line each", "[csv][reader]")
{
    const QList<Row> rows = readAll("a,b\r\n1,2\r\n3,4\n5,6\r7,8\r\n\"x\r\ny\",9\r\n10,11");
    REQUIRE(rows.size() == 7);
    CHECK(rows[1].fields == fields({"1", "2"}));
    CHECK(rows[4].fields == fields({"7", "8"}));
    CHECK(rows[4].line == 5);
    CHECK(rows[5].fields == fields({"x\r\ny", "9"}));
    CHECK(rows[5].line == 6);
    CHECK(rows[5].lastLine == 7);
    CHECK(rows[6].fields == fields({"10", "11"})); // no line break at the end of the file
    CHECK(rows[6].line == 8);
}

TEST_CASE("a CRLF split between two chunks is one line break", "[csv][reader]")
{
    // Put the CR as the last byte of the first chunk.
    QByteArray bytes = "a\r\n";
    bytes += QByteArray(CsvReader::chunkSize - bytes.size() - 1, 'x');
    bytes += "\r\nnext\r\n";
    const QList<Row> rows = readAll(bytes);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].fields.first().size() == CsvReader::chunkSize - 4);
    CHECK(rows[2].fields == fields({"next"}));
    CHECK(rows[2].line == 3);
}

TEST_CASE("records read the same in chunks of any size", "[csv][reader]")
{
    // What tests/fuzz/fuzz_csv checks on every input: records, CRLFs, doubled quotes, byte
    // order marks and multi-byte characters cut at a chunk's end.
    struct Case
    {
        QByteArray bytes;
        TextEncoding::Id encoding;
    };
    const QByteArray text = "\xEF\xBB\xBFname,note\r\n\"Pe\xC3\xB1" "a, \"\"A\"\"\",\"two\r\nlines\"\r\r\n\n\xE2\x97\x8F,x\"y\nend,\"open";
    const Case cases[] = {
        {text, TextEncoding::Utf8},
        {"caf\xE9,\x93quoted\x94\r\n\x80,\"\"\n", TextEncoding::Windows1252},
        {utf16(QStringLiteral("a\tb\r\n\U0001F3EB\t\"c\"\"\"\n"), true, true), TextEncoding::Utf16LE},
        {utf16(QStringLiteral("a\tb\r\n\U0001F3EB\t\"c\"\n"), false, true).chopped(1), TextEncoding::Utf16BE},
    };
    for (const Case &c : cases) {
        CsvDialect dialect;
        dialect.encoding = c.encoding;
        dialect.delimiter = c.encoding == TextEncoding::Utf8 || c.encoding == TextEncoding::Windows1252 ? ',' : '\t';
        const QList<Row> whole = readAll(c.bytes, dialect);
        REQUIRE(whole.size() >= 2);
        for (qint64 chunk = CsvReader::minChunkBytes; chunk <= 17; ++chunk) {
            INFO("encoding " << int(c.encoding) << ", chunks of " << chunk);
            CHECK(readAll(c.bytes, dialect, nullptr, chunk) == whole);
        }
    }
}

TEST_CASE("blank lines and rows of empty cells are blank records with their line numbers", "[csv][reader]")
{
    const QList<Row> rows = readAll("a,b\n\n1,2\n,\n  ,\t\n\"\",\"\"\n3,4\n");
    REQUIRE(rows.size() == 7);
    CHECK(rows[1].blank);
    CHECK(rows[1].line == 2);
    CHECK_FALSE(rows[2].blank);
    CHECK(rows[3].blank);
    CHECK(rows[4].blank);
    CHECK(rows[5].blank);
    CHECK(rows[6].line == 7);
}

TEST_CASE("ragged rows are returned with the fields they have", "[csv][reader]")
{
    const QList<Row> rows = readAll("a,b,c\n1,2\n1,2,3,4\n1,2,3\n");
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].fields.size() == 2);
    CHECK(rows[2].fields.size() == 4);
    CHECK(rows[3].fields.size() == 3);
}

TEST_CASE("a NUL byte is kept in its field and flagged, the rest of the file is read", "[csv][reader]")
{
    const QByteArray bytes("a,b\n1,x\0y\n\"q\0\",2\n3,4\n", 21);
    const QList<Row> rows = readAll(bytes);
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].problem == CsvRecord::Problem::NulByte);
    CHECK(rows[1].problemField == 1);
    CHECK(rows[1].fields[1] == QString(QStringLiteral("x") + QChar(0) + QStringLiteral("y")));
    CHECK(rows[2].problem == CsvRecord::Problem::NulByte);
    CHECK(rows[2].problemField == 0);
    CHECK(rows[3].problem == CsvRecord::Problem::None);
    CHECK(rows[3].fields == fields({"3", "4"}));
}

TEST_CASE("a file cut off inside a quoted field ends with one record that says so", "[csv][reader]")
{
    const QList<Row> rows = readAll("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].problem == CsvRecord::Problem::None);
    const Row &cut = rows[2];
    CHECK(cut.problem == CsvRecord::Problem::UnterminatedQuote);
    CHECK(cut.problemField == 1);
    CHECK(cut.line == 3);
    CHECK(cut.lastLine == 6);
    CHECK(cut.fields[1] == QStringLiteral("never closed\n4,5\n6,7\n"));
}

TEST_CASE("text after a closing quote is flagged, not silently joined", "[csv][reader]")
{
    const QList<Row> rows = readAll("a,b\n\"abc\"def,2\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].problem == CsvRecord::Problem::TextAfterQuote);
    CHECK(rows[1].problemField == 0);
    CHECK(rows[1].fields.size() == 2);
}

TEST_CASE("a quote inside an unquoted field is an ordinary character", "[csv][reader]")
{
    const QList<Row> rows = readAll("size,n\n12\" pipe,3\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].fields == fields({"12\" pipe", "3"}));
    CHECK(rows[1].problem == CsvRecord::Problem::None);
}

TEST_CASE("an empty file has no records and a header-only file has one", "[csv][reader]")
{
    CHECK(readAll(QByteArray()).isEmpty());
    CHECK(readAll("\xEF\xBB\xBF").isEmpty());
    const QList<Row> header = readAll("a,b,c\r\n");
    REQUIRE(header.size() == 1);
    CHECK(header[0].fields == fields({"a", "b", "c"}));
}

TEST_CASE("duplicate header names are read as they are", "[csv][reader]")
{
    const QList<Row> rows = readAll("Date,Amount,Date\n1/2/2022,5,1/3/2022\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fields == fields({"Date", "Amount", "Date"}));
}

TEST_CASE("a UTF-8 byte order mark is skipped, not read into the first header", "[csv][reader]")
{
    CsvDialect dialect;
    dialect.byteOrderMark = true;
    const QList<Row> rows = readAll("\xEF\xBB\xBFSchool,Count\nCaf\xC3\xA9,3\n", dialect);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fields.first() == QStringLiteral("School"));
    CHECK(rows[1].fields.first() == QStringLiteral("Café"));
}

TEST_CASE("Windows-1252 files are converted, curly quotes and euro sign included", "[csv][reader]")
{
    CsvDialect dialect;
    dialect.encoding = TextEncoding::Windows1252;
    dialect.delimiter = ';';
    const QList<Row> rows = readAll("Name;Note\n\x93" "Caf\xE9\x94;\x80 5\n", dialect);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].fields == QStringList{QStringLiteral("“Café”"), QStringLiteral("€ 5")});
    CHECK(rows[1].problem == CsvRecord::Problem::None);
}

TEST_CASE("UTF-16 little- and big-endian tab-separated files are read", "[csv][reader]")
{
    const QString text = QStringLiteral("School\tCount\r\nÉcole \U0001F3EB\t3\r\n");
    for (const bool little : {true, false}) {
        CsvDialect dialect;
        dialect.encoding = little ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
        dialect.delimiter = '\t';
        dialect.byteOrderMark = true;
        const QList<Row> rows = readAll(utf16(text, little, true), dialect);
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].fields == fields({"School", "Count"}));
        CHECK(rows[1].fields == QStringList{QStringLiteral("École \U0001F3EB"), QStringLiteral("3")});
        CHECK(rows[1].problem == CsvRecord::Problem::None);
    }
}

TEST_CASE("UTF-16 split across chunks in the middle of a surrogate pair comes out whole", "[csv][reader]")
{
    // Two bytes of byte order mark, "a\n", then x up to the point where the emoji's high
    // surrogate is the last unit of the first chunk and its low surrogate the first of the next.
    QString text = QStringLiteral("a\n");
    text += QString((CsvReader::chunkSize - 2 - 2 * text.size() - 2) / 2, QLatin1Char('x'));
    text += QStringLiteral("\U0001F3EB\n");
    const QByteArray bytes = utf16(text, true, true);
    REQUIRE(bytes.mid(CsvReader::chunkSize - 2, 4) == QByteArray("\x3C\xD8\xEB\xDF"));
    CsvDialect dialect;
    dialect.encoding = TextEncoding::Utf16LE;
    const QList<Row> rows = readAll(bytes, dialect);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].fields.first().endsWith(QStringLiteral("x\U0001F3EB")));
    CHECK(rows[1].problem == CsvRecord::Problem::None);
}

TEST_CASE("bytes that are not UTF-8 are flagged in the field they are in", "[csv][reader]")
{
    const QList<Row> rows = readAll("a,b\nok,Caf\xE9\n\xC3\xA9,fine\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].problem == CsvRecord::Problem::InvalidEncoding);
    CHECK(rows[1].problemField == 1);
    CHECK(rows[2].problem == CsvRecord::Problem::None);
}

TEST_CASE("a lone UTF-16 surrogate and an odd last byte are flagged, not invented", "[csv][reader]")
{
    CsvDialect dialect;
    dialect.encoding = TextEncoding::Utf16LE;
    QByteArray bytes = utf16(QStringLiteral("a,b\n1,"), true, false);
    bytes += QByteArray("\x00\xD8", 2); // a high surrogate followed by no low one
    bytes += utf16(QStringLiteral("x\n2,y"), true, false);
    bytes += 'z'; // half a code unit
    const QList<Row> rows = readAll(bytes, dialect);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].problem == CsvRecord::Problem::InvalidEncoding);
    CHECK(rows[1].problemField == 1);
    CHECK(rows[2].problem == CsvRecord::Problem::InvalidEncoding);
}

TEST_CASE("semicolon, tab and pipe delimiters", "[csv][reader]")
{
    for (const char delimiter : {';', '\t', '|'}) {
        CsvDialect dialect;
        dialect.delimiter = delimiter;
        QByteArray bytes = "a,x;b;c\n\"1;2\";3,5;4\n";
        bytes.replace(';', delimiter);
        const QList<Row> rows = readAll(bytes, dialect);
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].fields == fields({"a,x", "b", "c"}));
        const QString quoted = QStringLiteral("1") + QLatin1Char(delimiter) + QStringLiteral("2");
        CHECK(rows[1].fields == QStringList{quoted, QStringLiteral("3,5"), QStringLiteral("4")});
    }
}

TEST_CASE("a runaway record is cut at the limit and the reader keeps a flat footprint", "[csv][reader]")
{
    QByteArray bytes = "a,b\n1,\"";
    bytes += QByteArray(qsizetype(CsvReader::maxRecordBytes) + 1000, 'y');
    bytes += "\"\n2,3\n";
    qint64 bytesRead = 0;
    const QList<Row> rows = readAll(bytes, {}, &bytesRead);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].problem == CsvRecord::Problem::TooLong);
    CHECK(rows[2].fields == fields({"2", "3"}));
    CHECK(rows[2].line == 3);
    CHECK(bytesRead == bytes.size());
}

TEST_CASE("reading a file from disk reports the bytes read", "[csv][reader]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("x.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray bytes = "a,b\n1,2\n";
    file.write(bytes);
    file.close();
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, {});
    CsvRecord record;
    int count = 0;
    while (reader.next(record))
        ++count;
    CHECK(count == 2);
    CHECK(reader.bytesRead() == bytes.size());
    CHECK(reader.error().isEmpty());
}

namespace {

// The same byte without end, like /dev/zero: a reader that waits for a line end never stops.
class EndlessDevice final : public QIODevice
{
public:
    explicit EndlessDevice(char byte)
        : m_byte(byte)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 served = 0;

protected:
    qint64 readData(char *data, qint64 length) override
    {
        // A safety net for the test itself: far past the limit, end the input.
        if (served > 16 * qint64(CsvReader::maxRecordInputBytes))
            return 0;
        std::fill_n(data, length, m_byte);
        served += length;
        return length;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    char m_byte = 0;
};

} // namespace

TEST_CASE("input that never ends a line stops the reading with the line number", "[csv][reader][hostile]")
{
    for (const char byte : {'\0', 'a', '"'}) {
        EndlessDevice device(byte);
        CsvReader reader(&device, CsvDialect{});
        CsvRecord record;
        CHECK_FALSE(reader.next(record));
        CHECK(reader.error().contains(QStringLiteral("line 1 does not end")));
        CHECK(device.served <= CsvReader::maxRecordInputBytes + 2 * CsvReader::chunkSize);
        CHECK_FALSE(reader.next(record)); // and stays stopped
    }
}

TEST_CASE("the line number of an endless line counts the lines before it", "[csv][reader][hostile]")
{
    // Three short lines, then one that runs on past the limit and then ends.
    QByteArray bytes("a,b\nc,d\ne,f\n");
    bytes += QByteArray(qsizetype(CsvReader::maxRecordInputBytes) + 2 * qsizetype(CsvReader::chunkSize), 'x');
    bytes += "\ng,h\n";
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, CsvDialect{});
    CsvRecord record;
    int records = 0;
    while (reader.next(record))
        ++records;
    CHECK(records == 3);
    CHECK(reader.error().contains(QStringLiteral("line 4 does not end")));
}
