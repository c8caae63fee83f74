// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace milepost {

// Which dataset, from which file.
class FilePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit FilePage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    QComboBox *m_dataset = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace milepost
