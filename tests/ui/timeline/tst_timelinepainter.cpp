// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"
#include "sampleplan.h"

#include "plantree/plantreemodel.h"
#include "timeline/flatrowgeometry.h"
#include "timeline/plantimelinemodel.h"
#include "timeline/quartertimescale.h"
#include "timeline/timelinepainter.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace milepost;
using State = MilestoneStatus::State;
using Shape = TimelinePainter::ItemShape::Kind;

namespace {

// The sample plan and two more milestones: a one-day event (a diamond) and a quarter-dated one.
// Rows, all expanded:  0 Learn  1 Stakeholder Engagement  2 Listening tour (3/01/22-6/30/22, Done)
// 3 Board vote (8/15/22, one day)  4 Budget study (Q1-23 - Q2-23)  5 Act  6 Certificated
// 7 Launch  8 Institute  9 Classified  10 Hold recruitment events (Ongoing)  11 Town halls (9/31/22)
Plan paintedPlan()
{
    Plan plan = test::samplePlan();
    Milestone vote;
    vote.title = QStringLiteral("Board vote");
    vote.start = PlanDate::parse(QStringLiteral("8/15/22"));
    vote.end = PlanDate::parse(QStringLiteral("8/15/22"));
    Milestone study;
    study.title = QStringLiteral("Budget study");
    study.start = PlanDate::parse(QStringLiteral("Q1-23"));
    study.end = PlanDate::parse(QStringLiteral("Q2-23"));
    plan.objectives[0].milestones << vote << study;
    return plan;
}

struct Scene
{
    Scene()
    {
        model.setPlan(paintedPlan());
        timeline.setSourceModel(&model);
        timeline.setAsOf(asOf);
        rows.setModel(&timeline);
        rows.setRowHeight(24);
        rows.expandAll();
        options.font = QFont(QStringLiteral("DejaVu Sans"), 9);
        options.asOf = asOf;
        options.today = QDate(2024, 1, 1); // out of view
        options.left = scale.toX(QDate(2022, 1, 1));
    }

    QImage render(const TimelinePaintOptions &paintOptions) const
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::magenta); // anything left unpainted shows
        QPainter painter(&image);
        TimelinePainter(&timeline, &rows, &scale).paint(&painter, QRectF(QPointF(0, 0), size), paintOptions);
        return image;
    }

    TimelinePainter painter() const { return TimelinePainter(&timeline, &rows, &scale); }
    QRectF rect() const { return QRectF(QPointF(0, 0), size); }

    const QDate asOf{2022, 10, 15};
    const QSize size{1000, 360};
    PlanTreeModel model;
    PlanTimelineModel timeline{&model};
    FlatRowGeometry rows;
    QuarterTimeScale scale{QuarterCalendar::calendar(), 2.0, QDate(2000, 1, 1)};
    TimelinePaintOptions options;
};

QRgb rgb(const QColor &colour)
{
    return colour.rgb();
}

} // namespace

TEST_CASE("every pixel of the chart is painted", "[timeline][painter]")
{
    Scene scene;
    const QImage image = scene.render(scene.options);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            REQUIRE(image.pixel(x, y) != QColor(Qt::magenta).rgb());
    }
}

TEST_CASE("the as-of line sits at the x the scale gives for the as-of date", "[timeline][painter]")
{
    Scene scene;
    const QImage image = scene.render(scene.options);
    // Two days a pixel apart at 2 px a day from January 1: October 15 is day 287, x = 574.
    const qreal x = scene.painter().xOf(scene.asOf, scene.rect(), scene.options);
    REQUIRE(x == 574);
    CHECK(x == std::round(scene.scale.toX(scene.asOf) - scene.options.left));
    const QRgb line = rgb(Palette::role(Palette::Role::AsOfLine));
    const int top = int(scene.painter().rowsTop(scene.rect(), scene.options));
    for (int y = top; y < image.height(); y += 5) {
        INFO("y " << y);
        CHECK(image.pixel(int(x) - 1, y) == line);
        CHECK(image.pixel(int(x), y) == line);
        CHECK(image.pixel(int(x) + 1, y) != line);
        CHECK(image.pixel(int(x) - 2, y) != line);
    }
}

TEST_CASE("a milestone's bar starts and ends where its dates say", "[timeline][painter]")
{
    Scene scene;
    const QImage image = scene.render(scene.options);
    const int row = 2; // Listening tour with families, 3/01/22 - 6/30/22, objective Completed: Done
    REQUIRE(scene.rows.index(row).data(Qt::DisplayRole).toString() == QStringLiteral("Listening tour with families"));
    REQUIRE(scene.rows.index(row).data(TimelineRoles::StatusRole).toInt() == int(State::Done));
    const TimelinePainter::ItemShape shape = scene.painter().itemShape(row, scene.rect(), scene.options);
    REQUIRE(shape.kind == Shape::Bar);
    // March 1 is day 59 of 2022, July 1 (the day after the end) day 181.
    const int x0 = 59 * 2;
    const int x1 = 181 * 2;
    CHECK(shape.rect.left() == x0);
    CHECK(shape.rect.right() == x1);

    const int y = int(shape.rect.center().y());
    const QRgb fill = rgb(Palette::statusColour(State::Done));
    const QRgb outline = rgb(Palette::statusOutline(State::Done));
    const auto isBar = [&](int x) { return image.pixel(x, y) == fill || image.pixel(x, y) == outline; };
    CHECK(image.pixel(x0, y) == outline);
    CHECK(image.pixel(x0 + 1, y) == fill);
    CHECK(image.pixel(x1 - 1, y) == outline);
    CHECK(image.pixel(x1 - 2, y) == fill);
    CHECK_FALSE(isBar(x0 - 1));
    CHECK_FALSE(isBar(x1));
    // Scanning the row finds exactly that run.
    int first = -1;
    int last = -1;
    for (int x = 0; x < image.width(); ++x) {
        if (isBar(x)) {
            if (first < 0)
                first = x;
            last = x;
        }
    }
    CHECK(first == x0);
    CHECK(last == x1 - 1);
}

TEST_CASE("one-day milestones are diamonds, unreadable dates warning markers", "[timeline][painter]")
{
    Scene scene;
    const QImage image = scene.render(scene.options);
    const TimelinePainter::ItemShape vote = scene.painter().itemShape(3, scene.rect(), scene.options);
    REQUIRE(vote.kind == Shape::Diamond);
    // Centred on August 15 (day 226: x 452 to 454).
    CHECK(std::abs(vote.rect.center().x() - 453) <= 1);
    const State voteState = State(scene.rows.index(3).data(TimelineRoles::StatusRole).toInt());
    CHECK(voteState == State::Done);
    CHECK(image.pixel(vote.rect.center().toPoint()) == rgb(Palette::statusColour(voteState)));
    // The corners of its box are not painted: a diamond, not a square.
    CHECK(image.pixel(vote.rect.topLeft().toPoint() + QPoint(1, 1)) != rgb(Palette::statusColour(voteState)));

    const TimelinePainter::ItemShape townHalls = scene.painter().itemShape(11, scene.rect(), scene.options);
    REQUIRE(townHalls.kind == Shape::Warning);
    // At the readable start, September 1 (day 243).
    CHECK(townHalls.rect.left() == 243 * 2);
    int warningPixels = 0;
    const QRect box = townHalls.rect.toAlignedRect();
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x)
            warningPixels += image.pixel(x, y) == rgb(Palette::role(Palette::Role::Warning)) ? 1 : 0;
    }
    CHECK(warningPixels > box.width() * box.height() / 5);
}

TEST_CASE("an Ongoing end fades out and a quarter end is softer than a day", "[timeline][painter]")
{
    Scene scene;
    const QImage image = scene.render(scene.options);
    const QColor background = Palette::role(Palette::Role::Background);
    const auto distance = [](QRgb a, const QColor &b) {
        return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) + std::abs(qBlue(a) - b.blue());
    };

    // Hold recruitment events: 3/15/22 - Ongoing, runs to the right edge and fades into it.
    const TimelinePainter::ItemShape ongoing = scene.painter().itemShape(10, scene.rect(), scene.options);
    REQUIRE(ongoing.kind == Shape::Bar);
    CHECK(ongoing.rect.right() == scene.size.width() + 1);
    const int y = int(ongoing.rect.center().y());
    const QColor fill = Palette::statusColour(State::OnTrack);
    const QColor alternate = Palette::role(Palette::Role::AlternateRow);
    const QColor rowBackground = 10 % 2 == 1 ? alternate : background;
    // Solid in the middle, almost the row's background at the edge.
    bool solidFound = false;
    for (int x = 400; x < 420; ++x)
        solidFound |= image.pixel(x, y) == fill.rgb();
    CHECK(solidFound);
    CHECK(distance(image.pixel(scene.size.width() - 1, y), rowBackground) < 40);

    // Budget study, Q1-23 - Q2-23: its first pixel is fainter than its middle.
    const TimelinePainter::ItemShape soft = scene.painter().itemShape(4, scene.rect(), scene.options);
    REQUIRE(soft.kind == Shape::Bar);
    CHECK(soft.rect.left() == 365 * 2); // January 1, 2023
    const int sy = int(soft.rect.top()) + 3;
    const State state = State(scene.rows.index(4).data(TimelineRoles::StatusRole).toInt());
    CHECK(state == State::NotStarted);
    // Not started is white on white with grey lines: compare the outline's darkness instead.
    const QColor softRowBackground = 4 % 2 == 1 ? alternate : background;
    CHECK(distance(image.pixel(int(soft.rect.left()) + 1, int(soft.rect.top())), softRowBackground)
          < distance(image.pixel(int(soft.rect.center().x()), int(soft.rect.top())), softRowBackground));
    Q_UNUSED(sy)
}

TEST_CASE("greyscale mode paints nothing but greys", "[timeline][painter][greyscale]")
{
    Scene scene;
    scene.options.mode = Palette::Mode::Greyscale;
    scene.options.showMarks = true;
    const QImage image = scene.render(scene.options);
    int coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            coloured += (qRed(p) != qGreen(p) || qGreen(p) != qBlue(p)) ? 1 : 0;
        }
    }
    CHECK(coloured == 0);
}

TEST_CASE("a page paints whole rows only and leaves the rest blank", "[timeline][painter][print]")
{
    Scene scene;
    TimelinePaintOptions page = scene.options;
    page.firstRow = 2;
    const qreal height = 200;
    page.rowLimit = scene.painter().rowsThatFit(height, page);
    const qreal header = scene.painter().headerHeight(page);
    CHECK(page.rowLimit == int((height - header) / 24));
    const QImage image = scene.render(page);
    // The first row on the page is row 2, right under the header.
    const QRectF first = scene.painter().rowRect(2, scene.rect(), page);
    CHECK(first.top() == header);
    const int below = int(header + page.rowLimit * 24 + 5);
    const QRgb background = rgb(Palette::role(Palette::Role::Background));
    for (int x = 0; x < image.width(); ++x) {
        // The as-of line runs down the whole page; nothing else below the last row.
        if (std::abs(x - 574) <= 1)
            continue;
        REQUIRE(image.pixel(x, below) == background);
    }
    CHECK(scene.painter().rowAt(header + 1, scene.rect(), page) == 2);
    CHECK(scene.painter().rowAt(below, scene.rect(), page) == -1);
}

TEST_CASE("the legend measures what it paints and wraps to its width", "[timeline][painter][legend]")
{
    Scene scene;
    const qreal wide = TimelinePainter::paintLegend(nullptr, QRectF(0, 0, 3000, 500), scene.options);
    const qreal narrow = TimelinePainter::paintLegend(nullptr, QRectF(0, 0, 300, 500), scene.options);
    CHECK(narrow > wide * 2);
    QImage image(300, int(narrow), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    CHECK(TimelinePainter::paintLegend(&painter, QRectF(0, 0, 300, narrow), scene.options) == narrow);
    painter.end();
    // Each status's colour appears in the legend.
    for (State state : {State::Done, State::OnTrack, State::DueSoon, State::Overdue}) {
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y) {
            for (int x = 0; x < image.width() && !found; ++x)
                found = image.pixel(x, y) == rgb(Palette::statusColour(state));
        }
        INFO(MilestoneStatus::stateKey(state));
        CHECK(found);
    }
}

TEST_CASE("a baseline bar spans the baseline's dates under the milestone's bar, only when asked", "[timeline][painter][baseline]")
{
    Scene scene;
    const int row = 2; // Listening tour with families, 3/01/22 - 6/30/22
    REQUIRE(scene.rows.index(row).data(Qt::DisplayRole).toString() == QStringLiteral("Listening tour with families"));
    scene.model.setMilestoneIds({{11, 12, 13}, {21, 22}, {31, 32}});
    // Its baseline: 2/01/22 to 4/30/22.
    scene.model.setBaseline({{11, BaselineDates{QDate(2022, 2, 1), QDate(2022, 4, 30)}}});
    CHECK(scene.painter().itemShape(row, scene.rect(), scene.options).baseline.isEmpty());

    scene.options.showBaseline = true;
    const TimelinePainter::ItemShape shape = scene.painter().itemShape(row, scene.rect(), scene.options);
    REQUIRE_FALSE(shape.baseline.isEmpty());
    // February 1 is day 31 of 2022, May 1 (the day after its end) day 120; 2 px a day.
    CHECK(shape.baseline.left() == 31 * 2);
    CHECK(shape.baseline.right() == 120 * 2);
    CHECK(shape.baseline.top() >= shape.rect.bottom());
    // A milestone without a baseline (the Institute row) draws none.
    CHECK(scene.painter().itemShape(8, scene.rect(), scene.options).baseline.isEmpty());

    const QImage image = scene.render(scene.options);
    const QRgb edge = rgb(Palette::role(Palette::Role::Baseline));
    const int y = int(shape.baseline.center().y());
    bool outlined = false;
    for (int x = int(shape.baseline.left()); x <= int(shape.baseline.left()) + 1; ++x)
        outlined = outlined || image.pixel(x, int(shape.baseline.top())) == edge || image.pixel(x, y) == edge;
    CHECK(outlined);
}
