// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvpreview.h"

#include <QAbstractTableModel>

namespace milepost {

// The first rows of a file as they will be read: the header's names as column titles, the
// physical line of each row as its row title, and rows the reader could not read as they are
// marked, with the reason as tooltip.
class PreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PreviewModel(QObject *parent = nullptr);

    void setPreview(const CsvPreview &preview);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CsvPreview m_preview;
    int m_columns = 0;
};

} // namespace milepost
