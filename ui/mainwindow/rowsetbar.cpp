// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowsetbar.h"

#include "plantree/planfilterproxymodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace milepost {

RowSetBar::RowSetBar(PlanFilterProxyModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("rowSetBar"));
    setAccessibleName(tr("Rows from the dashboard"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("rowSetLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("rowSetClear"));
    m_clear->setText(tr("Show every &row"));
    m_clear->setToolTip(tr("Show the whole plan again (Esc in the outline or the timeline)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, m_filter, &PlanFilterProxyModel::clearRowSet);
    connect(m_filter, &PlanFilterProxyModel::rowSetChanged, this, &RowSetBar::update);
    update();
}

QString RowSetBar::text() const
{
    return m_label->text();
}

void RowSetBar::update()
{
    setVisible(m_filter->hasRowSet());
    m_label->setText(m_filter->hasRowSet() ? tr("From the dashboard: %1").arg(m_filter->rowSetLabel()) : QString());
}

} // namespace milepost
