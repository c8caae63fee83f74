// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/importhistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace milepost {

// The dataset imports (ImportHistory::Run), newest first, one per row.
class ImportRunModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, By, DatasetName, Source, Stored, Read, File, ColumnCount };
    enum Role {
        RunIdRole = Qt::UserRole + 1, // qint64
        RemovableRole,                // bool: ImportHistory::Run::removable()
    };

    // Why the run cannot be removed; empty when it can.
    static QString whyNotRemovable(const ImportHistory::Run &run);

    explicit ImportRunModel(QObject *parent = nullptr);

    void setRuns(const QList<ImportHistory::Run> &runs);
    const ImportHistory::Run *runAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportHistory::Run> m_runs;
};

} // namespace milepost
