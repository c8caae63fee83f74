// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

// milepost db init|upgrade [--db TARGET]      create a database, or bring its schema up to date
// milepost db copy --from SRC --to DST        every table into an empty database, counts checked
// milepost db grant|revoke USER ROLE --db CONN a login role in or out of a group role (PgRoles)
// milepost db check [--full] [--db PATH]      SQLite's integrity check of the database
// milepost db backups [--db PATH]             the backups taken before changes, newest first
// milepost db restore BACKUP [--db PATH]      the database's content replaced by a backup's
class DbCommand final
{
    Q_DECLARE_TR_FUNCTIONS(DbCommand)

public:
    static const QString name; // "db"

    void addOptions(QCommandLineParser &parser) const;
    static QString helpText();
    int run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath) const;

private:
    int init(const QString &databasePath, bool upgrade) const;
    int copy(const QString &from, const QString &to) const;
    int changeRole(const QString &databasePath, const QString &user, const QString &role, bool grant) const;
    int check(const QString &databasePath, bool full) const;
    int listBackups(const QString &databasePath) const;
    int restore(const QString &databasePath, const QString &backup) const;

    QCommandLineOption m_fullOption{QStringLiteral("full"),
                                    tr("db check: the full check, which also matches every index to its table.")};
    QCommandLineOption m_fromOption{QStringLiteral("from"), tr("db copy: the database to copy."), tr("SOURCE")};
    QCommandLineOption m_toOption{QStringLiteral("to"), tr("db copy: the empty database to copy into."),
                                  tr("DESTINATION")};
};

} // namespace milepost
