// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catchcompat.h"

#include <QDeadlineTimer>
#include <QTest>

// Waits up to ms milliseconds for condition to hold, the events processed meanwhile, and fails
// the test when it never does. (QtTest's QTRY_ macros report to QtTest and return from the
// function: under Catch a condition that never held passed silently.)
#define REQUIRE_EVENTUALLY(condition, ms)                                                                   \
    do {                                                                                                   \
        const QDeadlineTimer eventuallyDeadline(ms);                                                       \
        while (!(condition) && !eventuallyDeadline.hasExpired())                                           \
            QTest::qWait(5);                                                                               \
        REQUIRE((condition));                                                                              \
    } while (false)
