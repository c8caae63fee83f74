// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace milepost {

class Connection;

// While held, no other import or schema upgrade of the same database runs. On a PostgreSQL server
// an advisory lock of the session (PgConnection::tryImportLock), tried without waiting: a second
// importer is refused at once, with who holds it and since when. Readers are never blocked. On
// SQLite nothing is taken here: the import's write transaction is the lock, as before.
//
// Take it before the import's transaction begins and release it (destroy it) after that ends: a
// session lock outlives its transaction.
class ImportLock final
{
    Q_DECLARE_TR_FUNCTIONS(ImportLock)

public:
    // what: what the holder does, as another importer's message shows it ("import of capital.csv").
    ImportLock(Connection *db, const QString &what);
    ~ImportLock();
    ImportLock(const ImportLock &) = delete;
    ImportLock &operator=(const ImportLock &) = delete;

    bool isHeld() const { return m_held; }
    const QString &error() const { return m_error; } // why not held: who is importing

private:
    Connection *m_db = nullptr;
    bool m_held = false;
    bool m_taken = false; // a server lock to release
    QString m_error;
};

} // namespace milepost
