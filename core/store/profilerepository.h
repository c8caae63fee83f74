// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/importprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace milepost {

class Database;

// Named import profiles saved in the database. Built-in profiles are not stored here and their
// names cannot be taken.
class ProfileRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRepository)

public:
    explicit ProfileRepository(Database &database);

    // Saves profile under its name, replacing a saved profile of that name.
    bool save(const ImportProfile &profile, QString *error);
    bool remove(const QString &name, QString *error);
    // Saved profiles in name order; those that cannot be read are skipped and named in error.
    QList<ImportProfile> profiles(QString *error = nullptr) const;
    std::optional<ImportProfile> profile(const QString &name, QString *error = nullptr) const;

    // Built-in and saved profiles for dataset, built-in first.
    QList<ImportProfile> available(Dataset::Id dataset) const;
    // A built-in or saved profile by name.
    std::optional<ImportProfile> find(const QString &name, QString *error = nullptr) const;

private:
    Database &m_database;
};

} // namespace milepost
