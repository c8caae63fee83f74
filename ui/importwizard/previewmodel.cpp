// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewmodel.h"

#include "common/palette.h"

#include <QBrush>

#include <algorithm>

namespace milepost {

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PreviewModel::setPreview(const CsvPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    m_columns = int(preview.header.size());
    for (const CsvPreview::Row &row : preview.rows)
        m_columns = std::max(m_columns, int(row.fields.size())); // ragged rows show their extra cells
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CsvPreview::Row &row = m_preview.rows.at(index.row());
    const bool problem = !row.problem.isEmpty() || row.fields.size() != m_preview.header.size();
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.fields.size() ? row.fields.at(index.column()) : QVariant();
    case Qt::ToolTipRole:
        if (!row.problem.isEmpty())
            return tr("Line %1 cannot be read as it is: %2").arg(row.line).arg(row.problem);
        if (row.fields.size() != m_preview.header.size())
            return tr("Line %1 has %2 fields; the header has %3").arg(row.line).arg(row.fields.size()).arg(m_preview.header.size());
        return {};
    case Qt::BackgroundRole:
        return problem ? QBrush(Palette::role(Palette::Role::Warning).lighter(170)) : QVariant();
    case Qt::ForegroundRole:
        // Dark text on the light warning colour, on a dark screen too.
        return problem ? QBrush(Palette::role(Palette::Role::HeaderText)) : QVariant();
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole) {
            const QString name = section < m_preview.header.size() ? m_preview.header.at(section).trimmed() : QString();
            return tr("%1: %2").arg(section + 1).arg(name.isEmpty() ? tr("(no name)") : name);
        }
        if (role == Qt::ToolTipRole && section < m_preview.header.size())
            return tr("Column %1, named “%2” in the header").arg(section + 1).arg(m_preview.header.at(section));
        return {};
    }
    if (section >= m_preview.rows.size())
        return {};
    const CsvPreview::Row &row = m_preview.rows.at(section);
    const bool problem = !row.problem.isEmpty() || row.fields.size() != m_preview.header.size();
    if (role == Qt::DisplayRole)
        // The mark says it without colour; the colour says it at a glance.
        return problem ? tr("⚠ %1").arg(row.line) : QString::number(row.line);
    if (role == Qt::ToolTipRole)
        return tr("Line %1 of the file").arg(row.line);
    return {};
}

} // namespace milepost
