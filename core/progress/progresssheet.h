// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progressfield.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace milepost {

// The columns of a progress update sheet (`milepost export --dataset progress-template`, read
// back by `milepost import --dataset progress`): the milestone's stable id, what identifies it
// to a person, the values recorded now, and empty columns to fill in. The names are the file
// format, the same in every language; the importer finds them by name, ignoring case.
class ProgressSheet final
{
public:
    enum Column {
        Id, Objective, Milestone, PlannedStart, PlannedEnd,
        StatusNow, PercentNow, ActualStartNow, ActualEndNow, OwnerNow, OfficeNow, LatestNote,
        Status, Percent, ActualStart, ActualEnd, Owner, Office, Note, AsOf,
        ColumnCount
    };

    static QString name(Column column);
    static QStringList header();
    // The field a column to fill in sets; nullopt for the others (Note and As of included).
    static std::optional<ProgressField::Id> fieldOf(Column column);
    static QString datasetName() { return QStringLiteral("progress-template"); }
    // Whether a file with this header is an update sheet as Milepost writes them: it names the
    // Id, Objective, Milestone and Status columns (ignoring case and surrounding spaces).
    static bool isSheetHeader(const QStringList &header);
};

} // namespace milepost
