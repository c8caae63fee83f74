// SPDX-License-Identifier: GPL-3.0-or-later
#include "utf8transcoder.h"

#include "io/windows1252.h"

namespace milepost {

Utf8Transcoder::Utf8Transcoder(TextEncoding::Id encoding)
    : m_encoding(encoding)
{
}

void Utf8Transcoder::appendCodePoint(char32_t codePoint, std::string &out)
{
    if (codePoint < 0x80) {
        out.push_back(char(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(char(0xC0 | (codePoint >> 6)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.push_back(char(0xE0 | (codePoint >> 12)));
        out.push_back(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (codePoint >> 18)));
        out.push_back(char(0x80 | ((codePoint >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(char(0x80 | (codePoint & 0x3F)));
    }
}

void Utf8Transcoder::convert(QByteArrayView bytes, std::string &out)
{
    switch (m_encoding) {
    case TextEncoding::Utf8:
        out.append(bytes.data(), std::size_t(bytes.size()));
        return;
    case TextEncoding::Windows1252:
        Windows1252::appendUtf8(bytes, out);
        return;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        convertUtf16(bytes, out);
        return;
    }
}

void Utf8Transcoder::convertUtf16(QByteArrayView bytes, std::string &out)
{
    const bool little = m_encoding == TextEncoding::Utf16LE;
    out.reserve(out.size() + std::size_t(bytes.size()));
    qsizetype i = 0;
    if (m_pendingByte >= 0 && !bytes.isEmpty()) {
        const auto second = static_cast<unsigned char>(bytes.at(0));
        const auto first = static_cast<unsigned char>(m_pendingByte);
        takeUnit(little ? char16_t(first | (second << 8)) : char16_t((first << 8) | second), out);
        m_pendingByte = -1;
        i = 1;
    }
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    for (; i + 1 < bytes.size(); i += 2) {
        const char16_t unit = little ? char16_t(data[i] | (data[i + 1] << 8)) : char16_t((data[i] << 8) | data[i + 1]);
        if (unit < 0x80 && !m_pendingHigh)
            out.push_back(char(unit));
        else
            takeUnit(unit, out);
    }
    if (i < bytes.size())
        m_pendingByte = data[i];
}

void Utf8Transcoder::takeUnit(char16_t unit, std::string &out)
{
    const bool high = unit >= 0xD800 && unit < 0xDC00;
    const bool low = unit >= 0xDC00 && unit < 0xE000;
    if (m_pendingHigh) {
        if (low) {
            appendCodePoint(0x10000 + ((char32_t(m_pendingHigh) - 0xD800) << 10) + (unit - 0xDC00), out);
            m_pendingHigh = 0;
            return;
        }
        out.push_back(invalid); // a high surrogate without its low half
        m_pendingHigh = 0;
    }
    if (high) {
        m_pendingHigh = unit;
        return;
    }
    if (low) {
        out.push_back(invalid);
        return;
    }
    appendCodePoint(unit, out);
}

void Utf8Transcoder::finish(std::string &out)
{
    if (m_pendingHigh) {
        out.push_back(invalid);
        m_pendingHigh = 0;
    }
    if (m_pendingByte >= 0) {
        out.push_back(invalid);
        m_pendingByte = -1;
    }
}

} // namespace milepost
