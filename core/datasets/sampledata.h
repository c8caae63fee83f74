// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace milepost {

class Database;

// The LAUSD-shaped sample datasets that ship in data/ (see data/README.md): imported on first
// run, so that the dashboard has something to show, with every invented row flagged
// illustrative and shown with a "sample data" badge.
class SampleData final
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)

public:
    struct File
    {
        Dataset::Id dataset;
        QString name;
    };
    static QList<File> files();
    static QString sourceName(); // "lausd-sample"

    // Imports the sample files found in directory (":/data" in the app) when the database
    // holds no dataset rows yet; does nothing otherwise. False and error set when an import
    // fails; what was imported before the failure stays, each file being its own transaction.
    static bool importIfEmpty(Database &database, const QString &directory, QString *error);
};

} // namespace milepost
