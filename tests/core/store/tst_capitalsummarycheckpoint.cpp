// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "store/capitalsummarycheckpoint.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace milepost;

namespace {

qint64 scalar(Database &database, const QString &sql)
{
    Statement statement(database.handle(), sql);
    REQUIRE(statement.step() == Statement::Result::Row);
    return statement.columnInt64(0);
}

} // namespace

TEST_CASE("a summary's log is copied into its file on a thread of its own, the writer still open",
          "[store][summarycache]")
{
    const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("cache.milepost"));
    QString error;
    const auto database = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(database);
    REQUIRE(database->journalMode() == QLatin1String("wal"));
    // As the cache's connection: its commits leave the log as it is.
    REQUIRE(Statement::execute(database->handle(),
                               QStringLiteral("PRAGMA wal_autocheckpoint = 0; CREATE TABLE written (n INTEGER, text TEXT)"),
                               &error));
    const qint64 before = QFileInfo(path).size();
    {
        Transaction write(database->handle());
        REQUIRE(write.isActive());
        Statement insert(database->handle(), QStringLiteral("INSERT INTO written (n, text) VALUES (?1, ?2)"));
        for (int n = 0; n < 20000; ++n) {
            insert.reset();
            insert.bindInt64(1, n);
            insert.bindText(2, QStringLiteral("row %1 of the summary, long enough to fill pages").arg(n));
            REQUIRE(insert.run());
        }
        REQUIRE(write.commit());
    }
    // Committed to the log only: the file itself has not grown.
    const QString log = path + QStringLiteral("-wal");
    REQUIRE(QFileInfo(log).size() > 1000000);
    CHECK(QFileInfo(path).size() == before);
    {
        CapitalSummaryCheckpoint checkpoint;
        checkpoint.start(path);
    } // waits for the copy
    CHECK(QFileInfo(path).size() > before + 1000000);
    // The writer's connection reads everything, and writes again.
    CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM written")) == 20000);
    REQUIRE(Statement::execute(database->handle(), QStringLiteral("INSERT INTO written (n) VALUES (-1)"), &error));
    CHECK(scalar(*database, QStringLiteral("SELECT count(*) FROM written")) == 20001);
}

TEST_CASE("a checkpoint of a file that is not there creates nothing", "[store][summarycache]")
{
    const QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("missing.summary"));
    {
        CapitalSummaryCheckpoint checkpoint;
        checkpoint.start(path);
        checkpoint.start(path); // after the first one
    }
    CHECK_FALSE(QFileInfo::exists(path));
}
