// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundread.h"
#include "datasettimelinemodel.h"

#include "datasets/staffingrecord.h"

#include <QStringList>

#include <memory>

namespace milepost {

// Staffing on the timeline: Local District → job category → one bar per reported period
// (a school year, a month, a range of days), labelled with its hires, vacancies and
// positions. A site's own rows sit under its district's category, named by the site.
//
// A period is coloured as of the as-of date: over (Done), current (On track) or ahead (Not
// started); the figures are counts, not progress, so nothing is ever overdue.
//
// The rows are given (setRecords) or read from a source (setSource): a source that reads a
// store is read on a worker thread, the rows of the last read shown meanwhile.
class StaffingTimelineSource;

class StaffingTimelineModel final : public DatasetTimelineModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StartColumn, EndColumn, HiresColumn, VacanciesColumn, PositionsColumn, ColumnCount };

    explicit StaffingTimelineModel(QObject *parent = nullptr);
    ~StaffingTimelineModel() override;

    void setRecords(const QList<StaffingRecord> &records);
    const QList<StaffingRecord> &records() const { return m_records; }
    // Reads the rows from source: now, or on a worker for a source that reads in the background.
    void setSource(std::shared_ptr<const StaffingTimelineSource> source);
    const StaffingTimelineSource *source() const { return m_source.get(); }
    // Whether a read of the source is under way on a worker.
    bool isReading() const { return m_reading; }
    // Stops the read under way (Esc in the view): the rows of an earlier read stay, and
    // wasStopped() says so until the next read.
    void stopReading();
    bool wasStopped() const { return m_stopped; }
    // What the last read of the source said when it failed; empty when it did not.
    QString error() const { return m_error; }

    // "393 hires · 12 vacancies": what a record counts, the figures it has.
    static QString countsText(const StaffingRecord &record);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void readingChanged(bool reading);

protected:
    void rebuild() override;
    QVariant nodeData(const Node &node, int column, int role) const override;

private:
    QVariant groupData(const Node &node, int column, int role) const;
    QVariant recordData(const Node &node, int column, int role) const;
    void setReading(bool reading);
    void show(const QList<StaffingRecord> &records, const QString &error);

    std::shared_ptr<const StaffingTimelineSource> m_source;
    BackgroundRead m_read{this};
    bool m_reading = false;
    bool m_stopped = false;
    QString m_error;
    QList<StaffingRecord> m_records;
    QStringList m_districts;
    QStringList m_categories; // "district\ncategory", one per category node
};

} // namespace milepost
