// SPDX-License-Identifier: GPL-3.0-or-later
#include "importeddataaction.h"

#include "importeddatadialog.h"

namespace milepost {

ImportedDataAction::ImportedDataAction(Database &database, QWidget *parent)
    : QAction(tr("I&mported Data…"), parent)
    , m_database(database)
    , m_parentWidget(parent)
{
    setStatusTip(tr("List the files imported into the database and remove an import with everything it added"));
    connect(this, &QAction::triggered, this, &ImportedDataAction::showDialog);
}

void ImportedDataAction::showDialog()
{
    ImportedDataDialog dialog(m_database, m_parentWidget);
    connect(&dialog, &ImportedDataDialog::removed, this, &ImportedDataAction::removed);
    dialog.exec();
}

} // namespace milepost
