// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteimporttuning.h"

#include "connection.h"
#include "statement.h"

namespace milepost {

namespace {

constexpr int importCacheKiB = 64 * 1024;
constexpr int bulkCacheKiB = 16 * 1024;

} // namespace

SqliteImportTuning::SqliteImportTuning(Connection *db)
    : m_db(db && db->engine() == Connection::Engine::SQLite ? db : nullptr)
{
}

SqliteImportTuning::~SqliteImportTuning()
{
    secureDeleteOn();
    sortAlone();
}

void SqliteImportTuning::beforeTransaction()
{
    if (!m_db)
        return;
    // Neither setting can change inside a transaction.
    //
    // A bulk import into WAL writes every page twice: into the WAL, then into the file at the
    // checkpoint. A rollback journal holds only the old content of pages that existed before,
    // so a large import writes each new page once; a commit is as durable (synchronous stays
    // FULL) and a rollback as complete. Leaving WAL needs the only connection to the file: when
    // another one is open (the window, while an import runs in the background), SQLite refuses
    // the switch and the import keeps WAL, so that the other connection can go on reading.
    Statement mode(m_db, QStringLiteral("PRAGMA journal_mode"));
    if (mode.step() == Statement::Result::Row && mode.columnText(0).toLower() == QLatin1String("wal")) {
        mode.reset();
        Statement journal(m_db, QStringLiteral("PRAGMA journal_mode = DELETE"));
        m_leftWal = journal.step() == Statement::Result::Row && journal.columnText(0).toLower() == QLatin1String("delete");
    }
    // SQLite enforces a foreign key by looking the parent up for every row inserted, which cost
    // a bulk import of 1.3 million phases more than a second. The import takes the ids it
    // stores from rows it inserted or found in this same transaction, so its rows cannot break
    // a foreign key; checkForeignKeys() still checks them all before it commits, and a violation
    // fails the import. Its deletions (gone rows) remove children before parents, so the
    // cascades have nothing to do.
    Statement foreignKeys(m_db, QStringLiteral("PRAGMA foreign_keys"));
    if (foreignKeys.step() == Statement::Result::Row && foreignKeys.columnInt64(0) == 1)
        m_foreignKeysOff = Statement::execute(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"), nullptr);
}

void SqliteImportTuning::afterBegin()
{
    if (!m_db)
        return;
    Statement cacheSize(m_db, QStringLiteral("PRAGMA cache_size"));
    if (cacheSize.step() == Statement::Result::Row) {
        m_cacheSize = cacheSize.columnInt64(0);
        Statement::execute(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(importCacheKiB), nullptr);
    }
}

void SqliteImportTuning::useBulkCache()
{
    // Without the key index every write goes to the end of a B-tree, which a small cache
    // serves as well; a larger one only adds to what building the index takes (peak memory of
    // the 1.3 million-row benchmark: 182 MB with 64 MiB, 74 MB with 16 MiB, in the same time).
    if (m_db && m_cacheSize != 0)
        Statement::execute(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(bulkCacheKiB), nullptr);
}

void SqliteImportTuning::secureDeleteOff()
{
    if (!m_db)
        return;
    // Writing rows in order frees nothing but the old place of cells that a page split moves,
    // whose values stay in the file at their new place; zeroing it took a fifth of the
    // instructions of the B-tree inserts (70 M of 352 M on 131,000 rows).
    Statement secureDelete(m_db, QStringLiteral("PRAGMA secure_delete"));
    if (secureDelete.step() == Statement::Result::Row && secureDelete.columnInt64(0) == 1) {
        secureDelete.reset();
        m_secureDeleteOff = Statement::execute(m_db, QStringLiteral("PRAGMA secure_delete = OFF"), nullptr);
    }
}

void SqliteImportTuning::secureDeleteOn()
{
    if (m_secureDeleteOff)
        Statement::execute(m_db, QStringLiteral("PRAGMA secure_delete = ON"), nullptr);
    m_secureDeleteOff = false;
}

void SqliteImportTuning::sortWithHelperThread()
{
    if (!m_db || m_sortThreads >= 0)
        return;
    // The key index of 691,416 capital projects: 0.37 s with one helper against 0.47 s without,
    // for 16 MiB more at the peak (two helpers: no faster, 33 MiB more).
    Statement threads(m_db, QStringLiteral("PRAGMA threads"));
    if (threads.step() != Statement::Result::Row)
        return;
    const qint64 before = threads.columnInt64(0);
    threads.reset();
    if (before < 1 && Statement::execute(m_db, QStringLiteral("PRAGMA threads = 1"), nullptr))
        m_sortThreads = before;
}

void SqliteImportTuning::sortAlone()
{
    if (m_sortThreads >= 0)
        Statement::execute(m_db, QStringLiteral("PRAGMA threads = %1").arg(m_sortThreads), nullptr);
    m_sortThreads = -1;
}

bool SqliteImportTuning::checkForeignKeys(const QStringList &tables, QString *error) const
{
    if (!m_db || !m_foreignKeysOff)
        return true;
    for (const QString &name : tables) {
        Statement check(m_db, QStringLiteral("PRAGMA foreign_key_check(%1)").arg(name));
        const Statement::Result row = check.step();
        if (row == Statement::Result::Error) {
            *error = check.error();
            return false;
        }
        if (row == Statement::Result::Row) {
            *error = tr("a row of %1 refers to a row of %2 that does not exist").arg(name, check.columnText(2));
            return false;
        }
    }
    return true;
}

void SqliteImportTuning::restore()
{
    if (!m_db)
        return;
    secureDeleteOn();
    sortAlone();
    if (m_cacheSize != 0)
        Statement::execute(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize), nullptr);
    m_cacheSize = 0;
    if (m_foreignKeysOff)
        Statement::execute(m_db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
    m_foreignKeysOff = false;
    if (m_leftWal) {
        // Back to WAL, which needs no checkpoint now: the file holds everything. Should another
        // connection have opened the file meanwhile, the rollback journal stays until the next
        // Database::open: slower for readers, not less safe.
        Statement journal(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (journal.step() != Statement::Result::Row || journal.columnText(0).toLower() != QLatin1String("wal"))
            qWarning("Milepost: the database stays in rollback-journal mode after the import");
    }
    m_leftWal = false;
}

} // namespace milepost
