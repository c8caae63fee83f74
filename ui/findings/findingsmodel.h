// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace milepost {

// The findings of an import, one row each, in the order the importer reported them.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, KindColumn, MessageColumn, ColumnCount };

    enum Role {
        LineRole = Qt::UserRole + 1, // int: the report line
        KindRole,                    // Finding::Kind as int
        SortRole,                    // line as a number, kind and message as text
    };
    Q_ENUM(Role)

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Finding> m_findings;
};

} // namespace milepost
