// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace milepost {

struct ImportReport;

// Before anything is stored: the whole file is read, parsed and stored once in a transaction
// that is rolled back (DatasetImporter::Request::dryRun, off the UI thread), and the page asks
// "Import 8,972 rows into enrollment?" with what the import will do: rows stored, rejected,
// blank and totals, new, changed and gone. Next (labelled Import) runs the import itself.
class ConfirmPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConfirmPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // The question and the counts, for a dry run's report.
    static QString question(const ImportReport &report);
    static QString details(const ImportReport &report);

private:
    void progressed(qint64 done, qint64 total);
    void finished();

    QLabel *m_question = nullptr;
    QLabel *m_details = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_counted = false;
};

} // namespace milepost
