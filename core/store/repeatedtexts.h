// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace milepost {

// The texts a column repeats over many rows (a district's history names a few Local Districts,
// job categories, sites and periods), each made a QString once and numbered in the order first
// read, so that a pass over a million rows converts a few hundred texts. The last text read is
// found again without a lookup.
class RepeatedTexts final
{
public:
    // The number of the text utf8 spells: 0, 1, 2... in the order first read. added, when given,
    // says whether the text is new (its number is then count() - 1).
    int number(std::string_view utf8, bool *added = nullptr);
    // The text of a number; stays where it is while more are read.
    const QString &text(int number) const { return m_texts.at(std::size_t(number)); }
    const QString &of(std::string_view utf8) { return text(number(utf8)); }
    int count() const { return int(m_texts.size()); }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    std::unordered_map<std::string, int, Hash, std::equal_to<>> m_numbers;
    std::deque<QString> m_texts;
    const std::string *m_lastUtf8 = nullptr;
    int m_last = -1;
};

} // namespace milepost
