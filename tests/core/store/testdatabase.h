// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the store's tests keep their database: a file in the test's temporary folder, or, when
// MILEPOST_TEST_ENGINE=postgresql (the second ctest run of the store's tests), a schema of its
// own on the throwaway PostgreSQL cluster ctest starts (tests/pg/pgcluster.sh writes its
// conninfo into MILEPOST_TEST_PG_DIR/conninfo).
#include "catchcompat.h"

#include "store/database.h"
#include "store/pgconnection.h"
#include "store/statement.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace milepost::test {

// The cluster's conninfo; empty when ctest started none. Its folder is the build's
// (MILEPOST_TEST_PG_DIR, tests/CMakeLists.txt) unless the environment names another.
inline QString pgClusterConninfo()
{
    const QString dir = qEnvironmentVariableIsEmpty("MILEPOST_TEST_PG_DIR") ? QStringLiteral(MILEPOST_TEST_PG_DIR)
                                                                            : qEnvironmentVariable("MILEPOST_TEST_PG_DIR");
    QFile file(dir + QStringLiteral("/conninfo"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

// Whether a PostgreSQL test may run: true with a cluster. Without one it says why and is
// false, so the test skips; when CI is set, a missing cluster fails the test instead.
inline bool pgClusterAvailable()
{
    if (!pgClusterConninfo().isEmpty())
        return true;
    if (!qEnvironmentVariableIsEmpty("CI"))
        FAIL("CI is set but no PostgreSQL test cluster is running (tests/pg/pgcluster.sh; Debian: postgresql)");
    WARN("PostgreSQL test skipped: no test cluster (run through ctest with the postgresql package installed)");
    return false;
}

// A new, empty schema on the cluster, as a conninfo whose search_path is that schema.
inline QString freshPgDatabase()
{
    const QString conninfo = pgClusterConninfo();
    REQUIRE_FALSE(conninfo.isEmpty());
    QString error;
    auto admin = PgConnection::connect(conninfo, &error);
    INFO(error.toStdString());
    REQUIRE(admin);
    const QString schema = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
    REQUIRE(Statement::execute(admin.get(), QStringLiteral("CREATE SCHEMA ") + schema, &error));
    return conninfo + QStringLiteral(" options='-c search_path=%1'").arg(schema);
}

inline bool testsUsePostgres()
{
    return qEnvironmentVariable("MILEPOST_TEST_ENGINE") == QLatin1String("postgresql");
}

// Opens the test's database: dir/name, or a fresh schema on the cluster in the PostgreSQL run.
inline std::unique_ptr<Database> openTestDatabase(const QTemporaryDir &dir, const QString &name, QString *error)
{
    if (testsUsePostgres()) {
        REQUIRE(pgClusterAvailable());
        return Database::open(freshPgDatabase(), error);
    }
    return Database::open(dir.filePath(name), error);
}

} // namespace milepost::test
