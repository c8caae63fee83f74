// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdataaction.h"

#include "importwizard.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/profilerepository.h"

namespace milepost {

ImportDataAction::ImportDataAction(Database &database, QWidget *parent)
    : QAction(tr("Import &Data…"), parent)
    , m_database(database)
    , m_profiles(std::make_unique<ProfileRepository>(database))
    , m_datasets(std::make_unique<DatasetRepository>(database))
    , m_parentWidget(parent)
{
    setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    setStatusTip(tr("Import staffing, enrollment or capital-project data from a CSV file"));
    connect(this, &QAction::triggered, this, &ImportDataAction::openWizard);
}

ImportDataAction::~ImportDataAction() = default;

void ImportDataAction::openWizard()
{
    ImportWizard wizard(*m_profiles, *m_datasets, m_database.connectionString(), m_parentWidget);
    connect(&wizard, &ImportWizard::imported, this, &ImportDataAction::imported);
    wizard.setOffersUpdateSheets(bool(m_openUpdateSheet));
    wizard.exec();
    if (m_openUpdateSheet && !wizard.updateSheetPath().isEmpty())
        m_openUpdateSheet(wizard.updateSheetPath());
}

} // namespace milepost
