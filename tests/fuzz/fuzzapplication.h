// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <cstdlib>

namespace milepost::fuzz {

// One QCoreApplication for the whole run, made in LLVMFuzzerInitialize: the code under test
// needs no event loop, but tr() and QLocale behave as in the app. Making one per input would
// cost more than most inputs do.
inline void createApplication(int *argc, char ***argv)
{
    static QCoreApplication *application = nullptr;
    if (!application)
        application = new QCoreApplication(*argc, *argv); // lives until the process ends
}

// A broken invariant is a finding: abort so that libFuzzer saves the input.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        qCritical("invariant broken: %s", what);
        std::abort();
    }
}

} // namespace milepost::fuzz
