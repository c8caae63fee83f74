// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changescommand.h"
#include "commandio.h"
#include "dbcommand.h"
#include "exportcommand.h"
#include "figurescommand.h"
#include "historycommand.h"
#include "importcommand.h"
#include "importplancommand.h"
#include "importscommand.h"
#include "plancommand.h"
#include "profilecommand.h"
#include "reportcommand.h"
#include "updatecommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

// Milepost's command line. Without a command it opens the window; --help, --version and
// commands such as import-plan run headless, so they work where there is no display.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = CommandIo::Success, Failure = CommandIo::Failure, UsageError = CommandIo::UsageError };

    CommandLine();

    int run(int argc, char *argv[]);

private:
    // Decided from argv before any application object exists: a QApplication needs a display.
    bool wantsWindow(const QStringList &arguments);
    // Each runs the command on the application object run() made for it.
    int runWindow(); // a QApplication
    int runHeadless(); // a QCoreApplication
    // The report command paints text: it needs a QGuiApplication, offscreen without a display.
    int runReport();

    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")};
    QCommandLineOption m_versionOption{{QStringLiteral("v"), QStringLiteral("version")},
                                       tr("Show the version and exit.")};
    QCommandLineOption m_databaseOption{QStringLiteral("db"), tr("Use the database at <path>."), tr("path")};
    ImportPlanCommand m_importPlanCommand;
    ImportCommand m_importCommand;
    ExportCommand m_exportCommand;
    ReportCommand m_reportCommand;
    FiguresCommand m_figuresCommand;
    DbCommand m_dbCommand;
    UpdateCommand m_updateCommand;
    HistoryCommand m_historyCommand;
    ChangesCommand m_changesCommand;
    PlanCommand m_planCommand;
    ImportsCommand m_importsCommand;
    ProfileCommand m_profileCommand;
    QCommandLineOption m_forceOption{QStringLiteral("force"),
                                     tr("import-plan: replace the stored plan even when the file looks misread.")};
    QCommandLineOption m_jsonOption{QStringLiteral("json"), tr("import-plan: print the result as one JSON object.")};
};

} // namespace milepost
