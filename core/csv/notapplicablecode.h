// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace milepost {

// How Milepost's own CSV writes a value that does not apply, so that its import profiles read
// back the source's own code: "N/A" as it is, any other code as "N/A (DOER)". The code alone
// ("DOER") would be rejected on the way back, since the profile cannot know every source's
// codes; the parentheses are unambiguous in a date or an amount column, where no value has
// them. Only a file known to be Milepost's own is read this way.
class NotApplicableCode final
{
public:
    static std::string written(std::string_view code)
    {
        if (isPlain(code))
            return std::string(code);
        std::string text(prefix);
        text += code;
        text += ')';
        return text;
    }

    // The code a written cell carries: the text between the parentheses; nothing when the cell
    // is not written that way (then it may still be a plain "N/A", the profile's own code).
    static std::optional<std::string_view> read(std::string_view cell)
    {
        // At least one character between the parentheses: a code is never empty.
        if (cell.size() <= prefix.size() + 1 || cell.substr(0, prefix.size()) != prefix || cell.back() != ')')
            return std::nullopt;
        return cell.substr(prefix.size(), cell.size() - prefix.size() - 1);
    }

private:
    static constexpr std::string_view prefix = "N/A (";

    // "N/A" in any case, which the profiles take as a code of their own.
    static bool isPlain(std::string_view code)
    {
        if (code.size() != 3)
            return false;
        return (code[0] == 'N' || code[0] == 'n') && code[1] == '/' && (code[2] == 'A' || code[2] == 'a');
    }
};

} // namespace milepost
