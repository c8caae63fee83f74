// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/dataset.h"
#include "datasets/widecolumns.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace milepost {

// A wide file writes one column per year or per grade ("Grade K" … "Grade 12"): which columns
// are rows of their own (a pattern over their names), the field their names give and the field
// their cells give. The columns the pattern matches, and what each gives, are shown as it is typed.
class WideColumnsDialog final : public QDialog
{
    Q_OBJECT

public:
    WideColumnsDialog(Dataset::Id dataset, const QStringList &header, const WideColumns &wide,
                      QWidget *parent = nullptr);

    // Unset when the file is not wide.
    WideColumns wide() const;
    // Why the choice cannot be used; empty when it can.
    QString problem() const;

private:
    void updatePreview();

    const Dataset::Id m_dataset;
    const QStringList m_header;
    QComboBox *m_field = nullptr;
    QComboBox *m_valueField = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace milepost
