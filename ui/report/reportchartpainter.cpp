// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchartpainter.h"

#include "charts/qtchartsbackend.h"
#include "common/samplebadge.h"
#include "reporttext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace milepost {

namespace {

constexpr int wrapFlags = ReportText::wrapFlags;

} // namespace

ReportChartPainter::ReportChartPainter(const ReportStyle &style)
    : m_style(style)
    , m_font(m_style.font(7.5))
{
}

ReportChartPainter::~ReportChartPainter() = default;

QString ReportChartPainter::noteOf(const ChartSpec &spec)
{
    if (spec.isEmpty())
        return spec.note.isEmpty() ? QCoreApplication::translate("milepost::ChartWidget", "No data for this chart under the current filters.")
                                   : QCoreApplication::translate("milepost::ChartWidget", "No data for this chart under the current filters. %1").arg(spec.note);
    return spec.note;
}

bool ReportChartPainter::wantsFullWidth(const ChartSpec &spec, qreal halfWidth) const
{
    if (spec.kind == ChartSpec::Kind::Donut)
        return false;
    if (!spec.horizontal)
        return spec.categories.size() > 8; // lines over many years, long rows of bars
    // Bars across with their names on the left: Qt Charts gives the names no more than about a
    // third of the width and draws longer ones past the chart's edge.
    qreal longest = 0;
    const QFontMetricsF metrics(m_font);
    for (const QString &category : spec.categories)
        longest = std::max(longest, metrics.horizontalAdvance(category));
    return longest > halfWidth * 0.3;
}

qreal ReportChartPainter::titleHeight(const ChartSpec &spec, qreal width) const
{
    const QFont font = m_style.font(9.5, QFont::Bold);
    return std::max(ReportText::wrappedHeight(font, spec.title, width), QFontMetricsF(font).height()) + ReportStyle::fromPoints(3);
}

qreal ReportChartPainter::noteHeight(const QString &note, qreal width) const
{
    return note.isEmpty() ? 0 : ReportText::wrappedHeight(m_style.smallFont(), note, width) + ReportStyle::fromPoints(3);
}

qreal ReportChartPainter::preferredHeight(const ChartSpec &spec, qreal width) const
{
    const qreal line = QFontMetricsF(m_font).height();
    qreal chart = ReportStyle::fromPoints(150);
    if (spec.isEmpty())
        chart = line * 2;
    else if (spec.horizontal && spec.kind != ChartSpec::Kind::Donut) {
        // A line of text per bar; grouped bars side by side need room for each of the group.
        const qsizetype bars = spec.kind == ChartSpec::Kind::GroupedBars ? std::max<qsizetype>(1, spec.series.size()) : 1;
        const qreal perCategory = std::max(line + ReportStyle::fromPoints(5), bars * line * 0.8);
        chart = std::max(chart, spec.categories.size() * perCategory + line * 4);
    }
    return titleHeight(spec, width) + chart + noteHeight(noteOf(spec), width);
}

void ReportChartPainter::paint(QPainter *painter, const ChartSpec &spec, const QRectF &rect, qreal title) const
{
    painter->save();
    const QFont titleFont = m_style.font(9.5, QFont::Bold);
    qreal right = rect.right();
    if (spec.sampleData)
        right = SampleBadge::paint(painter, rect.topRight(), m_style.smallFont(), m_style.mode()).left()
            - ReportStyle::fromPoints(6);
    painter->setFont(titleFont);
    painter->setPen(m_style.text());
    title = std::max(title, titleHeight(spec, right - rect.left()));
    painter->drawText(QRectF(rect.left(), rect.top(), right - rect.left(), title), wrapFlags, spec.title);

    const QString note = noteOf(spec);
    const qreal noteSpace = noteHeight(note, rect.width());
    if (!note.isEmpty()) {
        painter->setFont(m_style.smallFont());
        painter->setPen(m_style.mutedText());
        painter->drawText(QRectF(rect.left(), rect.bottom() - noteSpace + ReportStyle::fromPoints(3), rect.width(), noteSpace),
                          wrapFlags, note);
    }
    const QRectF chart(rect.left(), rect.top() + title, rect.width(), rect.height() - title - noteSpace);
    if (!spec.isEmpty() && chart.height() > 0 && chart.width() > 0) {
        // A backend of its own for each chart: one that drew another chart before keeps that
        // chart's axes in its scene until the event loop deletes them, and a report paints
        // every page without returning to it.
        QWidget host;
        host.setAttribute(Qt::WA_DontShowOnScreen);
        // The chart's labels in the report's font, sized in report units like the rest of the page.
        host.setFont(m_font);
        QtChartsBackend backend(&host);
        backend.setVectorOnly(true);
        // Paper is light whatever the screen; a greyscale page takes the palette's greys, and
        // the patterns and markers keep its series apart.
        backend.setPaperColours(true);
        backend.setGreyscale(m_style.mode() == Palette::Mode::Greyscale);
        backend.setSpec(spec);
        backend.layoutAt(chart.size());
        backend.render(painter, chart);
    }
    painter->restore();
}

} // namespace milepost
