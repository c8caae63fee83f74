// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectivelookup.h"

#include <QStringList>

namespace milepost {

std::optional<ObjectiveLookup::Found> ObjectiveLookup::find(const Plan &plan, const QString &text, QString *error)
{
    const QList<ObjectiveKey> keys = ObjectiveKey::ofPlan(plan);
    const QString wanted = text.simplified();
    if (wanted.isEmpty()) {
        *error = tr("name an objective by its number or its title");
        return std::nullopt;
    }
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    if (isNumber) {
        if (number < 1 || number > keys.size()) {
            *error = tr("there is no objective %1: the plan has objectives 1 to %2").arg(number).arg(keys.size());
            return std::nullopt;
        }
        return Found{number - 1, keys.at(number - 1)};
    }
    QList<int> matches;
    for (int o = 0; o < plan.objectives.size(); ++o) {
        if (plan.objectives.at(o).title.simplified().compare(wanted, Qt::CaseInsensitive) == 0)
            matches.append(o);
    }
    if (matches.size() == 1)
        return Found{matches.constFirst(), keys.at(matches.constFirst())};
    if (matches.isEmpty()) {
        *error = tr("there is no objective “%1” in the plan").arg(wanted);
        return std::nullopt;
    }
    QStringList numbers;
    for (int o : std::as_const(matches))
        numbers << QString::number(o + 1);
    *error = tr("%1 objectives are titled “%2”: give one of their numbers, %3")
                 .arg(matches.size())
                 .arg(wanted, numbers.join(QLatin1String(", ")));
    return std::nullopt;
}

} // namespace milepost
