// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartspec.h"

#include <QAbstractButton>

#include <optional>

namespace milepost {

// A key figure: a caption, the number in large type, a line of detail, and the Sample data
// badge when illustrative rows feed it. A button: click it, or press Space or Enter on it, to
// see the rows behind the number. An optional accent (a status's style) draws a bar on its left,
// in the screen's palette, light or dark.
class KeyFigureTile final : public QAbstractButton
{
    Q_OBJECT

public:
    explicit KeyFigureTile(const QString &caption, QWidget *parent = nullptr);

    void setFigure(const QString &value, const QString &detail, bool sampleData);
    void setAccent(const ChartStyle &style);
    std::optional<ChartStyle> accent() const { return m_accent; }
    QString caption() const { return m_caption; }
    QString value() const { return m_value; }
    QString detail() const { return m_detail; }
    bool isSampleData() const { return m_sampleData; }
    // Whether a text does not fit the tile as it is now and is shown cut short.
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QFont valueFont() const;
    QFont badgeFont() const;
    qreal textWidth() const;

    QString m_caption;
    QString m_value;
    QString m_detail;
    bool m_sampleData = false;
    std::optional<ChartStyle> m_accent;
};

} // namespace milepost
