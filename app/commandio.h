// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
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

    // The day given with the option (YYYY-MM-DD or any exact day PlanDate reads) into date,
    // which keeps its value when the option is not given; false after a line on standard error.
    static bool readDay(const QCommandLineParser &parser, const QString &option, QDate *date);

    // Where the bundled plan and sample data are compiled in (resources/milepost.qrc).
    static QString bundledDataFolder() { return QStringLiteral(":/data"); }

    // The database a reading command works on. With --db, that file, which must exist (a
    // mistyped path must not become a new database). Without it, the person's own database,
    // created from the bundled plan and sample data on first use as the window does, with one
    // line on standard error saying so. Null after one line on standard error when it fails.
    static std::unique_ptr<Database> openForReading(const QString &databasePath);

    // The person's own database, created and seeded on first use (as openForReading).
    static std::unique_ptr<Database> openDefault();
};

} // namespace milepost
