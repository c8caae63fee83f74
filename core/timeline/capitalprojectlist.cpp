// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalprojectlist.h"

#include "capitaltimelineindex.h"

namespace milepost {

CapitalProjectList::CapitalProjectList(QList<CapitalProject> projects)
    : m_projects(std::move(projects))
{
}

std::optional<QList<CapitalTimelineDistrict>> CapitalProjectList::districts(const CapitalTimelineMatch &match, QString *,
                                                                            const std::atomic_bool *) const
{
    CapitalTimelineIndex index(match);
    for (qsizetype i = 0; i < m_projects.size(); ++i) {
        const CapitalProject &project = m_projects.at(i);
        index.addProject(i, i, project);
        for (const CapitalPhase &phase : project.phases)
            index.addPhase(phase);
    }
    return index.finish();
}

std::optional<QList<CapitalProject>> CapitalProjectList::projects(const QList<qint64> &keys, QString *) const
{
    QList<CapitalProject> found;
    found.reserve(keys.size());
    for (qint64 key : keys) {
        if (key >= 0 && key < m_projects.size())
            found.append(m_projects.at(key));
    }
    return found;
}

} // namespace milepost
