// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/objective.h"
#include "planedit/planedit.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace milepost {

class DateField;

// Edit Objective…: the status a person records for an objective (the imported status text is
// shown and stays as imported), its estimated completion, a note and the as-of date. edit()
// gives only what changed.
class ObjectiveEditDialog final : public QDialog
{
    Q_OBJECT

public:
    ObjectiveEditDialog(const Objective &objective, const QDate &today, QWidget *parent = nullptr);

    PlanEdit edit() const;
    QString problem() const;

    QComboBox *statusBox() const { return m_status; }
    QLineEdit *estimateEdit() const { return m_estimate; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    DateField *asOfEdit() const { return m_asOf; }

public Q_SLOTS:
    void accept() override;

private:
    QString m_shownStatus;
    QString m_shownEstimate;
    QComboBox *m_status = nullptr;
    QLineEdit *m_estimate = nullptr;
    QPlainTextEdit *m_note = nullptr;
    DateField *m_asOf = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace milepost
