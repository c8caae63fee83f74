// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changes/planhistory.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QTextBrowser;

namespace milepost {

class ProgressController;

// What changed between two dates (for example since the last board report): PlanChanges from
// the plan edits and the progress updates dated after "since" and up to "until", grouped the
// way a board reads them (new and removed milestones, completions, dates moved with their
// slip, status changes, ...), under a line that counts them.
class ChangesSinceDialog final : public QDialog
{
    Q_OBJECT

public:
    // plan: the plan as imported with its edits, read when the dialog opens.
    ChangesSinceDialog(ProgressController *controller, const PlanHistory &plan, const QDate &since, const QDate &until,
                       QWidget *parent = nullptr);

    QDateEdit *sinceEdit() const { return m_since; }
    QDateEdit *untilEdit() const { return m_until; }
    QLabel *summaryLabel() const { return m_summary; }
    QTextBrowser *browser() const { return m_browser; }

private:
    void refresh();

    ProgressController *m_controller = nullptr;
    PlanHistory m_plan;
    QDateEdit *m_since = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace milepost
