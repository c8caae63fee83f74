// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

#include <QRegularExpression>

namespace milepost {

namespace {

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return identifier.match(name).hasMatch();
}

} // namespace

QString Connection::engineName() const
{
    return engine() == Engine::SQLite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

bool Connection::savepoint(const QString &name, QString *error)
{
    if (!isIdentifier(name)) {
        if (error)
            *error = tr("“%1” is not a savepoint name").arg(name);
        return false;
    }
    return execute(QStringLiteral("SAVEPOINT \"%1\"").arg(name), error);
}

bool Connection::releaseSavepoint(const QString &name, QString *error)
{
    if (!isIdentifier(name)) {
        if (error)
            *error = tr("“%1” is not a savepoint name").arg(name);
        return false;
    }
    return execute(QStringLiteral("RELEASE SAVEPOINT \"%1\"").arg(name), error);
}

bool Connection::rollbackToSavepoint(const QString &name, QString *error)
{
    if (!isIdentifier(name)) {
        if (error)
            *error = tr("“%1” is not a savepoint name").arg(name);
        return false;
    }
    return execute(QStringLiteral("ROLLBACK TO SAVEPOINT \"%1\"").arg(name), error);
}

} // namespace milepost
