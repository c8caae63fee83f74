// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importprofile.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace milepost {

class Database;

// Imports one file into a dataset by a profile: reads it as it streams, parses every row,
// stores what it can and lists what it cannot, all in one transaction. A cancelled or failed
// import leaves the database as it was. Safe to run off the UI thread with its own Database;
// it reads and parses on a second thread of its own (RowPipeline) while the calling thread
// stores, and calls progress and cancelled on the calling thread.
class DatasetImporter final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetImporter)

public:
    struct Request
    {
        QString path;
        ImportProfile profile;
        // Override the profile's and the detected encoding and delimiter.
        std::optional<TextEncoding::Id> encoding;
        std::optional<char> delimiter;
        // What a later import refreshes; empty means ImportProfile::defaultSource().
        QString source;
        // Back the database up before the import (Database::prepareForChange). Off only for the
        // sample data a new database starts with: there is nothing to lose then.
        bool backUp = true;
        // Read, parse and store everything, then roll back: the report holds what the import
        // would do (the wizard's confirmation) and the database stays as it was.
        bool dryRun = false;
    };
    // Called every few thousand rows and at the end: bytes of the file read so far, and in all.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Asked as often as Progress; true stops the import and rolls it back.
    using Cancelled = std::function<bool()>;

    explicit DatasetImporter(Database &database);

    ImportReport run(const Request &request, const Progress &progress = {}, const Cancelled &cancelled = {});

    // How often progress and cancellation are looked at, in rows.
    static constexpr int checkEvery = 2048;

private:
    Database &m_database;
};

} // namespace milepost
