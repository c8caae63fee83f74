// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databasepermissions.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace milepost {

class Database;
class PgConnection;

// Who may do what in a Milepost database on a PostgreSQL server, enforced by the server. Three
// group roles, each with the one before it: milepost_viewer reads; milepost_editor also records
// progress (INSERT into the journal, INSERT and UPDATE of the current values); milepost_admin
// owns the tables (imports, removals, upgrades). People log in as roles of their own, made
// members of a group (grant). Group roles belong to the server, not to one database: two
// Milepost databases on one server share them, each with its own GRANTs.
class PgRoles final
{
    Q_DECLARE_TR_FUNCTIONS(PgRoles)

public:
    enum class Role { Viewer, Editor, Admin };

    static QString groupName(Role role); // "milepost_viewer", ...
    static QString key(Role role); // "viewer", "editor", "admin"
    // viewer, editor, admin (also their group names); nullopt otherwise.
    static std::optional<Role> parse(const QString &text);

    // Creates the group roles when missing, GRANTs each what it may do on every table of the
    // database's schema and gives milepost_admin the tables. Run again after an upgrade (new
    // tables); it changes nothing that is already so. Needs a role that may create roles and
    // owns the tables (the one that ran db init). False with error set on a local file.
    static bool install(Database &database, QString *error);
    // Makes the login role user a member of role's group, or no longer one.
    static bool grant(Database &database, const QString &user, Role role, QString *error);
    static bool revoke(Database &database, const QString &user, Role role, QString *error);

    // What the connection's role may do, as the server's privileges say.
    static std::optional<DatabasePermissions> permissions(PgConnection &connection, QString *error);
};

} // namespace milepost
