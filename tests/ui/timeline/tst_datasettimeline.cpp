// SPDX-License-Identifier: GPL-3.0-or-later
// Capital projects and staffing in the timeline view: the Show choice, bars where the dates
// say, the actual-dates line, labels, the search, and the settings that come back.
#include "catchcompat.h"
#include "datasetfixtures.h"

#include "plantree/planfilterproxymodel.h"
#include "plantree/plantreemodel.h"
#include "timeline/capitaltimelinemodel.h"
#include "timeline/flatrowgeometry.h"
#include "timeline/staffingtimelinemodel.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinelegend.h"
#include "timeline/timelinetreeview.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace milepost;
using State = MilestoneStatus::State;
using Subject = TimelineView::Subject;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

QString outputPath(const QString &name)
{
    const QString directory = QString::fromUtf8(MILEPOST_TEST_OUTPUT_DIR);
    QDir().mkpath(directory);
    return directory + QLatin1Char('/') + name;
}

// A timeline view, 1600 × 1000, with no plan and the datasets given.
struct DatasetView
{
    DatasetView(const QList<CapitalProject> &projects, const QList<StaffingRecord> &staffing)
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        filter.setSourceModel(&plan);
        view = std::make_unique<TimelineView>(&plan, &filter);
        view->setDatasetLoader([projects, staffing](bool) { return TimelineView::Datasets{projects, staffing, nullptr, {}, nullptr}; });
        view->resize(1600, 1000);
        view->show();
        settle();
    }
    ~DatasetView() { QLocale::setDefault(QLocale::system()); }

    TimelineChart *chart() const { return view->chart(); }
    FlatRowGeometry *rows() const { return view->rows(); }
    QComboBox *showCombo() const { return view->findChild<QComboBox *>(QStringLiteral("timelineShow")); }

    int rowTitled(const QString &title, int from = 0) const
    {
        for (int row = from; row < rows()->rowCount(); ++row) {
            if (rows()->index(row).data(Qt::DisplayRole).toString() == title)
                return row;
        }
        return -1;
    }

    void scrollToRow(int row) const
    {
        view->tree()->scrollTo(rows()->index(row), QAbstractItemView::PositionAtCenter);
        settle();
    }

    QImage chartImage() const { return chart()->viewport()->grab().toImage(); }
    QRectF chartRect() const { return QRectF(QPointF(0, 0), QSizeF(chart()->viewport()->size())); }

    PlanTreeModel plan;
    PlanFilterProxyModel filter;
    std::unique_ptr<TimelineView> view;
};

} // namespace

TEST_CASE("the NYC export's capital phases are bars where their dates say, slips on a second line",
          "[timeline][capital][view][screenshot][real]")
{
    DatasetView f(test::nycProjects(), {});
    REQUIRE(f.showCombo());
    CHECK(f.showCombo()->accessibleName() == QStringLiteral("Rows on the timeline"));
    f.showCombo()->setCurrentIndex(int(Subject::CapitalProjects));
    settle();
    CHECK(f.view->subject() == Subject::CapitalProjects);
    CHECK(f.view->shownModel() == f.view->capitalModel());
    // Capital projects have no quarter marks: the lane is off and cannot be switched on.
    CHECK_FALSE(f.view->toolBar()->marksAction()->isEnabled());
    CHECK_FALSE(f.chart()->showsMarks());
    // Every district, all open, each counting its projects; the projects in view and a screen
    // below read, with their phases.
    CapitalTimelineModel *model = f.view->capitalModel();
    CHECK(model->projectCount() == 6984);
    const auto loadedRows = [model] {
        qsizetype rows = model->rowCount() + model->loadedProjects().size();
        for (const CapitalProject &project : model->loadedProjects())
            rows += project.phases.size();
        return rows;
    };
    CHECK(f.rows()->rowCount() == loadedRows());
    const qsizetype firstRead = model->loadedProjects().size();
    CHECK(firstRead >= 100);
    CHECK(firstRead < 6984);
    // Scrolling on reads on: a page at a time to the end, every project is read, in order.
    QScrollBar *bar = f.view->tree()->verticalScrollBar();
    for (int page = 0; page < 2000 && bar->value() < bar->maximum(); ++page) {
        bar->setValue(bar->value() + bar->pageStep());
        settle();
    }
    CHECK(model->loadedProjects().size() == 6984);
    CHECK(f.rows()->rowCount() == model->rowCount() + 6984 + 13152);
    f.view->setAsOf(QDate(2025, 5, 1));
    settle();
    CHECK(f.view->grab().save(outputPath(QStringLiteral("timeline-capital-nyc-fit.png"))));

    // NEW EXPLORATIONS (M022), full program accessibility: Design planned to end 6/10/2022,
    // began 12/22/2021 (the export plans no start) and ended 9/16/2022, 98 days late.
    const int project = f.rowTitled(
        QStringLiteral("NEW EXPLORATIONS - M · FULL PROGRAM ACCESSIBILITY / LOW VOLTAGE ELECTRICAL SYSTEMS"));
    REQUIRE(project >= 0);
    const int design = f.rowTitled(QStringLiteral("Design"), project);
    REQUIRE(design == project + 2);
    f.chart()->setPixelsPerDay(1.2);
    f.chart()->scrollToDate(QDate(2021, 1, 1));
    f.scrollToRow(design);
    CHECK(f.view->grab().save(outputPath(QStringLiteral("timeline-capital-nyc.png"))));

    const QImage image = f.chartImage();
    const TimelinePaintOptions options = f.chart()->paintOptions();
    const TimelinePainter painter = f.chart()->painter();
    const QRectF rect = f.chartRect();
    const TimelinePainter::ItemShape shape = painter.itemShape(design, rect, options);
    REQUIRE(shape.kind == TimelinePainter::ItemShape::Kind::Bar);
    const int x0 = int(painter.xOf(QDate(2021, 12, 22), rect, options));
    const int x1 = int(painter.xOf(QDate(2022, 6, 11), rect, options)); // the day after the planned end
    CHECK(x0 == int(std::round(f.chart()->scale().toX(QDate(2021, 12, 22)) - options.left)));
    CHECK(int(shape.rect.left()) == x0);
    CHECK(int(shape.rect.right()) == x1);
    const int y = int(shape.rect.center().y());
    // Ended: Done's solid fill, its outline at both ends, nothing just outside.
    CHECK(image.pixel((x0 + x1) / 2, y) == Palette::statusColour(State::Done).rgb());
    CHECK(image.pixel(x0, y) == Palette::statusOutline(State::Done).rgb());
    CHECK(image.pixel(x1 - 1, y) == Palette::statusOutline(State::Done).rgb());
    CHECK(image.pixel(x1 + 1, y) != Palette::statusColour(State::Done).rgb());

    // The actual line: from the start to 9/16/2022, well past the bar.
    REQUIRE_FALSE(shape.actual.isEmpty());
    const int a1 = int(painter.xOf(QDate(2022, 9, 17), rect, options));
    CHECK(int(shape.actual.left()) == x0);
    CHECK(int(shape.actual.right()) == a1);
    CHECK(shape.actual.top() >= shape.rect.bottom());
    const int lineY = int(shape.actual.center().y());
    const QRgb dark = Palette::role(Palette::Role::Summary).rgb();
    CHECK(image.pixel((x1 + a1) / 2, lineY) == dark); // the slip, right of the bar
    CHECK(image.pixel(a1 - 1, lineY) == dark);
    CHECK(image.pixel(a1 + 1, lineY) != dark);

    // The project is a summary bar over its phases: from its first phase's start.
    const TimelinePainter::ItemShape summary = painter.itemShape(project, rect, options);
    REQUIRE(summary.kind == TimelinePainter::ItemShape::Kind::Summary);
    CHECK(int(summary.rect.left()) == int(painter.xOf(QDate(2021, 4, 22), rect, options)));

    // Six years around the as-of date, from the top: the README's picture.
    f.chart()->setPixelsPerDay(0.5);
    f.chart()->scrollToDate(QDate(2019, 10, 1));
    f.view->tree()->verticalScrollBar()->setValue(0);
    settle();
    CHECK(f.view->grab().save(outputPath(QStringLiteral("timeline-capital-nyc-overview.png"))));
}

TEST_CASE("a capital phase whose planned end the export gives as a code shows the warning marker",
          "[timeline][capital][view][real]")
{
    DatasetView f(test::nycProjects(), {});
    f.view->setSubject(Subject::CapitalProjects);
    settle();
    // P.S. 15, FY24 Reso A bathroom upgrades: Construction began 6/28/2024, planned end "DOER".
    const int project = f.rowTitled(QStringLiteral("P.S. 15 - MANHATTAN · FY24 RESO A BATHROOM UPGRADES"));
    REQUIRE(project >= 0);
    const int construction = project + 1;
    const QModelIndex index = f.rows()->index(construction);
    CHECK(index.data().toString() == QStringLiteral("Construction"));
    CHECK(index.data(TimelineRoles::ToolTipRole).toString().contains(QStringLiteral("“DOER” (not applicable)")));
    f.chart()->setPixelsPerDay(1.2);
    f.chart()->scrollToDate(QDate(2023, 6, 1));
    f.scrollToRow(construction);
    const TimelinePainter::ItemShape shape
        = f.chart()->painter().itemShape(construction, f.chartRect(), f.chart()->paintOptions());
    REQUIRE(shape.kind == TimelinePainter::ItemShape::Kind::Warning);
    // At the side that is known: the start.
    CHECK(int(shape.rect.left()) == int(f.chart()->painter().xOf(QDate(2024, 6, 28), f.chartRect(), f.chart()->paintOptions())));
}

TEST_CASE("staffing periods are labelled bars under Local District and job category",
          "[timeline][staffing][view][screenshot][real]")
{
    DatasetView f({}, test::sampleStaffing());
    f.view->setSubject(Subject::Staffing);
    f.view->setAsOf(QDate(2022, 5, 1));
    settle();
    f.chart()->setPixelsPerDay(1.0);
    f.chart()->scrollToDate(QDate(2020, 6, 1));
    settle();
    CHECK(f.view->grab().save(outputPath(QStringLiteral("timeline-staffing.png"))));
    CHECK(f.rows()->index(0).data().toString() == QStringLiteral("Local District C"));
    // Local District C's teachers: 243 hired in 2020-21, 393 in 2021-22.
    const int teachers = f.rowTitled(QStringLiteral("Teacher"));
    REQUIRE(teachers >= 0);
    const int year = f.rowTitled(QStringLiteral("School year 2021-22"), teachers);
    REQUIRE(year >= 0);
    CHECK(f.rows()->index(year).data(TimelineRoles::LabelRole).toString() == QStringLiteral("393 hired"));
    const TimelinePaintOptions options = f.chart()->paintOptions();
    const TimelinePainter painter = f.chart()->painter();
    const TimelinePainter::ItemShape shape = painter.itemShape(year, f.chartRect(), options);
    REQUIRE(shape.kind == TimelinePainter::ItemShape::Kind::Bar);
    CHECK(int(shape.rect.left()) == int(painter.xOf(QDate(2021, 7, 1), f.chartRect(), options)));
    CHECK(int(shape.rect.right()) == int(painter.xOf(QDate(2022, 7, 1), f.chartRect(), options)));
    // Current on May 1, 2022.
    const QImage image = f.chartImage();
    const int y = int(shape.rect.center().y());
    CHECK(image.pixel(int(shape.rect.left()), y) == Palette::statusOutline(State::OnTrack).rgb());
    // The label is dark text right of the bar, where the row is otherwise empty.
    int textPixels = 0;
    for (int x = int(shape.rect.right()) + 4; x < int(shape.rect.right()) + 80 && x < image.width(); ++x) {
        for (int dy = -6; dy <= 6; ++dy)
            textPixels += Palette::luminance(QColor(image.pixel(x, y + dy))) < 100 ? 1 : 0;
    }
    CHECK(textPixels > 20);
}

TEST_CASE("with nothing imported, the chart says so and what to do", "[timeline][staffing][view]")
{
    DatasetView f({}, {});
    f.view->setSubject(Subject::Staffing);
    settle();
    CHECK(f.rows()->rowCount() == 0);
    CHECK(f.chart()->placeholderText().contains(QStringLiteral("File › Import Data…")));
    // Drawn: dark text near the top of the empty chart.
    const QImage image = f.chartImage();
    int dark = 0;
    for (int y = 20; y < 80; ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += Palette::luminance(QColor(image.pixel(x, y))) < 100 ? 1 : 0;
    }
    CHECK(dark > 50);
    f.view->setSearchText(QStringLiteral("bus driver"));
    settle();
    CHECK(f.chart()->placeholderText() == QStringLiteral("Nothing here matches the search."));
}

TEST_CASE("the search filters the capital rows", "[timeline][capital][view][real]")
{
    DatasetView f(test::nycProjects(), {});
    f.view->setSearchText(QStringLiteral("new explorations"));
    f.view->setSubject(Subject::CapitalProjects);
    settle();
    // District 1's school: its projects and their phases, all open.
    REQUIRE(f.rows()->rowCount() > 3);
    CHECK(f.rows()->rowCount() < 40);
    CHECK(f.rows()->index(0).data().toString().startsWith(QStringLiteral("District 1 (")));
    for (int row = 0; row < f.rows()->rowCount(); ++row) {
        if (f.rows()->depth(row) == 1)
            CHECK(f.rows()->index(row).data().toString().startsWith(QStringLiteral("NEW EXPLORATIONS")));
    }
    // The tree shows the very same rows.
    const auto treeRows = [&f] {
        QList<QModelIndex> shown;
        for (QModelIndex index = f.view->tree()->model()->index(0, 0); index.isValid(); index = f.view->tree()->indexBelow(index))
            shown.append(index);
        return shown;
    };
    QList<QModelIndex> shown = treeRows();
    REQUIRE(shown.size() == f.rows()->rowCount());
    for (int row = 0; row < shown.size(); ++row)
        CHECK(shown.at(row) == f.rows()->index(row));
    f.view->setSearchText(QString());
    settle();
    CHECK(f.rows()->rowCount() > 100);
    CHECK(treeRows().size() == f.rows()->rowCount());
}

TEST_CASE("a click on a summary bar, or Enter on its row, opens and closes the group in tree and chart",
          "[timeline][view][capital]")
{
    DatasetView f({}, test::sampleStaffing());
    f.view->setSubject(Subject::Staffing);
    settle();
    const int before = f.rows()->rowCount();
    TimelineChart *chart = f.chart();
    const TimelinePaintOptions options = chart->paintOptions();
    const TimelinePainter::ItemShape shape = chart->painter().itemShape(1, f.chartRect(), options); // C › first category
    REQUIRE(shape.kind == TimelinePainter::ItemShape::Kind::Summary);
    const QModelIndex category = f.rows()->index(1);
    REQUIRE(f.view->tree()->isExpanded(category));
    // Beside the bar: selects only.
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(int(shape.rect.right()) + 40, int(shape.rect.center().y())));
    CHECK(f.view->tree()->isExpanded(category));
    CHECK(f.view->tree()->currentIndex().siblingAtColumn(0) == category);
    // On the bar: closes, in the tree too.
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, shape.rect.center().toPoint());
    CHECK_FALSE(f.view->tree()->isExpanded(category));
    CHECK(f.rows()->rowCount() < before);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, Qt::NoModifier, shape.rect.center().toPoint());
    CHECK(f.view->tree()->isExpanded(category));
    CHECK(f.rows()->rowCount() == before);
    // Enter on the current group row does the same.
    QTest::keyClick(chart, Qt::Key_Return);
    CHECK_FALSE(f.view->tree()->isExpanded(category));
    QTest::keyClick(chart, Qt::Key_Space);
    CHECK(f.view->tree()->isExpanded(category));
}

TEST_CASE("greyscale is a toolbar toggle, it and what is shown come back after a restart", "[timeline][view][settings]")
{
    QCoreApplication::setOrganizationName(QStringLiteral("MilepostTests"));
    QCoreApplication::setApplicationName(QStringLiteral("MilepostDatasetTimelineTests"));
    QSettings settings;
    settings.clear();
    {
        DatasetView f(test::nycProjects(), test::sampleStaffing());
        QAction *greyscale = nullptr;
        // Behind the toolbar's Display button, where the user finds it.
        for (QAction *action : f.view->toolBar()->displayButton()->menu()->actions()) {
            if (action->text() == QStringLiteral("Gre&yscale"))
                greyscale = action;
        }
        REQUIRE(greyscale);
        CHECK(greyscale->isCheckable());
        CHECK_FALSE(f.view->isGreyscale());
        greyscale->trigger();
        settle();
        CHECK(f.view->isGreyscale());
        CHECK(f.chart()->paintOptions().mode == Palette::Mode::Greyscale);
        const QImage grey = f.chartImage();
        int coloured = 0;
        for (int y = 0; y < grey.height(); y += 3) {
            for (int x = 0; x < grey.width(); x += 3) {
                const QRgb p = grey.pixel(x, y);
                coloured += qRed(p) != qGreen(p) || qGreen(p) != qBlue(p) ? 1 : 0;
            }
        }
        CHECK(coloured == 0);
        f.view->setSubject(Subject::CapitalProjects);
        f.view->setAsOf(QDate(2025, 5, 1));
        f.chart()->setPixelsPerDay(0.5);
        f.chart()->scrollToDate(QDate(2019, 1, 1));
        settle();
        CHECK(f.view->grab().save(outputPath(QStringLiteral("timeline-capital-greyscale.png"))));
        f.view->tree()->header()->setSectionHidden(CapitalTimelineModel::ActualEndColumn, false);
        f.view->tree()->header()->resizeSection(CapitalTimelineModel::TitleColumn, 377);
        f.view->tree()->collapse(f.rows()->index(0));
        settle();
        f.view->saveSettings(settings);
    }
    DatasetView g(test::nycProjects(), test::sampleStaffing());
    g.view->restoreSettings(settings);
    settle();
    CHECK(g.view->isGreyscale());
    CHECK(g.view->subject() == Subject::CapitalProjects);
    CHECK(g.showCombo()->currentIndex() == int(Subject::CapitalProjects));
    CHECK_FALSE(g.view->tree()->header()->isSectionHidden(CapitalTimelineModel::ActualEndColumn));
    CHECK(g.view->tree()->header()->sectionSize(CapitalTimelineModel::TitleColumn) == 377);
    CHECK_FALSE(g.view->tree()->isExpanded(g.rows()->index(0)));
    CHECK(g.view->tree()->isExpanded(g.rows()->index(1)));
    // Back to the plan: its own columns, not the capital ones.
    g.view->setSubject(Subject::Plan);
    CHECK(g.view->tree()->header()->count() == PlanTreeModel::ColumnCount);
    // Each subject comes back where it was left.
    g.view->setSubject(Subject::CapitalProjects);
    settle();
    g.chart()->setPixelsPerDay(1.5);
    g.chart()->scrollToDate(QDate(2022, 3, 1));
    g.view->setSubject(Subject::Staffing);
    settle();
    g.view->setSubject(Subject::CapitalProjects);
    settle();
    CHECK(g.chart()->pixelsPerDay() == 1.5);
    CHECK(g.chart()->leftDate() == QDate(2022, 3, 1));
    settings.clear();
}

TEST_CASE("a phase planned by month or fiscal year shows it so in the tree, its bar spanning all of it",
          "[timeline][capital][view][screenshot][precision]")
{
    const auto known = [](int y, int m, int d) { return Applicable<QDate>::known(QDate(y, m, d)); };
    CapitalProject gym;
    gym.key = QStringLiteral("P-4");
    gym.region = QStringLiteral("1");
    gym.schoolName = QStringLiteral("Adams Elementary");
    gym.description = QStringLiteral("Gym floor");
    CapitalPhase design;
    design.name = QStringLiteral("Design");
    design.status = QStringLiteral("Complete");
    design.plannedStart = known(2009, 5, 1);  // May 2009
    design.plannedEnd = known(2012, 6, 30);   // FY2012
    design.actualStart = known(2009, 5, 14);
    design.actualEnd = known(2011, 12, 31);   // Dec 2011
    design.plannedStartPrecision = DatePrecision::Month;
    design.plannedEndPrecision = DatePrecision::Year;
    design.actualEndPrecision = DatePrecision::Month;
    gym.phases = {design};
    DatasetView f({gym}, {});
    f.view->setSubject(Subject::CapitalProjects);
    f.view->setAsOf(QDate(2012, 9, 1));
    f.view->tree()->header()->setSectionHidden(CapitalTimelineModel::ActualEndColumn, false);
    f.view->resize(1280, 800);
    settle();
    const int row = f.rowTitled(QStringLiteral("Design"));
    REQUIRE(row >= 0);
    const QModelIndex phase = f.rows()->index(row);
    CHECK(phase.siblingAtColumn(CapitalTimelineModel::StartColumn).data().toString() == QStringLiteral("May 2009"));
    CHECK(phase.siblingAtColumn(CapitalTimelineModel::PlannedEndColumn).data().toString() == QStringLiteral("FY2012"));
    CHECK(phase.siblingAtColumn(CapitalTimelineModel::ActualEndColumn).data().toString()
          == QStringLiteral("December 2011"));
    // The project and its district span the phase as it was written, not days nobody wrote.
    for (const QModelIndex &summary : {phase.parent(), phase.parent().parent()}) {
        CHECK(summary.siblingAtColumn(CapitalTimelineModel::StartColumn).data().toString() == QStringLiteral("May 2009"));
        CHECK(summary.siblingAtColumn(CapitalTimelineModel::PlannedEndColumn).data().toString()
              == QStringLiteral("FY2012"));
    }
    CHECK(f.view->grab().save(outputPath(QStringLiteral("timeline-capital-precision.png"))));
}
