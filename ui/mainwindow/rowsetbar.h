// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace milepost {

class PlanFilterProxyModel;

// The breadcrumb above the outline and the timeline while they show only the rows behind a
// dashboard figure: "From the dashboard: Milestones › By status › Overdue · 9 rows", and a
// button that shows every row again. Hidden while the filter has no row set.
class RowSetBar final : public QWidget
{
    Q_OBJECT

public:
    explicit RowSetBar(PlanFilterProxyModel *filter, QWidget *parent = nullptr);

    QString text() const;

private:
    void update();

    PlanFilterProxyModel *m_filter = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_clear = nullptr;
};

} // namespace milepost
