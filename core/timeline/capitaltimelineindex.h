// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capitaltimelinedistrict.h"
#include "capitaltimelinematch.h"

#include <QHash>
#include <QList>

#include <tuple>

namespace milepost {

struct CapitalPhase;
struct CapitalProject;

// Gathers the capital projects timeline's districts from one pass over the projects and their
// phases, holding no project: each project is given with its order and then its phases, and
// what stays is its key under its district and the district's span. A source reads its
// projects through it (CapitalProjectList in memory, CapitalTimelineQuery from the store), so
// that both keep the same projects for a search and give the same spans.
class CapitalTimelineIndex final
{
public:
    explicit CapitalTimelineIndex(CapitalTimelineMatch match);

    // A project, without its phases: key reads it back, (order, key) sorts it among the
    // projects of its district.
    void addProject(qint64 key, qint64 order, const CapitalProject &project);
    // A phase of the project added last.
    void addPhase(const CapitalPhase &phase);
    // The districts with a project kept, in natural order of their regions ("2" before "10").
    QList<CapitalTimelineDistrict> finish();

private:
    void closeProject();

    struct District
    {
        QList<std::tuple<qint64, qint64>> projects; // (order, key)
        TimelineSpan span;
    };

    CapitalTimelineMatch m_match;
    QHash<QString, District> m_districts;
    // The project being added.
    bool m_open = false;
    QString m_region;
    qint64 m_key = 0;
    qint64 m_order = 0;
    quint64 m_words = 0;
    bool m_kept = false;
    TimelineSpan m_span;
};

} // namespace milepost
