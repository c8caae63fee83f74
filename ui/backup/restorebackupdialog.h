// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/databasebackup.h"

#include <QDialog>
#include <QList>

class QTreeWidget;
class QPushButton;

namespace milepost {

// Lists a database's backups, newest first, with when each was taken, what followed it and its
// size, and lets the person pick one to restore.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QList<DatabaseBackup::Entry> &backups, QWidget *parent = nullptr);

    // The backup chosen; empty when none is.
    QString chosenPath() const;

private:
    QList<DatabaseBackup::Entry> m_backups;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace milepost
