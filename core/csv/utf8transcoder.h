// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textencoding.h"

#include <QByteArrayView>

#include <string>

namespace milepost {

// Converts a byte stream in one of the supported encodings to UTF-8, chunk by chunk: a UTF-16
// code unit or surrogate pair split between two chunks comes out whole. What cannot be
// converted (a lone surrogate, an odd trailing byte) becomes the byte 0xFF, which is never
// valid UTF-8, so that the reader reports it instead of inventing a character. UTF-8 input
// passes through unchanged; it is validated where it is read.
class Utf8Transcoder final
{
public:
    explicit Utf8Transcoder(TextEncoding::Id encoding = TextEncoding::Utf8);

    TextEncoding::Id encoding() const { return m_encoding; }
    // Appends the converted bytes to out.
    void convert(QByteArrayView bytes, std::string &out);
    // Appends what an incomplete sequence at the end of the input leaves.
    void finish(std::string &out);

    static constexpr char invalid = char(0xFF);
    // Appends code point as UTF-8.
    static void appendCodePoint(char32_t codePoint, std::string &out);

private:
    void convertUtf16(QByteArrayView bytes, std::string &out);
    void takeUnit(char16_t unit, std::string &out);

    TextEncoding::Id m_encoding = TextEncoding::Utf8;
    int m_pendingByte = -1;       // first byte of a UTF-16 unit cut by the chunk end
    char16_t m_pendingHigh = 0;   // a high surrogate waiting for its low half
};

} // namespace milepost
