// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/importevent.h"

#include <QAbstractTableModel>
#include <QList>

namespace milepost {

// The events of an import report, one per row: what happened, where in the file, and why.
class ImportEventModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OutcomeColumn, LineColumn, ColumnColumn, ValueColumn, ReasonColumn, KeyColumn, ColumnCount };

    explicit ImportEventModel(QObject *parent = nullptr);

    void setEvents(const QList<ImportEvent> &events);
    const QList<ImportEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportEvent> m_events;
};

} // namespace milepost
