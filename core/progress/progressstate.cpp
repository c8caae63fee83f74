// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressstate.h"

namespace milepost {

std::optional<ProgressStatus::Value> ProgressState::status() const
{
    return ProgressStatus::parse(value(ProgressField::Id::Status));
}

std::optional<int> ProgressState::percent() const
{
    bool ok = false;
    const int percent = value(ProgressField::Id::Percent).toInt(&ok);
    return ok ? std::optional<int>(percent) : std::nullopt;
}

QDate ProgressState::actualStart() const
{
    return QDate::fromString(value(ProgressField::Id::ActualStart), Qt::ISODate);
}

QDate ProgressState::actualEnd() const
{
    return QDate::fromString(value(ProgressField::Id::ActualEnd), Qt::ISODate);
}

QString ProgressState::problem() const
{
    const QDate start = actualStart();
    const QDate end = actualEnd();
    if (start.isValid() && end.isValid() && end < start)
        return tr("the actual end %1 is before the actual start %2")
            .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate));
    return {};
}

} // namespace milepost
