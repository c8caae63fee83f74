// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableView;

namespace milepost {

class PreviewModel;

// The file's first rows as they will be read, what encoding and delimiter were detected and
// why, with both open to override.
class PreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit PreviewPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void overrideChanged();
    void showPreview();

    QLabel *m_detected = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QTableView *m_table = nullptr;
    PreviewModel *m_model = nullptr;
    QLabel *m_status = nullptr;
    bool m_updating = false;
};

} // namespace milepost
