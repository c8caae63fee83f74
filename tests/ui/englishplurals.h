// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catchcompat.h"

#include "language/language.h"

namespace milepost::test {

// English as the program installs it when it starts, with its plural forms ("2 words", not
// "2 word(s)"), for the life of a test; a test process installs no language by itself.
struct EnglishPlurals
{
    EnglishPlurals() { REQUIRE(Language::install(QStringLiteral("en"))); }
    ~EnglishPlurals() { Language::uninstall(); }
    EnglishPlurals(const EnglishPlurals &) = delete;
    EnglishPlurals &operator=(const EnglishPlurals &) = delete;
};

} // namespace milepost::test
