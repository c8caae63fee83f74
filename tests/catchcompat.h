// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Catch2 v3 where available, the v2 single header (Debian 12) otherwise.
#if MILEPOST_CATCH2_V3
#include <catch2/catch_message.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QString>

#include <ostream>

// Readable QString values in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << '"' << value.toStdString() << '"';
}
