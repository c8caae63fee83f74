// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresssheet.h"

#include <algorithm>

namespace milepost {

QString ProgressSheet::name(Column column)
{
    static const char *const names[ColumnCount] = {
        "Id", "Objective", "Milestone", "Planned start", "Planned end",
        "Status now", "Percent now", "Actual start now", "Actual end now", "Owner now", "Office now", "Latest note",
        "Status", "Percent", "Actual start", "Actual end", "Owner", "Office", "Note", "As of"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(names[column]) : QString();
}

QStringList ProgressSheet::header()
{
    QStringList names;
    for (int column = 0; column < ColumnCount; ++column)
        names.append(name(Column(column)));
    return names;
}

bool ProgressSheet::isSheetHeader(const QStringList &header)
{
    for (const Column column : {Id, Objective, Milestone, Status}) {
        const QString wanted = name(column);
        const bool found = std::any_of(header.cbegin(), header.cend(), [&wanted](const QString &cell) {
            return cell.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (!found)
            return false;
    }
    return true;
}

std::optional<ProgressField::Id> ProgressSheet::fieldOf(Column column)
{
    switch (column) {
    case Status:
        return ProgressField::Id::Status;
    case Percent:
        return ProgressField::Id::Percent;
    case ActualStart:
        return ProgressField::Id::ActualStart;
    case ActualEnd:
        return ProgressField::Id::ActualEnd;
    case Owner:
        return ProgressField::Id::Owner;
    case Office:
        return ProgressField::Id::Office;
    default:
        break;
    }
    return std::nullopt;
}

} // namespace milepost
