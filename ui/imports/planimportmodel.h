// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/planimporthistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace milepost {

// The plan imports (PlanImportHistory::Run), newest first, one per row.
class PlanImportModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, By, Plan, Milestones, Objectives, Findings, ColumnCount };
    enum Role {
        RunIdRole = Qt::UserRole + 1, // qint64
    };

    explicit PlanImportModel(QObject *parent = nullptr);

    void setRuns(const QList<PlanImportHistory::Run> &runs);
    const PlanImportHistory::Run *runAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PlanImportHistory::Run> m_runs;
};

} // namespace milepost
