// SPDX-License-Identifier: GPL-3.0-or-later
// One main for every test executable: Qt's application object first, then Catch2.
#if MILEPOST_CATCH2_V3
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#if MILEPOST_TESTS_NEED_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <cstdlib>

int main(int argc, char *argv[])
{
#if MILEPOST_TESTS_NEED_GUI
    // Without a display (CI, test discovery) the widgets still need a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
