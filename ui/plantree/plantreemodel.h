// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QAbstractItemModel>
#include <QList>

namespace milepost {

// A plan as a tree: phase → objective → milestone, in the report's order.
class PlanTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StatusColumn, StartColumn, EndColumn, QuartersColumn, ColumnCount };

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
    };
    Q_ENUM(Role)

    explicit PlanTreeModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);
    const Plan &plan() const { return m_plan; }

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
    QHash<int, QByteArray> roleNames() const override;

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
    QVariant phaseData(const PhaseGroup &group, int column, int role) const;
    QVariant objectiveData(const Objective &objective, int column, int role) const;
    QVariant milestoneData(const Milestone &milestone, int column, int role) const;
    static QVariant dateData(const PlanDate &date, bool isEnd, int role);

    Plan m_plan;
    QList<PhaseGroup> m_groups;
    QList<Location> m_objectiveLocations; // by objective index
};

} // namespace milepost
