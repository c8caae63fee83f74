// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "confirmpage.h"
#include "filepage.h"
#include "mappingpage.h"
#include "previewpage.h"
#include "reportpage.h"
#include "runpage.h"

namespace milepost {

namespace {

// Enough rows to see what the file holds, few enough to read at once.
constexpr int previewRows = 50;

} // namespace

ImportWizard::ImportWizard(ProfileRepository &profiles, DatasetRepository &datasets, const QString &databasePath,
                           QWidget *parent)
    : QWizard(parent)
    , m_profiles(profiles)
    , m_datasets(datasets)
    , m_databasePath(databasePath)
{
    setWindowTitle(tr("Import Data"));
    setAccessibleName(tr("Import data"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    setPage(FilePageId, new FilePage);
    setPage(PreviewPageId, new PreviewPage);
    setPage(MappingPageId, new MappingPage(m_profiles));
    setPage(ConfirmPageId, new ConfirmPage);
    setPage(RunPageId, new RunPage);
    setPage(ReportPageId, new ReportPage);
    setStartId(FilePageId);
    resize(1040, 680);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::readPreview()
{
    preview = CsvPreview::read(filePath, previewRows, encoding, delimiter);
}

void ImportWizard::handOffUpdateSheet(const QString &path)
{
    m_updateSheetPath = path;
    // Not accept(): QWizard validates the current page first, and this is called from there.
    QDialog::done(QDialog::Accepted);
}

void ImportWizard::reject()
{
    // Closing while counting or importing stops it: it rolls back and nothing is changed.
    for (ImportJob *job : {&m_countJob, &m_job}) {
        if (job->isRunning())
            job->cancel();
    }
    QWizard::reject();
}

} // namespace milepost
