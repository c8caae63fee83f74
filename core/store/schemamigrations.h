// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace milepost {

// The SQL that builds a Milepost database, one step per schema version: steps()[i] takes a
// file from version i to i + 1 (Database::open runs them, each in its own transaction).
class SchemaMigrations final
{
public:
    static std::span<const char *const> steps();
};

} // namespace milepost
