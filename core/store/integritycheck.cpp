// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include "sqlitebusywait.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace milepost {

namespace {

int cancelHandler(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

} // namespace

IntegrityCheck::Result IntegrityCheck::run(sqlite3 *db, Depth depth, const std::atomic<bool> *cancel)
{
    Result result;
    const QByteArray sql = (depth == Depth::Quick ? QByteArrayLiteral("PRAGMA quick_check(")
                                                  : QByteArrayLiteral("PRAGMA integrity_check("))
        + QByteArray::number(maxProblems) + ')';
    if (cancel)
        sqlite3_progress_handler(db, 10000, cancelHandler, const_cast<std::atomic<bool> *>(cancel));
    sqlite3_stmt *statement = nullptr;
    int code = sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
    while (code == SQLITE_OK || (code & 0xff) == SQLITE_ROW) {
        code = sqlite3_step(statement);
        if (code == SQLITE_ROW) {
            const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            if (line != QLatin1String("ok"))
                result.problems.append(line);
        }
    }
    code &= 0xff; // the primary code, whether or not extended codes are on
    if (code == SQLITE_DONE) {
        result.outcome = result.problems.isEmpty() ? Outcome::Ok : Outcome::Damaged;
    } else if (code == SQLITE_INTERRUPT) {
        result.outcome = Outcome::Cancelled;
    } else if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
        // Damaged past what the check can walk: SQLite's message is the problem.
        result.outcome = Outcome::Damaged;
        result.problems.append(QString::fromUtf8(sqlite3_errmsg(db)));
    } else {
        result.outcome = Outcome::Failed;
        result.error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    if (cancel)
        sqlite3_progress_handler(db, 0, nullptr, nullptr);
    return result;
}

IntegrityCheck::Result IntegrityCheck::runOnFile(const QString &path, Depth depth, const std::atomic<bool> *cancel)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    const int code = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    Result result;
    if (code != SQLITE_OK) {
        result.error = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
        sqlite3_close_v2(db);
        return result;
    }
    SqliteBusyWait::install(db, 5000);
    result = run(db, depth, cancel);
    sqlite3_close_v2(db);
    return result;
}

QString IntegrityCheck::describe(const Result &result, const QString &databasePath)
{
    const QString shown = QDir::toNativeSeparators(databasePath);
    switch (result.outcome) {
    case Outcome::Ok:
        return tr("The database “%1” passed SQLite's integrity check.").arg(shown);
    case Outcome::Cancelled:
        return tr("The integrity check of “%1” was cancelled.").arg(shown);
    case Outcome::Failed:
        return tr("The integrity of “%1” could not be checked: %2").arg(shown, result.error);
    case Outcome::Damaged:
        break;
    }
    return tr("The database “%1” is damaged (%2). Milepost will not write into it. Restore the latest backup "
              "(File > Restore Backup… or “milepost db restore”), or open a copy with the sqlite3 tool's "
              ".recover command to save what can be read.")
        .arg(shown, result.problems.value(0, tr("no details")));
}

} // namespace milepost
