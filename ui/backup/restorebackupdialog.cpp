// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebackupdialog.h"

#include "common/datetext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace milepost {

RestoreBackupDialog::RestoreBackupDialog(const QList<DatabaseBackup::Entry> &backups, QWidget *parent)
    : QDialog(parent)
    , m_backups(backups)
{
    setWindowTitle(tr("Restore Backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Milepost backs up the database before every import, plan import, removal and upgrade, and keeps the "
           "last %n. Restoring replaces everything in the database with the backup; the database as it is now is "
           "backed up first, so a restore can be undone in turn.",
           nullptr, DatabaseBackup::kept),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Taken"), tr("What followed"), tr("Size")});
    m_list->setAccessibleName(tr("Backups"));
    const QLocale locale;
    for (const DatabaseBackup::Entry &entry : m_backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, DateText::dateTime(entry.created, locale));
        item->setText(1, entry.description.isEmpty() ? tr("(not recorded)") : entry.description);
        item->setText(2, locale.formattedDataSize(entry.bytes));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(1, entry.path);
    }
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_restore->setEnabled(current != nullptr); });
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    layout->addWidget(buttons);

    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
    resize(860, 360);
}

QString RestoreBackupDialog::chosenPath() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_backups.size() ? m_backups.at(row).path : QString();
}

} // namespace milepost
