// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfiguretile.h"

#include "common/palette.h"
#include "common/samplebadge.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace milepost {

namespace {

constexpr int padding = 8;
constexpr int accentWidth = 6;
constexpr int detailLines = 2;

} // namespace

KeyFigureTile::KeyFigureTile(const QString &caption, QWidget *parent)
    : QAbstractButton(parent)
    , m_caption(caption)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(caption);
    setAttribute(Qt::WA_Hover, true);
}

void KeyFigureTile::setFigure(const QString &value, const QString &detail, bool sampleData)
{
    m_value = value;
    m_detail = detail;
    m_sampleData = sampleData;
    m_sampleShare.reset();
    m_sources.clear();
    setText(value);
    describe();
}

void KeyFigureTile::setOrigin(std::optional<double> sampleShare, const QStringList &sources)
{
    m_sampleShare = m_sampleData ? sampleShare : std::nullopt;
    m_sources = sources;
    describe();
}

QString KeyFigureTile::badgeText() const
{
    return SampleBadge::text(m_sampleShare);
}

QString KeyFigureTile::originText() const
{
    return m_sources.size() > 1 ? tr("Pooled from %n sources", nullptr, int(m_sources.size())) : QString();
}

void KeyFigureTile::describe()
{
    QStringList description{m_detail.trimmed()};
    if (m_sampleData)
        description.append(m_sampleShare ? SampleBadge::shareText(*m_sampleShare) : SampleBadge::text() + QLatin1Char('.'));
    if (m_sources.size() > 1)
        description.append(tr("Pooled from %n sources: %1.", nullptr, int(m_sources.size()))
                               .arg(m_sources.join(tr(", ", "list separator"))));
    description.removeAll(QString());
    const QString text = description.join(QLatin1Char(' '));
    setAccessibleName(tr("%1: %2", "caption, value").arg(m_caption, m_value));
    setAccessibleDescription(text);
    setToolTip(tr("%1\nClick, or press Enter, to show the rows behind this figure.", "detail").arg(text));
    updateGeometry();
    update();
}

void KeyFigureTile::setAccent(const ChartStyle &style)
{
    m_accent = style;
    update();
}

QFont KeyFigureTile::valueFont() const
{
    QFont font = this->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.75);
    return font;
}

QSize KeyFigureTile::sizeHint() const
{
    const QFontMetrics small(font());
    const QFontMetrics large(valueFont());
    QFont bold = badgeFont();
    bold.setBold(true);
    const int badge = m_sampleData ? QFontMetrics(bold).horizontalAdvance(badgeText()) + 20 : 0;
    // Wide enough for the caption and the number; the detail wraps onto a second line. Every
    // tile keeps a line for where its figure comes from, so that tiles in a row line up.
    const int width = std::max({small.horizontalAdvance(m_caption), large.horizontalAdvance(m_value) + badge,
                                small.horizontalAdvance(m_detail) / detailLines, small.horizontalAdvance(originText()),
                                small.averageCharWidth() * 14});
    const int height = small.height() * (2 + detailLines) + large.height() + 2 * padding + 4;
    return QSize(width + 2 * padding + accentWidth + 4, height);
}

QSize KeyFigureTile::minimumSizeHint() const
{
    // The line for where the figure comes from is kept at the preferred size only (tiles in a
    // row line up); a tile without one may lose it in a small window.
    const QSize hint = sizeHint();
    const int originLine = originText().isEmpty() ? fontMetrics().height() : 0;
    return QSize(fontMetrics().averageCharWidth() * 14, hint.height() - originLine);
}

void KeyFigureTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);
    const Palette::Mode mode = Palette::screenMode();
    QColor background = Palette::role(Palette::Role::Background, mode);
    if (isDown())
        background = Palette::role(Palette::Role::HeaderBackground, mode);
    else if (underMouse())
        background = Palette::role(Palette::Role::AlternateRow, mode);
    painter.setPen(QPen(Palette::role(Palette::Role::GridStrong, mode), 1));
    painter.setBrush(background);
    painter.drawRoundedRect(frame, 4, 4);
    if (hasFocus()) {
        // Unmistakable from across the room: a thick ring in the focus colour, inside the edge.
        painter.setPen(QPen(Palette::role(Palette::Role::Focus, mode), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame.adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
    }

    qreal left = frame.left() + padding;
    if (m_accent) {
        const QRectF bar(frame.left() + 3, frame.top() + 3, accentWidth, frame.height() - 6);
        const ChartStyle accent = m_accent->inMode(mode);
        painter.fillRect(bar, accent.colour);
        QPainterPath shape;
        shape.addRect(bar);
        accent.paintPattern(&painter, shape);
        left = bar.right() + padding - 2;
    }
    const qreal right = frame.right() - padding;
    const QFontMetricsF small(font());
    qreal top = frame.top() + padding - 2;

    painter.setFont(font());
    painter.setPen(Palette::role(Palette::Role::HeaderText, mode));
    painter.drawText(QRectF(left, top, right - left, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     small.elidedText(m_caption, Qt::ElideRight, right - left));
    top += small.height() + 2;

    // The badge sits beside the number, where a tile has room to spare.
    const QFont large = valueFont();
    const QFontMetricsF largeMetrics(large);
    qreal valueRight = right;
    if (m_sampleData) {
        const QFont badgeFont = this->badgeFont();
        QFont bold = badgeFont;
        bold.setBold(true);
        const qreal badgeHeight = QFontMetricsF(bold).height() + 4;
        valueRight = SampleBadge::paint(&painter, QPointF(right, top + (largeMetrics.height() - badgeHeight) / 2),
                                        badgeFont, badgeText())
                         .left()
            - 6;
    }
    painter.setFont(large);
    painter.setPen(Palette::role(Palette::Role::HeaderText, mode));
    painter.drawText(QRectF(left, top, valueRight - left, largeMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     largeMetrics.elidedText(m_value, Qt::ElideRight, valueRight - left));
    top += largeMetrics.height() + 2;

    // The detail may take two lines; only what does not fit in two is cut short.
    painter.setFont(font());
    painter.setPen(Palette::role(Palette::Role::SecondaryText, mode));
    const QRectF detailRect(left, top, right - left, small.height() * detailLines);
    if (painter.boundingRect(detailRect, Qt::AlignLeft | Qt::TextWordWrap, m_detail).height() <= detailRect.height() + 0.5)
        painter.drawText(detailRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_detail);
    else
        painter.drawText(detailRect, Qt::AlignLeft | Qt::AlignTop, small.elidedText(m_detail, Qt::ElideRight, right - left));
    if (const QString origin = originText(); !origin.isEmpty()) {
        QFont italic = font();
        italic.setItalic(true);
        painter.setFont(italic);
        painter.drawText(QRectF(left, detailRect.bottom(), right - left, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(italic).elidedText(origin, Qt::ElideRight, right - left));
    }
}

bool KeyFigureTile::isElided() const
{
    const qreal room = textWidth();
    const QFontMetricsF small(font());
    QFont bold = badgeFont();
    bold.setBold(true);
    const qreal badge = m_sampleData ? QFontMetricsF(bold).horizontalAdvance(badgeText()) + 18 : 0;
    const QRectF detail = small.boundingRect(QRectF(0, 0, room, 1e6), Qt::AlignLeft | Qt::TextWordWrap, m_detail);
    QFont italic = font();
    italic.setItalic(true);
    return small.horizontalAdvance(m_caption) > room || detail.height() > small.height() * detailLines + 0.5
        || QFontMetricsF(italic).horizontalAdvance(originText()) > room
        || detail.width() > room + 0.5 || QFontMetricsF(valueFont()).horizontalAdvance(m_value) + badge > room;
}

QFont KeyFigureTile::badgeFont() const
{
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

qreal KeyFigureTile::textWidth() const
{
    const qreal left = 1 + (m_accent.has_value() ? 3 + accentWidth + padding - 2 : padding);
    return width() - 1 - padding - left;
}

void KeyFigureTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        event->accept();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

} // namespace milepost
