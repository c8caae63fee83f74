// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "common/palette.h"

#include <QImage>
#include <QPainter>

#include <set>

using namespace milepost;
using State = MilestoneStatus::State;

namespace {

const State allStates[] = {State::Unknown, State::NotStarted, State::OnTrack, State::DueSoon, State::Overdue, State::Done};

} // namespace

TEST_CASE("status colours stay apart in greyscale", "[palette]")
{
    // A greyscale print turns each colour into its luma; 30 levels apart are told apart on paper.
    for (State a : allStates) {
        for (State b : allStates) {
            if (a == b)
                continue;
            INFO(MilestoneStatus::stateKey(a) << " vs " << MilestoneStatus::stateKey(b));
            CHECK(std::abs(Palette::luminance(Palette::statusColour(a)) - Palette::luminance(Palette::statusColour(b))) >= 30);
        }
    }
}

TEST_CASE("every status has its own pattern and marker besides its colour", "[palette]")
{
    std::set<int> patterns;
    std::set<int> markers;
    for (State state : allStates) {
        if (state == State::Unknown)
            continue; // shown as a warning marker, not as a bar
        patterns.insert(int(Palette::statusPattern(state)));
        markers.insert(int(Palette::statusMarker(state)));
    }
    CHECK(patterns.size() == 5);
    markers.insert(int(Palette::statusMarker(State::Unknown)));
    CHECK(markers.size() == 6);
}

TEST_CASE("the recorded Deferred and Cancelled have patterns and markers of their own, and Cancelled its own grey", "[palette]")
{
    std::set<int> patterns;
    std::set<int> markers;
    for (State state : allStates) {
        if (state != State::Unknown)
            patterns.insert(int(Palette::statusPattern(state)));
        markers.insert(int(Palette::statusMarker(state)));
    }
    for (State state : {State::Deferred, State::Cancelled}) {
        INFO(MilestoneStatus::stateKey(state));
        CHECK(patterns.insert(int(Palette::statusPattern(state))).second);
        CHECK(markers.insert(int(Palette::statusMarker(state))).second);
        // Something over the fill: a greyscale print tells it by that too.
        CHECK(Palette::statusPattern(state) != Qt::SolidPattern);
    }
    // Cancelled's dark grey lies 30 grey levels from every computed status's.
    for (State other : allStates) {
        INFO(MilestoneStatus::stateKey(other));
        CHECK(std::abs(Palette::luminance(Palette::statusColour(State::Cancelled)) - Palette::luminance(Palette::statusColour(other))) >= 30);
    }
    CHECK(Palette::statusColour(State::Deferred) != Palette::statusColour(State::OnTrack));
}

TEST_CASE("the Plus and Bar markers draw inside their box", "[palette]")
{
    for (Palette::Marker marker : {Palette::Marker::Plus, Palette::Marker::Bar}) {
        QImage image(20, 20, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        Palette::paintMarker(&painter, QRectF(2, 2, 16, 16), marker, Qt::black, Qt::black);
        painter.end();
        INFO(int(marker));
        CHECK(image.pixelColor(10, 10) == QColor(Qt::black)); // the centre is ink
        CHECK(image.pixelColor(0, 0) == QColor(Qt::white));   // outside the box is not
        // A plus has no ink in its corners; a bar none above or below its middle.
        CHECK(image.pixelColor(4, 4) == QColor(Qt::white));
    }
}

TEST_CASE("greyscale mode turns every colour grey with its luma", "[palette]")
{
    for (State state : allStates) {
        const QColor grey = Palette::statusColour(state, Palette::Mode::Greyscale);
        CHECK(grey.red() == grey.green());
        CHECK(grey.green() == grey.blue());
        CHECK(grey.red() == Palette::luminance(Palette::statusColour(state)));
    }
    for (int n = 0; n < Palette::hueCount; ++n) {
        const QColor grey = Palette::series(n, Palette::Mode::Greyscale);
        CHECK(grey.red() == grey.blue());
    }
    // The Okabe-Ito blue, by its published value.
    CHECK(Palette::hue(Palette::Hue::Blue) == QColor(0x00, 0x72, 0xB2));
}

TEST_CASE("a status fill lays its pattern over the colour, visibly in greyscale too", "[palette]")
{
    for (Palette::Mode mode : {Palette::Mode::Colour, Palette::Mode::Greyscale}) {
        for (State state : {State::NotStarted, State::OnTrack, State::DueSoon, State::Overdue}) {
            QImage image(32, 32, QImage::Format_RGB32);
            image.fill(Qt::magenta);
            QPainter painter(&image);
            Palette::fillStatus(&painter, QRectF(0, 0, 32, 32), state, mode);
            painter.end();
            std::set<QRgb> colours;
            for (int y = 0; y < 32; ++y) {
                for (int x = 0; x < 32; ++x)
                    colours.insert(image.pixel(x, y));
            }
            INFO(MilestoneStatus::stateKey(state));
            // The fill and the pattern colour, and nothing of what was underneath.
            CHECK(colours.size() == 2);
            CHECK(colours.count(QColor(Qt::magenta).rgb()) == 0);
            CHECK(colours.count(Palette::statusColour(state, mode).rgb()) == 1);
        }
        QImage solid(8, 8, QImage::Format_RGB32);
        QPainter painter(&solid);
        Palette::fillStatus(&painter, QRectF(0, 0, 8, 8), State::Done, mode);
        painter.end();
        CHECK(solid.pixel(3, 3) == Palette::statusColour(State::Done, mode).rgb());
    }
}
