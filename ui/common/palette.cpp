// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <QGuiApplication>
#include <QPaintDevice>
#include <QPalette>
#include <QStyleHints>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QTransform>

#include <array>
#include <cmath>

namespace milepost {

namespace {

using State = MilestoneStatus::State;

constexpr std::array<QRgb, Palette::hueCount> okabeIto{
    0xE69F00, // orange
    0x56B4E9, // sky blue
    0x009E73, // bluish green
    0xF0E442, // yellow
    0x0072B2, // blue
    0xD55E00, // vermillion
    0xCC79A7, // reddish purple
};

// Series order: alternates dark and light so neighbouring slices and bars differ in grey too.
constexpr std::array<Palette::Hue, Palette::hueCount> seriesOrder{
    Palette::Hue::Blue,        Palette::Hue::Orange, Palette::Hue::BluishGreen, Palette::Hue::Yellow,
    Palette::Hue::Vermillion,  Palette::Hue::SkyBlue, Palette::Hue::ReddishPurple};

bool isDark(Palette::Mode mode)
{
    return mode == Palette::Mode::Dark;
}

QColor inMode(const QColor &colour, Palette::Mode mode)
{
    return mode == Palette::Mode::Greyscale ? Palette::toGrey(colour) : colour;
}

// The pattern tiles of Qt are eight device pixels wide: on a 1200 dpi printer that is a grey
// haze. Scale them so that a pattern looks the same on paper as on a 96 dpi screen.
QTransform patternTransform(const QPainter *painter)
{
    const QPaintDevice *device = painter->device();
    if (!device)
        return {};
    const qreal factor = qMax(1.0, device->logicalDpiX() / 96.0);
    return QTransform::fromScale(factor, factor);
}

} // namespace

int Palette::luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return qRound(0.299 * rgb.red() + 0.587 * rgb.green() + 0.114 * rgb.blue());
}

QColor Palette::toGrey(const QColor &colour)
{
    const int grey = luminance(colour);
    return QColor(grey, grey, grey, colour.alpha());
}

QColor Palette::hue(Hue hue, Mode mode)
{
    return inMode(QColor::fromRgb(okabeIto.at(std::size_t(hue))), mode);
}

QColor Palette::series(int n, Mode mode)
{
    const int i = ((n % hueCount) + hueCount) % hueCount;
    return hue(seriesOrder.at(std::size_t(i)), mode);
}

Qt::BrushStyle Palette::seriesPattern(int n)
{
    constexpr std::array<Qt::BrushStyle, hueCount> patterns{Qt::SolidPattern, Qt::BDiagPattern, Qt::Dense6Pattern,
                                                            Qt::FDiagPattern, Qt::CrossPattern, Qt::HorPattern,
                                                            Qt::DiagCrossPattern};
    return patterns.at(std::size_t(((n % hueCount) + hueCount) % hueCount));
}

QColor Palette::seriesPatternColour(int n, Mode mode)
{
    const QColor pattern = luminance(series(n)) < 128 ? QColor(0xFF, 0xFF, 0xFF) : QColor(0x30, 0x30, 0x30);
    return inMode(pattern, mode);
}

Palette::Marker Palette::seriesMarker(int n)
{
    constexpr std::array<Marker, 6> markers{Marker::Circle,       Marker::Square, Marker::TriangleUp,
                                            Marker::Diamond,      Marker::Cross,  Marker::TriangleDown};
    return markers.at(std::size_t(((n % 6) + 6) % 6));
}

double Palette::relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    const auto linear = [](int channel) {
        const double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(rgb.red()) + 0.7152 * linear(rgb.green()) + 0.0722 * linear(rgb.blue());
}

double Palette::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Palette::withContrast(const QColor &colour, const QColor &background, double ratio)
{
    const bool darkBackground = relativeLuminance(background) < 0.18;
    QColor result = colour.toRgb();
    for (int step = 0; step < 40 && contrastRatio(result, background) < ratio; ++step)
        result = darkBackground ? result.lighter(110) : result.darker(110);
    return result;
}

QColor Palette::seriesLine(int n, Mode mode)
{
    return withContrast(series(n, mode), role(Role::Background, mode), 3.0);
}

Palette::Mode Palette::screenMode()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark)
        return Mode::Dark;
#endif
    // The palette says what the style draws: a dark window is a dark scheme, whatever set it.
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128 ? Mode::Dark : Mode::Colour;
}

QPalette Palette::darkWindowPalette()
{
    const Mode dark = Mode::Dark;
    QPalette palette;
    const QColor window(0x2A, 0x2A, 0x2A);
    const QColor text = role(Role::HeaderText, dark);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, role(Role::Background, dark));
    palette.setColor(QPalette::AlternateBase, role(Role::AlternateRow, dark));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, role(Role::HeaderBackground, dark));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xFF, 0xFF, 0xFF));
    palette.setColor(QPalette::ToolTipBase, role(Role::HeaderBackground, dark));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, role(Role::SecondaryText, dark));
    palette.setColor(QPalette::Highlight, QColor(0x1F, 0x5F, 0x8F));
    palette.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    palette.setColor(QPalette::Link, hue(Hue::SkyBlue));
    palette.setColor(QPalette::LinkVisited, hue(Hue::ReddishPurple));
    palette.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x3C, 0x3C, 0x3C));
    palette.setColor(QPalette::Mid, QColor(0x70, 0x70, 0x70));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    palette.setColor(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
    const QColor disabled(0x8A, 0x8A, 0x8A);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

void Palette::followSystemScheme()
{
    if (screenMode() == Mode::Dark && QGuiApplication::palette().color(QPalette::Window).lightness() >= 128)
        QGuiApplication::setPalette(darkWindowPalette());
}

QColor Palette::role(Role role, Mode mode)
{
    if (isDark(mode)) {
        switch (role) {
        case Role::Background:
            return QColor(0x1E, 0x1E, 0x1E);
        case Role::AlternateRow:
            return QColor(0x27, 0x27, 0x27);
        case Role::Grid:
            return QColor(0x3A, 0x3A, 0x3A);
        case Role::GridStrong:
            return QColor(0x8A, 0x8A, 0x8A);
        case Role::HeaderText:
            return QColor(0xE8, 0xE8, 0xE8);
        case Role::HeaderBackground:
            return QColor(0x33, 0x33, 0x33);
        case Role::Summary:
            return QColor(0xC8, 0xC8, 0xC8);
        case Role::AsOfLine:
            return QColor(0xFF, 0xFF, 0xFF);
        case Role::QuarterMark:
            return QColor(0xB8, 0xB8, 0xB8);
        case Role::SecondaryText:
            return QColor(0xB8, 0xB8, 0xB8);
        case Role::Focus:
            return hue(Hue::SkyBlue);
        case Role::Selection: {
            QColor colour = hue(Hue::SkyBlue);
            colour.setAlpha(70);
            return colour;
        }
        case Role::TodayLine:
        case Role::MarkDisagrees:
        case Role::Warning:
            break; // the hues of the light set hold on dark too
        }
    }
    QColor colour;
    switch (role) {
    case Role::Background:
        colour = QColor(0xFF, 0xFF, 0xFF);
        break;
    case Role::AlternateRow:
        colour = QColor(0xF3, 0xF3, 0xF3);
        break;
    case Role::Grid:
        colour = QColor(0xDC, 0xDC, 0xDC);
        break;
    case Role::GridStrong:
        // 3:1 on the header's grey too: the edge of a tile is a control's boundary (WCAG 1.4.11).
        colour = QColor(0x80, 0x80, 0x80);
        break;
    case Role::HeaderText:
        colour = QColor(0x1E, 0x1E, 0x1E);
        break;
    case Role::HeaderBackground:
        colour = QColor(0xEA, 0xEA, 0xEA);
        break;
    case Role::Summary:
        colour = QColor(0x33, 0x33, 0x33);
        break;
    case Role::AsOfLine:
        colour = QColor(0x00, 0x00, 0x00);
        break;
    case Role::TodayLine:
        // Okabe-Ito's reddish purple a shade darker: 3:1 on the header's grey as well as on white.
        colour = QColor(0xB8, 0x60, 0x9A);
        break;
    case Role::QuarterMark:
        colour = QColor(0x2B, 0x2B, 0x2B);
        break;
    case Role::MarkDisagrees:
        colour = hue(Hue::Vermillion);
        break;
    case Role::Warning:
        colour = hue(Hue::Orange);
        break;
    case Role::Baseline:
        colour = QColor(0x50, 0x50, 0x50);
        break;
    case Role::Selection:
        colour = hue(Hue::SkyBlue);
        colour.setAlpha(80);
        break;
    case Role::Focus:
        colour = hue(Hue::Blue);
        break;
    case Role::SecondaryText:
        colour = QColor(0x2B, 0x2B, 0x2B);
        break;
    }
    return inMode(colour, mode);
}

QColor Palette::statusColour(MilestoneStatus::State state, Mode mode)
{
    // Luma: Done 87, Overdue 119, OnTrack 158, DueSoon 213, NotStarted 255; Unknown 0. Recorded
    // only: Cancelled 43 (between Unknown and Done), Deferred 151 (near On track: their patterns
    // and markers differ).
    QColor colour;
    switch (state) {
    case State::Done:
        colour = hue(Hue::Blue);
        break;
    case State::Overdue:
        colour = hue(Hue::Vermillion);
        break;
    case State::OnTrack:
        colour = hue(Hue::SkyBlue);
        break;
    case State::DueSoon:
        colour = hue(Hue::Yellow);
        break;
    case State::NotStarted:
        // Planned work, not yet ink: the page's own colour, white on paper, dark grey on a dark screen.
        colour = isDark(mode) ? QColor(0x30, 0x30, 0x30) : QColor(0xFF, 0xFF, 0xFF);
        break;
    case State::Deferred:
        colour = hue(Hue::ReddishPurple);
        break;
    case State::Cancelled:
        colour = QColor(0x2B, 0x2B, 0x2B);
        break;
    case State::Unknown:
        colour = QColor(0x00, 0x00, 0x00);
        break;
    }
    return inMode(colour, mode);
}

QColor Palette::statusOutline(MilestoneStatus::State state, Mode mode)
{
    // darker() goes through HSV: work it out once per status and mode, not once per bar.
    static const auto table = [] {
        std::array<std::array<QColor, MilestoneStatus::stateCount>, modeCount> outlines;
        for (Mode m : {Mode::Colour, Mode::Greyscale, Mode::Dark}) {
            for (int i = 0; i < MilestoneStatus::stateCount; ++i) {
                const auto s = State(i);
                QColor colour = s == State::NotStarted || s == State::DueSoon ? QColor(0x50, 0x50, 0x50)
                                                                             : statusColour(s).darker(160);
                // On a dark screen the fills carry the contrast; the empty Not started bar and the
                // near-black Cancelled one an edge (light grey, lighter for Cancelled).
                if (isDark(m)) {
                    colour = s == State::NotStarted  ? QColor(0xA0, 0xA0, 0xA0)
                             : s == State::Cancelled ? QColor(0xC8, 0xC8, 0xC8)
                                                     : statusColour(s).lighter(130);
                }
                outlines[std::size_t(m)][std::size_t(i)] = inMode(colour, m);
            }
        }
        return outlines;
    }();
    return table[std::size_t(mode)][std::size_t(state)];
}

Qt::BrushStyle Palette::statusPattern(MilestoneStatus::State state)
{
    switch (state) {
    case State::Done:
        return Qt::SolidPattern;
    case State::OnTrack:
        return Qt::BDiagPattern;
    case State::DueSoon:
        return Qt::Dense6Pattern;
    case State::Overdue:
        return Qt::DiagCrossPattern;
    case State::NotStarted:
        return Qt::FDiagPattern;
    case State::Deferred:
        return Qt::HorPattern;
    case State::Cancelled:
        return Qt::CrossPattern;
    case State::Unknown:
        break;
    }
    return Qt::SolidPattern;
}

QColor Palette::statusPatternColour(MilestoneStatus::State state, Mode mode)
{
    // White on dark fills, dark grey on light ones: the pattern must show in both modes. Not
    // started is white with light lines: planned work, not yet ink.
    if (state == State::NotStarted)
        return inMode(QColor(0x8C, 0x8C, 0x8C), mode);
    const QColor fill = statusColour(state, mode);
    const QColor pattern = luminance(fill) < 128 ? QColor(0xFF, 0xFF, 0xFF) : QColor(0x30, 0x30, 0x30);
    return inMode(pattern, mode);
}

Palette::Marker Palette::statusMarker(MilestoneStatus::State state)
{
    switch (state) {
    case State::Done:
        return Marker::Circle;
    case State::OnTrack:
        return Marker::Square;
    case State::DueSoon:
        return Marker::TriangleUp;
    case State::Overdue:
        return Marker::Cross;
    case State::NotStarted:
        return Marker::TriangleDown;
    case State::Deferred:
        return Marker::Plus;
    case State::Cancelled:
        return Marker::Bar;
    case State::Unknown:
        break;
    }
    return Marker::Diamond;
}

void Palette::fillPattern(QPainter *painter, const QPainterPath &shape, Qt::BrushStyle pattern, const QColor &colour)
{
    if (pattern == Qt::SolidPattern || pattern == Qt::NoBrush)
        return;
    QBrush brush(colour, pattern);
    brush.setTransform(patternTransform(painter));
    painter->fillPath(shape, brush);
}

void Palette::fillPattern(QPainter *painter, const QRectF &rect, Qt::BrushStyle pattern, const QColor &colour)
{
    if (pattern == Qt::SolidPattern || pattern == Qt::NoBrush)
        return;
    QBrush brush(colour, pattern);
    brush.setTransform(patternTransform(painter));
    painter->fillRect(rect, brush);
}

void Palette::fillStatus(QPainter *painter, const QRectF &rect, MilestoneStatus::State state, Mode mode)
{
    painter->fillRect(rect, statusColour(state, mode));
    fillPattern(painter, rect, statusPattern(state), statusPatternColour(state, mode));
}

void Palette::paintSwatch(QPainter *painter, const QRectF &rect, MilestoneStatus::State state, Mode mode)
{
    painter->save();
    fillStatus(painter, rect, state, mode);
    painter->setPen(QPen(statusOutline(state, mode), 0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

void Palette::paintMarker(QPainter *painter, const QRectF &rect, Marker marker, const QColor &fill, const QColor &outline)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    painter->setPen(QPen(outline, qMax(1.0, side / 10)));
    painter->setBrush(fill);
    const QPointF c = box.center();
    const qreal r = side / 2;
    switch (marker) {
    case Marker::Circle:
        painter->drawEllipse(box.adjusted(1, 1, -1, -1));
        break;
    case Marker::Square:
        painter->drawRect(box.adjusted(1.5, 1.5, -1.5, -1.5));
        break;
    case Marker::Diamond:
        painter->drawPolygon(QPolygonF({{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}}));
        break;
    case Marker::TriangleUp:
        painter->drawPolygon(QPolygonF({{c.x(), box.top() + 1}, {box.right() - 1, box.bottom() - 1}, {box.left() + 1, box.bottom() - 1}}));
        break;
    case Marker::TriangleDown:
        painter->drawPolygon(QPolygonF({{box.left() + 1, box.top() + 1}, {box.right() - 1, box.top() + 1}, {c.x(), box.bottom() - 1}}));
        break;
    case Marker::Cross: {
        // A thick X: two bars at ±45°, filled, with the outline around their union.
        const qreal w = side / 3.5;
        const QPolygonF bar(QRectF(-r + 1, -w / 2, 2 * r - 2, w));
        QPainterPath path;
        path.addPolygon(QTransform().translate(c.x(), c.y()).rotate(45).map(bar));
        path.closeSubpath();
        path.addPolygon(QTransform().translate(c.x(), c.y()).rotate(-45).map(bar));
        path.closeSubpath();
        path.setFillRule(Qt::WindingFill);
        painter->drawPath(path.simplified());
        break;
    }
    case Marker::Plus: {
        // The Cross upright: two bars at 0° and 90°.
        const qreal w = side / 3.5;
        QPainterPath path;
        path.addRect(QRectF(c.x() - r + 1, c.y() - w / 2, 2 * r - 2, w));
        path.addRect(QRectF(c.x() - w / 2, c.y() - r + 1, w, 2 * r - 2));
        path.setFillRule(Qt::WindingFill);
        painter->drawPath(path.simplified());
        break;
    }
    case Marker::Bar:
        // A struck-out line: one thick horizontal bar.
        painter->drawRect(QRectF(c.x() - r + 1, c.y() - side / 6, 2 * r - 2, side / 3));
        break;
    }
    painter->restore();
}

} // namespace milepost
