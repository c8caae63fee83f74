// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunmodel.h"

#include "common/datetext.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace milepost {

ImportRunModel::ImportRunModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportRunModel::setRuns(const QList<ImportHistory::Run> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const ImportHistory::Run *ImportRunModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int ImportRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int ImportRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRunModel::data(const QModelIndex &index, int role) const
{
    const ImportHistory::Run *run = runAt(index.row());
    if (!run)
        return {};
    switch (role) {
    case RunIdRole:
        return run->id;
    case RemovableRole:
        return run->removable();
    case Qt::TextAlignmentRole:
        return index.column() == Stored || index.column() == Read ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                   : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == File)
            return QDir::toNativeSeparators(run->file);
        return whyNotRemovable(*run);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (Column(index.column())) {
    case When:
        return DateText::dateTime(run->importedAt, locale);
    case By:
        return run->importedBy.isEmpty() ? tr("(not recorded)") : run->importedBy;
    case DatasetName:
        return Dataset::name(run->dataset);
    case Source:
        return run->latestOfSource ? run->source : tr("%1 (refreshed later)").arg(run->source);
    case Stored:
        return locale.toString(run->stored);
    case Read:
        return locale.toString(run->rowsRead);
    case File:
        return QFileInfo(run->file).fileName();
    case ColumnCount:
        break;
    }
    return {};
}

QString ImportRunModel::whyNotRemovable(const ImportHistory::Run &run)
{
    if (!run.latestOfSource)
        return tr("A later import of the same source refreshed these rows: remove that one first.");
    if (!run.reversible)
        return tr("Made by a version of Milepost that did not keep the rows an import replaces: restore the backup "
                  "taken before it instead (File > Restore Backup…).");
    return {};
}

QVariant ImportRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("Imported");
    case By:
        return tr("By");
    case DatasetName:
        return tr("Dataset");
    case Source:
        return tr("Source");
    case Stored:
        return tr("Rows stored");
    case Read:
        return tr("Rows read");
    case File:
        return tr("File");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace milepost
