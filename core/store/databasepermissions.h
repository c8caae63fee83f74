// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace milepost {

// What the person who opened a database may do in it: everything in a local file; on a
// PostgreSQL server what the server grants their role (PgRoles), read once when the database
// is opened. The window hides what is not allowed; the server refuses it anyway.
struct DatabasePermissions
{
    bool recordProgress = true; // progress updates: the journal and the current values
    bool importData = true; // dataset and plan imports, and removing them
    bool upgradeSchema = true; // owns the tables: db upgrade
    QString role; // the role the server knows the person as; empty for a local file

    bool readOnly() const { return !recordProgress && !importData; }
};

} // namespace milepost
