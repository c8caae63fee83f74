// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvpreview.h"
#include "datasets/dataset.h"
#include "datasets/importjob.h"
#include "datasets/importprofile.h"
#include "datasets/importreport.h"

#include <QWizard>

#include <optional>

namespace milepost {

class DatasetRepository;
class ProfileRepository;

// Imports a staffing, enrollment or capital-projects file: choose the file, look at its first
// rows as they will be read (encoding and delimiter can be overridden), map its columns to
// fields or pick a profile (and save one), confirm what the import will do (counted by a dry
// run), run the import off the UI thread with a progress bar and Cancel, then read the report
// and save it as CSV. Once the import has finished, the wizard's closing button says Close:
// the import stays (File > Imported Data… removes it).
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, PreviewPageId, MappingPageId, ConfirmPageId, RunPageId, ReportPageId };

    // databasePath is where the import writes, through a connection of its own; profiles and
    // datasets read the same database on this thread.
    ImportWizard(ProfileRepository &profiles, DatasetRepository &datasets, const QString &databasePath,
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    ProfileRepository &profiles() { return m_profiles; }
    DatasetRepository &datasets() { return m_datasets; }
    const QString &databasePath() const { return m_databasePath; }
    ImportJob &job() { return m_job; }
    // The dry run that counts what the import will do (ConfirmPage).
    ImportJob &countJob() { return m_countJob; }

    // What the pages decide, in page order.
    Dataset::Id dataset = Dataset::CapitalProjects;
    QString filePath;
    std::optional<TextEncoding::Id> encoding;
    std::optional<char> delimiter;
    CsvPreview preview;
    ImportProfile profile;
    QString source;

    // Re-reads the preview with the current file, encoding and delimiter.
    void readPreview();

    // Progress update sheets have a dialog of their own (File > Import Update Sheet…): when
    // offered, the file page lists them with the datasets, and an update sheet chosen there
    // closes the wizard and hands its path on (updateSheetPath) for that dialog to read.
    void setOffersUpdateSheets(bool offers) { m_offersUpdateSheets = offers; }
    bool offersUpdateSheets() const { return m_offersUpdateSheets; }
    void handOffUpdateSheet(const QString &path);
    const QString &updateSheetPath() const { return m_updateSheetPath; }

Q_SIGNALS:
    // A file was imported and committed.
    void imported();

public Q_SLOTS:
    void reject() override;

private:
    ProfileRepository &m_profiles;
    DatasetRepository &m_datasets;
    QString m_databasePath;
    ImportJob m_job;
    ImportJob m_countJob;
    bool m_offersUpdateSheets = false;
    QString m_updateSheetPath;
};

} // namespace milepost
