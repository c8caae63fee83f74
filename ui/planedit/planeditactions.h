// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planedit/planeditfield.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QTreeView;
class QWidget;

namespace milepost {

class PlanEditController;
class PlanTreeModel;
struct PlanEdit;

// The window's plan editing, in the Plan menu and the outline's context menu: Add Milestone…
// (to the selected objective, or the selected milestone's), Edit Milestone…, Remove Milestone
// (after a confirmation) and Edit Objective…. Every edit is saved at once through the
// controller and can be undone from the Edit menu; a refusal (someone else edited the plan
// since, a value that cannot be read) is said in a message box and nothing is overwritten.
class PlanEditActions final : public QObject
{
    Q_OBJECT

public:
    // asOf: the window's as-of date, which removals speak for (never after today).
    PlanEditActions(QWidget *window, PlanEditController *controller, QTreeView *tree, PlanTreeModel *model,
                    std::function<QDate()> asOf);

    void addToMenu(QMenu *planMenu);
    QList<QAction *> actions() const;
    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *objectiveAction() const { return m_objectiveAction; }

    bool addMilestone();
    bool editMilestone();
    // confirm: ask first (the window does; a test may not).
    bool removeMilestone(bool confirm = true);
    bool editObjective();
    // An edit in place of a milestone's planned start or end (canonical text), as of the
    // window's date; false when refused (the person was told why).
    bool editPlannedDate(qint64 milestoneId, PlanEditField::Id field, const QString &canonical);

private:
    struct Selection
    {
        int objective = -1;
        int milestone = -1; // -1 on an objective row
        qint64 id = 0;
    };
    Selection selection() const;
    // The date an edit speaks for unless the person changes it: the window's as-of date (the
    // plan it shows), never after today.
    QDate editDate() const;
    void updateEnabled();
    bool save(const PlanEdit &edit, const QString &description);

    QPointer<QWidget> m_window;
    PlanEditController *m_controller = nullptr;
    QTreeView *m_tree = nullptr;
    PlanTreeModel *m_model = nullptr;
    std::function<QDate()> m_asOf;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_objectiveAction = nullptr;
};

} // namespace milepost
