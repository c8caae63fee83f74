// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "parsedcell.h"

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace milepost {

// What identifies a row of a source across imports: for staffing and enrollment the key fields
// (DatasetField::inKey) of the row, for a capital phase its project's key. Built on the reading
// thread (RowPipeline), so that the storing thread only compares and looks keys up.
class RecordKey final
{
public:
    static constexpr char separator = '\x1F'; // between the parts; U+001F never occurs in a value

    explicit RecordKey(Dataset::Id dataset);

    // The key of a row whose key fields were read (out is overwritten).
    void build(std::span<const ParsedCell> cells, std::string *out) const;
    static std::size_t hashOf(std::string_view key) { return std::hash<std::string_view>{}(key); }

private:
    bool m_capital = false;
    int m_projectKeyField = -1;
    std::vector<int> m_fields; // the parts, in order
};

} // namespace milepost
