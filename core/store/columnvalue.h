// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <string_view>

namespace milepost {

// One column of a result row as Statement::readRow reads it: whether it is NULL, and its value
// in the form asked for.
struct ColumnValue
{
    enum class Kind { Integer, Utf8 };

    bool isNull = true;
    qint64 integer = 0;    // read as Kind::Integer; 0 for NULL
    std::string_view utf8; // read as Kind::Utf8, valid until the next step or reset; empty for NULL
};

} // namespace milepost
