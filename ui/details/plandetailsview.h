// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "progress/progressentry.h"
#include "progress/progressstate.h"
#include "progress/shownstatus.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QAction;
class QPushButton;
class QTextBrowser;

namespace milepost {

// The right-hand pane: what the tree's selection is about, as read-only rich text that can be
// selected, copied and read with the keyboard. Shows an objective (with a selected milestone
// on top), a phase summary, the plan overview, or a message when there is nothing to show.
// A selected milestone's progress (status shown, recorded values, history newest first) comes
// with it when the window has a progress store; then "Record Progress…" asks to edit it.
class PlanDetailsView final : public QWidget
{
    Q_OBJECT

public:
    // A milestone's progress as the window read it.
    struct Progress
    {
        ShownStatus shown;
        std::optional<ProgressState> recorded;
        QDate asOf;
        QList<ProgressEntry> history;
        QString error; // why the history could not be read; empty when it was
        bool editable = false;
    };

    explicit PlanDetailsView(QWidget *parent = nullptr);

    void showObjective(const Objective &objective, int selectedMilestone = -1, const Progress *progress = nullptr);
    void showPhase(const Plan &plan, Phase phase);
    void showPlanOverview(const Plan &plan, const QDateTime &importedAt, qsizetype findingCount);
    void showMessage(const QString &title, const QString &text);

    // Buttons for actions on the plan (PlanEditActions), shown under an objective or milestone.
    void setPlanActions(const QList<QAction *> &actions);

    QTextBrowser *browser() const { return m_browser; }
    QPushButton *editButton() const { return m_editButton; }

Q_SIGNALS:
    void editProgressRequested();

private:
    void setBody(const QString &html);

    QTextBrowser *m_browser = nullptr;
    QPushButton *m_editButton = nullptr;
    QWidget *m_planButtons = nullptr;
};

} // namespace milepost
