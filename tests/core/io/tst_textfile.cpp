// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "io/textfile.h"

using milepost::TextFile;

TEST_CASE("text files decode from UTF-8, UTF-16 and Windows-1252", "[io][textfile]")
{
    const QString expected = QStringLiteral("Café ● “plan”");

    const auto plain = TextFile::decode(expected.toUtf8());
    CHECK(plain.ok);
    CHECK(plain.encoding == QStringLiteral("UTF-8"));
    CHECK(plain.text == expected);

    const auto bom = TextFile::decode(QByteArray("\xEF\xBB\xBF") + expected.toUtf8());
    CHECK(bom.text == expected);

    QByteArray utf16("\xFF\xFE");
    for (QChar c : expected) {
        utf16.append(char(c.unicode() & 0xFF));
        utf16.append(char(c.unicode() >> 8));
    }
    const auto little = TextFile::decode(utf16);
    CHECK(little.ok);
    CHECK(little.encoding == QStringLiteral("UTF-16LE"));
    CHECK(little.text == expected);

    // "Café “plan”" as Windows-1252 bytes: é = E9, “ = 93, ” = 94.
    const auto cp1252 = TextFile::decode(QByteArray("Caf\xE9 \x93plan\x94"));
    CHECK(cp1252.ok);
    CHECK(cp1252.encoding == QStringLiteral("Windows-1252"));
    CHECK(cp1252.text == QStringLiteral("Café “plan”"));
}

TEST_CASE("binary files and missing files are refused", "[io][textfile]")
{
    CHECK_FALSE(TextFile::decode(QByteArray("ab\0cd", 5)).ok);
    const auto missing = TextFile::read(QStringLiteral("/no/such/file.txt"));
    CHECK_FALSE(missing.ok);
    CHECK(missing.error.contains(QStringLiteral("/no/such/file.txt")));
}
