// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundread.h"
#include "datasettimelinemodel.h"

#include "datasets/capitalproject.h"
#include "plan/milestonestatus.h"
#include "timeline/capitaltimelinedistrict.h"

#include <atomic>
#include <memory>
#include <optional>


namespace milepost {

class CapitalTimelineSource;

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
//
// The rows come from a source (CapitalTimelineSource) a window at a time: the districts first,
// each with its span and the number of its projects; a district's projects, with their phases,
// when it is opened and as the view scrolls on through it (canFetchMore() and fetchMore(), 100
// at a time). A search is the source's too: it keeps the projects that match, and the phases
// of each are kept here by the same rule (CapitalTimelineMatch).
class CapitalTimelineModel final : public DatasetTimelineModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StartColumn, PlannedEndColumn, ActualStartColumn, ActualEndColumn, StatusColumn, ColumnCount };

    explicit CapitalTimelineModel(QObject *parent = nullptr);
    ~CapitalTimelineModel() override;

    // Reads the rows from source, from its first rows again.
    void setSource(std::shared_ptr<const CapitalTimelineSource> source);
    const CapitalTimelineSource *source() const { return m_source.get(); }
    // A source of these projects, in memory.
    void setProjects(const QList<CapitalProject> &projects);
    // The projects of every district shown (those the search keeps), read or not yet.
    qint64 projectCount() const;
    // The projects read so far, in the order they were read.
    const QList<CapitalProject> &loadedProjects() const { return m_projects; }
    // What the last read of the source said when it failed; empty when it did not.
    QString error() const { return m_error; }
    // Whether the districts are being read on a worker (a source that reads in the background):
    // the rows shown are those of the last read until the new ones are in.
    bool isReading() const { return m_reading; }
    // Stops a read of the districts under way (Esc in the view): nothing of it is shown, the rows
    // of an earlier read stay. wasStopped() says so until the next read.
    void stopReading();
    bool wasStopped() const { return m_stopped; }
    // While held, fetchMore() reads no more projects of a district that has some already: a
    // QTreeView asks every open district for more each time it lays out its rows (after every
    // window read), which would read a window of each at once; the view that holds the fetches
    // reads on where it scrolls (TimelineView). A district with none read yet still reads its
    // first window, as it does when opened.
    void holdFetches(bool held) { m_fetchesHeld = held; }

    // The state of a phase as of a date, and why.
    static MilestoneStatus::State phaseState(const CapitalPhase &phase, const QDate &asOf, QString *reason = nullptr);
    // A district's title: "District 7" for the NYC export's numbers, the name as written otherwise.
    static QString districtTitle(const QString &region);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;

Q_SIGNALS:
    void readingChanged(bool reading);

public:
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void rebuild() override;
    bool rebuildSearches() const override { return true; }
    void searchChanged() override;
    QVariant nodeData(const Node &node, int column, int role) const override;

private:
    QVariant districtData(const Node &node, int column, int role) const;
    QVariant projectData(const Node &node, int column, int role) const;
    QVariant phaseData(const Node &node, int column, int role) const;
    QString spanText(const Node &node) const;

    // Reads the districts again: now, or on a worker for a source that reads in the background.
    void read();

    std::shared_ptr<const CapitalTimelineSource> m_source;
    std::optional<QList<CapitalTimelineDistrict>> m_worked; // a worker's read, for rebuild() to show
    BackgroundRead m_read{this};
    bool m_reading = false;
    bool m_stopped = false; // the last read was stopped before its rows came
    QList<CapitalTimelineDistrict> m_districts;
    QList<CapitalProject> m_projects; // read so far
    QList<int> m_keysRead;            // by district: how many of its keys were asked for so far
    QString m_error;
    bool m_fetchesHeld = false;
};

} // namespace milepost
