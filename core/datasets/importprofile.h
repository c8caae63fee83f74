// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "columnmapping.h"
#include "csv/csvdialect.h"
#include "dataset.h"
#include "widecolumns.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace milepost {

// How to read one kind of file into a dataset: columns to fields with per-column parsing,
// number and two-digit-year conventions, and optionally the encoding and delimiter when they
// should not be detected. Profiles have names; built-in ones ship with Milepost and saved ones
// live in the database.
class ImportProfile final
{
    Q_DECLARE_TR_FUNCTIONS(ImportProfile)

public:
    QString name;
    QString description;
    Dataset::Id dataset = Dataset::Staffing;
    QList<ColumnMapping> columns;
    char decimalSeparator = '.';
    int twoDigitYearPivot = 30; // see TwoDigitYearRule
    std::optional<TextEncoding::Id> encoding;
    std::optional<char> delimiter;
    bool builtIn = false;
    // The file is Milepost's own CSV: its text cells carry the formula guard (see FormulaGuard),
    // which reading removes, so that an export reads back to exactly the data exported. Off for
    // any other file, whose leading apostrophes are its own.
    bool formulaGuarded = false;
    // A wide file: one row per matching column (see WideColumns); unset for an ordinary file.
    WideColumns wide;

    const ColumnMapping *mappingFor(const QString &field) const;
    void setMapping(const ColumnMapping &mapping); // replaces the field's mapping, if any
    void removeMapping(const QString &field);

    // Whether the profile can be used: known fields, each mapped once, valid date formats,
    // every required field mapped. Sets error to the first problem.
    bool validate(QString *error) const;

    // What an import by this profile refreshes unless told otherwise: the profile's name, and
    // the fixed values when there are any ("one-year-staffing (period=2019-20)"), so that the
    // files of two years with the same profile are two sources and both stay, while importing
    // the same file again refreshes what it stored.
    QString defaultSource() const;
    // Whether the profile uses units, value maps, patterns or wide columns: saved so, it needs a
    // Milepost that knows them (see toJson).
    bool usesValueRules() const;

    QJsonObject toJson() const;
    static std::optional<ImportProfile> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const ImportProfile &, const ImportProfile &) = default;
};

} // namespace milepost
