// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundread.h"
#include "datasettimelinemodel.h"

#include "datasets/staffingrecord.h"
#include "timeline/staffingtimelinecategory.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace milepost {

class StaffingTimelineSource;

// Staffing on the timeline: Local District → job category → one bar per reported period
// (a school year, a month, a range of days), labelled with its hires, vacancies and
// positions. A site's own rows sit under its district's category, named by the site.
//
// A period is coloured as of the as-of date: over (Done), current (On track) or ahead (Not
// started); the figures are counts, not progress, so nothing is ever overdue.
//
// The rows come from a source (StaffingTimelineSource) a window at a time: the categories
// first, each with its span and the number of its rows (read on a worker thread from a source
// that reads a store, the rows of the last read shown meanwhile); a category's rows when it is
// in view and as the view scrolls on through it (canFetchMore() and fetchMore(), 100 at a
// time). A search is the source's too: it keeps the rows that match (StaffingTimelineMatch).
class StaffingTimelineModel final : public DatasetTimelineModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StartColumn, EndColumn, HiresColumn, VacanciesColumn, PositionsColumn, ColumnCount };

    explicit StaffingTimelineModel(QObject *parent = nullptr);
    ~StaffingTimelineModel() override;

    // Shows these rows (a source of them in memory).
    void setRecords(const QList<StaffingRecord> &records);
    // The rows given to setRecords(); empty when the rows come from another source.
    const QList<StaffingRecord> &records() const { return m_given; }
    // Reads the rows from source, from its first rows again.
    void setSource(std::shared_ptr<const StaffingTimelineSource> source);
    const StaffingTimelineSource *source() const { return m_source.get(); }
    // The rows of every category shown (those the search keeps), read or not yet.
    qint64 recordCount() const;
    // The rows read so far, in the order they were read.
    const QList<StaffingRecord> &loadedRecords() const { return m_records; }
    // Whether the categories are being read on a worker.
    bool isReading() const { return m_reading; }
    // Stops the read under way (Esc in the view): the rows of an earlier read stay, and
    // wasStopped() says so until the next read.
    void stopReading();
    bool wasStopped() const { return m_stopped; }
    // What the last read of the source said when it failed; empty when it did not.
    QString error() const { return m_error; }
    // While held, fetchMore() reads nothing: a QTreeView asks every open category for its rows
    // each time it lays out the tree, which would read a window of each at once; the view that
    // holds the fetches reads where it scrolls (TimelineView).
    void holdFetches(bool held) { m_fetchesHeld = held; }

    // "393 hires · 12 vacancies": what a record counts, the figures it has.
    static QString countsText(const StaffingRecord &record);
    // The titles the tree shows, which a search looks in.
    static QString districtTitle(const QString &district);
    static QString categoryTitle(const QString &category);
    static QString recordTitle(const Period &period, const QString &site);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void readingChanged(bool reading);

protected:
    void rebuild() override;
    bool rebuildSearches() const override { return true; }
    void searchChanged() override;
    QVariant nodeData(const Node &node, int column, int role) const override;

private:
    QVariant groupData(const Node &node, int column, int role) const;
    QVariant recordData(const Node &node, int column, int role) const;
    // Reads the categories again: now, or on a worker for a source that reads in the background.
    void read();
    void setReading(bool reading);

    std::shared_ptr<const StaffingTimelineSource> m_source;
    QList<StaffingRecord> m_given;
    BackgroundRead m_read{this};
    std::optional<QList<StaffingTimelineCategory>> m_worked; // a worker's read, for rebuild() to show
    bool m_reading = false;
    bool m_stopped = false;
    bool m_fetchesHeld = false;
    QString m_error;
    QList<StaffingTimelineCategory> m_categories;
    QStringList m_districts;     // one per district node
    QList<StaffingRecord> m_records; // read so far
    QList<int> m_keysRead;           // by category: how many of its keys were asked for so far
};

} // namespace milepost
