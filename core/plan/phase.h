// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

namespace milepost {

// The four tasks of the 100-Day Plan, in the report's order.
enum class Phase { Learn, Assess, Communicate, Act };

inline constexpr std::array<Phase, 4> allPhases{Phase::Learn, Phase::Assess, Phase::Communicate, Phase::Act};

} // namespace milepost
