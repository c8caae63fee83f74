// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace milepost {

// Ctrl+C (SIGINT) and SIGTERM for the headless commands. While a command is inside a Scope (an
// import, which can roll back), a signal only asks it to stop: it rolls back, says it was
// interrupted and exits 128 + the signal. Elsewhere the signal ends the program at once with one
// line on standard error; SQLite's journal leaves the database whole either way.
class Interruption final
{
    Q_DECLARE_TR_FUNCTIONS(Interruption)

public:
    static void install();
    static bool requested();
    static int signalNumber(); // 0 when none arrived
    static int exitCode() { return 128 + signalNumber(); }
    static QString message(); // "milepost: interrupted; the database was left as it was"

    // While one exists, a signal is a request that the work checks with requested().
    class Scope final
    {
    public:
        Scope();
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;
    };
};

} // namespace milepost
