// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace milepost::bench {

// One timed run of a program the benchmarks compare: Milepost's own command or its peer.
struct ChildRun
{
    bool ok = false;    // exited with 0
    double wall = 0;    // seconds
    double cpu = 0;     // user + system seconds of the child alone, whatever else runs
    double peakMiB = 0; // its peak resident memory
};

// Where the child reads and writes: files, or nothing (/dev/null) when empty.
struct ChildFiles
{
    QString input;
    QString output;
    bool quietErrors = false; // standard error to /dev/null as well
};

// Runs program with arguments (fork, execv, wait4) and times it.
ChildRun runChild(const QString &program, const QStringList &arguments, const ChildFiles &files = {});

double median(std::vector<double> values);

// This process's own peak resident memory so far (VmHWM in /proc/self/status), in MiB; 0 when
// it cannot be read.
double ownPeakMiB();

// This process's CPU time so far, user + system, in seconds (getrusage).
double processCpuSeconds();

} // namespace milepost::bench
