// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgroles.h"

#include "database.h"
#include "pgconnection.h"
#include "statement.h"

#include <libpq-fe.h>

namespace milepost {

namespace {

// The group roles, then what each may do on the tables of the current schema. CREATE ROLE has
// no IF NOT EXISTS; two installs at once may both find a role missing, so the second one's
// duplicate is not an error either.
constexpr const char installSql[] = R"sql(
DO $$
DECLARE
    s text := current_schema();
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['milepost_viewer', 'milepost_editor', 'milepost_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    BEGIN
        IF NOT pg_has_role('milepost_editor', 'milepost_viewer', 'MEMBER') THEN
            GRANT milepost_viewer TO milepost_editor;
        END IF;
        IF NOT pg_has_role('milepost_admin', 'milepost_editor', 'MEMBER') THEN
            GRANT milepost_editor TO milepost_admin;
        END IF;
        -- Whoever installs becomes an admin (a superuser is one already): the tables become
        -- milepost_admin's below, which only a member may do.
        IF NOT pg_has_role(current_user, 'milepost_admin', 'MEMBER') THEN
            EXECUTE format('GRANT milepost_admin TO %I', current_user);
        END IF;
    EXCEPTION WHEN unique_violation THEN
        NULL; -- granted at the same moment by another install
    END;

    -- Only the schema's owner may grant on it; an admin re-running this after an upgrade is not.
    IF NOT has_schema_privilege('milepost_viewer', s, 'USAGE') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO milepost_viewer', s);
    END IF;
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO milepost_viewer', s);

    EXECUTE format('GRANT INSERT ON %I.milestone_updates, %I.milestone_changes TO milepost_editor', s, s);
    EXECUTE format('GRANT INSERT, UPDATE ON %I.milestone_progress TO milepost_editor', s);
    EXECUTE format('GRANT USAGE ON SEQUENCE %s TO milepost_editor',
                   pg_get_serial_sequence(format('%I.milestone_updates', s), 'id'));

    IF NOT has_schema_privilege('milepost_admin', s, 'CREATE') THEN
        EXECUTE format('GRANT CREATE ON SCHEMA %I TO milepost_admin', s);
    END IF;
    EXECUTE format('GRANT ALL ON ALL TABLES IN SCHEMA %I TO milepost_admin', s);
    EXECUTE format('GRANT ALL ON ALL SEQUENCES IN SCHEMA %I TO milepost_admin', s);
    -- Owning the tables (and with them their identity sequences) and the trigger functions is
    -- what lets an admin alter them in an upgrade.
    FOR name IN SELECT tablename FROM pg_tables WHERE schemaname = s LOOP
        EXECUTE format('ALTER TABLE %I.%I OWNER TO milepost_admin', s, name);
    END LOOP;
    FOR name IN SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = s::regnamespace LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO milepost_admin', name);
    END LOOP;
END $$;
)sql";

QString quotedIdentifier(PgConnection &connection, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(connection.handle(), utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        return {};
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

PgConnection *serverOf(Database &database, QString *error)
{
    if (database.isServer())
        return static_cast<PgConnection *>(database.handle());
    if (error)
        *error = PgRoles::tr("roles belong to a database on a PostgreSQL server; a local file has none");
    return nullptr;
}

bool changeMembership(PgConnection &connection, const QString &user, PgRoles::Role role, bool grant, QString *error)
{
    Statement exists(&connection, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?1"));
    exists.bindText(1, user);
    const Statement::Result found = exists.step();
    if (found == Statement::Result::Error) {
        if (error)
            *error = exists.error();
        return false;
    }
    if (found != Statement::Result::Row) {
        if (error)
            *error = PgRoles::tr("the server has no role “%1”; create it first (CREATE ROLE … LOGIN)").arg(user);
        return false;
    }
    const QString quoted = quotedIdentifier(connection, user);
    const QString group = PgRoles::groupName(role);
    const QString sql = grant ? QStringLiteral("GRANT %1 TO %2").arg(group, quoted)
                              : QStringLiteral("REVOKE %1 FROM %2").arg(group, quoted);
    return !quoted.isEmpty() && Statement::execute(&connection, sql, error);
}

} // namespace

QString PgRoles::groupName(Role role)
{
    return QStringLiteral("milepost_") + key(role);
}

QString PgRoles::key(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Admin:
        break;
    }
    return QStringLiteral("admin");
}

std::optional<PgRoles::Role> PgRoles::parse(const QString &text)
{
    for (Role role : {Role::Viewer, Role::Editor, Role::Admin}) {
        if (text.compare(key(role), Qt::CaseInsensitive) == 0 || text.compare(groupName(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

bool PgRoles::install(Database &database, QString *error)
{
    PgConnection *connection = serverOf(database, error);
    return connection && Statement::execute(connection, QString::fromUtf8(installSql), error);
}

bool PgRoles::grant(Database &database, const QString &user, Role role, QString *error)
{
    PgConnection *connection = serverOf(database, error);
    return connection && changeMembership(*connection, user, role, true, error);
}

bool PgRoles::revoke(Database &database, const QString &user, Role role, QString *error)
{
    PgConnection *connection = serverOf(database, error);
    return connection && changeMembership(*connection, user, role, false, error);
}

std::optional<DatabasePermissions> PgRoles::permissions(PgConnection &connection, QString *error)
{
    Statement read(&connection, QStringLiteral(
        "SELECT session_user, "
        "  has_table_privilege('milestone_updates', 'INSERT') AND has_table_privilege('milestone_changes', 'INSERT') "
        "  AND has_table_privilege('milestone_progress', 'INSERT') AND has_table_privilege('milestone_progress', 'UPDATE'), "
        "  has_table_privilege('import_runs', 'INSERT') AND has_table_privilege('plans', 'INSERT') "
        "  AND has_table_privilege('capital_projects', 'DELETE'), "
        "  pg_has_role((SELECT relowner FROM pg_class WHERE oid = 'milepost_schema'::regclass), 'MEMBER')"));
    if (read.step() != Statement::Result::Row) {
        if (error)
            *error = read.error();
        return std::nullopt;
    }
    DatabasePermissions permissions;
    permissions.role = read.columnText(0);
    permissions.recordProgress = read.columnInt64(1) != 0;
    permissions.importData = read.columnInt64(2) != 0;
    permissions.upgradeSchema = read.columnInt64(3) != 0;
    return permissions;
}

} // namespace milepost
