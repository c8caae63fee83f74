// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpageframe.h"

#include "common/datetext.h"

#include <QFontMetricsF>
#include <QPainter>

namespace milepost {

// The texts keep the context they had in MilestoneReport, which painted them first: their
// translations stay.
void ReportPageFrame::paint(QPainter *painter, const ReportStyle &style, const QRectF &area, const Page &page)
{
    const qreal rule = ReportStyle::fromPoints(0.75);
    const qreal gap = ReportStyle::fromPoints(12);
    const QFont bold = style.font(8.5, QFont::Bold);
    const QFont small = style.smallFont();

    const QRectF header(area.left(), area.top(), area.width(), headerHeight() - ReportStyle::fromPoints(8));
    const QString asOf = page.asOf.isValid() ? QCoreApplication::translate("MilestoneReport", "As of %1").arg(DateText::longDate(page.asOf)) : QCoreApplication::translate("MilestoneReport", "No as-of date");
    painter->setFont(bold);
    painter->setPen(style.text());
    const qreal asOfWidth = QFontMetricsF(bold).horizontalAdvance(asOf) + ReportStyle::fromPoints(2);
    painter->drawText(header, Qt::AlignRight | Qt::AlignBottom, asOf);
    painter->drawText(header.adjusted(0, 0, -asOfWidth - gap, 0), Qt::AlignLeft | Qt::AlignBottom,
                      QFontMetricsF(bold).elidedText(page.title, Qt::ElideRight, header.width() - asOfWidth - gap));
    painter->setPen(QPen(style.rule(), rule));
    painter->drawLine(QPointF(area.left(), header.bottom() + ReportStyle::fromPoints(3)),
                      QPointF(area.right(), header.bottom() + ReportStyle::fromPoints(3)));

    const QRectF footer(area.left(), area.bottom() - footerHeight() + ReportStyle::fromPoints(8), area.width(),
                        footerHeight() - ReportStyle::fromPoints(8));
    painter->drawLine(QPointF(area.left(), footer.top() - ReportStyle::fromPoints(3)),
                      QPointF(area.right(), footer.top() - ReportStyle::fromPoints(3)));
    painter->setFont(small);
    painter->setPen(style.text());
    const QString pageText = QCoreApplication::translate("MilestoneReport", "Page %1 of %2").arg(page.page + 1).arg(page.pageCount);
    const qreal pageWidth = QFontMetricsF(small).horizontalAdvance(pageText) + ReportStyle::fromPoints(2);
    painter->drawText(footer, Qt::AlignRight | Qt::AlignTop, pageText);
    const QString printed = QCoreApplication::translate("MilestoneReport", "Printed %1").arg(DateText::dateTime(page.printedAt));
    const QString left = page.caption.isEmpty() ? printed : QCoreApplication::translate("MilestoneReport", "%1  ·  %2").arg(page.caption, printed);
    painter->setPen(style.mutedText());
    painter->drawText(footer.adjusted(0, 0, -pageWidth - gap, 0), Qt::AlignLeft | Qt::AlignTop,
                      QFontMetricsF(small).elidedText(left, Qt::ElideMiddle, footer.width() - pageWidth - gap));
}

} // namespace milepost
