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

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

int main(int argc, char *argv[])
{
#if MILEPOST_TESTS_NEED_GUI
    // Without a display (CI, test discovery) the widgets still need a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // A home of its own for every test process. ctest runs the test cases of one executable in
    // parallel processes (-j), and the settings the tests write (QStandardPaths' test mode puts
    // them under ~/.qttest) would otherwise be shared: one test's saved search or view would be
    // another's restored one. The folder goes when the process ends.
    QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", QFile::encodeName(home.path()));
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
