// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

class Connection;

// What a bulk import changes in an SQLite connection's settings for speed, and puts back
// afterwards: the journal mode and foreign-key enforcement (before its transaction), the page
// cache (inside it) and secure_delete. On another engine every call does nothing: the server
// keeps enforcing foreign keys, so checkForeignKeys() has nothing to check.
class SqliteImportTuning final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteImportTuning)

public:
    explicit SqliteImportTuning(Connection *db);
    ~SqliteImportTuning(); // restore(), should the caller not have
    SqliteImportTuning(const SqliteImportTuning &) = delete;
    SqliteImportTuning &operator=(const SqliteImportTuning &) = delete;

    // Before the import's transaction begins.
    void beforeTransaction();
    // Inside the transaction, before the first row.
    void afterBegin();
    // A bulk write into tables without their key index needs a smaller cache only.
    void useBulkCache();
    // Debian builds SQLite to zero freed space (secure_delete); bulk inserts free nothing worth it.
    void secureDeleteOff();
    void secureDeleteOn();
    // While the indexes dropped for a bulk write are built again: SQLite's sorter may hand sorted
    // runs to a helper thread (PRAGMA threads), on the core the reading thread no longer uses.
    void sortWithHelperThread();
    void sortAlone();

    // When foreign keys were switched off: whether the rows of tables still satisfy them;
    // false with error set (a row of which table refers to which missing row) when not.
    bool checkForeignKeys(const QStringList &tables, QString *error) const;
    bool foreignKeysOff() const { return m_foreignKeysOff; }

    // After the import's transaction has ended: everything back as it was.
    void restore();

private:
    Connection *m_db = nullptr; // null unless SQLite
    qint64 m_cacheSize = 0;      // the connection's page cache before the import
    bool m_leftWal = false;      // the import runs with a rollback journal
    bool m_foreignKeysOff = false;
    bool m_secureDeleteOff = false;
    qint64 m_sortThreads = -1; // PRAGMA threads before sortWithHelperThread(); -1: not changed
};

} // namespace milepost
