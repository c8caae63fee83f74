// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "export/csvwriter.h"

#include <QBuffer>
#include <QByteArray>
#include <QDate>
#include <QLocale>

#include <limits>

using namespace milepost;

namespace {

const QByteArray bom("\xEF\xBB\xBF");

CsvOptions noBom()
{
    CsvOptions options;
    options.byteOrderMark = false;
    return options;
}

// The bytes one row of cells is written as, without BOM.
QByteArray rowOf(const QList<CsvCell> &cells, const CsvOptions &options = noBom())
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    writer.writeRow(cells);
    REQUIRE(writer.finish());
    return bytes;
}

QByteArray textCell(const QString &text)
{
    return rowOf({CsvCell::text(text)});
}

} // namespace

TEST_CASE("rows end in CRLF and fields are separated by commas", "[export][csv]")
{
    CHECK(rowOf({CsvCell::text(QStringLiteral("a")), CsvCell::integer(2), CsvCell::text(QStringLiteral("c"))})
          == QByteArray("a,2,c\r\n"));
}

TEST_CASE("a field with a comma, a quote or a line break is quoted, quotes doubled", "[export][csv]")
{
    CHECK(textCell(QStringLiteral("plain")) == QByteArray("plain\r\n"));
    CHECK(textCell(QStringLiteral("Smith, Jane")) == QByteArray("\"Smith, Jane\"\r\n"));
    CHECK(textCell(QStringLiteral("the \"Data\" plan")) == QByteArray("\"the \"\"Data\"\" plan\"\r\n"));
    CHECK(textCell(QStringLiteral("\"")) == QByteArray("\"\"\"\"\r\n"));
    // Spaces are data, not a reason to quote: RFC 4180 keeps them and so does Excel.
    CHECK(textCell(QStringLiteral(" padded ")) == QByteArray(" padded \r\n"));
}

TEST_CASE("embedded line breaks stay inside the quoted field", "[export][csv]")
{
    CHECK(textCell(QStringLiteral("line one\nline two")) == QByteArray("\"line one\nline two\"\r\n"));
    CHECK(textCell(QStringLiteral("line one\r\nline two")) == QByteArray("\"line one\r\nline two\"\r\n"));
    CHECK(rowOf({CsvCell::text(QStringLiteral("a\nb")), CsvCell::text(QStringLiteral("c"))})
          == QByteArray("\"a\nb\",c\r\n"));
}

TEST_CASE("UTF-8 with a byte order mark by default, without on request", "[export][csv]")
{
    const QString text = QStringLiteral("Año escolar – ü € 𝄞");
    QByteArray withBom;
    {
        QBuffer buffer(&withBom);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.writeRow({CsvCell::text(text)});
        REQUIRE(writer.finish());
    }
    CHECK(withBom == bom + text.toUtf8() + "\r\n");
    CHECK(textCell(text) == text.toUtf8() + "\r\n");
    CHECK_FALSE(textCell(text).startsWith(bom));
}

TEST_CASE("an unpaired surrogate is written as the replacement character", "[export][csv]")
{
    const QString broken = QString(QChar(0xD800)) + QStringLiteral("x");
    CHECK(textCell(broken) == QByteArray("\xEF\xBF\xBDx\r\n"));
}

TEST_CASE("text that starts like a formula gets an apostrophe", "[export][csv][injection]")
{
    CHECK(textCell(QStringLiteral("=HYPERLINK(\"http://x\")")) == QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"));
    CHECK(textCell(QStringLiteral("=1+1")) == QByteArray("'=1+1\r\n"));
    CHECK(textCell(QStringLiteral("+1+1")) == QByteArray("'+1+1\r\n"));
    CHECK(textCell(QStringLiteral("-1+1")) == QByteArray("'-1+1\r\n"));
    CHECK(textCell(QStringLiteral("@SUM(A1)")) == QByteArray("'@SUM(A1)\r\n"));
    CHECK(textCell(QStringLiteral("\t=1+1")) == QByteArray("'\t=1+1\r\n"));
    // A leading CR also forces quotes: the guard goes inside them.
    CHECK(textCell(QStringLiteral("\r=1+1")) == QByteArray("\"'\r=1+1\"\r\n"));
    CHECK(textCell(QStringLiteral("=cmd|' /C calc'!A0, x")) == QByteArray("\"'=cmd|' /C calc'!A0, x\"\r\n"));
}

TEST_CASE("the guard looks only at the first character", "[export][csv][injection]")
{
    CHECK(textCell(QStringLiteral("a=1")) == QByteArray("a=1\r\n"));
    CHECK(textCell(QStringLiteral("2022-06-01")) == QByteArray("2022-06-01\r\n"));
    CHECK(textCell(QStringLiteral("Q2-22")) == QByteArray("Q2-22\r\n"));
    CHECK(textCell(QString()) == QByteArray("\"\"\r\n"));
}

TEST_CASE("numbers keep their sign, the same characters as text are guarded", "[export][csv][injection]")
{
    CHECK(rowOf({CsvCell::integer(-5)}) == QByteArray("-5\r\n"));
    CHECK(rowOf({CsvCell::number(-1234.5)}) == QByteArray("-1234.5\r\n"));
    CHECK(rowOf({CsvCell::number(0.1)}) == QByteArray("0.1\r\n"));
    CHECK(rowOf({CsvCell::integer(std::numeric_limits<qint64>::min())}) == QByteArray("-9223372036854775808\r\n"));
    CHECK(textCell(QStringLiteral("-5")) == QByteArray("'-5\r\n"));
    CHECK(rowOf({CsvCell::number(std::numeric_limits<double>::infinity())}) == QByteArray("Infinity\r\n"));
    CHECK(rowOf({CsvCell::number(-std::numeric_limits<double>::infinity())}) == QByteArray("'-Infinity\r\n"));
}

TEST_CASE("the guard can be turned off", "[export][csv][injection]")
{
    CsvOptions options = noBom();
    options.guardFormulas = false;
    CHECK(rowOf({CsvCell::text(QStringLiteral("=1+1"))}, options) == QByteArray("=1+1\r\n"));
}

TEST_CASE("unguard reverses the guard exactly, apostrophes included", "[export][csv][injection]")
{
    for (const QString &text : {QStringLiteral("=1+1"), QStringLiteral("'=1+1"), QStringLiteral("''@x"),
                                QStringLiteral("'plain"), QStringLiteral("plain"), QStringLiteral("-5"),
                                QStringLiteral("'"), QString(), QStringLiteral("\t"), QStringLiteral("\r\n")}) {
        INFO(text.toStdString());
        const bool guarded = CsvWriter::needsGuard(text);
        const QString written = guarded ? QLatin1Char('\'') + text : text;
        CHECK(CsvWriter::unguard(written) == text);
    }
    CHECK(CsvWriter::needsGuard(QStringLiteral("'=x")));
    CHECK(textCell(QStringLiteral("'=x")) == QByteArray("''=x\r\n"));
    CHECK_FALSE(CsvWriter::needsGuard(QStringLiteral("'x")));
    CHECK(textCell(QStringLiteral("'x")) == QByteArray("'x\r\n"));
}

TEST_CASE("dates are ISO 8601 by default and the locale's with a four-digit year on request", "[export][csv]")
{
    const QDate date(2022, 6, 1);
    CHECK(rowOf({CsvCell::date(date)}) == QByteArray("2022-06-01\r\n"));
    CHECK(rowOf({CsvCell::date(QDate(987, 12, 31))}) == QByteArray("0987-12-31\r\n"));
    CHECK(rowOf({CsvCell::date(QDate()), CsvCell::integer(1)}) == QByteArray(",1\r\n"));

    CsvOptions us = noBom();
    us.dateFormat = CsvOptions::DateFormat::Locale;
    us.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    CHECK(rowOf({CsvCell::date(date)}, us) == QByteArray("6/1/2022\r\n"));

    CsvOptions german = us;
    german.locale = QLocale(QLocale::German, QLocale::Germany);
    CHECK(rowOf({CsvCell::date(date)}, german) == QByteArray("01.06.2022\r\n"));
}

TEST_CASE("empty cells keep their place", "[export][csv]")
{
    CHECK(rowOf({CsvCell(), CsvCell::text(QStringLiteral("b")), CsvCell()}) == QByteArray(",b,\r\n"));
    // A lone empty cell would be a blank line, which readers drop.
    CHECK(rowOf({CsvCell()}) == QByteArray("\"\"\r\n"));
}

TEST_CASE("UTF-8 from SQLite is written as is, with the same quoting and guard", "[export][csv]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, noBom());
    writer.addUtf8Text("=1,\"x\"");
    writer.addUtf8Text("caf\xC3\xA9");
    writer.endRow();
    REQUIRE(writer.finish());
    CHECK(bytes == QByteArray("\"'=1,\"\"x\"\"\",caf\xC3\xA9\r\n"));
}

TEST_CASE("many rows are written in blocks and counted", "[export][csv]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, noBom());
    const QString longText(1'500'000, QLatin1Char('x')); // longer than a block on its own
    for (int i = 0; i < 4; ++i)
        writer.writeRow({CsvCell::integer(i), CsvCell::text(longText)});
    for (int i = 0; i < 100000; ++i)
        writer.writeRow({CsvCell::integer(7), CsvCell::text(QStringLiteral("ab"))});
    REQUIRE(writer.finish());
    CHECK(writer.rowCount() == 100004);
    CHECK(bytes.size() == 4 * (2 + longText.size() + 2) + 100000 * 6);
    CHECK(bytes.startsWith("0,xxx"));
    CHECK(bytes.contains("xx\r\n7,ab\r\n"));
    CHECK(bytes.endsWith("\r\n7,ab\r\n"));
}

TEST_CASE("a device that fails is reported and nothing more is written", "[export][csv]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvWriter writer(&buffer, noBom());
    writer.writeRow({CsvCell::text(QStringLiteral("x"))});
    CHECK_FALSE(writer.finish());
    CHECK(writer.hasError());
    CHECK_FALSE(writer.errorString().isEmpty());
    CHECK(bytes.isEmpty());
}

TEST_CASE("fixed-point amounts are written exactly, negative ones unguarded", "[export][csv]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, noBom());
    writer.addFixed(-123456, 2);
    writer.addFixed(5, 2);
    writer.addFixed(-5, 2);
    writer.addFixed(6250, 2, true);
    writer.addFixed(6200, 2, true);
    writer.addFixed(0, 2);
    writer.addFixed(std::numeric_limits<qint64>::min(), 2);
    writer.addFixed(42, 0);
    writer.endRow();
    REQUIRE(writer.finish());
    CHECK(bytes == QByteArray("-1234.56,0.05,-0.05,62.5,62,0.00,-92233720368547758.08,42\r\n"));
}

TEST_CASE("dates are written as ISO days, or as the locale writes them", "[export][csv]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, noBom());
    // As the store keeps a capital phase's dates: the day's number.
    writer.addDate(QDate::fromJulianDay(QDate(2024, 2, 29).toJulianDay()));
    writer.addDate(QDate(2022, 6, 1));
    writer.addDate(QDate(1, 1, 1));
    writer.addDate(QDate(9999, 12, 31));
    writer.addDate(QDate());
    writer.endRow();
    CsvOptions locale = noBom();
    locale.dateFormat = CsvOptions::DateFormat::Locale;
    locale.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QByteArray localeBytes;
    QBuffer localeBuffer(&localeBytes);
    localeBuffer.open(QIODevice::WriteOnly);
    CsvWriter localeWriter(&localeBuffer, locale);
    localeWriter.addDate(QDate(2022, 6, 1));
    localeWriter.endRow();
    REQUIRE(writer.finish());
    REQUIRE(localeWriter.finish());
    CHECK(bytes == QByteArray("2024-02-29,2022-06-01,0001-01-01,9999-12-31,\r\n"));
    CHECK(localeBytes == QByteArray("6/1/2022\r\n"));
}
