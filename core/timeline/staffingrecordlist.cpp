// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingrecordlist.h"

#include "staffingtimelineindex.h"

namespace milepost {

StaffingRecordList::StaffingRecordList(QList<StaffingRecord> records)
    : m_records(std::move(records))
{
}

std::optional<QList<StaffingTimelineCategory>> StaffingRecordList::categories(const StaffingTimelineMatch &match,
                                                                              QString *, const std::atomic_bool *) const
{
    StaffingTimelineIndex index(match);
    for (int i = 0; i < m_records.size(); ++i) {
        const StaffingRecord &record = m_records.at(i);
        index.add(i, {0, i, i}, record.localDistrict, record.jobCategory, record.site, record.period);
    }
    return index.finish();
}

std::optional<QList<StaffingRecord>> StaffingRecordList::records(const QList<qint64> &keys, QString *) const
{
    QList<StaffingRecord> records;
    records.reserve(keys.size());
    for (qint64 key : keys) {
        if (key >= 0 && key < m_records.size())
            records.append(m_records.at(key));
    }
    return records;
}

} // namespace milepost
