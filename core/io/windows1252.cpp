// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows1252.h"

namespace milepost {

namespace {

constexpr char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                               0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                               0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                               0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

} // namespace

char16_t Windows1252::toUnicode(unsigned char byte)
{
    return byte >= 0x80 && byte < 0xA0 ? high[byte - 0x80] : char16_t(byte);
}

QString Windows1252::decode(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes)
        text.append(QChar(toUnicode(static_cast<unsigned char>(c))));
    return text;
}

void Windows1252::appendUtf8(QByteArrayView bytes, std::string &out)
{
    out.reserve(out.size() + std::size_t(bytes.size()));
    for (const char c : bytes) {
        const char16_t unit = toUnicode(static_cast<unsigned char>(c));
        if (unit < 0x80) {
            out.push_back(c);
        } else if (unit < 0x800) {
            out.push_back(char(0xC0 | (unit >> 6)));
            out.push_back(char(0x80 | (unit & 0x3F)));
        } else {
            out.push_back(char(0xE0 | (unit >> 12)));
            out.push_back(char(0x80 | ((unit >> 6) & 0x3F)));
            out.push_back(char(0x80 | (unit & 0x3F)));
        }
    }
}

} // namespace milepost
