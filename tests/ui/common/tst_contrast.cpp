// SPDX-License-Identifier: GPL-3.0-or-later
// The palette against WCAG 2.1 AA, in the light set and the dark one: 4.5:1 for every colour
// text is drawn in against the backgrounds it is drawn on (1.4.3), 3:1 for bars, lines and the
// boundaries of controls (1.4.11). A bar counts by its fill or by its outline, whichever
// stands out more: the outline is the edge the eye finds.
#include "catchcompat.h"

#include "charts/chartspec.h"
#include "common/palette.h"

#include <QApplication>
#include <QPalette>

#include <cmath>

using namespace milepost;
using Role = Palette::Role;
using Mode = Palette::Mode;
using State = MilestoneStatus::State;

namespace {

constexpr double textRatio = 4.5;
constexpr double graphicRatio = 3.0;

const char *modeName(Mode mode)
{
    return mode == Mode::Dark ? "dark" : "light";
}

// A translucent colour as it shows over background.
QColor over(const QColor &colour, const QColor &background)
{
    const double a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + background.redF() * (1 - a)),
                            float(colour.greenF() * a + background.greenF() * (1 - a)),
                            float(colour.blueF() * a + background.blueF() * (1 - a)));
}

bool near(double value, double expected, double margin)
{
    return std::abs(value - expected) <= margin;
}

const State barStates[] = {State::NotStarted, State::OnTrack,  State::DueSoon,  State::Overdue,
                           State::Done,       State::Deferred, State::Cancelled};

} // namespace

TEST_CASE("the WCAG contrast ratio, by the formula's known values", "[palette][contrast]")
{
    CHECK(near(Palette::contrastRatio(Qt::black, Qt::white), 21.0, 1e-9));
    CHECK(near(Palette::contrastRatio(Qt::white, Qt::white), 1.0, 1e-9));
    CHECK(near(Palette::contrastRatio(Qt::white, Qt::black), 21.0, 1e-9)); // order does not matter
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    CHECK(near(Palette::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01));
    CHECK(near(Palette::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01));
    CHECK(near(Palette::relativeLuminance(QColor(0xFF, 0x00, 0x00)), 0.2126, 1e-9));
    // withContrast darkens on light and lightens on dark until the ratio holds.
    const QColor yellow = Palette::hue(Palette::Hue::Yellow);
    CHECK(Palette::contrastRatio(yellow, Qt::white) < 3.0);
    CHECK(Palette::contrastRatio(Palette::withContrast(yellow, Qt::white, 3.0), Qt::white) >= 3.0);
    const QColor blue = Palette::hue(Palette::Hue::Blue);
    CHECK(Palette::contrastRatio(Palette::withContrast(blue, QColor(0x30, 0x30, 0x30), 4.5), QColor(0x30, 0x30, 0x30)) >= 4.5);
}

TEST_CASE("every palette colour used for text reaches 4.5:1 on its backgrounds, light and dark", "[palette][contrast]")
{
    for (Mode mode : {Mode::Colour, Mode::Dark}) {
        const QColor background = Palette::role(Role::Background, mode);
        const QColor backgrounds[] = {background, Palette::role(Role::AlternateRow, mode),
                                      Palette::role(Role::HeaderBackground, mode),
                                      over(Palette::role(Role::Selection, mode), background)};
        for (Role text : {Role::HeaderText, Role::SecondaryText}) {
            for (const QColor &behind : backgrounds) {
                INFO(modeName(mode) << ": text role " << int(text) << " " << Palette::role(text, mode).name().toStdString()
                                    << " on " << behind.name().toStdString());
                CHECK(Palette::contrastRatio(Palette::role(text, mode), behind) >= textRatio);
            }
        }
    }
    // The Sample data badge: dark ink on the yellow, in both modes.
    CHECK(Palette::contrastRatio(Palette::role(Role::HeaderText), Palette::hue(Palette::Hue::Yellow)) >= textRatio);
}

TEST_CASE("bars, lines, marks and control edges reach 3:1 against their background, light and dark",
          "[palette][contrast]")
{
    for (Mode mode : {Mode::Colour, Mode::Dark}) {
        const QColor background = Palette::role(Role::Background, mode);
        for (const QColor &behind : {background, Palette::role(Role::AlternateRow, mode)}) {
            for (State state : barStates) {
                INFO(modeName(mode) << ": " << MilestoneStatus::stateKey(state) << " bar on " << behind.name().toStdString());
                const double fill = Palette::contrastRatio(Palette::statusColour(state, mode), behind);
                const double outline = Palette::contrastRatio(Palette::statusOutline(state, mode), behind);
                CHECK(std::max(fill, outline) >= graphicRatio);
            }
        }
        for (Role role : {Role::Summary, Role::AsOfLine, Role::TodayLine, Role::QuarterMark, Role::MarkDisagrees,
                          Role::Focus, Role::GridStrong}) {
            for (const QColor &behind : {background, Palette::role(Role::HeaderBackground, mode)}) {
                INFO(modeName(mode) << ": role " << int(role) << " " << Palette::role(role, mode).name().toStdString()
                                    << " on " << behind.name().toStdString());
                CHECK(Palette::contrastRatio(Palette::role(role, mode), behind) >= graphicRatio);
            }
        }
        for (int n = 0; n < Palette::hueCount; ++n) {
            INFO(modeName(mode) << ": series " << n);
            // A line has no outline to lean on.
            CHECK(Palette::contrastRatio(Palette::seriesLine(n, mode), background) >= graphicRatio);
        }
    }
}

TEST_CASE("the charts' series and status styles reach 3:1 on the chart background in the palette in effect",
          "[palette][contrast]")
{
    // The dashboard's bars, slices, legend swatches and tile accents: a fill with its outline, as
    // the charts draw them in the mode of the screen or the page (ChartStyle::inMode).
    for (Mode mode : {Mode::Colour, Mode::Dark}) {
        const QColor background = Palette::role(Role::Background, mode);
        const auto check = [&](const ChartStyle &style) {
            CHECK(std::max(Palette::contrastRatio(style.colour, background), Palette::contrastRatio(style.outline, background))
                  >= graphicRatio);
        };
        for (int n = 0; n < Palette::hueCount; ++n) {
            INFO(modeName(mode) << ": chart series " << n);
            check(ChartStyle::series(n, mode));
            check(ChartStyle::series(n).inMode(mode)); // a spec built in the light set, drawn in mode
            // The outline is the edge of a bar beside its neighbour: it reads on the background.
            CHECK(Palette::contrastRatio(ChartStyle::series(n, mode).outline, background) >= graphicRatio);
        }
        for (State state : barStates) {
            INFO(modeName(mode) << ": chart status " << MilestoneStatus::stateKey(state));
            check(ChartStyle::status(state, mode));
            check(ChartStyle::status(state).inMode(mode));
        }
    }
    // Dark is not the light set: the styles change with the mode, and come back.
    CHECK(ChartStyle::status(State::NotStarted).inMode(Mode::Dark).colour != ChartStyle::status(State::NotStarted).colour);
    CHECK(ChartStyle::series(0).inMode(Mode::Dark).outline != ChartStyle::series(0).outline);
    CHECK(ChartStyle::series(3).inMode(Mode::Dark).inMode(Mode::Colour) == ChartStyle::series(3));
    CHECK(ChartStyle::status(State::Overdue).inMode(Mode::Greyscale).colour
          == Palette::toGrey(Palette::statusColour(State::Overdue)));
}

TEST_CASE("the dark set keeps the statuses apart in greyscale and from one another", "[palette][contrast]")
{
    const State all[] = {State::Unknown, State::NotStarted, State::OnTrack, State::DueSoon, State::Overdue, State::Done};
    for (State a : all) {
        for (State b : all) {
            if (a == b)
                continue;
            INFO(MilestoneStatus::stateKey(a) << " vs " << MilestoneStatus::stateKey(b));
            CHECK(std::abs(Palette::luminance(Palette::statusColour(a, Mode::Dark))
                           - Palette::luminance(Palette::statusColour(b, Mode::Dark)))
                  >= 30);
        }
    }
    // Not started is the page's own colour: white on paper, dark on a dark screen.
    CHECK(Palette::statusColour(State::NotStarted) == QColor(Qt::white));
    CHECK(Palette::luminance(Palette::statusColour(State::NotStarted, Mode::Dark)) < 64);
}

TEST_CASE("the dark window palette reads at 4.5:1, and a dark application palette makes the screen dark",
          "[palette][contrast]")
{
    const QPalette dark = Palette::darkWindowPalette();
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window}, {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase}, {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base}, {QPalette::Link, QPalette::Base}};
    for (const auto &[text, background] : pairs) {
        INFO("roles " << int(text) << " on " << int(background));
        CHECK(Palette::contrastRatio(dark.color(text), dark.color(background)) >= textRatio);
    }

    const QPalette original = QApplication::palette();
    CHECK(Palette::screenMode() == Mode::Colour); // offscreen: no dark system scheme
    QApplication::setPalette(dark);
    CHECK(Palette::screenMode() == Mode::Dark);
    QApplication::setPalette(original);
    CHECK(Palette::screenMode() == Mode::Colour);
}
