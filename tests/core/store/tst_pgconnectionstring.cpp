// SPDX-License-Identifier: GPL-3.0-or-later
// Connection strings as Milepost shows and uses them: never a password shown, one typed in kept
// for this run's connections only, a remote server's certificate checked by default.
#include "catchcompat.h"

#include "store/database.h"
#include "store/pgconnection.h"
#include "testdatabase.h"

using namespace milepost;
using namespace milepost::test;

TEST_CASE("a password typed into a connection string is never shown", "[store][pgconnectionstring]")
{
    const QString uri = QStringLiteral("postgresql://alice:s3cr%27et@db.example.org:5433/district");
    const QString shown = PgConnection::withoutPassword(uri);
    CHECK_FALSE(shown.contains(QLatin1String("s3cr")));
    CHECK(shown.contains(QLatin1String("host='db.example.org'")));
    CHECK(shown.contains(QLatin1String("user='alice'")));
    CHECK(shown.contains(QLatin1String("dbname='district'")));
    CHECK(shown.contains(QLatin1String("port='5433'")));
    CHECK_FALSE(PgConnection::withoutPassword(QStringLiteral("host=h password='p w' dbname=d")).contains(QLatin1String("p w")));
    // Without a password, the string is left as typed.
    CHECK(PgConnection::withoutPassword(QStringLiteral("service=milepost")) == QLatin1String("service=milepost"));
}

TEST_CASE("a password given at the prompt is added to the connection string, quoted", "[store][pgconnectionstring]")
{
    const QString conninfo = PgConnection::withPassword(QStringLiteral("postgresql://bob@db.example.org/district"),
                                                        QStringLiteral("it's a \\ secret"));
    CHECK(conninfo.contains(QLatin1String("password='it\\'s a \\\\ secret'")));
    CHECK(PgConnection::isConnectionString(conninfo));
    CHECK_FALSE(PgConnection::withoutPassword(conninfo).contains(QLatin1String("secret")));
}

TEST_CASE("a remote server's certificate is checked unless the string says otherwise", "[store][pgconnectionstring]")
{
    if (!qEnvironmentVariableIsEmpty("PGSSLMODE"))
        return; // the environment decides then
    CHECK(PgConnection::defaultSslMode(QStringLiteral("postgresql://db.example.org/district")) == "verify-full");
    CHECK(PgConnection::defaultSslMode(QStringLiteral("host=localhost,db.example.org dbname=d")) == "verify-full");
    CHECK(PgConnection::defaultSslMode(QStringLiteral("host=db.example.org sslmode=require dbname=d")).isEmpty());
    CHECK(PgConnection::defaultSslMode(QStringLiteral("postgresql://localhost/district")).isEmpty());
    CHECK(PgConnection::defaultSslMode(QStringLiteral("host=127.0.0.1 dbname=d")).isEmpty());
    CHECK(PgConnection::defaultSslMode(QStringLiteral("host=/var/run/postgresql dbname=d")).isEmpty());
    CHECK(PgConnection::defaultSslMode(QStringLiteral("service=milepost")).isEmpty());
}

TEST_CASE("a server database's path and name hold no password, but its connection string does", "[store][pgconnectionstring]")
{
    if (!pgClusterAvailable())
        return;
    // The test cluster trusts its socket and ignores the password.
    const QString conninfo = freshPgDatabase() + QStringLiteral(" password=hunter2");
    QString error;
    const auto database = Database::open(conninfo, &error);
    INFO(error.toStdString());
    REQUIRE(database);
    CHECK_FALSE(database->path().contains(QLatin1String("hunter2")));
    CHECK_FALSE(database->displayName().contains(QLatin1String("hunter2")));
    CHECK(database->displayName().startsWith(QLatin1String("milepost@/")));
    CHECK(database->displayName().endsWith(QLatin1String("/postgres")));
    CHECK(database->connectionString() == conninfo);
    CHECK(Database::open(database->path(), &error)); // what path() says still opens it
}
