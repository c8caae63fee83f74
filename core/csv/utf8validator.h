// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>

namespace milepost {

// Checks UTF-8 strictly (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
class Utf8Validator final
{
public:
    static constexpr std::size_t valid = std::string_view::npos;

    // The offset of the first byte that is not part of a valid sequence, or valid. With
    // allowTruncatedEnd a sequence cut off by the end of text is not counted as invalid:
    // the text is the head of a longer file.
    static std::size_t firstInvalid(std::string_view text, bool allowTruncatedEnd = false);
    static bool isValid(std::string_view text) { return firstInvalid(text) == valid; }
    static bool isAscii(std::string_view text);
};

} // namespace milepost
