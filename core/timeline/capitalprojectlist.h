// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capitaltimelinesource.h"

namespace milepost {

// Capital projects held in memory as a timeline's source (a snapshot read before, a test's
// projects): a project's key is its place in the list, and the list's order is the store's.
class CapitalProjectList final : public CapitalTimelineSource
{
public:
    explicit CapitalProjectList(QList<CapitalProject> projects);

    const QList<CapitalProject> &list() const { return m_projects; }

    std::optional<QList<CapitalTimelineDistrict>> districts(const CapitalTimelineMatch &match, QString *error = nullptr,
                                                            const std::atomic_bool *cancelled = nullptr) const override;
    std::optional<QList<CapitalProject>> projects(const QList<qint64> &keys, QString *error = nullptr) const override;

private:
    QList<CapitalProject> m_projects;
};

} // namespace milepost
