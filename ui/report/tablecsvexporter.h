// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/csvoptions.h"

#include <QCoreApplication>
#include <QModelIndex>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QHeaderView;

namespace milepost {

class CsvWriter;

// Any table as the user sees it, as CSV: the columns the header shows, in the order it shows
// them, with their header texts; the rows of the model given, which is the view's own model,
// so its filter and sort are already applied. A tree gives one row per record (an item without
// children), collapsed or not, with its parents' names in columns of their own before the
// others (levelNames, else the model's LevelNamesRole, names them: "Phase", "Objective"). Cells are written from ExportRole when
// the model answers it, else typed from Qt::EditRole when that is a number or a date, else as
// the text shown.
class TableCsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(TableCsvExporter)

public:
    // Returns the number of data rows written.
    static qint64 write(const QAbstractItemModel *model, const QHeaderView *header, CsvWriter &writer,
                        const QStringList &levelNames = {});
    // Through ExportFile: no file is left behind when writing fails.
    static bool exportToFile(const QAbstractItemModel *model, const QHeaderView *header, const QString &path,
                             const CsvOptions &options, QString *error, const QStringList &levelNames = {});
};

} // namespace milepost
