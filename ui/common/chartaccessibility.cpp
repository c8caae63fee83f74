// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartaccessibility.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QWidget>

namespace milepost {

namespace {

QAccessibleInterface *chartFactory(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    if (className == QLatin1String("milepost::ChartWidget") || className == QLatin1String("milepost::TimelineChart"))
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Chart);
    return nullptr;
}

} // namespace

void installChartAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(chartFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace milepost
