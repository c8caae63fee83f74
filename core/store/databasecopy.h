// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace milepost {

class Database;

// Copies every table of one Milepost database into another, empty one, whichever their
// engines (a local file to a server and back): in one transaction on the destination, parents
// before children, and each table's count compared with the source's before it commits, so a
// copy is whole or not made at all. Both databases are at the current schema version (opening
// them upgrades them).
class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };

    // The store's tables, parents before the tables that refer to them.
    static const QStringList &tables();

    // False with error set when the destination holds data, a table is missing on either side
    // or a count differs; the destination is then left as it was.
    static bool copy(Database &from, Database &to, QList<Table> *copied, QString *error);
};

} // namespace milepost
