// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffingtimelinesource.h"

namespace milepost {

// Staffing rows held in memory as the timeline's source (a snapshot read before, a test's rows):
// a row's key is its place in the list, and the list's order is the store's.
class StaffingRecordList final : public StaffingTimelineSource
{
public:
    explicit StaffingRecordList(QList<StaffingRecord> records);

    const QList<StaffingRecord> &list() const { return m_records; }
    std::optional<QList<StaffingTimelineCategory>> categories(const StaffingTimelineMatch &match, QString *error = nullptr,
                                                              const std::atomic_bool *cancelled = nullptr) const override;
    std::optional<QList<StaffingRecord>> records(const QList<qint64> &keys, QString *error = nullptr) const override;

private:
    QList<StaffingRecord> m_records;
};

} // namespace milepost
