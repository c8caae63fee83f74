// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace milepost {

class Database;

// What every headless command shares: its exit codes, one line to standard output or
// standard error, and the database it reads.
class CommandIo final
{
    Q_DECLARE_TR_FUNCTIONS(CommandIo)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    static void printOut(const QString &text);
    static void printError(const QString &text);

    // The database a reading command works on: databasePath, or the one in the app's data
    // folder. A missing file is not created (opening would make an empty database, and
    // figures of nothing are not what was asked): null, with one line on standard error.
    static std::unique_ptr<Database> openExisting(const QString &databasePath);
};

} // namespace milepost
