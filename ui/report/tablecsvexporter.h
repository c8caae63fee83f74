// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/csvoptions.h"

#include <QCoreApplication>
#include <QModelIndex>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QHeaderView;

namespace milepost {

class CsvWriter;

// Any table as the user sees it, as CSV: the columns the header shows, in the order it shows
// them, with their header texts; the rows of the model given, which is the view's own model,
// so its filter and sort are already applied. A tree's rows come depth-first, children of an
// item only when isExpanded says it is open. Cells are typed from Qt::EditRole when the model
// gives a number or a date there, else written as the text shown.
class TableCsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(TableCsvExporter)

public:
    using ExpandedPredicate = std::function<bool(const QModelIndex &)>;

    // Returns the number of data rows written.
    static qint64 write(const QAbstractItemModel *model, const QHeaderView *header, CsvWriter &writer,
                        const ExpandedPredicate &isExpanded = {});
    // Through ExportFile: no file is left behind when writing fails.
    static bool exportToFile(const QAbstractItemModel *model, const QHeaderView *header, const QString &path,
                             const CsvOptions &options, QString *error, const ExpandedPredicate &isExpanded = {});
};

} // namespace milepost
