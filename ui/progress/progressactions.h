// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changes/planhistory.h"

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

class PlanTreeModel;
class ProgressController;
struct ProgressUpdate;

// The window's progress editing: Edit › Undo and Redo (Ctrl+Z, Ctrl+Shift+Z), Record
// Progress… (Ctrl+E) for the selected milestone or, with several selected, the same status,
// owner or office for all of them, and Set Status for the selection; the same in the outline's
// context menu, and the model's edits in place. Every edit is saved at once through the
// controller; a refusal (someone else recorded an update since, a value that cannot be read)
// is said in a message box and nothing is overwritten.
class ProgressActions final : public QObject
{
    Q_OBJECT

public:
    struct MilestoneRow
    {
        int objective = 0;
        int milestone = 0;
        qint64 id = 0;
    };

    // asOf: the window's as-of date, which in-place edits report on (never after today).
    ProgressActions(QWidget *window, ProgressController *controller, QTreeView *tree, PlanTreeModel *model,
                    std::function<QDate()> asOf);

    void addToMenu(QMenu *editMenu);
    QAction *recordAction() const { return m_recordAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    // View › Changes Since…: what changed in the last month up to the window's as-of date.
    QAction *changesAction() const { return m_changesAction; }
    // File › Import Update Sheet…: a filled-in progress sheet, previewed before it is stored.
    QAction *importSheetAction() const { return m_importSheetAction; }
    // File > Import Update Sheet…'s dialog, on path when one is given (the import wizard's
    // hand-off); nothing when recording progress is not allowed.
    void importSheet(const QString &path = {});
    // File › Export Update Sheet…: the whole plan's, one owner's or one office's.
    QAction *exportSheetAction() const { return m_exportSheetAction; }
    // Asks whose sheet and where, then writes it; false when cancelled or it fails (said).
    bool exportSheet();

    // Whether the person may record progress here (DatabasePermissions): when not, editing is
    // hidden (the actions, the status menu, editing in place).
    void setAllowed(bool allowed);

    // Actions on the plan itself (PlanEditActions) that the outline's context menu offers too.
    void setPlanActions(const QList<QAction *> &actions) { m_planActions = actions; }
    // The plan as imported with its edits, for Changes Since to list plan edits too; without it
    // the view lists the progress recorded, its milestones named as the journal names them.
    void setPlanHistory(std::function<PlanHistory()> plan) { m_planHistory = std::move(plan); }

    // The selected milestones (the current row when nothing is selected), in plan order.
    QList<MilestoneRow> selectedMilestones() const;
    // Opens the editor for the selection; false when no milestone is selected.
    bool recordProgress();
    // Sets the status (a ProgressStatus key; empty clears it) of every selected milestone, as
    // of today, in one transaction.
    bool setStatus(const QString &key);

private:
    void showContextMenu(const QPoint &position);
    void editInPlace(qint64 milestoneId, int field, const QString &value);
    void updateEnabled();
    // Saves and reports a refusal; true when stored or unchanged.
    bool save(const QList<ProgressUpdate> &updates, const QString &description);
    QMenu *statusMenu(QWidget *parent);

    QPointer<QWidget> m_window;
    ProgressController *m_controller = nullptr;
    QTreeView *m_tree = nullptr;
    PlanTreeModel *m_model = nullptr;
    std::function<QDate()> m_asOf;
    std::function<PlanHistory()> m_planHistory;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_recordAction = nullptr;
    QAction *m_changesAction = nullptr;
    QAction *m_importSheetAction = nullptr;
    QAction *m_exportSheetAction = nullptr;
    QMenu *m_statusMenu = nullptr;
    bool m_allowed = true;
    QList<QAction *> m_planActions;
};

} // namespace milepost
