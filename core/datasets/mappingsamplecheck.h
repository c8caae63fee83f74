// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvdialect.h"
#include "importprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace milepost {

// What a mapping makes of the first rows of a file, field by field, before anything is stored:
// the wizard's mapping page says how many of them each field would reject, and why, so that a
// column that does not fit its field (a Period mapped to K001) is seen before the import.
// The rows are read and parsed exactly as the import reads them (RowPipeline, RowParser).
class MappingSampleCheck final
{
    Q_DECLARE_TR_FUNCTIONS(MappingSampleCheck)

public:
    struct FieldResult
    {
        int rejected = 0;   // sampled rows this field rejects
        qint64 firstLine = 0;
        QString firstValue; // the first value it rejects, as the file writes it
        QString firstReason;
    };

    // Reads up to maxRows rows after the header of path. nullopt with error set when the file
    // cannot be read or does not fit the profile (a mapped column missing).
    static std::optional<MappingSampleCheck> run(const QString &path, const CsvDialect &dialect,
                                                 const ImportProfile &profile, int maxRows, QString *error);

    int rowsChecked() const { return m_rows; }       // rows parsed, blank and total rows left out
    int rowsRejected() const { return m_rejected; }  // of those, rejected for any reason
    // Per DatasetSchema field of the profile's dataset, in schema order.
    const QList<FieldResult> &fields() const { return m_fields; }
    // Rejections not of one field: the line's quoting, its number of fields, rules across fields.
    const FieldResult &wholeRow() const { return m_wholeRow; }

private:
    int m_rows = 0;
    int m_rejected = 0;
    QList<FieldResult> m_fields;
    FieldResult m_wholeRow;
};

} // namespace milepost
