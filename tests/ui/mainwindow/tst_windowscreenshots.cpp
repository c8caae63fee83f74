// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of every page of the main window on the shipped data, for a person to look at
// (test-output/window/*.png). ctest runs this file twice: as it is, and with QT_SCALE_FACTOR=2
// (ui.window.screenshots.200); the file names carry the scale. At 1280×800 and up, no key figure
// and no chart text is cut short: each text is measured against the rectangle it has.
#include "shippedwindow.h"

#include "charts/chartwidget.h"
#include "common/palette.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/keyfiguretile.h"
#include "timeline/timelinechart.h"

#include <QChartView>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QScrollArea>

using namespace milepost;
using namespace milepost::test;

namespace {

QString outputPath(const QString &name, qreal scale)
{
    const QString dir = QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/window");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/%1-%2x.png").arg(name).arg(qRound(scale * 100) / 100.0);
}

// Every text Qt Charts drew (axis labels, legend, slice labels) in full and inside the chart.
void checkChartTexts(ChartWidget *chart)
{
    auto *view = chart->findChild<QChartView *>();
    REQUIRE(view);
    const QRectF scene = view->sceneRect();
    int texts = 0;
    for (const QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        QString text;
        if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        else if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        else
            continue;
        if (text.isEmpty())
            continue;
        ++texts;
        INFO("chart " << chart->objectName().toStdString() << ", text \"" << text.toStdString() << "\"");
        CHECK_FALSE(text.endsWith(QStringLiteral("...")));
        CHECK_FALSE(text.endsWith(QChar(0x2026)));
        const QRectF box = item->sceneBoundingRect();
        CHECK(box.left() >= scene.left() - 0.5);
        CHECK(box.right() <= scene.right() + 0.5);
        CHECK(box.top() >= scene.top() - 0.5);
        CHECK(box.bottom() <= scene.bottom() + 0.5);
    }
    if (!chart->spec().isEmpty())
        CHECK(texts > 0);
}

void checkPage(DashboardPage *page, const QString &name, qreal scale)
{
    INFO("page " << name.toStdString());
    for (const KeyFigureTile *tile : page->tiles()) {
        INFO("tile " << tile->caption().toStdString() << " = " << tile->value().toStdString() << ", "
                     << tile->detail().toStdString());
        CHECK_FALSE(tile->isElided());
    }
    auto *area = page->findChild<QScrollArea *>(QStringLiteral("chartArea"));
    REQUIRE(area);
    for (ChartWidget *chart : page->charts()) {
        area->ensureWidgetVisible(chart);
        settleEvents();
        checkChartTexts(chart);
        CHECK(chart->toImage(scale).save(outputPath(name + QLatin1Char('-') + chart->objectName(), scale)));
    }
}

} // namespace

TEST_CASE("screenshots of every page of the window at 1280×800, nothing cut short", "[window][screenshot]")
{
    ShippedWindow shipped;
    shipped.show(QSize(1280, 800));
    MainWindow &window = *shipped.window;
    const qreal scale = window.devicePixelRatioF();

    shipped.views->setCurrentIndex(0);
    settleEvents();
    CHECK(window.grab().save(outputPath(QStringLiteral("outline"), scale)));

    shipped.views->setCurrentWidget(shipped.timeline);
    const std::pair<TimelineView::Subject, const char *> subjects[] = {
        {TimelineView::Subject::Plan, "timeline-plan"},
        {TimelineView::Subject::CapitalProjects, "timeline-capital"},
        {TimelineView::Subject::Staffing, "timeline-staffing"}};
    for (const auto &[subject, name] : subjects) {
        shipped.timeline->setSubject(subject);
        settleEvents();
        CHECK(window.grab().save(outputPath(QLatin1String(name), scale)));
    }
    shipped.timeline->setSubject(TimelineView::Subject::Plan);

    shipped.views->setCurrentWidget(shipped.dashboard);
    settleEvents();
    const char *pages[] = {"dashboard-plan", "dashboard-staffing", "dashboard-enrollment", "dashboard-capital"};
    for (int index = 0; index < shipped.dashboard->pages()->count(); ++index) {
        shipped.dashboard->pages()->setCurrentIndex(index);
        settleEvents();
        CHECK(window.grab().save(outputPath(QLatin1String(pages[index]), scale)));
        auto *page = qobject_cast<DashboardPage *>(shipped.dashboard->pages()->currentWidget());
        REQUIRE(page);
        checkPage(page, QLatin1String(pages[index]), scale);
    }
}

TEST_CASE("screenshots of the dashboard and the timeline in the dark palette", "[window][screenshot][dark]")
{
    const QPalette original = QApplication::palette();
    QApplication::setPalette(Palette::darkWindowPalette());
    REQUIRE(Palette::screenMode() == Palette::Mode::Dark);
    {
        ShippedWindow shipped;
        shipped.show(QSize(1280, 800));
        MainWindow &window = *shipped.window;
        const qreal scale = window.devicePixelRatioF();
        shipped.views->setCurrentWidget(shipped.timeline);
        settleEvents();
        shipped.timeline->chart()->setFocus(Qt::TabFocusReason); // the focus mark, on dark
        settleEvents();
        CHECK(window.grab().save(outputPath(QStringLiteral("dark-timeline"), scale)));
        shipped.views->setCurrentWidget(shipped.dashboard);
        const char *pages[] = {"dark-dashboard-plan", "dark-dashboard-staffing", "dark-dashboard-enrollment",
                               "dark-dashboard-capital"};
        for (int index = 0; index < shipped.dashboard->pages()->count(); ++index) {
            shipped.dashboard->pages()->setCurrentIndex(index);
            settleEvents();
            auto *page = qobject_cast<DashboardPage *>(shipped.dashboard->pages()->currentWidget());
            REQUIRE(page);
            page->tiles().constFirst()->setFocus(Qt::TabFocusReason);
            settleEvents();
            CHECK(window.grab().save(outputPath(QLatin1String(pages[index]), scale)));
            // The charts draw on the dark background, not on white; saved as an image, on white.
            for (ChartWidget *chart : page->charts()) {
                INFO("chart " << chart->objectName().toStdString());
                CHECK(Palette::luminance(chart->toImage(1).pixelColor(2, chart->height() / 2)) < 64);
                const QString path = shipped.dir.filePath(chart->objectName() + QStringLiteral(".png"));
                QString error;
                REQUIRE(chart->savePng(path, 1, &error));
                const QImage saved(path);
                CHECK(Palette::luminance(saved.pixelColor(2, saved.height() / 2)) > 240);
                // ... and the screen is dark again.
                CHECK(Palette::luminance(chart->toImage(1).pixelColor(2, chart->height() / 2)) < 64);
            }
        }
    }
    QApplication::setPalette(original);
}
