// SPDX-License-Identifier: GPL-3.0-or-later
#include "planimportmodel.h"

#include "common/datetext.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace milepost {

PlanImportModel::PlanImportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanImportModel::setRuns(const QList<PlanImportHistory::Run> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const PlanImportHistory::Run *PlanImportModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int PlanImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int PlanImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanImportModel::data(const QModelIndex &index, int role) const
{
    const PlanImportHistory::Run *run = runAt(index.row());
    if (!run)
        return {};
    const bool number = index.column() == Milestones || index.column() == Objectives || index.column() == Findings;
    switch (role) {
    case RunIdRole:
        return run->id;
    case Qt::TextAlignmentRole:
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Plan ? QVariant(QDir::toNativeSeparators(run->file)) : QVariant();
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
    case Plan: {
        const QString name = QFileInfo(run->file).fileName();
        return run->stored ? name : tr("%1 (replaced later)").arg(name);
    }
    case Milestones:
        return locale.toString(run->milestones);
    case Objectives:
        return locale.toString(run->objectives);
    case Findings:
        return locale.toString(run->findings);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PlanImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("Imported");
    case By:
        return tr("By");
    case Plan:
        return tr("Plan file");
    case Milestones:
        return tr("Milestones stored");
    case Objectives:
        return tr("Objectives");
    case Findings:
        return tr("Findings");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace milepost
