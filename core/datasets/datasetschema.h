// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "datasetfield.h"

#include <QList>
#include <QString>

namespace milepost {

// The fields of each dataset, in the order of Milepost's own CSV. The database tables have a
// column per field with the field's key as its name (see core/store/schemamigrations.cpp, versions 2 and 3).
class DatasetSchema final
{
public:
    static const QList<DatasetField> &fields(Dataset::Id dataset);
    // The index of the field with key in fields(dataset), or -1.
    static int indexOf(Dataset::Id dataset, const QString &key);
    static const DatasetField *field(Dataset::Id dataset, const QString &key);
    // Milepost's own CSV header for the dataset: every field's csvName.
    static QStringList csvHeader(Dataset::Id dataset);
};

} // namespace milepost
