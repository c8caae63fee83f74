// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTreeView>

class QAbstractItemDelegate;

namespace milepost {

class FlatRowGeometry;

// The tree half of the timeline: a QTreeView whose rows are exactly as tall as the chart's
// (the shared FlatRowGeometry says how tall), scrolled by pixel so that one scroll bar serves
// both halves, and able to expand thousands of groups with one layout instead of one each.
class TimelineTreeView final : public QTreeView
{
    Q_OBJECT

public:
    explicit TimelineTreeView(FlatRowGeometry *rows, QWidget *parent = nullptr);

    // Collapses everything, then expands exactly these items with a single relayout.
    void setExpandedIndexes(const QList<QModelIndex> &indexes);
    // The editors of cells the model lets edit come from editing (the outline's, so that a
    // milestone is edited the same way in both views); rows keep the chart's height. Edits start
    // with F2 or a click on the selected cell, as in the outline.
    void setEditingDelegate(QAbstractItemDelegate *editing);

    // Lays out every row, between layingOut(true) and layingOut(false): QTreeView asks each open
    // group of a model that fetches lazily for more on every layout (CapitalTimelineModel holds
    // those fetches back meanwhile, the view reads on as it scrolls).
    void doItemsLayout() override;

Q_SIGNALS:
    void layingOut(bool during);

private:
    class RowHeightDelegate;
    RowHeightDelegate *m_delegate = nullptr;
};

} // namespace milepost
