// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboarddata.h"

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

namespace milepost {

class CapitalDashboardQuery;

// The dashboard's data read again and again from one database, on worker threads
// (DashboardData::read): each read counts the capital projects on the query of the last read
// that finished, whose summary of every project serves until an import changes them. Any
// thread may call read(); reads may overlap (a newer one while a cancelled one ends).
class DashboardReader final
{
public:
    explicit DashboardReader(QString path);

    DashboardData read(const std::atomic_bool *cancelled = nullptr);

private:
    const QString m_path;
    std::mutex m_lock; // guards m_last
    std::shared_ptr<CapitalDashboardQuery> m_last;
};

} // namespace milepost
