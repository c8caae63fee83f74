// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace milepost::bench {

// The NYC School Construction Authority export in data/, written copies times into target, the
// site code of each copy suffixed -00, -01, ... so that every copy is 6,985 new projects.
// The number of rows written (the header not counted), or -1 when a file cannot be opened.
qint64 writeNycCopies(const QString &target, int copies);

} // namespace milepost::bench
