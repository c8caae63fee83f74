// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelegendpainter.h"

#include "timelineshapes.h"

#include "time/plandate.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <functional>

namespace milepost {

namespace {

using State = MilestoneStatus::State;

qreal snap(qreal x)
{
    return std::round(x);
}

constexpr qreal softEdgeOpacity = TimelineShapes::softEdgeOpacity;
constexpr auto paintFade = &TimelineShapes::paintFade;
constexpr auto paintDottedVertical = &TimelineShapes::paintDottedVertical;
constexpr auto paintWarningMarker = &TimelineShapes::paintWarningMarker;
constexpr auto paintHollowSquare = &TimelineShapes::paintHollowSquare;

} // namespace

qreal TimelineLegendPainter::paint(QPainter *painter, const QRectF &rect, const TimelinePaintOptions &options)
{
    const QFontMetricsF metrics(options.font);
    const qreal lineHeight = std::ceil(metrics.height() + 4);
    const qreal swatchWidth = 28;
    const qreal swatchHeight = std::ceil(metrics.height() * 0.8);
    const qreal gap = 16;
    qreal x = rect.left();
    qreal y = rect.top();

    // Each entry draws its swatch into the box it is given.
    const auto entry = [&](const QString &text, const std::function<void(const QRectF &)> &swatch) {
        const qreal width = swatchWidth + 6 + metrics.horizontalAdvance(text);
        if (x > rect.left() && x + width > rect.right()) {
            x = rect.left();
            y += lineHeight;
        }
        if (painter) {
            const QRectF box(x, y + (lineHeight - swatchHeight) / 2, swatchWidth, swatchHeight);
            swatch(box);
            painter->setPen(Palette::role(Palette::Role::HeaderText, options.mode));
            painter->drawText(QRectF(x + swatchWidth + 6, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        x += width + gap;
    };

    if (painter) {
        painter->save();
        painter->setFont(options.font);
        painter->setRenderHint(QPainter::Antialiasing, false);
    }
    using Subject = TimelinePaintOptions::Subject;
    const Subject subject = options.subject;
    // The same colours name what they mean for the rows shown.
    const auto stateText = [subject](State state) {
        if (subject == Subject::CapitalProjects) {
            switch (state) {
            case State::Done:
                return tr("Phase ended");
            case State::OnTrack:
                return tr("Under way");
            case State::DueSoon:
                return tr("Planned end within 30 days");
            case State::Overdue:
                return tr("Open past its planned end");
            case State::NotStarted:
                return tr("Not begun");
            case State::Deferred:
            case State::Cancelled:
            case State::Unknown:
                break;
            }
        } else if (subject == Subject::Staffing) {
            switch (state) {
            case State::Done:
                return tr("Period over");
            case State::OnTrack:
                return tr("Current period");
            case State::NotStarted:
                return tr("Period ahead");
            default:
                break;
            }
        }
        // A plan's recorded statuses are drawn in the nearest colour of the date rule's scale.
        if (subject == Subject::Plan && state == State::DueSoon)
            return tr("Due soon or at risk");
        if (subject == Subject::Plan && state == State::Overdue)
            return tr("Overdue or off track");
        return MilestoneStatus::stateName(state);
    };
    const QList<State> states = subject == Subject::Staffing
        ? QList<State>{State::Done, State::OnTrack, State::NotStarted}
        : QList<State>{State::Done, State::OnTrack, State::DueSoon, State::Overdue, State::NotStarted};
    for (State state : states) {
        entry(stateText(state), [&](const QRectF &box) {
            Palette::paintSwatch(painter, box.adjusted(0, 0, 1, 1), state, options.mode);
        });
    }
    if (subject != Subject::Staffing) {
        entry(subject == Subject::CapitalProjects ? tr("Date not applicable (code) or missing") : tr("No readable date"),
              [&](const QRectF &box) {
                  const qreal side = box.height() + 2;
                  paintWarningMarker(painter, QRectF(box.center().x() - side / 2, box.center().y() - side / 2, side, side),
                                     options.mode);
              });
    }
    const QString summaryText = subject == Subject::CapitalProjects ? tr("Project or district")
        : subject == Subject::Staffing                             ? tr("Local District or job category")
                                                                   : tr("Phase or objective");
    entry(summaryText, [&](const QRectF &box) {
        const QColor colour = Palette::role(Palette::Role::Summary, options.mode);
        const QRectF bar(box.left(), box.top() + 2, box.width(), box.height() / 2 - 1);
        painter->fillRect(bar, colour);
        painter->fillRect(QRectF(bar.left(), bar.bottom(), 3, 3), colour);
        painter->fillRect(QRectF(bar.right() - 3, bar.bottom(), 3, 3), colour);
    });
    if (subject == Subject::CapitalProjects) {
        entry(tr("Planned (bar) and actual dates (line)"), [&](const QRectF &box) {
            const QRectF bar(box.left() + 2, box.top(), box.width() - 10, std::round(box.height() * 0.55));
            Palette::fillStatus(painter, bar, State::OnTrack, options.mode);
            const QColor colour = Palette::role(Palette::Role::Summary, options.mode);
            painter->fillRect(QRectF(box.left() + 8, box.bottom() - 3, box.width() - 8, 3), colour);
            painter->fillRect(QRectF(box.left() + 8, box.bottom() - 6, 2, 6), colour);
        });
    }
    if (subject == Subject::Plan) {
        entry(tr("Deferred or cancelled"), [&](const QRectF &box) {
            QPainterPath outline;
            outline.addRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
            TimelineShapes::paintSetAside(painter, outline, options.mode);
        });
        entry(tr("Quarter or month date"), [&](const QRectF &box) {
            const auto fill = [&](const QRectF &part) { Palette::fillStatus(painter, part, State::OnTrack, options.mode); };
            fill(QRectF(box.left() + 10, box.top(), box.width() - 10, box.height()));
            paintFade(painter, QRectF(box.left(), box.top(), 10, box.height()), true, softEdgeOpacity, fill);
            paintDottedVertical(painter, box.left(), box.top(), box.height(), Palette::statusOutline(State::OnTrack, options.mode));
        });
        entry(tr("Ongoing"), [&](const QRectF &box) {
            const auto fill = [&](const QRectF &part) { Palette::fillStatus(painter, part, State::OnTrack, options.mode); };
            fill(QRectF(box.left(), box.top(), 8, box.height()));
            paintFade(painter, QRectF(box.left() + 8, box.top(), box.width() - 8, box.height()), false, 0.0, fill);
        });
    }
    const QString asOfText = options.asOf.isValid()
        ? tr("As of %1").arg(PlanDate::exact(options.asOf).displayText())
        : tr("As of");
    entry(asOfText, [&](const QRectF &box) {
        painter->fillRect(QRectF(snap(box.center().x()) - 1, box.top() - 2, 2, box.height() + 4),
                          Palette::role(Palette::Role::AsOfLine, options.mode));
    });
    // A printed report draws no today line (paper outlives the day): no legend entry for it.
    if (options.showTodayLine) {
        entry(tr("Today"), [&](const QRectF &box) {
            for (qreal yy = box.top() - 2; yy < box.bottom() + 2; yy += 6)
                painter->fillRect(QRectF(snap(box.center().x()), yy, 1, 4), Palette::role(Palette::Role::TodayLine, options.mode));
        });
    }
    if (options.showBaseline && subject == Subject::Plan) {
        entry(tr("Baseline dates"), [&](const QRectF &box) {
            const QColor colour = Palette::role(Palette::Role::Baseline, options.mode);
            QColor fill = colour;
            fill.setAlpha(120);
            const QRectF bar(box.left(), snap(box.center().y()) - 2, box.width(), 5);
            painter->save();
            painter->setPen(QPen(colour, 1));
            painter->setBrush(fill);
            painter->drawRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));
            painter->restore();
        });
    }
    if (options.showMarks && subject == Subject::Plan) {
        entry(tr("Quarter marked in the plan"), [&](const QRectF &box) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setPen(Qt::NoPen);
            painter->setBrush(Palette::role(Palette::Role::QuarterMark, options.mode));
            painter->drawEllipse(box.center(), 4, 4);
            painter->restore();
        });
        entry(tr("Marked, but outside the dates"), [&](const QRectF &box) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setPen(QPen(Palette::role(Palette::Role::MarkDisagrees, options.mode), 2));
            painter->setBrush(Palette::role(Palette::Role::Background, options.mode));
            painter->drawEllipse(box.center(), 4, 4);
            painter->restore();
        });
        entry(tr("Covered by the dates, not marked"), [&](const QRectF &box) {
            painter->save();
            const QColor colour = Palette::role(Palette::Role::MarkDisagrees, options.mode);
            for (qreal xx = box.left(); xx < box.right(); xx += 6)
                painter->fillRect(QRectF(xx, snap(box.center().y()), 3, 1), colour);
            paintHollowSquare(painter, QPointF(box.center().x(), snap(box.center().y())), 10, colour,
                              Palette::role(Palette::Role::Background, options.mode));
            painter->restore();
        });
    }
    if (painter)
        painter->restore();
    return y + lineHeight - rect.top();
}

} // namespace milepost
