// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"

namespace milepost {

QString Dataset::key(Id dataset)
{
    switch (dataset) {
    case Staffing:
        return QStringLiteral("staffing");
    case Enrollment:
        return QStringLiteral("enrollment");
    case CapitalProjects:
        return QStringLiteral("projects");
    }
    return {};
}

std::optional<Dataset::Id> Dataset::fromKey(const QString &key)
{
    for (const Id dataset : all) {
        if (Dataset::key(dataset) == key)
            return dataset;
    }
    return std::nullopt;
}

QString Dataset::name(Id dataset)
{
    switch (dataset) {
    case Staffing:
        return tr("Staffing");
    case Enrollment:
        return tr("Enrollment");
    case CapitalProjects:
        return tr("Capital projects");
    }
    return {};
}

} // namespace milepost
