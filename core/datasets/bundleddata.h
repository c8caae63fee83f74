// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace milepost {

class Database;

// What a new database starts with, so that the window and the command line show something on
// first use: the plan that ships with Milepost (the LAUSD 100-Day Plan) and the LAUSD sample
// datasets (SampleData). Both the window and the headless commands seed through this.
class BundledData final
{
    Q_DECLARE_TR_FUNCTIONS(BundledData)

public:
    static QString planFileName(); // "lausd-100-day-plan-report-2022.txt"

    // Imports the bundled plan from directory (":/data" in the app) when the database holds no
    // plan (a new database), then the sample datasets unless it already holds dataset rows.
    // False, with error set, when either fails; each import is its own transaction.
    static bool seedIfEmpty(Database &database, const QString &directory, QString *error);
};

} // namespace milepost
