// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitebusywait.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <sqlite3.h>

#include <cstdint>

namespace milepost {

namespace {

// When this thread's current wait began: tries is 0 at the start of each.
thread_local QElapsedTimer waitStarted;

} // namespace

void SqliteBusyWait::install(sqlite3 *db, int timeoutMs)
{
    // The timeout travels in the handler's pointer argument, so that nothing has to outlive it.
    sqlite3_busy_handler(db, &SqliteBusyWait::wait, reinterpret_cast<void *>(std::intptr_t(timeoutMs)));
}

int SqliteBusyWait::wait(void *timeoutMs, int tries)
{
    if (tries == 0)
        waitStarted.start();
    if (waitStarted.elapsed() >= qint64(reinterpret_cast<std::intptr_t>(timeoutMs)))
        return 0; // give up: the statement fails with SQLITE_BUSY
    QThread::usleep(1000 + QRandomGenerator::global()->bounded(1000));
    return 1;
}

} // namespace milepost
