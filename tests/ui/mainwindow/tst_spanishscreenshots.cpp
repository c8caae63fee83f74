// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of every view of the window and of its dialogs in Spanish at 1280×800, for a person
// to look at (test-output/spanish/*.png): Spanish runs about a quarter longer than English. Each
// page is also checked for what the screenshot would show wrong: English left over in the menus,
// a key figure cut short.
#include "catchcompat.h"

#include "backup/restorebackupdialog.h"
#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardview.h"
#include "dashboard/keyfiguretile.h"
#include "dashboard/dashboardpage.h"
#include "datasets/bundleddata.h"
#include "importwizard/importwizard.h"
#include "imports/importeddatadialog.h"
#include "language/language.h"
#include "mainwindow/mainwindow.h"
#include "progress/progresseditor.h"
#include "report/csvexportdialog.h"
#include "report/pageoptionsdialog.h"
#include "report/reportkeyfigures.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/planrepository.h"
#include "store/profilerepository.h"
#include "store/progressrepository.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace milepost;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void save(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/spanish");
    QDir().mkpath(dir);
    settle();
    INFO(name.toStdString());
    CHECK(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// At the size given, or at the size the widget opens at.
void show(QWidget *widget, const QSize &size = QSize())
{
    if (size.isValid())
        widget->resize(size);
    widget->show();
    REQUIRE(QTest::qWaitForWindowExposed(widget));
    settle();
}

struct Spanish
{
    Spanish() { REQUIRE(Language::install(QStringLiteral("es"))); }
    ~Spanish()
    {
        Language::uninstall();
        QLocale::setDefault(locale);
    }
    QLocale locale;
};

} // namespace

TEST_CASE("screenshots of every view and dialog in Spanish at 1280×800", "[ui][language][screenshot]")
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MilepostTests"));
    QCoreApplication::setApplicationName(QStringLiteral("MilepostSpanishTests"));
    QSettings().clear();
    const Spanish spanish;

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("es.sqlite"));
    QString error;
    const std::unique_ptr<Database> database = Database::open(path, &error);
    REQUIRE(database);
    INFO(error.toStdString());
    // The plan and the sample data the program starts with.
    REQUIRE(BundledData::seedIfEmpty(*database, QStringLiteral(MILEPOST_DATA_DIR), &error));
    PlanRepository plans(*database);
    DatasetRepository datasets(*database);
    ProgressRepository progress(*database);
    ProfileRepository profiles(*database);

    MainWindow window(plans, &progress);
    auto *dashboard = new DashboardView([&] { return DashboardData::load(plans, datasets, &progress); }, &window);
    window.addDashboard(dashboard);
    show(&window, QSize(1280, 800));
    for (const QAction *menu : window.menuBar()->actions())
        CHECK(QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Editar"), QStringLiteral("&Plan"), QStringLiteral("&Ver"),
                          QStringLiteral("Ay&uda")}
                  .contains(menu->text()));

    auto *views = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
    REQUIRE(views);
    auto *timeline = window.findChild<TimelineView *>();
    REQUIRE(timeline);
    views->setCurrentIndex(0);
    save(&window, QStringLiteral("outline"));
    views->setCurrentWidget(timeline);
    save(&window, QStringLiteral("timeline-plan"));
    timeline->setSubject(TimelineView::Subject::CapitalProjects);
    save(&window, QStringLiteral("timeline-capital"));
    timeline->setSubject(TimelineView::Subject::Staffing);
    save(&window, QStringLiteral("timeline-staffing"));
    timeline->setSubject(TimelineView::Subject::Plan);

    views->setCurrentWidget(dashboard);
    dashboard->reload();
    const char *pages[] = {"plan", "staffing", "enrollment", "capital"};
    for (int page = 0; page < dashboard->pages()->count(); ++page) {
        dashboard->pages()->setCurrentIndex(page);
        save(&window, QStringLiteral("dashboard-%1").arg(QLatin1String(pages[page])));
        auto *current = qobject_cast<DashboardPage *>(dashboard->pages()->currentWidget());
        REQUIRE(current);
        for (const KeyFigureTile *tile : current->tiles()) {
            INFO(pages[page] << ": " << tile->caption().toStdString() << " = " << tile->value().toStdString());
            CHECK_FALSE(tile->isElided());
        }
    }

    const QDate asOf(2022, 12, 1);
    PageOptionsDialog pageOptions(ReportPageOptions{}, ReportKeyFigures{}, &window);
    show(&pageOptions);
    save(&pageOptions, QStringLiteral("dialog-page-options"));
    CsvExportDialog csv(QStringLiteral("plan"), {QStringLiteral("milestones"), QStringLiteral("objectives")}, CsvOptions{},
                        &window);
    show(&csv);
    save(&csv, QStringLiteral("dialog-export-csv"));
    ImportedDataDialog imported(*database, &window);
    show(&imported);
    save(&imported, QStringLiteral("dialog-imported-data"));
    RestoreBackupDialog backups({}, &window);
    show(&backups);
    save(&backups, QStringLiteral("dialog-restore-backup"));
    ProgressEditor editor(QStringLiteral("District-level parent committees"), ProgressState{}, asOf, &window);
    show(&editor);
    save(&editor, QStringLiteral("dialog-record-progress"));

    ImportWizard wizard(profiles, datasets, path, &window);
    show(&wizard); // 960×680, as it opens
    save(&wizard, QStringLiteral("wizard-1-file"));
    auto *file = wizard.currentPage()->findChild<QLineEdit *>();
    REQUIRE(file);
    auto *dataset = wizard.currentPage()->findChild<QComboBox *>();
    REQUIRE(dataset);
    dataset->setCurrentIndex(dataset->findData(int(Dataset::Staffing)));
    file->setText(QStringLiteral(MILEPOST_DATA_DIR "/lausd-sample-staffing.csv"));
    settle();
    wizard.next();
    save(&wizard, QStringLiteral("wizard-2-preview"));
    wizard.next();
    save(&wizard, QStringLiteral("wizard-3-mapping"));
}
