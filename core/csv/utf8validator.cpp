// SPDX-License-Identifier: GPL-3.0-or-later
#include "utf8validator.h"

#include <cstdint>
#include <cstring>

namespace milepost {

bool Utf8Validator::isAscii(std::string_view text)
{
    const char *p = text.data();
    std::size_t n = text.size();
    // Eight bytes at a time: the common case is a long run of ASCII.
    while (n >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ull)
            return false;
        p += 8;
        n -= 8;
    }
    while (n--) {
        if (static_cast<unsigned char>(*p++) >= 0x80)
            return false;
    }
    return true;
}

std::size_t Utf8Validator::firstInvalid(std::string_view text, bool allowTruncatedEnd)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        // Skip ASCII quickly.
        while (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, bytes + i, 8);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char min = 0x80;
        unsigned char max = 0xBF; // bounds of the second byte, which rule out overlongs and surrogates
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                min = 0xA0;
            else if (lead == 0xED)
                max = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                min = 0x90;
            else if (lead == 0xF4)
                max = 0x8F;
        } else {
            return i;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if (i + k >= size)
                return allowTruncatedEnd ? valid : i;
            const unsigned char next = bytes[i + k];
            if (next < (k == 1 ? min : 0x80) || next > (k == 1 ? max : 0xBF))
                return i;
        }
        i += length;
    }
    return valid;
}

} // namespace milepost
