// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace milepost {

// Tells assistive technology that Milepost's charts (the dashboard's ChartWidget and the
// timeline's chart) are charts: Qt would present them as a bare client area. Their names and
// descriptions stay the widgets' own. Safe to call more than once; the first call installs.
void installChartAccessibility();

} // namespace milepost
