// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetreeview.h"

#include "flatrowgeometry.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace milepost {

namespace {

// Every row exactly the geometry's height, whatever the content would like.
class RowHeightDelegate final : public QStyledItemDelegate
{
public:
    RowHeightDelegate(FlatRowGeometry *rows, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_rows(rows)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(int(m_rows->uniformRowHeight()));
        return size;
    }

private:
    FlatRowGeometry *m_rows = nullptr;
};

} // namespace

TimelineTreeView::TimelineTreeView(FlatRowGeometry *rows, QWidget *parent)
    : QTreeView(parent)
{
    setItemDelegate(new RowHeightDelegate(rows, this));
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

} // namespace milepost
