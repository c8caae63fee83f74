// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "io/textfile.h"

#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>

#include <algorithm>

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

namespace {

// Zero bytes without end, like /dev/zero: a reader that trusts it never stops.
class EndlessDevice final : public QIODevice
{
public:
    EndlessDevice() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 served = 0;

protected:
    qint64 readData(char *data, qint64 length) override
    {
        std::fill_n(data, length, '\0');
        served += length;
        return length;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
};

} // namespace

TEST_CASE("an endless input is refused once it passes the limit", "[io][textfile][hostile]")
{
    EndlessDevice device;
    const auto contents = TextFile::read(device, 1024 * 1024);
    CHECK_FALSE(contents.ok);
    CHECK(contents.error.contains(QStringLiteral("too large")));
    CHECK(device.served <= 2 * 1024 * 1024);
}

TEST_CASE("a file past the size limit is refused without reading it all", "[io][textfile][hostile]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile big(dir.filePath(QStringLiteral("big.txt")));
    REQUIRE(big.open(QIODevice::WriteOnly));
    REQUIRE(big.write(QByteArray(5000, 'a')) == 5000);
    big.close();
    CHECK(TextFile::read(big.fileName(), 5000).ok);
    const auto tooBig = TextFile::read(big.fileName(), 4999);
    CHECK_FALSE(tooBig.ok);
    CHECK(tooBig.error.contains(big.fileName()));
    CHECK(tooBig.error.contains(QStringLiteral("too large")));
}

#ifdef Q_OS_UNIX
TEST_CASE("devices and pipes are refused before anything is read", "[io][textfile][hostile]")
{
    for (const char *device : {"/dev/zero", "/dev/urandom"}) {
        const auto contents = TextFile::read(QString::fromLatin1(device));
        CHECK_FALSE(contents.ok);
        CHECK(contents.error.contains(QStringLiteral("not a regular file")));
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto folder = TextFile::read(dir.path());
    CHECK_FALSE(folder.ok);
    CHECK(folder.error.contains(QStringLiteral("folder")));
}
#endif

TEST_CASE("UTF-16 without a byte order mark is read, in either byte order", "[io][textfile][hostile]")
{
    const QString expected = QStringLiteral("# ACT | Café ● “plan”\n\tline two\n");
    QByteArray little;
    QByteArray big;
    for (QChar c : expected) {
        little.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    const auto fromLittle = TextFile::decode(little);
    CHECK(fromLittle.ok);
    CHECK(fromLittle.encoding == QStringLiteral("UTF-16LE"));
    CHECK(fromLittle.text == expected);
    const auto fromBig = TextFile::decode(big);
    CHECK(fromBig.ok);
    CHECK(fromBig.encoding == QStringLiteral("UTF-16BE"));
    CHECK(fromBig.text == expected);

    // An odd number of bytes is not UTF-16 even if the zeros say so.
    const auto odd = TextFile::decode(little + 'x');
    CHECK_FALSE(odd.ok);
    CHECK(odd.error.contains(QStringLiteral("UTF-16")));
}
