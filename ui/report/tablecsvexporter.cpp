// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecsvexporter.h"

#include "common/exportrole.h"
#include "export/csvwriter.h"
#include "export/exportfile.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QHeaderView>

#include <algorithm>

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
    const QVariant exported = index.data(ExportRole);
    const QVariant value = exported.isValid() ? exported : index.data(Qt::EditRole);
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
    writer.addText(exported.isValid() ? exported.toString() : index.data(Qt::DisplayRole).toString());
}

// A model that loads its rows as the view scrolls (the dataset timelines) holds them all for an
// export.
void fetchAll(const QAbstractItemModel *model, const QModelIndex &parent)
{
    auto *fetching = const_cast<QAbstractItemModel *>(model);
    while (fetching->canFetchMore(parent))
        fetching->fetchMore(parent);
}

// How many parents the deepest record of the tree has: 0 for a flat table. Groups not read yet
// are read first: a district whose projects are not read would count as a record's parent only.
int depthOf(const QAbstractItemModel *model, const QModelIndex &parent)
{
    fetchAll(model, parent);
    int deepest = -1;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (model->hasChildren(child))
            deepest = std::max(deepest, depthOf(model, child));
    }
    return deepest + 1;
}

QString nameOf(const QModelIndex &index)
{
    const QVariant exported = index.data(ExportRole);
    return exported.isValid() ? exported.toString() : index.data(Qt::DisplayRole).toString();
}

qint64 writeRows(const QAbstractItemModel *model, const QModelIndex &parent, const QList<int> &columns, int levels,
                 QStringList &parents, CsvWriter &writer)
{
    fetchAll(model, parent);
    qint64 rows = 0;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex first = model->index(row, 0, parent);
        if (model->hasChildren(first)) {
            parents.append(nameOf(first));
            rows += writeRows(model, first, columns, levels, parents, writer);
            parents.removeLast();
            continue;
        }
        for (int level = 0; level < levels; ++level)
            writer.addText(parents.value(level));
        for (int column : columns)
            addValue(writer, model->index(row, column, parent));
        writer.endRow();
        ++rows;
    }
    return rows;
}

} // namespace

qint64 TableCsvExporter::write(const QAbstractItemModel *model, const QHeaderView *header, CsvWriter &writer,
                               const QStringList &levelNames)
{
    const QList<int> columns = visibleColumns(model, header);
    const int levels = depthOf(model, QModelIndex());
    const QStringList modelLevels = model->headerData(0, Qt::Horizontal, LevelNamesRole).toStringList();
    const QStringList &levelNamesUsed = levelNames.isEmpty() ? modelLevels : levelNames;
    QStringList names;
    for (int level = 0; level < levels; ++level)
        names.append(level < levelNamesUsed.size() ? levelNamesUsed.at(level) : tr("Level %1").arg(level + 1));
    for (int column : columns)
        names.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    writer.writeHeader(names);
    QStringList parents;
    return writeRows(model, QModelIndex(), columns, levels, parents, writer);
}

bool TableCsvExporter::exportToFile(const QAbstractItemModel *model, const QHeaderView *header, const QString &path,
                                    const CsvOptions &options, QString *error, const QStringList &levelNames)
{
    ExportFile file(path);
    if (!file.open(error))
        return false;
    CsvWriter writer(file.device(), options);
    write(model, header, writer, levelNames);
    if (!writer.finish()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, writer.errorString());
        return false;
    }
    return file.commit(error);
}

} // namespace milepost
