// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalsummarycheckpoint.h"

#include <sqlite3.h>

namespace milepost {

CapitalSummaryCheckpoint::~CapitalSummaryCheckpoint()
{
    if (m_thread.joinable())
        m_thread.join();
}

void CapitalSummaryCheckpoint::start(const QString &cacheFile)
{
    if (m_thread.joinable())
        m_thread.join();
    m_thread = std::thread([file = cacheFile.toUtf8()] {
        sqlite3 *db = nullptr;
        // Not created when missing: only a file a summary was written to is copied. A new
        // connection finds the file in WAL mode on its first read: before it, a checkpoint
        // does nothing.
        if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
            && sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) == SQLITE_OK)
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        sqlite3_close(db); // a cache: a copy that failed is left to the next one
    });
}

} // namespace milepost
