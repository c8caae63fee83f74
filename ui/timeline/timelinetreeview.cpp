// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetreeview.h"

#include "flatrowgeometry.h"

#include <QApplication>
#include <QHash>
#include <QHeaderView>
#include <QPainter>
#include <QStaticText>
#include <QStyle>
#include <QStyledItemDelegate>


namespace milepost {

// Every row exactly the geometry's height, whatever the content would like; editors, when an
// editing delegate is set, from it. A row's text is drawn as the style draws it (its margins,
// elided, in the palette's text or highlighted text colour), but laid out once for each text,
// font and width: QStyledItemDelegate shapes every title again on every paint, which was most of
// a frame of the timeline.
class TimelineTreeView::RowHeightDelegate final : public QStyledItemDelegate
{
public:
    RowHeightDelegate(FlatRowGeometry *rows, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_rows(rows)
    {
    }

    void setEditing(QAbstractItemDelegate *editing)
    {
        if (m_editing)
            disconnect(m_editing, nullptr, this, nullptr);
        m_editing = editing;
        if (!editing)
            return;
        // The view listens to its own delegate: an editor that commits itself (the status list
        // saves on a choice) is heard through this one.
        connect(editing, &QAbstractItemDelegate::commitData, this, &QAbstractItemDelegate::commitData);
        connect(editing, &QAbstractItemDelegate::closeEditor, this, &QAbstractItemDelegate::closeEditor);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(int(m_rows->uniformRowHeight()));
        return size;
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return m_editing ? m_editing->createEditor(parent, option, index)
                         : QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (m_editing)
            m_editing->setEditorData(editor, index);
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (m_editing)
            m_editing->setModelData(editor, model, index);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QWidget *widget = item.widget;
        const QStyle *style = widget ? widget->style() : QApplication::style();
        if ((item.features & QStyleOptionViewItem::WrapText) || item.text.contains(QChar::LineSeparator)
            || item.text.contains(QLatin1Char('\n'))) {
            QStyledItemDelegate::paint(painter, option, index); // several lines: as the style lays them out
            return;
        }
        // The text's place does not depend on the text (which the style would lay out to find it).
        const QString text = item.text;
        item.text.clear();
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget); // background, focus, icon
        if (text.isEmpty())
            return;
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect area = textRect.adjusted(margin, 0, -margin, 0);
        QPalette::ColorGroup group = (item.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(item.state & QStyle::State_Active))
            group = QPalette::Inactive;
        const bool selected = item.state & QStyle::State_Selected;
        const QStaticText &line = laidOut(text, item.font, area.width(), item.textElideMode);
        const QSizeF size = line.size();
        const Qt::Alignment horizontal
            = QStyle::visualAlignment(item.direction, item.displayAlignment) & Qt::AlignHorizontal_Mask;
        const qreal x = horizontal & Qt::AlignRight     ? area.right() + 1 - size.width()
                      : horizontal & Qt::AlignHCenter ? area.left() + (area.width() - size.width()) / 2
                                                        : area.left();
        const qreal y = area.top() + (area.height() - size.height()) / 2;
        painter->save();
        painter->setClipRect(area, Qt::IntersectClip);
        painter->setFont(item.font);
        painter->setPen(item.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawStaticText(QPointF(x, y), line);
        painter->restore();
    }

private:
    // The text as drawn at width: elided to fit, laid out once.
    const QStaticText &laidOut(const QString &text, const QFont &font, int width, Qt::TextElideMode elide) const
    {
        const LaidOutKey key{text, font.key(), width, int(elide)};
        auto found = m_laidOut.constFind(key);
        if (found != m_laidOut.constEnd())
            return *found;
        if (m_laidOut.size() >= maximumLaidOut)
            m_laidOut.clear(); // the rows in view come back within a page or two
        QStaticText line(QFontMetrics(font).elidedText(text, elide, width));
        line.setTextFormat(Qt::PlainText);
        line.prepare(QTransform(), font);
        return *m_laidOut.insert(key, line);
    }

    static constexpr qsizetype maximumLaidOut = 4096;
    FlatRowGeometry *m_rows = nullptr;
    QPointer<QAbstractItemDelegate> m_editing;
    struct LaidOutKey
    {
        QString text;
        QString font;
        int width = 0;
        int elide = 0;

        friend bool operator==(const LaidOutKey &, const LaidOutKey &) = default;
        friend size_t qHash(const LaidOutKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font, key.width, key.elide);
        }
    };
    mutable QHash<LaidOutKey, QStaticText> m_laidOut;
};


TimelineTreeView::TimelineTreeView(FlatRowGeometry *rows, QWidget *parent)
    : QTreeView(parent)
{
    m_delegate = new RowHeightDelegate(rows, this);
    setItemDelegate(m_delegate);
    setEditTriggers(QAbstractItemView::NoEditTriggers); // until an editing delegate is set
    setUniformRowHeights(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Both halves keep a horizontal scroll bar, so their viewports are equally tall and the
    // last row lines up at the bottom too.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setExpandsOnDoubleClick(false);
    setTextElideMode(Qt::ElideRight);
    header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
}

void TimelineTreeView::setExpandedIndexes(const QList<QModelIndex> &indexes)
{
    collapseAll();
    // With a layout pending, expand() only records the item: one layout for all of them.
    scheduleDelayedItemsLayout();
    for (const QModelIndex &index : indexes)
        expand(index);
}

void TimelineTreeView::doItemsLayout()
{
    Q_EMIT layingOut(true);
    QTreeView::doItemsLayout();
    Q_EMIT layingOut(false);
}

void TimelineTreeView::setEditingDelegate(QAbstractItemDelegate *editing)
{
    m_delegate->setEditing(editing);
    setEditTriggers(editing ? QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked
                            : QAbstractItemView::NoEditTriggers);
}

} // namespace milepost
