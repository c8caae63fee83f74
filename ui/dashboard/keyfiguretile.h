// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartspec.h"

#include <QAbstractButton>
#include <QColor>
#include <QStringList>

#include <optional>

namespace milepost {

// A key figure: a caption, the number in large type, a line of detail, and the Sample data
// badge when illustrative rows feed it, with the share of the figure they give; under them, a
// line that says when the figure pools rows from more than one import source. A button: click
// it, or press Space or Enter on it, to see the rows behind the number. An optional accent (a
// status's style) draws a bar on its left, in the screen's palette, light or dark.
class KeyFigureTile final : public QAbstractButton
{
    Q_OBJECT

public:
    explicit KeyFigureTile(const QString &caption, QWidget *parent = nullptr);

    void setFigure(const QString &value, const QString &detail, bool sampleData);
    // Where the figure comes from: the share of it that sample data gives (Figure::sampleShare)
    // and the sources of its rows. Set after setFigure(), which clears them.
    void setOrigin(std::optional<double> sampleShare, const QStringList &sources);
    void setAccent(const ChartStyle &style);
    std::optional<ChartStyle> accent() const { return m_accent; }
    QString caption() const { return m_caption; }
    QString value() const { return m_value; }
    QString detail() const { return m_detail; }
    bool isSampleData() const { return m_sampleData; }
    // The badge's text ("Sample data · 12%") and the line under the detail ("Pooled from 3
    // sources", empty for one source or none).
    QString badgeText() const;
    QString originText() const;
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
    void describe();

    QString m_caption;
    QString m_value;
    QString m_detail;
    bool m_sampleData = false;
    std::optional<double> m_sampleShare;
    QStringList m_sources;
    std::optional<ChartStyle> m_accent;
};

} // namespace milepost
