// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartspec.h"
#include "reportstyle.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace milepost {

// Paints a dashboard chart on a report page: its title, the Sample data badge, the chart and its
// note. The chart is drawn by the backend the screen uses (ChartBackend), laid out at the size it
// gets on paper and painted straight into the page's painter, so a PDF holds it as lines and
// text, not as an image. Needs a QApplication: the backend's surface is a widget, never shown.
class ReportChartPainter final
{
public:
    explicit ReportChartPainter(const ReportStyle &style);
    ~ReportChartPainter();
    ReportChartPainter(const ReportChartPainter &) = delete;
    ReportChartPainter &operator=(const ReportChartPainter &) = delete;

    // The height spec needs at width so that no label is skipped: a line of text per bar when
    // the bars run across, and room for title and note.
    qreal preferredHeight(const ChartSpec &spec, qreal width) const;
    // Whether spec reads better across the whole width of the page than in halfWidth: many
    // categories along the bottom, or bar names too long for half a page.
    bool wantsFullWidth(const ChartSpec &spec, qreal halfWidth) const;

    // The height of spec's title at width (it wraps).
    qreal titleHeight(const ChartSpec &spec, qreal width) const;

    // title: the height the title takes, so that charts side by side start at the same height
    // (< 0: its own).
    void paint(QPainter *painter, const ChartSpec &spec, const QRectF &rect, qreal title = -1) const;

private:
    qreal noteHeight(const QString &note, qreal width) const;
    static QString noteOf(const ChartSpec &spec);

    const ReportStyle &m_style;
    QFont m_font; // of the chart's labels
};

} // namespace milepost
