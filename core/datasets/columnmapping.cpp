// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmapping.h"

namespace milepost {

QString ColumnMapping::unitKey(Unit unit)
{
    switch (unit) {
    case Unit::Ones:
        return QStringLiteral("ones");
    case Unit::Thousands:
        return QStringLiteral("thousands");
    case Unit::Millions:
        return QStringLiteral("millions");
    }
    return {};
}

bool ColumnMapping::unitFromKey(const QString &key, Unit *unit)
{
    for (const Unit candidate : {Unit::Ones, Unit::Thousands, Unit::Millions}) {
        if (key.trimmed().compare(unitKey(candidate), Qt::CaseInsensitive) == 0) {
            *unit = candidate;
            return true;
        }
    }
    return false;
}

} // namespace milepost
