// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinepaintoptions.h"

#include <QWidget>

namespace milepost {

// The timeline's legend on screen, painted by TimelinePainter::paintLegend() as the printed
// report paints it. Wraps to its width; its accessible description reads the legend out.
class TimelineLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineLegend(QWidget *parent = nullptr);

    void setOptions(const TimelinePaintOptions &options);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateDescription();

    TimelinePaintOptions m_options;
};

} // namespace milepost
