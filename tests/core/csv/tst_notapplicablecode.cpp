// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "csv/notapplicablecode.h"

#include <string>

using namespace milepost;

TEST_CASE("a not-applicable code is written so that it reads back as itself", "[csv]")
{
    CHECK(NotApplicableCode::written("DOER") == "N/A (DOER)");
    CHECK(NotApplicableCode::written("N/A") == "N/A"); // the profiles' own code
    CHECK(NotApplicableCode::written("n/a") == "n/a");
    CHECK_FALSE(NotApplicableCode::read("N/A").has_value());
    CHECK_FALSE(NotApplicableCode::read("DOER").has_value());
    CHECK_FALSE(NotApplicableCode::read("N/A ()").has_value()); // a code is never empty
    CHECK_FALSE(NotApplicableCode::read("N/A (DOER").has_value());
    for (const std::string code : {"DOER", "PNS", "TBD ", " x", "N/A (DOER)", "X)", "(", "—", "n.a."}) {
        const std::string written = NotApplicableCode::written(code);
        const auto read = NotApplicableCode::read(written);
        INFO(code << " written " << written);
        REQUIRE(read.has_value());
        CHECK(std::string(*read) == code);
    }
}
