// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "plan/planreader.h"
#include "plantree/planfilterproxymodel.h"
#include "plantree/plantreemodel.h"
#include "timeline/flatrowgeometry.h"
#include "timeline/plantimelinemodel.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinetreeview.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace milepost;
using State = MilestoneStatus::State;

// Catch2's Approx lives in different headers in v2 and v3; this is all the tests need.
inline bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

namespace {

const QDate asOf(2022, 11, 15);

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

// The real 100-Day Plan report in a timeline view, 1600 × 1000, as of November 15, 2022.
struct RealPlanView
{
    RealPlanView()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const PlanImportResult result
            = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
        REQUIRE(result.ok);
        plan.setPlan(result.plan);
        filter.setSourceModel(&plan);
        view = std::make_unique<TimelineView>(&plan, &filter);
        view->setFindings(result.findings);
        view->setAsOf(asOf);
        view->resize(1600, 1000);
        view->show();
        settle();
    }
    ~RealPlanView() { QLocale::setDefault(QLocale::system()); }

    TimelineChart *chart() const { return view->chart(); }
    FlatRowGeometry *rows() const { return view->rows(); }

    // The row showing the milestone or objective with this title.
    int rowTitled(const QString &title) const
    {
        for (int row = 0; row < rows()->rowCount(); ++row) {
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

    void save(const QString &name) const
    {
        const QString path = outputPath(name);
        CHECK(view->grab().save(path));
    }

    PlanTreeModel plan;
    PlanFilterProxyModel filter;
    std::unique_ptr<TimelineView> view;
};

// Where a known milestone's bar is, checked against the dates in the report.
void checkSurveyBar(const RealPlanView &f)
{
    // LEARN: "Student and School Experience Survey  10/01/22  12/31/22", on track in mid-November.
    const int row = f.rowTitled(QStringLiteral("Student and School Experience Survey"));
    REQUIRE(row >= 0);
    REQUIRE(f.rows()->index(row).data(TimelineRoles::StatusRole).toInt() == int(State::OnTrack));
    f.scrollToRow(row);
    const QImage image = f.chartImage();
    const TimelinePaintOptions options = f.chart()->paintOptions();
    const TimelinePainter painter = f.chart()->painter();
    const QRectF rect(QPointF(0, 0), QSizeF(f.chart()->viewport()->size()));

    const int x0 = int(painter.xOf(QDate(2022, 10, 1), rect, options));
    const int x1 = int(painter.xOf(QDate(2023, 1, 1), rect, options)); // the day after the end
    // The painter's x is the scale's, less the scroll position.
    CHECK(x0 == int(std::round(f.chart()->scale().toX(QDate(2022, 10, 1)) - options.left)));
    CHECK(std::abs(options.left - f.chart()->horizontalScrollBar()->value()) < 1);
    const TimelinePainter::ItemShape shape = painter.itemShape(row, rect, options);
    REQUIRE(shape.kind == TimelinePainter::ItemShape::Kind::Bar);
    const int y = int(shape.rect.center().y());
    REQUIRE(y > 0);
    REQUIRE(y < image.height());

    const QRgb fill = Palette::statusColour(State::OnTrack).rgb();
    const QRgb pattern = Palette::statusPatternColour(State::OnTrack).rgb();
    const QRgb outline = Palette::statusOutline(State::OnTrack).rgb();
    const auto isBar = [&](int x) {
        const QRgb p = image.pixel(x, y);
        return p == fill || p == pattern || p == outline;
    };
    INFO("bar expected from x " << x0 << " to " << x1 - 1 << " at y " << y);
    CHECK(image.pixel(x0, y) == outline);
    CHECK(image.pixel(x1 - 1, y) == outline);
    CHECK_FALSE(isBar(x0 - 1));
    CHECK_FALSE(isBar(x1));
    // Every pixel between is the bar's, but for the as-of line (November 15) drawn over it.
    const int asOfX = int(painter.xOf(asOf, rect, options));
    int inside = 0;
    for (int x = x0; x < x1; ++x)
        inside += isBar(x) || x == asOfX || x == asOfX - 1 ? 1 : 0;
    CHECK(inside == x1 - x0);
}

void checkAsOfLine(const RealPlanView &f)
{
    const QImage image = f.chartImage();
    const TimelinePaintOptions options = f.chart()->paintOptions();
    const QRectF rect(QPointF(0, 0), QSizeF(f.chart()->viewport()->size()));
    const int x = int(f.chart()->painter().xOf(asOf, rect, options));
    CHECK(x == int(std::round(f.chart()->scale().toX(asOf) - options.left)));
    REQUIRE(x > 0);
    REQUIRE(x < image.width());
    const QRgb line = Palette::role(Palette::Role::AsOfLine).rgb();
    for (int y = 0; y < image.height(); y += 7) {
        INFO("y " << y);
        CHECK(image.pixel(x, y) == line);
        CHECK(image.pixel(x - 1, y) == line);
    }
}

} // namespace

TEST_CASE("the real plan on a calendar scale, fitted and zoomed to weeks", "[timeline][view][screenshot]")
{
    RealPlanView f;
    REQUIRE(f.rows()->rowCount() > 190); // every phase, objective and milestone, all open
    // Fitted on first show: the earliest and latest dates are in view.
    const QDate first = f.chart()->dataFirstDay();
    const QDate last = f.chart()->dataLastDay();
    CHECK(first == QDate(2020, 1, 16)); // CARE digital application, 1/16/20
    CHECK(f.chart()->leftDate() <= first);
    CHECK(f.chart()->scale().toDate(f.chart()->paintOptions().left + f.chart()->viewport()->width()) >= last);
    f.save(QStringLiteral("timeline-calendar-fit.png"));
    checkAsOfLine(f);
    checkSurveyBar(f);

    // Zoomed in to weeks around the as-of date.
    f.chart()->setPixelsPerDay(8);
    f.chart()->scrollToDate(QDate(2022, 9, 20));
    settle();
    CHECK(f.chart()->scale().finestUnit() == TimeScaleTier::Unit::Week);
    f.save(QStringLiteral("timeline-calendar-weeks.png"));
    checkAsOfLine(f);
    checkSurveyBar(f);
}

TEST_CASE("the real plan on a fiscal scale, by months and by quarters, with the marks lane", "[timeline][view][screenshot]")
{
    RealPlanView f;
    f.view->setFiscal(true, 7);
    f.chart()->setPixelsPerDay(2.2);
    f.chart()->scrollToDate(QDate(2022, 1, 1));
    settle();
    CHECK(f.chart()->scale().calendar().isFiscal());
    CHECK(f.chart()->scale().finestUnit() == TimeScaleTier::Unit::Month);
    f.save(QStringLiteral("timeline-fiscal-months.png"));
    checkAsOfLine(f);
    checkSurveyBar(f);

    f.view->setShowMarks(true);
    f.chart()->setPixelsPerDay(0.6);
    f.chart()->scrollToDate(QDate(2020, 1, 1));
    settle();
    CHECK(f.chart()->scale().finestUnit() == TimeScaleTier::Unit::Quarter);
    f.save(QStringLiteral("timeline-fiscal-quarters-marks.png"));
    checkAsOfLine(f);

    // As a greyscale printer sees it: nothing but greys, statuses told apart by grey and pattern.
    f.chart()->setMode(Palette::Mode::Greyscale);
    f.chart()->setPixelsPerDay(2.2);
    f.chart()->scrollToDate(QDate(2022, 1, 1));
    settle();
    const QImage grey = f.chartImage();
    CHECK(grey.save(outputPath(QStringLiteral("timeline-fiscal-greyscale-chart.png"))));
    int coloured = 0;
    for (int y = 0; y < grey.height(); y += 2) {
        for (int x = 0; x < grey.width(); x += 2) {
            const QRgb p = grey.pixel(x, y);
            coloured += qRed(p) != qGreen(p) || qGreen(p) != qBlue(p) ? 1 : 0;
        }
    }
    CHECK(coloured == 0);
}

TEST_CASE("the marks lane shows a mark outside the dates as a hollow ring", "[timeline][view][marks][screenshot]")
{
    // "Deliver, install and integrate setup of device distribution and storage lockers to high
    // schools  7/01/22  9/30/22" is marked 2022 Q3 and 2022 Q4: Q4 is outside its dates.
    RealPlanView f;
    f.view->setShowMarks(true);
    f.chart()->setPixelsPerDay(3);
    f.chart()->scrollToDate(QDate(2022, 4, 1));
    const int row = f.rowTitled(
        QStringLiteral("Deliver, install and integrate setup of device distribution and storage lockers to high schools"));
    REQUIRE(row >= 0);
    const auto marks = f.rows()->index(row).data(TimelineRoles::MarksRole).value<QList<TimelineMark>>();
    REQUIRE(marks.size() == 2);
    CHECK(marks.at(0).agreesWithDates);
    CHECK_FALSE(marks.at(1).agreesWithDates);
    f.scrollToRow(row);
    f.save(QStringLiteral("timeline-marks-disagree.png"));

    const QImage image = f.chartImage();
    const TimelinePaintOptions options = f.chart()->paintOptions();
    const TimelinePainter painter = f.chart()->painter();
    const QRectF rect(QPointF(0, 0), QSizeF(f.chart()->viewport()->size()));
    const QRectF band = painter.rowRect(row, rect, options);
    const int laneY = int(band.top() + std::round(band.height() * 0.78));
    const auto centreOf = [&](const TimelineMark &mark) {
        return int((painter.xOf(mark.first, rect, options) + painter.xOf(mark.last.addDays(1), rect, options)) / 2);
    };
    const QRgb agree = Palette::role(Palette::Role::QuarterMark).rgb();
    const QRgb disagree = Palette::role(Palette::Role::MarkDisagrees).rgb();
    // The agreeing mark is a filled dot; the other a ring, hollow in the middle.
    CHECK(image.pixel(centreOf(marks.at(0)), laneY) == agree);
    CHECK(image.pixel(centreOf(marks.at(1)), laneY) == Palette::role(Palette::Role::Background).rgb());
    int ringPixels = 0;
    for (int dx = -8; dx <= 8; ++dx)
        ringPixels += image.pixel(centreOf(marks.at(1)) + dx, laneY) == disagree ? 1 : 0;
    CHECK(ringPixels >= 2);
}

TEST_CASE("the marks lane shows a quarter the dates cover but the plan leaves unmarked as a hollow square",
          "[timeline][view][marks][screenshot]")
{
    RealPlanView f;
    f.view->setShowMarks(true);
    int row = -1;
    TimelineMark unmarked;
    for (int r = 0; r < f.rows()->rowCount() && row < 0; ++r) {
        for (const TimelineMark &mark : f.rows()->index(r).data(TimelineRoles::MarksRole).value<QList<TimelineMark>>()) {
            if (!mark.marked) {
                row = r;
                unmarked = mark;
                break;
            }
        }
    }
    REQUIRE(row >= 0);
    CHECK_FALSE(unmarked.agreesWithDates);
    CHECK(f.rows()->index(row).data(TimelineRoles::ToolTipRole).toString().contains(
        QStringLiteral("Covered by the dates but not marked")));
    f.chart()->setPixelsPerDay(1.6);
    f.chart()->scrollToDate(unmarked.first.addMonths(-9));
    f.scrollToRow(row);
    f.save(QStringLiteral("timeline-marks-unmarked.png"));

    const QImage image = f.chartImage();
    const TimelinePaintOptions options = f.chart()->paintOptions();
    const TimelinePainter painter = f.chart()->painter();
    const QRectF rect(QPointF(0, 0), QSizeF(f.chart()->viewport()->size()));
    const QRectF band = painter.rowRect(row, rect, options);
    const int laneY = int(band.top() + std::round(band.height() * 0.78));
    const int x0 = int(painter.xOf(unmarked.first, rect, options));
    const int x1 = int(painter.xOf(unmarked.last.addDays(1), rect, options));
    const int centre = (x0 + x1) / 2;
    const QRgb disagree = Palette::role(Palette::Role::MarkDisagrees).rgb();
    // Hollow where a ● would be.
    CHECK(image.pixel(centre, laneY) == Palette::role(Palette::Role::Background).rgb());
    // A dashed line over the quarter: about half its pixels, never all.
    int dashed = 0;
    for (int x = x0 + 2; x < x1 - 2; ++x)
        dashed += image.pixel(x, laneY) == disagree ? 1 : 0;
    CHECK(dashed > (x1 - x0) / 5);
    CHECK(dashed < (x1 - x0) * 4 / 5);
    // A square, not a ring: its corners are drawn, a ring's are not.
    int corner = 0;
    for (int dx = -8; dx <= -2; ++dx) {
        for (int dy = -8; dy <= -2; ++dy)
            corner += image.pixel(centre + dx, laneY + dy) == disagree && image.pixel(centre + dx + 1, laneY + dy) == disagree
                    && image.pixel(centre + dx, laneY + dy + 1) == disagree
                ? 1
                : 0;
    }
    CHECK(corner > 0);
}

TEST_CASE("tree and chart rows line up to the pixel, scrolled or not", "[timeline][view]")
{
    RealPlanView f;
    TimelineTreeView *tree = f.view->tree();
    for (int scroll : {0, 113, 2001}) {
        tree->verticalScrollBar()->setValue(scroll);
        settle();
        const TimelinePaintOptions options = f.chart()->paintOptions();
        const TimelinePainter painter = f.chart()->painter();
        const QRectF rect(QPointF(0, 0), QSizeF(f.chart()->viewport()->size()));
        int compared = 0;
        for (int row = options.firstRow; row < f.rows()->rowCount(); ++row) {
            const QRect treeRect = tree->visualRect(f.rows()->index(row));
            if (treeRect.top() > tree->viewport()->height())
                break;
            const int treeTop = tree->viewport()->mapTo(f.view.get(), treeRect.topLeft()).y();
            const int chartTop
                = f.chart()->viewport()->mapTo(f.view.get(), QPoint(0, int(painter.rowRect(row, rect, options).top()))).y();
            INFO("scroll " << scroll << " row " << row);
            CHECK(treeTop == chartTop);
            CHECK(treeRect.height() == int(f.rows()->rowHeight(row)));
            ++compared;
        }
        CHECK(compared > 20);
    }
    // The same scroll range: the last row lines up at the bottom too.
    CHECK(tree->viewport()->height() == f.chart()->viewport()->height());
}

TEST_CASE("selection follows between tree and chart, double-click opens details", "[timeline][view]")
{
    RealPlanView f;
    const int row = f.rowTitled(QStringLiteral("Student and School Experience Survey"));
    REQUIRE(row >= 0);
    f.scrollToRow(row);
    const TimelinePaintOptions options = f.chart()->paintOptions();
    const QRectF rect(QPointF(0, 0), QSizeF(f.chart()->viewport()->size()));
    const QPoint inRow(200, int(f.chart()->painter().rowRect(row, rect, options).center().y()));

    QTest::mouseClick(f.chart()->viewport(), Qt::LeftButton, Qt::NoModifier, inRow);
    CHECK(f.view->tree()->currentIndex().siblingAtColumn(0) == f.rows()->index(row));
    CHECK(f.view->tree()->selectionModel()->isRowSelected(row - row + f.rows()->index(row).row(), f.rows()->index(row).parent()));

    f.view->tree()->setCurrentIndex(f.rows()->index(row + 1));
    CHECK(f.chart()->paintOptions().current == QPersistentModelIndex(f.rows()->index(row + 1)));
    CHECK(f.chart()->accessibleDescription().contains(f.rows()->index(row + 1).data().toString()));

    QSignalSpy details(f.view.get(), &TimelineView::detailsRequested);
    QTest::mouseDClick(f.chart()->viewport(), Qt::LeftButton, Qt::NoModifier, inRow);
    REQUIRE(details.count() == 1);
    const QModelIndex opened = details.at(0).at(0).value<QModelIndex>();
    CHECK(opened.model() == &f.filter);
    CHECK(opened.data().toString() == QStringLiteral("Student and School Experience Survey"));
}

TEST_CASE("tooltips give full dates and status, and for an unreadable date its raw text and finding",
          "[timeline][view][tooltip]")
{
    RealPlanView f;
    const auto toolTipAt = [&](int row) {
        f.scrollToRow(row);
        const TimelinePaintOptions options = f.chart()->paintOptions();
        const QRectF rect(QPointF(0, 0), QSizeF(f.chart()->viewport()->size()));
        const TimelinePainter::ItemShape shape = f.chart()->painter().itemShape(row, rect, options);
        const QPoint at = shape.rect.center().toPoint();
        QHelpEvent help(QEvent::ToolTip, at, f.chart()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(f.chart()->viewport(), &help);
        return std::make_pair(shape.kind, QToolTip::text());
    };

    // "Host community town halls ...  7/01/22  9/31/22": the report's own impossible date.
    const int broken = f.rowTitled(QStringLiteral("Host community town halls to share and orient school communities "
                                                  "around implementation of the Strategic Plan"));
    REQUIRE(broken >= 0);
    const auto [brokenKind, brokenTip] = toolTipAt(broken);
    CHECK(brokenKind == TimelinePainter::ItemShape::Kind::Warning);
    CHECK(brokenTip.contains(QStringLiteral("“9/31/22”")));
    CHECK(brokenTip.contains(QStringLiteral("Finding at line 718")));
    CHECK(brokenTip.contains(QStringLiteral("Unknown")));

    const int survey = f.rowTitled(QStringLiteral("Student and School Experience Survey"));
    const auto [surveyKind, surveyTip] = toolTipAt(survey);
    CHECK(surveyKind == TimelinePainter::ItemShape::Kind::Bar);
    INFO(surveyTip.toStdString());
    const auto day = [](int y, int m, int d) { return PlanDate::exact(QDate(y, m, d)).displayText(); };
    CHECK(surveyTip.contains(QStringLiteral("Start: ") + day(2022, 10, 1)));
    CHECK(surveyTip.contains(QStringLiteral("End: ") + day(2022, 12, 31)));
    CHECK(surveyTip.contains(QStringLiteral("Status as of %1: On track").arg(day(2022, 11, 15))));
    CHECK(surveyTip.contains(QStringLiteral("Marked quarters: 2022 Q4")));
    QToolTip::hideText();
}

TEST_CASE("the chart is operable from the keyboard", "[timeline][view][keyboard]")
{
    RealPlanView f;
    TimelineChart *chart = f.chart();
    chart->setFocus();
    f.view->tree()->setCurrentIndex(f.rows()->index(0));
    QTest::keyClick(chart, Qt::Key_Down);
    QTest::keyClick(chart, Qt::Key_Down);
    CHECK(f.rows()->rowOf(f.view->tree()->currentIndex()) == 2);
    QTest::keyClick(chart, Qt::Key_End);
    CHECK(f.rows()->rowOf(f.view->tree()->currentIndex()) == f.rows()->rowCount() - 1);
    // The last row is scrolled into view.
    CHECK(f.view->tree()->verticalScrollBar()->value() == f.view->tree()->verticalScrollBar()->maximum());
    QTest::keyClick(chart, Qt::Key_Home);

    const qreal zoom = chart->pixelsPerDay();
    QTest::keyClick(chart, Qt::Key_Plus);
    CHECK(nearlyEqual(chart->pixelsPerDay(), zoom * 1.25));
    QTest::keyClick(chart, Qt::Key_Minus);
    CHECK(nearlyEqual(chart->pixelsPerDay(), zoom));
    QTest::keyClick(chart, Qt::Key_Plus);
    QTest::keyClick(chart, Qt::Key_0);
    CHECK(nearlyEqual(chart->pixelsPerDay(), zoom)); // fit all is where the view started

    const int left = chart->horizontalScrollBar()->value();
    QTest::keyClick(chart, Qt::Key_Right);
    CHECK(chart->horizontalScrollBar()->value() > left);

    // Space closes the current group in the tree and the chart alike.
    const int before = f.rows()->rowCount();
    REQUIRE(f.view->tree()->isExpanded(f.rows()->index(0)));
    QTest::keyClick(chart, Qt::Key_Space);
    CHECK_FALSE(f.view->tree()->isExpanded(f.rows()->index(0)));
    CHECK(f.rows()->rowCount() < before);
    QTest::keyClick(chart, Qt::Key_Space);
    CHECK(f.rows()->rowCount() == before);

    // Enter too, on a group; on a milestone it opens the details.
    QTest::keyClick(chart, Qt::Key_Return);
    CHECK_FALSE(f.view->tree()->isExpanded(f.rows()->index(0)));
    CHECK(f.rows()->rowCount() < before);
    QTest::keyClick(chart, Qt::Key_Enter);
    CHECK(f.rows()->rowCount() == before);
    QSignalSpy details(f.view.get(), &TimelineView::detailsRequested);
    QTest::keyClick(chart, Qt::Key_Down);
    QTest::keyClick(chart, Qt::Key_Down);
    REQUIRE(f.rows()->depth(f.rows()->rowOf(f.view->tree()->currentIndex())) == 2);
    QTest::keyClick(chart, Qt::Key_Return);
    CHECK(details.count() == 1);
    CHECK(f.rows()->rowCount() == before);

    // The toolbar's shortcuts work wherever the focus is in the view.
    QTest::keyClick(f.view->tree(), Qt::Key_Equal, Qt::ControlModifier);
    CHECK(nearlyEqual(chart->pixelsPerDay(), zoom * 1.25));
}

TEST_CASE("Ctrl+wheel zooms around the pointer", "[timeline][view]")
{
    RealPlanView f;
    TimelineChart *chart = f.chart();
    const QPointF at(700, 200);
    const auto dateUnder = [&] { return chart->scale().toDate(chart->paintOptions().left + at.x()); };
    const QDate before = dateUnder();
    const qreal zoom = chart->pixelsPerDay();
    QWheelEvent wheel(at, chart->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(chart->viewport(), &wheel);
    CHECK(nearlyEqual(chart->pixelsPerDay(), zoom * 1.25 * 1.25));
    CHECK(std::abs(dateUnder().daysTo(before)) <= 1);
}

TEST_CASE("the tree's search filters the chart, and clearing it restores what was collapsed", "[timeline][view][filter]")
{
    RealPlanView f;
    // Collapse the ASSESS phase first.
    const int assess = f.rowTitled(f.plan.index(1, 0).data().toString());
    REQUIRE(assess >= 0);
    f.view->tree()->collapse(f.rows()->index(assess));
    const int collapsedCount = f.rows()->rowCount();

    f.filter.setSearchText(QStringLiteral("dashboard"));
    settle();
    // While searching every group is open, and the chart shows exactly the tree's rows.
    QList<QModelIndex> treeRows;
    for (QModelIndex index = f.view->tree()->model()->index(0, 0); index.isValid(); index = f.view->tree()->indexBelow(index))
        treeRows << index;
    REQUIRE(treeRows.size() == f.rows()->rowCount());
    for (int row = 0; row < f.rows()->rowCount(); ++row)
        CHECK(f.rows()->index(row) == treeRows.at(row));
    CHECK(f.rows()->rowCount() < 40);
    f.save(QStringLiteral("timeline-filtered.png"));

    f.filter.setSearchText(QString());
    settle();
    CHECK(f.rows()->rowCount() == collapsedCount);
    CHECK_FALSE(f.view->tree()->isExpanded(f.rows()->index(assess)));
}

TEST_CASE("every view setting comes back after a restart", "[timeline][view][settings]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    TimelineSettings saved;
    QString collapsedTitle;
    {
        RealPlanView f;
        f.view->setFiscal(true, 10);
        f.view->setAsOf(QDate(2023, 1, 5));
        f.view->setShowMarks(true);
        f.chart()->setPixelsPerDay(3.3);
        f.chart()->scrollToDate(QDate(2022, 8, 1));
        const int learn = 0;
        collapsedTitle = f.rows()->index(learn).data().toString();
        f.view->tree()->collapse(f.rows()->index(learn));
        f.view->tree()->header()->setSectionHidden(PlanTreeModel::EndColumn, true);
        f.view->tree()->header()->resizeSection(PlanTreeModel::TitleColumn, 411);
        saved = f.view->settings();
        QSettings settings(file, QSettings::IniFormat);
        f.view->saveSettings(settings);
    }
    CHECK(saved.fiscal);
    CHECK(saved.fiscalFirstMonth == 10);
    CHECK(saved.asOf == QDate(2023, 1, 5));
    CHECK(saved.showMarks);
    CHECK(nearlyEqual(saved.pixelsPerDay, 3.3));
    CHECK(saved.leftDate == QDate(2022, 8, 1));
    CHECK(saved.collapsed.size() == 1);

    RealPlanView g;
    QSettings settings(file, QSettings::IniFormat);
    g.view->restoreSettings(settings);
    settle();
    const TimelineSettings restored = g.view->settings();
    CHECK(restored.fiscal == saved.fiscal);
    CHECK(restored.fiscalFirstMonth == saved.fiscalFirstMonth);
    CHECK(restored.asOf == saved.asOf);
    CHECK(restored.showMarks == saved.showMarks);
    CHECK(nearlyEqual(restored.pixelsPerDay, saved.pixelsPerDay));
    CHECK(restored.leftDate == saved.leftDate);
    CHECK(restored.collapsed == saved.collapsed);
    CHECK(restored.treeHeader == saved.treeHeader);
    CHECK(g.view->timelineModel()->asOf() == QDate(2023, 1, 5));
    CHECK(g.chart()->scale().calendar().firstMonth() == 10);
    CHECK(g.chart()->showsMarks());
    CHECK(g.view->tree()->header()->isSectionHidden(PlanTreeModel::EndColumn));
    CHECK(g.view->tree()->header()->sectionSize(PlanTreeModel::TitleColumn) == 411);
    CHECK(g.rows()->index(0).data().toString() == collapsedTitle);
    CHECK_FALSE(g.view->tree()->isExpanded(g.rows()->index(0)));
    CHECK(g.rows()->index(1).parent() != g.rows()->index(0)); // its children are hidden in the chart too

    // Collapsed groups survive a new import of the same plan.
    g.plan.setPlan(g.plan.plan());
    settle();
    CHECK_FALSE(g.view->tree()->isExpanded(g.rows()->index(0)));
    CHECK(g.view->tree()->isExpanded(g.rows()->index(1)));
}

TEST_CASE("the as-of date defaults to today and follows it unless set", "[timeline][view][settings]")
{
    RealPlanView f;
    f.view->setAsOf(QDate());
    CHECK(f.view->asOf() == QDate::currentDate());
    CHECK_FALSE(f.view->settings().asOf.isValid());
    f.view->findChild<QDateEdit *>(QStringLiteral("timelineAsOf"))->setDate(QDate(2022, 9, 1));
    CHECK(f.view->settings().asOf == QDate(2022, 9, 1));
    CHECK(f.view->timelineModel()->asOf() == QDate(2022, 9, 1));
    f.view->findChild<QToolButton *>(QStringLiteral("timelineToday"))->click();
    CHECK(f.view->timelineModel()->asOf() == QDate::currentDate());
    CHECK_FALSE(f.view->settings().asOf.isValid());
}

TEST_CASE("every control of the timeline has an accessible name", "[timeline][view][accessibility]")
{
    RealPlanView f;
    const QList<QWidget *> widgets = f.view->findChildren<QWidget *>();
    int named = 0;
    for (QWidget *widget : widgets) {
        const bool interactive = widget->focusPolicy() != Qt::NoFocus && widget->isVisible()
            && !qobject_cast<QScrollBar *>(widget) && widget->objectName() != QStringLiteral("qt_spinbox_lineedit")
            && !widget->inherits("QSplitterHandle") && !widget->inherits("QToolBarExtension");
        if (!interactive || widget->parentWidget() == nullptr)
            continue;
        // Viewports belong to their scroll area, which carries the name.
        if (widget->objectName() == QStringLiteral("qt_scrollarea_viewport"))
            continue;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK_FALSE(widget->accessibleName().isEmpty());
        ++named;
    }
    CHECK(named >= 6); // tree, chart, both quarter pickers, the as-of date and Today
}
