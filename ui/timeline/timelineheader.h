// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace milepost {

class TimelineChart;

// The time scale's tiers above a TimelineChart's rows, painted by the chart's painter so that
// header and rows can never disagree about where a date is.
class TimelineHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineHeader(TimelineChart *chart);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    TimelineChart *m_chart = nullptr;
};

} // namespace milepost
