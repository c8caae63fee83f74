// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardpack.h"

#include "common/datetext.h"
#include "reportpageframe.h"
#include "reporttext.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace milepost {

namespace {

constexpr int wrapFlags = ReportText::wrapFlags;

} // namespace

BoardPack::BoardPack(Cover cover)
    : m_cover(std::move(cover))
    , m_style(m_cover.options.greyscale ? Palette::Mode::Greyscale : Palette::Mode::Colour)
{
}

BoardPack::~BoardPack() = default;

void BoardPack::addPart(std::unique_ptr<ReportPart> part)
{
    m_parts.push_back(std::move(part));
}

void BoardPack::layout(const QSizeF &pageArea)
{
    const QSizeF body = ReportPageFrame::bodyOf(QRectF(QPointF(0, 0), pageArea)).size();
    m_firstPages.clear();
    int page = m_cover.contents ? 1 : 0;
    for (const auto &part : m_parts) {
        part->layout(body);
        m_firstPages.append(page);
        page += part->pageCount();
    }
    m_pageCount = std::max(1, page);
}

int BoardPack::partOf(int page) const
{
    // A part with no pages (the milestones of a plan the filters empty) holds none of them.
    for (int part = 0; part < m_firstPages.size(); ++part) {
        if (page >= m_firstPages.at(part) && page < m_firstPages.at(part) + m_parts.at(std::size_t(part))->pageCount())
            return part;
    }
    return -1;
}

void BoardPack::paintContents(QPainter *painter, const QRectF &body) const
{
    qreal y = body.top() + ReportStyle::fromPoints(6);
    painter->setPen(m_style.text());
    painter->setFont(m_style.titleFont());
    const qreal titleHeight = ReportText::wrappedHeight(m_style.titleFont(), m_cover.title, body.width());
    painter->drawText(QRectF(body.left(), y, body.width(), titleHeight), wrapFlags, m_cover.title);
    y += titleHeight;
    painter->setFont(m_style.subtitleFont());
    painter->setPen(m_style.mutedText());
    const QString asOf = m_cover.asOf.isValid() ? tr("As of %1").arg(DateText::longDate(m_cover.asOf)) : tr("No as-of date");
    painter->drawText(QRectF(body.left(), y, body.width(), body.height()), wrapFlags, asOf);
    y += QFontMetricsF(m_style.subtitleFont()).height() + ReportStyle::fromPoints(10);

    painter->setFont(m_style.bodyFont());
    painter->setPen(m_style.text());
    QStringList facts = m_cover.facts;
    facts.append(tr("Printed %1").arg(DateText::dateTime(m_cover.printedAt)));
    for (const QString &fact : std::as_const(facts)) {
        const qreal height = ReportText::wrappedHeight(m_style.bodyFont(), fact, body.width());
        painter->drawText(QRectF(body.left(), y, body.width(), height), wrapFlags, fact);
        y += height + ReportStyle::fromPoints(3);
    }
    y += ReportStyle::fromPoints(16);

    painter->setFont(m_style.headingFont());
    painter->drawText(QRectF(body.left(), y, body.width(), body.height()), Qt::AlignLeft | Qt::AlignTop, tr("Contents"));
    y += QFontMetricsF(m_style.headingFont()).height() + ReportStyle::fromPoints(6);
    const QFont font = m_style.font(11);
    const qreal lineHeight = QFontMetricsF(font).height() + ReportStyle::fromPoints(6);
    painter->setFont(font);
    for (int part = 0; part < partCount(); ++part) {
        const int first = m_firstPages.at(part) + 1;
        const int count = m_parts.at(std::size_t(part))->pageCount();
        const QString pages = count == 0 ? tr("nothing to print")
            : count == 1                 ? tr("page %1").arg(first)
                                         : tr("pages %1–%2").arg(first).arg(first + count - 1);
        const QRectF line(body.left(), y, body.width(), lineHeight);
        painter->setPen(m_style.text());
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          tr("%1.  %2", "number, section").arg(part + 1).arg(m_parts.at(std::size_t(part))->title()));
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, pages);
        painter->setPen(QPen(m_style.alternateFill().darker(115), ReportStyle::fromPoints(0.5), Qt::DotLine));
        painter->drawLine(line.bottomLeft(), line.bottomRight());
        y += lineHeight;
    }
    if (m_parts.empty()) {
        painter->setPen(m_style.text());
        painter->drawText(QRectF(body.left(), y, body.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("No section was chosen."));
    }
}

void BoardPack::paintPage(QPainter *painter, int page, const QRectF &pageArea) const
{
    if (page < 0 || page >= m_pageCount)
        return;
    const int part = partOf(page);
    const QString caption = part < 0 ? tr("Contents")
                                     : m_parts.at(std::size_t(part))->pageCaption(page - m_firstPages.at(part));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    ReportPageFrame::paint(painter, m_style, pageArea,
                           {m_cover.title, m_cover.asOf, caption, m_cover.printedAt, page, m_pageCount});
    const QRectF body = ReportPageFrame::bodyOf(pageArea);
    if (part < 0) {
        painter->setClipRect(body);
        paintContents(painter, body);
    } else {
        m_parts.at(std::size_t(part))->paintPage(painter, page - m_firstPages.at(part), body);
    }
    painter->restore();
}

} // namespace milepost
