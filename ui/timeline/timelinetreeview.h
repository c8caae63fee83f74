// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

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
};

} // namespace milepost
