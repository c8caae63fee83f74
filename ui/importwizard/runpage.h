// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace milepost {

// Runs the import in the background with a progress bar and a Cancel button. A cancelled or
// failed import changes nothing; the page says so and the user can try again. Once the import
// has finished, the wizard's Cancel button says Close: the import stays.
class RunPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit RunPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void start();
    void progressed(qint64 done, qint64 total);
    void finished();

    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    bool m_done = false;
};

} // namespace milepost
