// SPDX-License-Identifier: GPL-3.0-or-later
// Reports and CSV from the main window: the File menu carries the commands, and what they
// print or save is what the window shows.
#include "reporttesting.h"

#include "csv/csvreader.h"
#include "csv/csvrecord.h"
#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/dashboardview.h"
#include "dashboard/drilldownpanel.h"
#include "findings/findingspanel.h"
#include "mainwindow/mainwindow.h"
#include "report/milestonereport.h"
#include "report/reportactions.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/planrepository.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTreeView>
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
    for (const char *name : {"exportCsvAction", "printPreviewAction", "printAction", "exportPdfAction", "pageOptionsAction",
                             "boardPackAction"}) {
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

namespace {

// The records of a CSV the way Excel opens it (Milepost's own reader, UTF-8, commas).
QList<QStringList> recordsOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvDialect dialect;
    CsvReader reader(&file, dialect);
    CsvRecord record;
    QList<QStringList> records;
    while (reader.next(record)) {
        QStringList fields;
        for (int i = 0; i < record.fieldCount(); ++i)
            fields.append(record.text(i));
        records.append(fields);
    }
    REQUIRE(reader.error().isEmpty());
    return records;
}

int recordsBelow(const QAbstractItemModel *model, const QModelIndex &parent)
{
    int records = 0;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        records += model->hasChildren(child) ? recordsBelow(model, child) : 1;
    }
    return records;
}

} // namespace

TEST_CASE("the outline's CSV has every milestone, collapsed or not, with its phase and objective, dates as written",
          "[report][mainwindow][asshown]")
{
    StoredPlan stored;
    MainWindow window(*stored.repository);
    window.show();
    auto *reports = window.findChild<ReportActions *>();
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("planTree"));
    REQUIRE(reports);
    REQUIRE(tree);
    tree->collapseAll();
    const QString path = testOutputPath(QStringLiteral("outline-as-shown.csv"));
    QString error;
    REQUIRE(reports->exportTable(path, &error));
    QList<QStringList> records = recordsOf(path);
    REQUIRE(records.size() > 1);
    QStringList header = records.takeFirst();
    header.first().remove(QChar(0xFEFF)); // the byte order mark Excel wants
    REQUIRE(header.mid(0, 3) == QStringList{QStringLiteral("Phase"), QStringLiteral("Objective"), QStringLiteral("Title")});
    // One row per record of the outline: its 160 milestones, and any objective without one.
    CHECK(records.size() == recordsBelow(tree->model(), QModelIndex()));
    CHECK(records.size() >= 160);
    const int start = int(header.indexOf(QStringLiteral("Start")));
    const int done = int(header.indexOf(QStringLiteral("Done %")));
    REQUIRE(start > 0);
    REQUIRE(done > 0);
    const QRegularExpression written(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}|\\d{4}-Q[1-4]|Ongoing|N/A)$"));
    int days = 0;
    for (const QStringList &record : std::as_const(records)) {
        INFO(record.join(QLatin1Char('|')).toStdString());
        CHECK_FALSE(record.at(0).isEmpty());          // every record has its phase
        CHECK_FALSE(record.at(0).contains(QLatin1Char('('))); // without the outline's counts
        CHECK(record.at(done).isEmpty());             // nothing recorded: empty, never -1
        if (!record.at(start).isEmpty() && written.match(record.at(start)).hasMatch() && record.at(start).size() == 10)
            ++days;
    }
    CHECK(days > 100); // days in ISO form, as the CSV options say
}

TEST_CASE("with the dashboard in front, Export CSV takes the dashboard page's table", "[report][mainwindow][asshown]")
{
    StoredPlan stored;
    MainWindow window(*stored.repository);
    DatasetRepository datasets(*stored.database);
    auto *dashboard = new DashboardView([&] { return DashboardData::load(*stored.repository, datasets); }, &window);
    window.addDashboard(dashboard);
    window.show();
    auto *views = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
    REQUIRE(views);
    views->setCurrentWidget(dashboard);
    dashboard->reload();
    window.setFocus(Qt::OtherFocusReason);
    QApplication::processEvents();
    auto *page = qobject_cast<DashboardPage *>(dashboard->pages()->currentWidget());
    REQUIRE(page);
    REQUIRE(page->drillDown());
    const QAbstractItemModel *model = page->drillDown()->view()->model();
    REQUIRE(model);

    const QString path = testOutputPath(QStringLiteral("dashboard-as-shown.csv"));
    QString error;
    auto *reports = window.findChild<ReportActions *>();
    REQUIRE(reports);
    REQUIRE(reports->exportTable(path, &error));
    QList<QStringList> records = recordsOf(path);
    REQUIRE_FALSE(records.isEmpty());
    QStringList header = records.takeFirst();
    header.first().remove(QChar(0xFEFF));
    QStringList shownHeader;
    for (int column = 0; column < model->columnCount(); ++column)
        shownHeader.append(model->headerData(column, Qt::Horizontal).toString());
    CHECK(header == shownHeader); // the dashboard's table, not the outline
    CHECK(records.size() == model->rowCount());
    // Its dates as the CSV options write them (ISO), not as shown ("1 Nov 2022").
    const int start = int(header.indexOf(QStringLiteral("Start")));
    REQUIRE(start >= 0);
    int days = 0;
    for (const QStringList &record : std::as_const(records)) {
        CHECK_FALSE(record.at(start).contains(QLatin1Char(' ')));
        days += QDate::fromString(record.at(start), Qt::ISODate).isValid() ? 1 : 0;
    }
    CHECK(days > 0);
}

TEST_CASE("with a dashboard page in front, Print and Export PDF make that page's report, not the plan's",
          "[report][mainwindow][boardpack]")
{
    StoredPlan stored;
    MainWindow window(*stored.repository);
    DatasetRepository datasets(*stored.database);
    auto *dashboard = new DashboardView([&] { return DashboardData::load(*stored.repository, datasets); }, &window);
    window.addDashboard(dashboard);
    auto *views = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
    REQUIRE(views);
    auto *reports = window.findChild<ReportActions *>();
    REQUIRE(reports);
    QString error;

    // Never opened, the dashboard is read for the report.
    views->setCurrentWidget(dashboard);
    dashboard->pages()->setCurrentWidget(dashboard->pages()->widget(3)); // Capital Projects
    const QString capital = testOutputPath(QStringLiteral("window-capital.pdf"));
    REQUIRE(reports->writePdf(capital, &error));
    const QString capitalText = pdfPageTexts(capital).join(QLatin1Char(' ')).simplified();
    CHECK(capitalText.contains(QStringLiteral("Dashboard: Capital projects")));
    CHECK_FALSE(capitalText.contains(QStringLiteral("Milestone report")));

    dashboard->pages()->setCurrentWidget(dashboard->pages()->widget(1)); // Staffing
    const QString staffing = testOutputPath(QStringLiteral("window-staffing.pdf"));
    REQUIRE(reports->writePdf(staffing, &error));
    CHECK(pdfPageTexts(staffing).first().simplified().contains(QStringLiteral("Dashboard: Staffing")));

    // The outline in front: the plan's report, as before.
    views->setCurrentIndex(0);
    REQUIRE(views->currentWidget() != dashboard);
    const QString plan = testOutputPath(QStringLiteral("window-plan.pdf"));
    REQUIRE(reports->writePdf(plan, &error));
    CHECK(pdfPageTexts(plan).first().simplified().contains(QStringLiteral("Milestone report: 100-Day Plan")));

    // A board pack from the window binds the dashboard's pages whatever is in front.
    const QString pack = testOutputPath(QStringLiteral("window-pack.pdf"));
    int pages = 0;
    REQUIRE(reports->writeBoardPack(pack, {BoardPackSection::Kind::PlanSummary, BoardPackSection::Kind::Staffing}, &error, &pages));
    CHECK(pdfPageCount(pack) == pages);
    CHECK(pdfPageTexts(pack).first().simplified().contains(QStringLiteral("2. Staffing pages 3")));
}
