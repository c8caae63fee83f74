// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "csv/utf8transcoder.h"
#include "csv/utf8validator.h"

#include <string>

using namespace milepost;

namespace {

// Feeds bytes one at a time, the worst split a chunked read can make.
std::string byteByByte(TextEncoding::Id encoding, const QByteArray &bytes)
{
    Utf8Transcoder transcoder(encoding);
    std::string out;
    for (const char c : bytes)
        transcoder.convert(QByteArrayView(&c, 1), out);
    transcoder.finish(out);
    return out;
}

QString fromUtf8(const std::string &bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

} // namespace

TEST_CASE("UTF-16 fed a byte at a time converts to the same text", "[csv][transcoder]")
{
    const QString text = QStringLiteral("Niño, “quoted” \U0001F3EB done");
    const QByteArray little(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray big;
    for (const QChar c : text) {
        big.append(char(c.unicode() >> 8));
        big.append(char(c.unicode() & 0xFF));
    }
    CHECK(fromUtf8(byteByByte(TextEncoding::Utf16LE, little)) == text);
    CHECK(fromUtf8(byteByByte(TextEncoding::Utf16BE, big)) == text);
}

TEST_CASE("Windows-1252 maps every byte, the undefined ones to C1 controls", "[csv][transcoder]")
{
    QByteArray all;
    for (int byte = 1; byte < 256; ++byte)
        all.append(char(byte));
    const std::string out = byteByByte(TextEncoding::Windows1252, all);
    CHECK(Utf8Validator::isValid(out));
    const QString text = fromUtf8(out);
    REQUIRE(text.size() == 255);
    CHECK(text.at(0x80 - 1) == QChar(0x20AC));
    CHECK(text.at(0x81 - 1) == QChar(0x0081));
    CHECK(text.at(0x93 - 1) == QChar(0x201C));
    CHECK(text.at(0xE9 - 1) == QChar(0x00E9));
}

TEST_CASE("what cannot be converted becomes a byte that UTF-8 validation rejects", "[csv][transcoder]")
{
    // A low surrogate alone, then an odd byte at the end.
    const std::string out = byteByByte(TextEncoding::Utf16LE, QByteArray("a\x00\x00\xDC" "b", 5));
    CHECK(out.size() == 3);
    CHECK(out[0] == 'a');
    CHECK_FALSE(Utf8Validator::isValid(out));
}

TEST_CASE("UTF-8 validation rejects overlongs, surrogates and stray continuation bytes", "[csv][utf8]")
{
    CHECK(Utf8Validator::isValid("plain ascii text that is longer than eight bytes"));
    CHECK(Utf8Validator::isValid("\xC3\xA9\xE2\x80\x9C\xF0\x9F\x8F\xAB"));
    CHECK_FALSE(Utf8Validator::isValid("\xC0\xAF"));         // overlong '/'
    CHECK_FALSE(Utf8Validator::isValid("\xED\xA0\x80"));     // a surrogate
    CHECK_FALSE(Utf8Validator::isValid("abc\x80"));          // continuation without a lead
    CHECK_FALSE(Utf8Validator::isValid("\xF4\x90\x80\x80")); // above U+10FFFF
    CHECK(Utf8Validator::firstInvalid("ok \xE2\x80", false) == 3);
    CHECK(Utf8Validator::firstInvalid("ok \xE2\x80", true) == Utf8Validator::valid);
}
