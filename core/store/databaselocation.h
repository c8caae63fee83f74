// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace milepost {

// Where a person's own database lives when no --db is given: milepost.sqlite in the
// application's data folder (on Linux ~/.local/share/Milepost/Milepost/).
class DatabaseLocation final
{
public:
    // Empty when the platform names no data folder.
    static QString defaultPath();
    // Makes the folder the default database goes in; false when it cannot be made.
    static bool makeDefaultFolder();
};

} // namespace milepost
