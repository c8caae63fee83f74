// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace milepost {

class Database;

// File > Restore Backup…: the person picks one of the database's backups (RestoreBackupDialog,
// which says what a restore does) and it is restored into the open database.
class RestoreBackupAction final : public QAction
{
    Q_OBJECT

public:
    RestoreBackupAction(Database &database, QWidget *parent);

    // Restores without asking (the dialog's path, and tests). False with error set on failure.
    bool restore(const QString &backupPath, QString *error);

Q_SIGNALS:
    // The database's content was replaced: everything shown must be read again.
    void restored();

private:
    void chooseAndRestore();

    Database &m_database;
    QWidget *m_parentWidget = nullptr;
};

} // namespace milepost
