// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecsvexporter.h"

#include "export/csvwriter.h"
#include "export/exportfile.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QHeaderView>

namespace milepost {

namespace {

QList<int> visibleColumns(const QAbstractItemModel *model, const QHeaderView *header)
{
    QList<int> columns;
    if (!header) {
        for (int column = 0; column < model->columnCount(); ++column)
            columns.append(column);
        return columns;
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical) && logical < model->columnCount())
            columns.append(logical);
    }
    return columns;
}

void addValue(CsvWriter &writer, const QModelIndex &index)
{
    const QVariant value = index.data(Qt::EditRole);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        writer.addInteger(value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        writer.addNumber(value.toDouble());
        return;
    case QMetaType::QDate:
        writer.addDate(value.toDate());
        return;
    case QMetaType::QDateTime:
        writer.addText(value.toDateTime().toString(Qt::ISODate));
        return;
    default:
        break;
    }
    writer.addText(index.data(Qt::DisplayRole).toString());
}

qint64 writeRows(const QAbstractItemModel *model, const QModelIndex &parent, const QList<int> &columns, CsvWriter &writer,
                 const TableCsvExporter::ExpandedPredicate &isExpanded)
{
    qint64 rows = 0;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column : columns)
            addValue(writer, model->index(row, column, parent));
        writer.endRow();
        ++rows;
        const QModelIndex child = model->index(row, 0, parent);
        if (model->hasChildren(child) && (!isExpanded || isExpanded(child)))
            rows += writeRows(model, child, columns, writer, isExpanded);
    }
    return rows;
}

} // namespace

qint64 TableCsvExporter::write(const QAbstractItemModel *model, const QHeaderView *header, CsvWriter &writer,
                               const ExpandedPredicate &isExpanded)
{
    const QList<int> columns = visibleColumns(model, header);
    QStringList names;
    for (int column : columns)
        names.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    writer.writeHeader(names);
    return writeRows(model, QModelIndex(), columns, writer, isExpanded);
}

bool TableCsvExporter::exportToFile(const QAbstractItemModel *model, const QHeaderView *header, const QString &path,
                                    const CsvOptions &options, QString *error, const ExpandedPredicate &isExpanded)
{
    ExportFile file(path);
    if (!file.open(error))
        return false;
    CsvWriter writer(file.device(), options);
    write(model, header, writer, isExpanded);
    if (!writer.finish()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, writer.errorString());
        return false;
    }
    return file.commit(error);
}

} // namespace milepost
