// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <string_view>

namespace milepost {

// One parameter's value as Statement::bindRow binds it: NULL, an integer, or UTF-8 text. The
// text is not copied: it must stay as it is until the statement has run.
struct BoundValue
{
    enum class Kind : quint8 { Null, Integer, Utf8 };

    Kind kind = Kind::Null;
    qint64 integer = 0;
    std::string_view utf8;
};

} // namespace milepost
