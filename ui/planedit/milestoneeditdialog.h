// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/milestone.h"
#include "planedit/planedit.h"

#include <QDialog>
#include <QString>

#include <array>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace milepost {

class DateField;

// Add Milestone… and Edit Milestone…: the title, planned start and end (as the plan writes them:
// a day, a month, a quarter, "Ongoing"), the quarters marked, a note and the as-of date the edit
// speaks for. edit() gives only what changed (everything for a new milestone); a value that
// cannot be read keeps the dialog open and says why.
class MilestoneEditDialog final : public QDialog
{
    Q_OBJECT

public:
    // current: the milestone as the window shows it; nullopt to add one to objectiveTitle.
    MilestoneEditDialog(const QString &objectiveTitle, const std::optional<Milestone> &current, const QDate &today,
                        QWidget *parent = nullptr);

    PlanEdit edit() const;
    // Why the values cannot be saved; empty when they can.
    QString problem() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *endEdit() const { return m_end; }
    QLineEdit *quartersEdit() const { return m_quarters; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    DateField *asOfEdit() const { return m_asOf; }

public Q_SLOTS:
    void accept() override;

private:
    std::optional<Milestone> m_current;
    std::array<QString, 4> m_shown; // title, start, end and quarters as the dialog opened
    QLineEdit *m_title = nullptr;
    QLineEdit *m_start = nullptr;
    QLineEdit *m_end = nullptr;
    QLineEdit *m_quarters = nullptr;
    QPlainTextEdit *m_note = nullptr;
    DateField *m_asOf = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace milepost
