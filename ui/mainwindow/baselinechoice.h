// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSettings;

namespace milepost {

class Database;

// The baseline View › Baseline Bars shows, kept in the settings per database: a baseline's id
// means something only in the database that holds it, so each database keeps its own choice
// (another database opened in between does not change it). 0: no baseline bars.
class BaselineChoice final
{
public:
    static qint64 load(QSettings &settings, const Database &database);
    static void save(QSettings &settings, const Database &database, qint64 baselineId);

    // The settings key of a database: its file (absolute) or its server address, hashed so
    // that neither a path's slashes nor a connection string ends up in the key.
    static QString key(const Database &database);
};

} // namespace milepost
