// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace milepost {

// Matches a file's header to dataset fields and to profiles. Header names are compared
// normalised: trimmed, without regard to case, spaces or underscores ("Project Type " is
// "project_type" is "PROJECT TYPE").
class MappingSuggester final
{
    Q_DECLARE_TR_FUNCTIONS(MappingSuggester)

public:
    static QString normalise(const QString &header);

    // The 0-based column of header that mapping names, or -1 when the header has no such column.
    static int columnIndex(const QStringList &header, const ColumnMapping &mapping);
    // Whether several columns of the header share the normalised name of column index.
    static bool isDuplicated(const QStringList &header, int index);
    // The occurrence (1 for the first) of the column at index among those with its name.
    static int occurrenceOf(const QStringList &header, int index);

    // A profile for dataset built from header names: each field gets the first unused column
    // whose name is the field's CSV name or one of its aliases. Date columns get the one format
    // of DateFormat::commonPatterns() that reads every sampled value; when none or several do
    // (3/4/2022 fits M/D and D/M alike), the format is left empty for the user to choose.
    // sample holds data rows, each with the header's columns.
    static ImportProfile suggest(Dataset::Id dataset, const QStringList &header,
                                 const QList<QStringList> &sample = {});

    // profile without the mappings of optional fields whose column the header lacks (those
    // fields are then stored empty, or as their default), or nullopt when what remains cannot be
    // used: a required field's column is missing. leftOut gets the fields dropped, in profile order.
    static std::optional<ImportProfile> fitted(const ImportProfile &profile, const QStringList &header,
                                               QStringList *leftOut = nullptr);
    // The candidates' profile that fits the header (see fitted), fitted, preferring the one that
    // maps the most columns; nullopt when none fits. leftOut as for fitted.
    static std::optional<ImportProfile> bestProfile(const QList<ImportProfile> &candidates,
                                                    const QStringList &header, QStringList *leftOut = nullptr);
    // The mapped columns of profile the header lacks, as the profile names them.
    static QStringList missingColumns(const ImportProfile &profile, const QStringList &header);
    // Those of missingColumns that profile cannot do without (see fitted); empty when it fits.
    static QStringList neededColumns(const ImportProfile &profile, const QStringList &header);

    // The date patterns that read every non-empty value of values (codes excepted).
    static QStringList fittingDateFormats(const QStringList &values, const QStringList &codes = {});
};

} // namespace milepost
