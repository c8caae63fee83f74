// SPDX-License-Identifier: GPL-3.0-or-later
// Charts: what they draw for known inputs, how the mouse and keyboard reach their elements,
// and PNG, SVG and PDF export.
#include "catchcompat.h"

#include "charts/chartbackend.h"
#include "charts/chartwidget.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QSignalSpy>
#include <QTest>

using namespace milepost;

namespace {

ChartSeries series(const char *name, int n, QList<std::optional<double>> values)
{
    ChartSeries result;
    result.key = QString::fromUtf8(name);
    result.name = QString::fromUtf8(name);
    result.style = ChartStyle::series(n);
    result.values = values;
    return result;
}

ChartSpec stackedSpec()
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::StackedBars;
    spec.title = QStringLiteral("Milestones by phase");
    spec.categories = {QStringLiteral("Learn"), QStringLiteral("Assess"), QStringLiteral("Act")};
    spec.series = {series("Done", 0, {5, 20, 0}), series("Overdue", 1, {0, 12, 30})};
    return spec;
}

QString outputDir()
{
    const QString dir = QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/charts");
    QDir().mkpath(dir);
    return dir;
}

// Shows the chart offscreen at a fixed size and lets it lay out.
void show(ChartWidget &chart, const QSize &size = QSize(560, 360))
{
    chart.resize(size);
    chart.show();
    QApplication::processEvents();
    QApplication::processEvents();
}

} // namespace

TEST_CASE("a chart spec adds stacks, keeps missing values apart from zero and formats money", "[charts]")
{
    ChartSpec spec = stackedSpec();
    CHECK(spec.maximum() == 32); // Assess: 20 + 12
    spec.kind = ChartSpec::Kind::GroupedBars;
    CHECK(spec.maximum() == 30);
    spec.series[0].values[2] = std::nullopt;
    CHECK_FALSE(spec.value(0, 2));
    CHECK(*spec.value(1, 2) == 30);
    CHECK_FALSE(spec.value(5, 0));
    CHECK(ChartSpec::formatValue(123456789 * 100.0, ChartSpec::Format::Money) == QStringLiteral("$123.5M"));
    CHECK(ChartSpec::formatValue(45000 * 100.0, ChartSpec::Format::Money) == QStringLiteral("$45K"));
    CHECK(ChartSpec::formatValueInFull(1234567 * 100.0, ChartSpec::Format::Money) == QStringLiteral("$1,234,567"));
    CHECK(ChartSpec::formatValue(0.6201, ChartSpec::Format::Percent) == QStringLiteral("62%"));
    CHECK(ChartSpec::formatValue(2495, ChartSpec::Format::Count) == QStringLiteral("2,495"));
}

TEST_CASE("stacked bars label their segments and totals and skip zeros", "[charts]")
{
    ChartWidget chart;
    chart.setSpec(stackedSpec());
    show(chart);
    // Zero values are no element: the keyboard skips them and nothing is drawn for them.
    const QList<QPair<int, int>> elements = chart.elements();
    CHECK(elements == QList<QPair<int, int>>{{0, 0}, {0, 1}, {1, 1}, {1, 2}});
    CHECK(chart.backend()->elementRect(1, 0).isEmpty());
    const QRectF assessDone = chart.backend()->elementRect(0, 1);
    const QRectF assessOverdue = chart.backend()->elementRect(1, 1);
    const QRectF actOverdue = chart.backend()->elementRect(1, 2);
    REQUIRE_FALSE(assessDone.isEmpty());
    // Stacked: Overdue sits on Done; heights follow the values.
    CHECK(qAbs(assessOverdue.bottom() - assessDone.top()) < 1.5);
    CHECK(qAbs(actOverdue.height() / assessOverdue.height() - 30.0 / 12.0) < 0.05);
    CHECK(assessDone.center().x() < actOverdue.center().x());
    const QStringList labels = chart.backend()->valueLabels();
    CHECK(labels.contains(QStringLiteral("32"))); // Assess total
    CHECK(labels.contains(QStringLiteral("30")));
    CHECK_FALSE(labels.contains(QStringLiteral("0")));
    CHECK(chart.toImage(1).save(outputDir() + QStringLiteral("/stacked.png")));
}

TEST_CASE("clicking a bar and pressing Enter on it both activate it", "[charts]")
{
    ChartWidget chart;
    chart.setSpec(stackedSpec());
    show(chart);
    QSignalSpy activated(&chart, &ChartWidget::activated);
    const QRectF bar = chart.backend()->elementRect(1, 2);
    QWidget *surface = chart.backend()->widget();
    auto *area = qobject_cast<QAbstractScrollArea *>(surface);
    REQUIRE(area);
    QWidget *viewport = area->viewport();
    INFO("bar " << bar.x() << "," << bar.y() << " " << bar.width() << "x" << bar.height());
    QTest::mouseClick(viewport, Qt::LeftButton, {}, bar.center().toPoint());
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toInt() == 1);
    CHECK(activated.at(0).at(1).toInt() == 2);

    chart.setFocus();
    chart.setCurrent(0, 0);
    QTest::keyClick(&chart, Qt::Key_Right);
    CHECK(chart.currentSeries() == 0);
    CHECK(chart.currentCategory() == 1);
    QTest::keyClick(&chart, Qt::Key_End);
    CHECK(chart.currentCategory() == 2);
    QTest::keyClick(&chart, Qt::Key_Return);
    REQUIRE(activated.count() == 2);
    CHECK(activated.at(1).at(1).toInt() == 2);
    CHECK(chart.describe(1, 2) == QStringLiteral("Overdue, Act: 30"));
}

TEST_CASE("grouped horizontal bars list the first category at the top", "[charts]")
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::GroupedBars;
    spec.horizontal = true;
    spec.format = ChartSpec::Format::Money;
    spec.title = QStringLiteral("Budget, estimate and spent by type");
    spec.categories = {QStringLiteral("Roofing"), QStringLiteral("HVAC")};
    spec.series = {series("Budget", 0, {140000000.0, 65000000.0}), series("Spent", 1, {90500000.0, std::nullopt})};
    ChartWidget chart;
    chart.setSpec(spec);
    show(chart);
    const QRectF roofing = chart.backend()->elementRect(0, 0);
    const QRectF hvac = chart.backend()->elementRect(0, 1);
    REQUIRE_FALSE(roofing.isEmpty());
    CHECK(roofing.center().y() < hvac.center().y());
    CHECK(roofing.width() > hvac.width());
    CHECK(chart.backend()->elementRect(1, 1).isEmpty());
    CHECK(chart.backend()->valueLabels().contains(QStringLiteral("$1.4M")));
    CHECK(chart.describe(0, 0) == QStringLiteral("Budget, Roofing: $1,400,000"));
    CHECK(chart.toImage(1).save(outputDir() + QStringLiteral("/grouped-horizontal.png")));
}

TEST_CASE("a donut has one element per non-empty slice", "[charts]")
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Donut;
    spec.title = QStringLiteral("Milestones by status");
    spec.categories = {QStringLiteral("Done"), QStringLiteral("On track"), QStringLiteral("Overdue")};
    spec.categoryStyles = {ChartStyle::status(MilestoneStatus::State::Done),
                           ChartStyle::status(MilestoneStatus::State::OnTrack),
                           ChartStyle::status(MilestoneStatus::State::Overdue)};
    spec.series = {series("Milestones", 0, {126, 0, 22})};
    spec.sampleData = true;
    ChartWidget chart;
    chart.setSpec(spec);
    show(chart);
    CHECK(chart.elements() == QList<QPair<int, int>>{{0, 0}, {0, 2}});
    CHECK(chart.findChild<QWidget *>(QStringLiteral("sampleBadge"))->isVisible());
    CHECK(chart.accessibleDescription() == QStringLiteral("Done: 126; Overdue: 22"));
    CHECK(chart.toImage(1).save(outputDir() + QStringLiteral("/donut.png")));
}

TEST_CASE("lines break where a year has no data", "[charts]")
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Lines;
    spec.title = QStringLiteral("Enrollment by Local District");
    spec.categories = {QStringLiteral("2020-21"), QStringLiteral("2021-22"), QStringLiteral("2022-23")};
    spec.series = {series("NE", 0, {1000, std::nullopt, 900}), series("W", 1, {500, 480, 470})};
    ChartWidget chart;
    chart.setSpec(spec);
    show(chart);
    CHECK(chart.elements().size() == 5);
    CHECK(chart.backend()->elementRect(0, 1).isEmpty());
    const QRectF high = chart.backend()->elementRect(0, 0);
    const QRectF low = chart.backend()->elementRect(1, 0);
    REQUIRE_FALSE(high.isEmpty());
    CHECK(high.center().y() < low.center().y());
    CHECK(qAbs(high.center().x() - low.center().x()) < 1);
    CHECK(chart.toImage(1).save(outputDir() + QStringLiteral("/lines.png")));
}

TEST_CASE("a chart exports as PNG at twice the resolution, as SVG and as PDF", "[charts]")
{
    ChartWidget chart;
    ChartSpec spec = stackedSpec();
    spec.sampleData = true;
    spec.note = QStringLiteral("Counted as of Aug 20, 2022.");
    chart.setSpec(spec);
    show(chart, QSize(500, 320));
    const QString dir = outputDir();
    QString error;
    REQUIRE(chart.savePng(dir + QStringLiteral("/export.png"), 2, &error));
    const QImage image(dir + QStringLiteral("/export.png"));
    CHECK(image.size() == QSize(1000, 640));

    REQUIRE(chart.saveSvg(dir + QStringLiteral("/export.svg"), &error));
    QFile svg(dir + QStringLiteral("/export.svg"));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    CHECK(text.contains("<svg"));
    CHECK(text.contains("Milestones by phase"));
    CHECK(text.contains("Sample data"));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir + QStringLiteral("/export.pdf"));
    chart.print(&printer);
    CHECK(QFileInfo(dir + QStringLiteral("/export.pdf")).size() > 1000);

    CHECK_FALSE(chart.savePng(QStringLiteral("/nonexistent-directory/chart.png"), 1, &error));
    CHECK(error.contains(QStringLiteral("nonexistent-directory")));
}

TEST_CASE("chart series differ by more than colour", "[charts]")
{
    // The first three series (hires and vacancies, budget, estimate and spent) never share a
    // pattern or a marker, so they stay apart in greyscale and for colour-blind readers.
    for (int a = 0; a < 3; ++a) {
        for (int b = a + 1; b < 3; ++b) {
            CHECK(ChartStyle::series(a).pattern != ChartStyle::series(b).pattern);
            CHECK(ChartStyle::series(a).marker != ChartStyle::series(b).marker);
        }
    }
    CHECK(ChartStyle::status(MilestoneStatus::State::Done).pattern
          != ChartStyle::status(MilestoneStatus::State::Overdue).pattern);
}
