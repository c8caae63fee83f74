// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace milepost {

class ImportEventModel;

// What the import did: rows read = stored + rejected + blank, records new, changed, unchanged
// and gone, every rejected value with its line, column and reason, and a button that saves
// all of it as CSV.
class ReportPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReportPage(QWidget *parent = nullptr);

    void initializePage() override;

    // Saves the report to path; false with error set when it cannot.
    bool saveReport(const QString &path, QString *error);

private:
    void chooseAndSave();

    QLabel *m_counts = nullptr;
    QLabel *m_listed = nullptr;
    QTableView *m_table = nullptr;
    ImportEventModel *m_model = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saved = nullptr;
};

} // namespace milepost
