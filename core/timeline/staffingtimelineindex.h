// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffingtimelinecategory.h"
#include "staffingtimelinematch.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <tuple>
#include <utility>
#include <vector>

namespace milepost {

// Gathers the staffing timeline's categories from one pass over the rows, holding no row: what
// stays of one is its key, its site and its period's days, under its Local District and job
// category. A source reads its rows through it (StaffingRecordList in memory,
// StaffingTimelineQuery from the store), so that both keep the same rows for a search, in the
// same order, with the same spans.
class StaffingTimelineIndex final
{
public:
    explicit StaffingTimelineIndex(StaffingTimelineMatch match);

    // Where a row is in the order its source lists them (the store's: by source, line, id).
    using Order = std::tuple<qint64, qint64, qint64>;

    // A row, given in any order; key reads it back.
    void add(qint64 key, const Order &order, const QString &district, const QString &category, const QString &site,
             const Period &period);
    // The categories with a row kept: Local Districts, then their job categories, in natural
    // order ("LD 2" before "LD 10"), each with its rows in the order the timeline shows them.
    QList<StaffingTimelineCategory> finish();

private:
    struct Row
    {
        qint64 key = 0;
        Order order;
        int site = -1; // into m_sites; -1: the district's own row
        QDate first;
        QDate last;
    };
    struct Group
    {
        QString district;
        QString category;
        std::vector<Row> rows;
        TimelineSpan span;
    };

    StaffingTimelineMatch m_match;
    QHash<std::pair<QString, QString>, int> m_groupOf; // by (district, category)
    QHash<QString, Order> m_districtFirst; // a district's first row in the source's order
    QList<Group> m_groups;
    QHash<QString, int> m_siteOf;
    QStringList m_sites;
};

} // namespace milepost
