// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Milepost database with the progress tests' plan on the throwaway cluster (testdatabase.h),
// its roles installed (PgRoles), and login roles made for a test: several people on one server.
#include "catchcompat.h"

#include "progressfixture.h"
#include "store/database.h"
#include "store/pgconnection.h"
#include "store/pgroles.h"
#include "store/planrepository.h"
#include "store/statement.h"
#include "testdatabase.h"

#include <QUuid>

#include <memory>

namespace milepost::test {

struct ServerStore
{
    QString conninfo; // the cluster's superuser, on the test's schema
    std::unique_ptr<Database> database;
    QList<qint64> ids; // the plan's milestones, in plan order

    ServerStore()
    {
        conninfo = freshPgDatabase();
        QString error;
        database = Database::open(conninfo, &error);
        INFO(error.toStdString());
        REQUIRE(database);
        PlanRepository plans(*database);
        REQUIRE(plans.replacePlan(progressPlan(), {}, &error));
        const auto stored = plans.loadLatest(&error);
        REQUIRE(stored);
        for (const QList<qint64> &objective : stored->milestoneIds)
            ids += objective;
        REQUIRE(PgRoles::install(*database, &error));
    }

    // A new login role (the cluster trusts its socket), a member of role's group.
    QString person(const QString &prefix, PgRoles::Role role)
    {
        const QString name = prefix + QStringLiteral("_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QString error;
        INFO(error.toStdString());
        REQUIRE(Statement::execute(database->handle(), QStringLiteral("CREATE ROLE %1 LOGIN").arg(name), &error));
        REQUIRE(PgRoles::grant(*database, name, role, &error));
        return name;
    }

    // The same database as user (a later keyword wins in a conninfo string).
    QString as(const QString &user) const { return conninfo + QStringLiteral(" user=") + user; }
};

} // namespace milepost::test
