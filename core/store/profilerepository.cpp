// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilerepository.h"

#include "database.h"
#include "datasets/builtinprofiles.h"
#include "statement.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace milepost {

ProfileRepository::ProfileRepository(Database &database)
    : m_database(database)
{
}

bool ProfileRepository::save(const ImportProfile &profile, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return fail(tr("A profile needs a name."));
    if (BuiltInProfiles::byName(name))
        return fail(tr("“%1” is the name of a built-in profile; choose another.").arg(name));
    QString problem;
    if (!profile.validate(&problem))
        return fail(tr("The profile cannot be saved: %1").arg(problem));
    ImportProfile saved = profile;
    saved.name = name;
    saved.builtIn = false;
    Statement statement(m_database.handle(),
                        QStringLiteral("INSERT INTO import_profiles (name, dataset, definition, saved_at) "
                                       "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (name) DO UPDATE SET "
                                       "dataset = excluded.dataset, definition = excluded.definition, "
                                       "saved_at = excluded.saved_at"));
    statement.bindText(1, name);
    statement.bindText(2, Dataset::key(saved.dataset));
    statement.bindText(3, QString::fromUtf8(QJsonDocument(saved.toJson()).toJson(QJsonDocument::Compact)));
    statement.bindText(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!statement.run())
        return fail(tr("Could not save the profile “%1”: %2").arg(name, statement.error()));
    return true;
}

bool ProfileRepository::remove(const QString &name, QString *error)
{
    Statement statement(m_database.handle(), QStringLiteral("DELETE FROM import_profiles WHERE name = ?1"));
    statement.bindText(1, name);
    if (!statement.run()) {
        if (error)
            *error = tr("Could not delete the profile “%1”: %2").arg(name, statement.error());
        return false;
    }
    return true;
}

QList<ImportProfile> ProfileRepository::profiles(QString *error) const
{
    Statement statement(m_database.handle(), QStringLiteral("SELECT name, definition FROM import_profiles ORDER BY name"));
    QList<ImportProfile> result;
    QStringList unreadable;
    Statement::Result row = Statement::Result::Done;
    while ((row = statement.step()) == Statement::Result::Row) {
        QString problem;
        const QJsonDocument document = QJsonDocument::fromJson(statement.columnText(1).toUtf8());
        auto profile = ImportProfile::fromJson(document.object(), &problem);
        if (!profile) {
            unreadable.append(tr("“%1”: %2").arg(statement.columnText(0), problem));
            continue;
        }
        profile->name = statement.columnText(0);
        result.append(*profile);
    }
    if (row == Statement::Result::Error)
        unreadable.append(statement.error());
    if (error)
        *error = unreadable.isEmpty() ? QString() : tr("Some saved profiles cannot be read: %1").arg(unreadable.join(QStringLiteral("; ")));
    return result;
}

std::optional<ImportProfile> ProfileRepository::profile(const QString &name, QString *error) const
{
    for (const ImportProfile &saved : profiles(error)) {
        if (saved.name == name)
            return saved;
    }
    return std::nullopt;
}

QList<ImportProfile> ProfileRepository::available(Dataset::Id dataset) const
{
    QList<ImportProfile> result = BuiltInProfiles::forDataset(dataset);
    for (const ImportProfile &saved : profiles()) {
        if (saved.dataset == dataset)
            result.append(saved);
    }
    return result;
}

std::optional<ImportProfile> ProfileRepository::find(const QString &name, QString *error) const
{
    if (auto builtIn = BuiltInProfiles::byName(name))
        return builtIn;
    return profile(name, error);
}

} // namespace milepost
