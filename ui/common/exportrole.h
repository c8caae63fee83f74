// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>
#include <Qt>

#include <optional>

namespace milepost {

// The value a model's cell has in an export "as shown" (TableCsvExporter), where the text on
// screen is not the data: a QDate for a day (written in the CSV's date format), "2023-06" for a
// month, a number without its formatting, an empty QString for nothing (never a placeholder
// such as -1). A model that does not answer it is exported from Qt::EditRole or what it shows.
// Far above any model's own roles (they count up from Qt::UserRole + 1).
constexpr int ExportRole = Qt::UserRole + 0x4000;
// A tree model's headerData(0, Qt::Horizontal, LevelNamesRole): a QStringList naming the levels
// above its records ("Phase", "Objective"), the columns an export gives a record's parents.
constexpr int LevelNamesRole = ExportRole + 1;

class PlanDate;

// A plan's date as an export writes it: a day as a QDate, a month, a quarter, Ongoing or N/A as
// PlanDate::canonical() writes them ("2023-06", "2022-Q2"), an unreadable one as written.
QVariant exportValue(const PlanDate &date);
// An amount held in cents, as dollars (1234.56); an empty text when there is none.
QVariant exportMoney(const std::optional<qint64> &cents);

} // namespace milepost
