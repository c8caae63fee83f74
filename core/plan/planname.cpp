// SPDX-License-Identifier: GPL-3.0-or-later
#include "planname.h"

#include "plan.h"

#include <QStringList>

namespace milepost {

QString PlanName::of(const Plan &plan)
{
    return fromTitle(plan.title);
}

QString PlanName::fromTitle(const QString &title)
{
    const QString simplified = title.simplified();
    if (simplified.isEmpty())
        return tr("Untitled plan");
    QStringList words = simplified.split(QLatin1Char(' '));
    if (words.size() >= 2 && words.last().compare(QLatin1String("report"), Qt::CaseInsensitive) == 0
        && words.at(words.size() - 2).compare(QLatin1String("plan"), Qt::CaseInsensitive) == 0) {
        words.removeLast();
        return words.join(QLatin1Char(' '));
    }
    return simplified;
}

} // namespace milepost
