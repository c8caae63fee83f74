// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace milepost {

// How a connection waits for another one's write lock on the same file. SQLite's own busy
// timeout sleeps longer and longer between tries, up to 100 ms; a writer that has waited a while
// then looks so seldom that writers arriving later take the lock before it, again and again, and
// it gives up with "database is locked" while the file was free most of the time (46 of 5,163
// updates of ten busy clients, tests/bench/README.md). This one looks every millisecond or two,
// a little apart for each connection so that waiters do not wake together, for as long as
// timeoutMs in all.
class SqliteBusyWait final
{
public:
    static void install(sqlite3 *db, int timeoutMs);

private:
    static int wait(void *timeoutMs, int tries);
};

} // namespace milepost
