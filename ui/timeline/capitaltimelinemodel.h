// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasettimelinemodel.h"

#include "datasets/capitalproject.h"
#include "plan/milestonestatus.h"

#include <QStringList>

namespace milepost {

// Capital projects on the timeline: district → project → phase. A phase's bar runs from its
// planned start (the actual start when the export plans none, as the NYC export does) to its
// planned end; its actual span, up to the as-of date while it runs on, is the thin second cue
// that shows a slip. Projects and districts are summaries spanning their phases. A date the
// export marks not applicable (PNS, DOES) leaves the bar without that side: a warning marker,
// and the tooltip gives the code.
//
// Phase statuses use the plan's states, as of the as-of date: Done (ended), Overdue (open past
// its planned end), Due soon (planned end within 30 days), On track (begun), Not started, and
// Unknown (no planned end to measure against).
class CapitalTimelineModel final : public DatasetTimelineModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StartColumn, PlannedEndColumn, ActualStartColumn, ActualEndColumn, StatusColumn, ColumnCount };

    explicit CapitalTimelineModel(QObject *parent = nullptr);

    void setProjects(const QList<CapitalProject> &projects);
    const QList<CapitalProject> &projects() const { return m_projects; }

    // The state of a phase as of a date, and why.
    static MilestoneStatus::State phaseState(const CapitalPhase &phase, const QDate &asOf, QString *reason = nullptr);
    // A district's title: "District 7" for the NYC export's numbers, the name as written otherwise.
    static QString districtTitle(const QString &region);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void rebuild() override;
    QVariant nodeData(const Node &node, int column, int role) const override;
    QString searchableText(const Node &node) const override;

private:
    QVariant districtData(const Node &node, int column, int role) const;
    QVariant projectData(const Node &node, int column, int role) const;
    QVariant phaseData(const Node &node, int column, int role) const;
    QString spanText(const Node &node) const;

    QList<CapitalProject> m_projects;
    QStringList m_districts;
};

} // namespace milepost
