// SPDX-License-Identifier: GPL-3.0-or-later
// Reports and CSV from the main window: the File menu carries the commands, and what they
// print or save is what the window shows.
#include "reporttesting.h"

#include "findings/findingspanel.h"
#include "mainwindow/mainwindow.h"
#include "report/milestonereport.h"
#include "report/reportactions.h"
#include "store/database.h"
#include "store/planrepository.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

using namespace milepost;
using namespace milepost::test;

namespace {

struct StoredPlan
{
    StoredPlan()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MilepostTests"));
        QCoreApplication::setApplicationName(QStringLiteral("MilepostReportTests"));
        QSettings().clear();
        REQUIRE(dir.isValid());
        QString error;
        database = Database::open(dir.filePath(QStringLiteral("plan.sqlite")), &error);
        REQUIRE(database);
        repository = std::make_unique<PlanRepository>(*database);
        const PlanImportResult imported
            = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
        REQUIRE(imported.ok);
        REQUIRE(repository->replacePlan(imported.plan, imported.findings, &error));
    }
    ~StoredPlan() { QSettings().clear(); }

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<PlanRepository> repository;
};

QMenu *fileMenu(const MainWindow &window)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text().remove(QLatin1Char('&')) == QStringLiteral("File"))
            return action->menu();
    }
    FAIL("no File menu");
    return nullptr;
}

} // namespace

TEST_CASE("the File menu has Export CSV, Print Preview, Print and Export PDF", "[report][mainwindow]")
{
    StoredPlan stored;
    MainWindow window(*stored.repository);
    const QList<QAction *> actions = fileMenu(window)->actions();
    for (const char *name : {"exportCsvAction", "printPreviewAction", "printAction", "exportPdfAction", "pageOptionsAction"}) {
        INFO(name);
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(action);
        CHECK(actions.contains(action));
        CHECK(action->isEnabled());
    }
}

TEST_CASE("the window's report follows its search and its CSV is the outline as shown", "[report][mainwindow]")
{
    StoredPlan stored;
    MainWindow window(*stored.repository);
    window.show();
    auto *reports = window.findChild<ReportActions *>();
    REQUIRE(reports);
    CHECK(reports->makeReport()->input().plan.milestoneCount() == 160);

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    REQUIRE(search);
    search->setText(QStringLiteral("dashboard"));
    const auto report = reports->makeReport();
    const qsizetype shown = report->input().plan.milestoneCount();
    CHECK(shown > 0);
    CHECK(shown < 160);
    CHECK(report->input().filters.join(QLatin1Char(' ')).contains(QStringLiteral("dashboard")));

    const QString path = testOutputPath(QStringLiteral("outline-search-dashboard.csv"));
    QString error;
    REQUIRE(reports->exportTable(path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(bytes);
    CHECK(csv.contains(QStringLiteral("Dashboard")));
    // Fewer rows than the whole outline: the search applies.
    CHECK(csv.count(QStringLiteral("\r\n")) < 1 + 4 + 42 + 160);
}

TEST_CASE("Export CSV takes the table with the keyboard focus", "[report][mainwindow]")
{
    StoredPlan stored;
    MainWindow window(*stored.repository);
    window.show();
    auto *reports = window.findChild<ReportActions *>();
    auto *findings = window.findChild<FindingsPanel *>();
    REQUIRE(reports);
    REQUIRE(findings);
    findings->view()->setFocus(Qt::OtherFocusReason);
    QApplication::setActiveWindow(&window);
    QApplication::processEvents();
    REQUIRE(findings->isAncestorOf(QApplication::focusWidget()));

    const QString path = testOutputPath(QStringLiteral("findings-as-shown.csv"));
    QString error;
    REQUIRE(reports->exportTable(path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString header = QString::fromUtf8(file.readLine()).trimmed();
    const QAbstractItemModel *model = findings->view()->model();
    CHECK(header.contains(model->headerData(0, Qt::Horizontal).toString()));
    int rows = 0;
    while (!file.atEnd()) {
        file.readLine();
        ++rows;
    }
    CHECK(rows == model->rowCount()); // messages have no line breaks
}
