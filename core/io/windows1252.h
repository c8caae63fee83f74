// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <string>

namespace milepost {

// Windows-1252, the "ANSI" code page Excel uses for "CSV" on Western Windows systems. It
// differs from Latin-1 only in 0x80-0x9F; a table keeps us free of ICU, which QStringDecoder
// needs for code pages. The five bytes the code page leaves undefined (81, 8D, 8F, 90, 9D)
// map to the C1 controls of the same number, as the WHATWG Encoding Standard and Windows do,
// so that no byte is lost.
class Windows1252 final
{
public:
    static char16_t toUnicode(unsigned char byte);
    static QString decode(QByteArrayView bytes);
    // Appends bytes, converted to UTF-8, to out.
    static void appendUtf8(QByteArrayView bytes, std::string &out);
};

} // namespace milepost
