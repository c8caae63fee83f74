// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasettimelinemodel.h"

#include "datasets/staffingrecord.h"

#include <QStringList>

namespace milepost {

// Staffing on the timeline: Local District → job category → one bar per reported period
// (a school year, a month, a range of days), labelled with its hires, vacancies and
// positions. A site's own rows sit under its district's category, named by the site.
//
// A period is coloured as of the as-of date: over (Done), current (On track) or ahead (Not
// started); the figures are counts, not progress, so nothing is ever overdue.
class StaffingTimelineModel final : public DatasetTimelineModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StartColumn, EndColumn, HiresColumn, VacanciesColumn, PositionsColumn, ColumnCount };

    explicit StaffingTimelineModel(QObject *parent = nullptr);

    void setRecords(const QList<StaffingRecord> &records);
    const QList<StaffingRecord> &records() const { return m_records; }

    // "393 hires · 12 vacancies": what a record counts, the figures it has.
    static QString countsText(const StaffingRecord &record);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void rebuild() override;
    QVariant nodeData(const Node &node, int column, int role) const override;

private:
    QVariant groupData(const Node &node, int column, int role) const;
    QVariant recordData(const Node &node, int column, int role) const;

    QList<StaffingRecord> m_records;
    QStringList m_districts;
    QStringList m_categories; // "district\ncategory", one per category node
};

} // namespace milepost
