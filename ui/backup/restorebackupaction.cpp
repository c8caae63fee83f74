// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebackupaction.h"

#include "restorebackupdialog.h"

#include "store/database.h"
#include "store/databasebackup.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace milepost {

RestoreBackupAction::RestoreBackupAction(Database &database, QWidget *parent)
    : QAction(tr("Restore &Backup…"), parent)
    , m_database(database)
    , m_parentWidget(parent)
{
    setStatusTip(tr("Put the database back as it was before an import, a plan import or a removal"));
    connect(this, &QAction::triggered, this, &RestoreBackupAction::chooseAndRestore);
}

bool RestoreBackupAction::restore(const QString &backupPath, QString *error)
{
    if (!m_database.restoreBackup(backupPath, error))
        return false;
    Q_EMIT restored();
    return true;
}

void RestoreBackupAction::chooseAndRestore()
{
    const QList<DatabaseBackup::Entry> backups = DatabaseBackup::list(m_database.path());
    if (backups.isEmpty()) {
        QMessageBox::information(m_parentWidget, tr("Restore Backup"),
                                 tr("There are no backups of this database yet. Milepost takes one before the first "
                                    "import, plan import or removal into a database that holds data."));
        return;
    }
    RestoreBackupDialog dialog(backups, m_parentWidget);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = restore(dialog.chosenPath(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(m_parentWidget, tr("Restore Backup"), error);
}

} // namespace milepost
