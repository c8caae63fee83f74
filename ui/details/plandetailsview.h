// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QDateTime>
#include <QWidget>

class QTextBrowser;

namespace milepost {

// The right-hand pane: what the tree's selection is about, as read-only rich text that can be
// selected, copied and read with the keyboard. Shows an objective (with a selected milestone
// on top), a phase summary, the plan overview, or a message when there is nothing to show.
class PlanDetailsView final : public QWidget
{
    Q_OBJECT

public:
    explicit PlanDetailsView(QWidget *parent = nullptr);

    void showObjective(const Objective &objective, int selectedMilestone = -1);
    void showPhase(const Plan &plan, Phase phase);
    void showPlanOverview(const Plan &plan, const QDateTime &importedAt, qsizetype findingCount);
    void showMessage(const QString &title, const QString &text);

    QTextBrowser *browser() const { return m_browser; }

private:
    void setBody(const QString &html);

    QTextBrowser *m_browser = nullptr;
};

} // namespace milepost
