// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineroles.h"

#include "plan/finding.h"
#include "plan/milestonestatus.h"
#include "plan/phase.h"
#include "progress/shownstatus.h"
#include "time/yearquarter.h"

#include <QDate>
#include <QHash>
#include <QIdentityProxyModel>
#include <QList>
#include <QPointer>

namespace milepost {

struct Milestone;
class PlanTreeModel;

// Adapts the plan tree (phase → objective → milestone) to the timeline roles (TimelineRoles):
// dates and their edges, the status against an as-of date, quarter marks, problems and a
// tooltip. It passes every other role through, so a tree view can show it as it shows the plan.
//
// The source is the PlanTreeModel itself or any proxy over it (the search filter, a sort), so
// the tree's filter applies to the chart; the PlanTreeModel supplies the plan behind the rows.
// Phases and objectives are summaries spanning their milestones.
class PlanTimelineModel final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit PlanTimelineModel(const PlanTreeModel *planModel, QObject *parent = nullptr);

    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &asOf);
    MilestoneStatus::Options statusOptions() const { return m_statusOptions; }
    void setStatusOptions(const MilestoneStatus::Options &options);
    // The import's findings: a milestone's tooltip lists those about its report line.
    void setFindings(const QList<Finding> &findings);

    // The first and last day any milestone of the plan names; invalid without dated milestones.
    QDate firstDay() const;
    QDate lastDay() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The as-of date, the status options or the findings changed: status, problem and tooltip
    // roles of every row may have new values.
    void timelineChanged();

private:
    struct Span
    {
        QDate first;
        QDate last;
        TimelineRoles::Edge startEdge = TimelineRoles::Edge::Missing;
        TimelineRoles::Edge endEdge = TimelineRoles::Edge::Missing;
        int milestones = 0;

        void add(const Milestone &milestone);
    };

    void ensureSpans() const;
    QVariant summaryData(const Span &span, const QString &title, const QString &key, int role) const;
    QVariant milestoneData(int objective, int milestone, const QString &title, int role) const;
    QString problemText(const Milestone &milestone) const;
    QString toolTip(const Milestone &milestone, int objective, const QString &title, const ShownStatus &status) const;

    QPointer<const PlanTreeModel> m_planModel;
    QDate m_asOf;
    MilestoneStatus::Options m_statusOptions;
    QHash<int, QList<Finding>> m_findingsByLine;
    // Derived from the plan, rebuilt after a reset when first needed.
    mutable bool m_spansStale = true;
    mutable QList<Span> m_objectiveSpans;
    // The quarters an objective's table marks, first to last: where unmarked quarters count.
    struct Window
    {
        YearQuarter first;
        YearQuarter last;
    };
    mutable QList<Window> m_objectiveWindows;
    mutable QHash<int, Span> m_phaseSpans; // by int(Phase)
    mutable Span m_planSpan;
};

} // namespace milepost
