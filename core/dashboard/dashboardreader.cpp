// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardreader.h"

#include "store/capitaldashboardquery.h"

namespace milepost {

DashboardReader::DashboardReader(QString path)
    : m_path(std::move(path))
{
}

DashboardData DashboardReader::read(const std::atomic_bool *cancelled)
{
    std::shared_ptr<CapitalDashboardQuery> last;
    {
        const std::lock_guard guard(m_lock);
        last = m_last;
    }
    DashboardData data = DashboardData::read(m_path, cancelled, last);
    // A read cancelled or failed may have left the query half counted: the next starts afresh.
    const bool complete = !(cancelled && cancelled->load()) && data.errors.isEmpty() && data.capitalQuery;
    const std::lock_guard guard(m_lock);
    m_last = complete ? data.capitalQuery : nullptr;
    return data;
}

} // namespace milepost
