// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetreeview.h"

#include "flatrowgeometry.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace milepost {

// Every row exactly the geometry's height, whatever the content would like; editors, when an
// editing delegate is set, from it.
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

private:
    FlatRowGeometry *m_rows = nullptr;
    QPointer<QAbstractItemDelegate> m_editing;
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
