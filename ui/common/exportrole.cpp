// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportrole.h"

#include "time/plandate.h"

namespace milepost {

QVariant exportValue(const PlanDate &date)
{
    if (date.kind() == PlanDate::Kind::Exact)
        return date.firstDay();
    return date.canonical();
}

QVariant exportMoney(const std::optional<qint64> &cents)
{
    if (!cents)
        return QString();
    return double(*cents) / 100.0;
}

} // namespace milepost
