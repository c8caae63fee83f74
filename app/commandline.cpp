// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "commandio.h"

#include "about/buildinfo.h"
#include "backup/checkintegrityaction.h"
#include "backup/restorebackupaction.h"
#include "common/counttext.h"
#include "common/palette.h"
#include "datasets/bundleddata.h"
#include "export/datasetexporter.h"
#include "dashboard/dashboardreader.h"
#include "dashboard/dashboardview.h"
#include "importcommand.h"
#include "interruption.h"
#include "language/language.h"
#include "mainwindow/languagemenu.h"
#include "progresssheetcommand.h"
#include "importwizard/importdataaction.h"
#include "importwizard/removesampleaction.h"
#include "imports/importeddataaction.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/opendatabaseaction.h"
#include "progress/progressactions.h"
#include "plan/planplausibility.h"
#include "plan/planreader.h"
#include "report/reportactions.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "store/databasewatcher.h"
#include "store/capitaltimelinequery.h"
#include "store/staffingtimelinequery.h"
#include "store/datasetrepository.h"
#include "store/pgconnection.h"
#include "store/planrepository.h"
#include "store/progressrepository.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace milepost {

namespace {


// Options QApplication takes for itself ("-platform offscreen", "-style fusion", ...).
bool isQtGuiOption(const QString &name)
{
    static const QStringList names{
        QStringLiteral("platform"),   QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),     QStringLiteral("qwindowgeometry"),    QStringLiteral("qwindowtitle"),
        QStringLiteral("qwindowicon"), QStringLiteral("style"),             QStringLiteral("stylesheet"),
        QStringLiteral("widgetcount"), QStringLiteral("reverse"),           QStringLiteral("session"),
        QStringLiteral("display"),    QStringLiteral("geometry"),           QStringLiteral("qmljsdebugger"),
        QStringLiteral("nograb"),     QStringLiteral("dograb"),
    };
    return names.contains(name);
}

} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        tr("Milepost reads a district plan report into objectives and milestones, keeps it in a local "
           "database and shows what the import could not read.\n"
           "\n"
           "Commands:\n"
           "  import-plan FILE --db PATH [--json] [--force]\n"
           "      Read FILE, store it in the database at PATH (replacing the plan read from the same\n"
           "      file before) and list the findings. A reading that looks wrong (no milestones, far\n"
           "      more findings than milestones) replaces a stored plan only with --force. Needs no display.\n")
        + ImportPlanCommand::helpText() + ImportCommand::helpText()
        + ImportsCommand::helpText() + ProfileCommand::helpText()
        + ExportCommand::helpText() + ReportCommand::helpText() + FiguresCommand::helpText()
        + DbCommand::helpText() + UpdateCommand::helpText() + HistoryCommand::helpText() + ChangesCommand::helpText()
        + PlanCommand::helpText()
        + ProgressSheetCommand::helpText()
        + tr("\n"
           "Without a command Milepost opens its window on the database given with --db, or on\n"
           "its own database in the user's data folder."));
    // "-platform offscreen" is one option for QApplication, not seven one-letter ones.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
    m_parser.addOption(m_databaseOption);
    m_parser.addOption(m_jsonOption);
    m_parser.addOption(m_forceOption);
    m_importPlanCommand.addOptions(m_parser);
    m_importCommand.addOptions(m_parser);
    m_exportCommand.addOptions(m_parser);
    m_reportCommand.addOptions(m_parser);
    m_figuresCommand.addOptions(m_parser);
    m_dbCommand.addOptions(m_parser);
    m_updateCommand.addOptions(m_parser);
    m_historyCommand.addOptions(m_parser);
    m_planCommand.addOptions(m_parser);
    m_profileCommand.addOptions(m_parser);
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("A command and its arguments, e.g. import-plan FILE."),
                                   tr("[command [arguments]]"));
}

int CommandLine::run(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Milepost"));
    QCoreApplication::setApplicationName(QStringLiteral("Milepost"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // This parser only picks the application object; its texts were built before any translator
    // could be installed (installing one needs the application). The command runs in a second
    // CommandLine built after Language::install, whose help and messages are translated.
    const bool window = wantsWindow(arguments);
    if (!window && m_parser.parse(arguments) && !m_parser.isSet(m_helpOption) && !m_parser.isSet(m_versionOption)
        && m_parser.positionalArguments().value(0) == ReportCommand::name) {
        ReportCommand::prepareEnvironment(); // before the application object: it picks the platform
        // A QApplication, not a QGuiApplication: a board pack draws the dashboard's charts, whose
        // surface is a widget (never shown).
        QApplication app(argc, argv);
        Language::install(Language::systemLanguage()); // `report --language` may change it
        return CommandLine().runReport();
    }
    if (window) {
        QApplication app(argc, argv);
        Language::install(Language::resolve(LanguageMenu::storedChoice()));
        return CommandLine().runWindow();
    }
    QCoreApplication app(argc, argv);
    Language::install(Language::systemLanguage());
    return CommandLine().runHeadless();
}

int CommandLine::runReport()
{
    Interruption::install();
    if (!m_parser.parse(QCoreApplication::arguments())) {
        CommandIo::printError(tr("milepost: %1").arg(m_parser.errorText()));
        return UsageError;
    }
    return m_reportCommand.run(m_parser, m_parser.positionalArguments(), m_parser.value(m_databaseOption));
}

bool CommandLine::wantsWindow(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        // Options QApplication understands are left to it; anything else is a usage error that
        // the headless path reports without needing a display.
        const QStringList unknown = m_parser.unknownOptionNames();
        return !unknown.isEmpty() && std::all_of(unknown.cbegin(), unknown.cend(), isQtGuiOption);
    }
    return !m_parser.isSet(m_helpOption) && !m_parser.isSet(m_versionOption) && !m_parser.isSet(m_jsonOption)
        && m_parser.positionalArguments().isEmpty();
}

int CommandLine::runHeadless()
{
    Interruption::install();
    if (!m_parser.parse(QCoreApplication::arguments())) {
        CommandIo::printError(tr("milepost: %1").arg(m_parser.errorText()));
        CommandIo::printError(tr("Try “milepost --help” for more information."));
        return UsageError;
    }
    if (m_parser.isSet(m_helpOption)) {
        CommandIo::printOut(m_parser.helpText().trimmed());
        return Success;
    }
    if (m_parser.isSet(m_versionOption)) {
        const QString databasePath = m_parser.value(m_databaseOption);
        CommandIo::printOut(BuildInfo::lines(databasePath.isEmpty() ? DatabaseLocation::defaultPath() : databasePath)
                                .join(QLatin1Char('\n')));
        return Success;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        CommandIo::printError(tr("milepost: --json goes with a command, e.g. import-plan FILE --db PATH --json"));
        return UsageError;
    }
    if (positional.first() == ExportCommand::name)
        return m_exportCommand.run(m_parser, positional, m_parser.value(m_databaseOption));
    if (positional.first() == FiguresCommand::name)
        return m_figuresCommand.run(m_parser, positional, m_parser.value(m_databaseOption), m_parser.isSet(m_jsonOption));
    if (positional.first() == DbCommand::name)
        return m_dbCommand.run(m_parser, positional, m_parser.value(m_databaseOption));
    if (positional.first() == UpdateCommand::name)
        return m_updateCommand.run(m_parser, positional, m_parser.value(m_databaseOption));
    if (positional.first() == HistoryCommand::name)
        return m_historyCommand.run(m_parser, positional, m_parser.value(m_databaseOption), m_parser.isSet(m_jsonOption));
    if (positional.first() == PlanCommand::name)
        return m_planCommand.run(m_parser, positional, m_parser.value(m_databaseOption));
    if (positional.first() == ChangesCommand::name)
        return m_changesCommand.run(m_parser, positional, m_parser.value(m_databaseOption), m_parser.isSet(m_jsonOption));
    if (positional.first() == ProfileCommand::name)
        return m_profileCommand.run(m_parser, positional, m_parser.value(m_databaseOption));
    if (positional.first() == ImportsCommand::name)
        return m_importsCommand.run(positional, m_parser.value(m_databaseOption), m_parser.isSet(m_jsonOption));
    if (positional.first() == ImportCommand::name)
        return m_importCommand.run(m_parser, positional, m_parser.value(m_databaseOption), m_parser.isSet(m_jsonOption));
    if (positional.first() != ImportPlanCommand::name) {
        CommandIo::printError(tr("milepost: unknown command “%1”; try “milepost --help”").arg(positional.first()));
        return UsageError;
    }
    if (positional.size() != 2) {
        CommandIo::printError(tr("milepost: import-plan takes exactly one FILE"));
        return UsageError;
    }
    if (m_parser.value(m_databaseOption).isEmpty()) {
        CommandIo::printError(tr("milepost: import-plan needs --db PATH"));
        return UsageError;
    }
    return m_importPlanCommand.run(m_parser, positional.at(1), m_parser.value(m_databaseOption),
                                   m_parser.isSet(m_jsonOption), m_parser.isSet(m_forceOption));
}

int CommandLine::runWindow()
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/milepost.svg")));
    // Wayland compositors and docks match the window to the installed desktop entry by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.milepost.Milepost"));
    // QApplication has taken its own options out of the arguments by now.
    if (!m_parser.parse(QCoreApplication::arguments())) {
        CommandIo::printError(tr("milepost: %1").arg(m_parser.errorText()));
        return UsageError;
    }

    QString path = m_parser.value(m_databaseOption);
    if (path.isEmpty()) {
        path = DatabaseLocation::defaultPath();
        if (!DatabaseLocation::makeDefaultFolder()) {
            QMessageBox::critical(nullptr, tr("Milepost"),
                                  tr("Milepost cannot create its data folder. Start it with --db PATH to choose "
                                     "where its database lives."));
            return Failure;
        }
    }

    QString error;
    std::unique_ptr<Database> database = Database::open(path, &error);
    // A server that wants a password ~/.pgpass and the service file do not give: asked for, and
    // kept for this run's connections only.
    if (!database && PgConnection::isConnectionString(path) && PgConnection::needsPassword(path)) {
        bool given = false;
        const QString password = QInputDialog::getText(
            nullptr, tr("Milepost"), tr("Password for %1:").arg(PgConnection::withoutPassword(path)), QLineEdit::Password,
            QString(), &given);
        if (given)
            database = Database::open(PgConnection::withPassword(path, password), &error);
    }
    if (!database) {
        QMessageBox::critical(nullptr, tr("Milepost"),
                              tr("Milepost cannot open the database “%1”.\n\n%2").arg(PgConnection::withoutPassword(path), error));
        return Failure;
    }
    if (database->isKnownDamaged())
        QMessageBox::warning(nullptr, tr("Milepost"), database->damage());
    PlanRepository repository(*database);
    // First run: start with the plan and sample data that ship with Milepost rather than an
    // empty window (data/README.md says which parts are illustrative).
    if (!BundledData::seedIfEmpty(*database, CommandIo::bundledDataFolder(), &error))
        QMessageBox::warning(nullptr, tr("Milepost"), tr("Milepost could not set up its first database.\n\n%1").arg(error));

    // A dark system gets dark windows, whatever the style would draw.
    Palette::followSystemScheme();
    // Declared before the window, which uses it until it closes.
    DatasetRepository datasets(*database);
    ProgressRepository progress(*database);
    MainWindow window(repository, &progress);
    auto *dashboard = new DashboardView(
        [&repository, &datasets, &progress] { return DashboardData::load(repository, datasets, &progress); }, &window);
    // Shown and refreshed (F5, imports) from a worker thread with its own connection; the
    // capital projects' summary kept from one read to the next until an import changes them.
    const auto dashboardReader = std::make_shared<DashboardReader>(database->connectionString());
    dashboard->setBackgroundLoader(
        [dashboardReader](const std::atomic_bool &cancelled) { return dashboardReader->read(&cancelled); });
    // Capital projects a window at a time, straight from the store; staffing read on a worker
    // when the staffing timeline is shown, and again only when an import (or its removal)
    // changed the data.
    const auto capitalTimeline = std::make_shared<CapitalTimelineQuery>(*database);
    const auto staffingTimeline = std::make_shared<StaffingTimelineQuery>(*database);
    window.setTimelineDatasetLoader([capitalTimeline, staffingTimeline] {
        return TimelineView::Datasets{{}, {}, capitalTimeline, capitalTimeline->dataVersion(), staffingTimeline};
    });
    window.addDashboard(dashboard);
    window.setDatabase(database->displayName(), database->permissions());
    // Changes by others and a server that goes away (a file's are polled; it never goes away).
    auto *watcher = new DatabaseWatcher(*database, &window);
    QObject::connect(watcher, &DatabaseWatcher::changed, &window, &MainWindow::showChangesByOthers);
    QObject::connect(watcher, &DatabaseWatcher::changed, dashboard, &DashboardView::reloadInBackground);
    QObject::connect(watcher, &DatabaseWatcher::connectionLost, &window, &MainWindow::setConnectionProblem);
    QObject::connect(watcher, &DatabaseWatcher::connectionRestored, &window, [&window] { window.setConnectionProblem({}); });
    auto *importData = new ImportDataAction(*database, &window);
    auto *removeSample = new RemoveSampleAction(*database, &window);
    QObject::connect(importData, &ImportDataAction::imported, removeSample, &RemoveSampleAction::refresh);
    // The dashboard counts what the store holds: read it again after a change.
    QObject::connect(importData, &ImportDataAction::imported, dashboard, &DashboardView::reloadInBackground);
    QObject::connect(removeSample, &RemoveSampleAction::removed, dashboard, &DashboardView::reloadInBackground);
    window.addImportAction(importData);
    if (ProgressActions *progressActions = window.progressActions())
        importData->setUpdateSheetImport([progressActions](const QString &sheet) { progressActions->importSheet(sheet); });
    window.addImportAction(removeSample);
    // Hidden from a role the server would refuse them (it refuses them anyway).
    importData->setVisible(database->permissions().importData);
    removeSample->setVisible(database->permissions().importData);
    // Removing an import changes what every view counts.
    auto *importedData = new ImportedDataAction(*database, &window);
    window.addImportAction(importedData);
    QObject::connect(importedData, &ImportedDataAction::removed, dashboard, &DashboardView::reload);
    QObject::connect(importedData, &ImportedDataAction::removed, &window, &MainWindow::reload); // a plan import
    QObject::connect(importedData, &ImportedDataAction::removed, removeSample, &RemoveSampleAction::refresh);
    auto *restoreBackup = new RestoreBackupAction(*database, &window);
    window.addImportAction(restoreBackup);
    QObject::connect(restoreBackup, &RestoreBackupAction::restored, &window, &MainWindow::reload);
    QObject::connect(restoreBackup, &RestoreBackupAction::restored, dashboard, &DashboardView::reloadInBackground);
    QObject::connect(restoreBackup, &RestoreBackupAction::restored, removeSample, &RemoveSampleAction::refresh);
    window.addHelpAction(new CheckIntegrityAction(database->path(), &window));
    window.addImportAction(new OpenDatabaseAction(&window));
    // Export CSV… writes whole datasets too, through the same exporter as `milepost export`.
    window.reportActions()->setDatasetExport(
        DatasetExporter::datasetNames(),
        [&database](const QString &dataset, const QString &file, const CsvOptions &options, qint64 *rows, QString *message) {
            const DatasetExporter::Result result = DatasetExporter(*database).exportToFile(dataset, file, options);
            if (rows)
                *rows = result.rows;
            if (message)
                *message = result.error;
            return result.ok;
        });
    window.show();
    return QApplication::exec();
}

} // namespace milepost
