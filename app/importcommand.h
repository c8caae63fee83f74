// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/dataset.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

class CsvPreview;

struct ImportReport;
class ImportProfile;
class DatasetRepository;

// milepost import --dataset staffing|enrollment|projects FILE [--profile NAME] --db PATH [--json]
// Imports FILE headless and prints what happened to every row. Without --profile it takes the
// built-in or saved profile whose columns the file has (those of optional fields aside), with
// --map, --value and --na-code on top; it never imports on a guessed mapping.
class ImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static const QString name; // "import"

    void addOptions(QCommandLineParser &parser) const;
    static QString helpText();
    // Exit codes as CommandLine's: 0 imported (rejected rows are reported, not failures),
    // 1 not imported, 2 usage error.
    int run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath,
            bool json) const;

private:
    // Applies --date-format to profile; false and error set when a value names no mapped date
    // field of the dataset or no usable format.
    bool applyDateFormats(const QCommandLineParser &parser, ImportProfile *profile, QString *error) const;
    // A date field --map points at a column, and --date-format gives no format for, is read in
    // the order its whole column shows (DateOrderDetector; the report says what was read); a
    // column that shows no order, or both, is refused (false, error) until --date-format says.
    bool detectDateOrders(const QCommandLineParser &parser, ImportProfile *profile, const QString &file,
                          const CsvPreview &preview, QString *error) const;
    // What the file's header names suggest as --map options, and how to map a file.
    static void printSuggestion(Dataset::Id dataset, const QStringList &header);
    static void printFields(Dataset::Id dataset);

    QCommandLineOption m_datasetOption{QStringLiteral("dataset"),
                                       tr("import: the dataset, staffing, enrollment or projects."), tr("name")};
    QCommandLineOption m_profileOption{QStringLiteral("profile"),
                                       tr("import: read the file with the built-in or saved profile <name>."),
                                       tr("name")};
    QCommandLineOption m_sourceOption{QStringLiteral("source"),
                                      tr("import: what a later import of the same source refreshes (default: the "
                                         "profile's name with the --value values); figures: count only the rows "
                                         "imported from this source."),
                                      tr("name")};
    QCommandLineOption m_encodingOption{QStringLiteral("encoding"),
                                        tr("import: UTF-8, UTF-16LE, UTF-16BE or Windows-1252 instead of detecting."),
                                        tr("encoding")};
    QCommandLineOption m_delimiterOption{QStringLiteral("delimiter"),
                                         tr("import: comma, semicolon, tab or pipe instead of detecting."),
                                         tr("delimiter")};
    QCommandLineOption m_dateFormatOption{QStringLiteral("date-format"),
                                          tr("import: read the date field FIELD in FORMAT instead of the profile's "
                                             "format, e.g. planned_start=D/M/YYYY; may be repeated."),
                                          tr("field=format")};
    QCommandLineOption m_mapOption{QStringLiteral("map"),
                                   tr("import: read the field FIELD from the column COLUMN, e.g. count=Enrollment; may "
                                      "be repeated."),
                                   tr("field=column")};
    QCommandLineOption m_valueOption{QStringLiteral("value"),
                                     tr("import: give every row TEXT for the field FIELD the file has no column for, "
                                        "e.g. school_year=2019-20; may be repeated."),
                                     tr("field=text")};
    QCommandLineOption m_naCodeOption{QStringLiteral("na-code"),
                                      tr("import: treat CODE as not applicable in the fields that allow it (dates, "
                                         "amounts, ...); may be repeated."),
                                      tr("code")};
    QCommandLineOption m_unitOption{QStringLiteral("unit"),
                                    tr("import: the amount field FIELD is written in thousands or millions, e.g. "
                                       "budget=thousands; may be repeated."),
                                    tr("field=unit")};
    QCommandLineOption m_valueMapOption{QStringLiteral("value-map"),
                                        tr("import: read the file's FROM as TO in the field FIELD, e.g. "
                                           "employee_group:Teachers=certificated; may be repeated."),
                                        tr("field:from=to")};
    QCommandLineOption m_extractOption{QStringLiteral("extract"),
                                       tr("import: read FIELD from the part of COLUMN that the regular expression "
                                          "matches (its first group), e.g. local_district=DBN:^(\\d\\d)."),
                                       tr("field=column:regex")};
    QCommandLineOption m_wideOption{QStringLiteral("wide"),
                                    tr("import: a wide file: each column whose name matches the regular expression "
                                       "is a row, its name giving FIELD (the first group) and its cells VALUE_FIELD, "
                                       "e.g. grade:count=Grade (.+)."),
                                    tr("field[:value_field]=regex")};
    QCommandLineOption m_saveProfileOption{QStringLiteral("save-profile"),
                                           tr("import: save the mapping used as the profile <name>."), tr("name")};
    QCommandLineOption m_listFieldsOption{QStringLiteral("list-fields"),
                                          tr("import: list the fields of the dataset <name> and exit."), tr("name")};
    QCommandLineOption m_reportOption{QStringLiteral("report"),
                                      tr("import: also save the report as CSV at <path> (- for standard output)."),
                                      tr("path")};
};

} // namespace milepost
