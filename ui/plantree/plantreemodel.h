// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "planedit/baseline.h"
#include "planedit/planeditfield.h"
#include "progress/progressfield.h"
#include "progress/progressstate.h"
#include "progress/shownstatus.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace milepost {

// A plan as a tree: phase → objective → milestone, in the report's order.
//
// A milestone's status is the one recorded as of the as-of date where there is one, else the
// date rule's (ShownStatus), written as ProgressDisplay writes it. With editing on, the status
// and percent of a milestone can be edited in place: the model changes nothing itself but asks
// for the edit (progressEditRequested); whoever stores it gives the new states back.
class PlanTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    // OwnerColumn: the recorded owner (and office), last so that the plan's own columns keep their places.
    enum Column { TitleColumn, StatusColumn, PercentColumn, StartColumn, EndColumn, QuartersColumn, OwnerColumn, ColumnCount };

    enum class ItemKind { Phase, Objective, Milestone };
    Q_ENUM(ItemKind)

    enum Role {
        ItemKindRole = Qt::UserRole + 1, // ItemKind
        PhaseRole,                       // int(Phase)
        ObjectiveIndexRole,              // index into Plan::objectives; -1 on phase rows
        MilestoneIndexRole,              // index into Objective::milestones; -1 unless a milestone
        SourceLineRole,                  // the report line of the heading or table row; 0 on phases
        SortRole,                        // comparable per column: dates as day numbers, titles as text
        DateProblemRole,                 // true on a start or end that could not be read
        SearchTextRole,                  // what a search looks at: the display text, a phase without its counts
        MilestoneIdRole,                 // qint64: the milestone's stable id; 0 when not known or not a milestone
        StatusComputedRole,              // bool on milestone rows: the status shown is computed from dates
        StatusKeyRole,                   // QString on milestone rows: ShownStatus::key()
    };
    Q_ENUM(Role)

    explicit PlanTreeModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);
    const Plan &plan() const { return m_plan; }
    // milestoneIds[o][m] is the stable id of the plan's milestone (PlanRepository::StoredPlan).
    void setMilestoneIds(const QList<QList<qint64>> &milestoneIds);
    qint64 milestoneId(int objective, int milestone) const;
    const QList<QList<qint64>> &milestoneIds() const { return m_milestoneIds; }
    // What is recorded, by milestone id, as of asOf (invalid: today); status cells change.
    void setProgress(const QHash<qint64, ProgressState> &states, const QDate &asOf);
    QDate progressAsOf() const;
    // nullptr when nothing is recorded for the milestone.
    const ProgressState *recordedState(int objective, int milestone) const;
    ShownStatus shownStatus(int objective, int milestone) const;
    // The chosen baseline's dates by milestone id (BaselineRepository), for the timeline's
    // baseline bars; empty for none.
    void setBaseline(const QHash<qint64, BaselineDates> &dates);
    std::optional<BaselineDates> baselineDates(int objective, int milestone) const;
    const QHash<qint64, BaselineDates> &baseline() const { return m_baseline; }
    // Whether status and percent of milestones with an id can be edited in place.
    void setEditable(bool editable) { m_editable = editable; }
    // Whether, when editable, the planned start and end can be too (plan edits are stored).
    void setPlanEditable(bool editable) { m_planEditable = editable; }

    QModelIndex objectiveIndex(int objective, int column = TitleColumn) const;
    QModelIndex milestoneIndex(int objective, int milestone, int column = TitleColumn) const;
    // The milestone or objective that starts on this report line, if any.
    QModelIndex indexForSourceLine(int line) const;

    // "2022 Q3 – 2023 Q2" for runs of consecutive quarters, runs joined by commas.
    static QString quartersText(const QList<YearQuarter> &quarters);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // An edit in place of a milestone's status (a ProgressStatus key) or percent ("" clears).
    void progressEditRequested(qint64 milestoneId, ProgressField::Id field, const QString &value);
    // An edit in place of a milestone's planned start or end (PlanEditField's canonical text).
    void planEditRequested(qint64 milestoneId, PlanEditField::Id field, const QString &canonical);
    // A planned date typed in place that is not one (reason says why); nothing was asked.
    void planEditRefused(const QString &reason);

private:
    struct PhaseGroup final
    {
        Phase phase = Phase::Learn;
        QList<int> objectives; // indexes into m_plan.objectives
        qsizetype milestoneCount = 0;
    };
    struct Location final
    {
        int phaseRow = 0;
        int row = 0;
    };

    ItemKind kindOf(const QModelIndex &index) const;
    // -1 for phase rows.
    int objectiveIndexOf(const QModelIndex &index) const;
    // ExportRole: the cell's value for an export (see exportrole.h).
    QVariant exportData(const QModelIndex &index, ItemKind kind, int objective) const;
    QVariant phaseData(const PhaseGroup &group, int column, int role) const;
    QVariant objectiveData(const Objective &objective, int column, int role) const;
    QVariant milestoneData(const Milestone &milestone, int column, int role) const;
    QVariant progressData(int objective, int milestone, int column, int role) const;
    static QVariant dateData(const PlanDate &date, bool isEnd, int role);

    Plan m_plan;
    QList<PhaseGroup> m_groups;
    QList<Location> m_objectiveLocations; // by objective index
    QList<QList<qint64>> m_milestoneIds;
    QHash<qint64, ProgressState> m_progress;
    QHash<qint64, BaselineDates> m_baseline;
    QDate m_progressAsOf;
    bool m_editable = false;
    bool m_planEditable = false;
};

} // namespace milepost
