// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

struct ImportReport;
class DatasetRepository;

// milepost import --dataset staffing|enrollment|projects FILE [--profile NAME] --db PATH [--json]
// Imports FILE headless and prints what happened to every row. Without --profile it takes the
// built-in or saved profile whose columns the file has; it never imports on a guessed mapping.
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
    void printReport(const ImportReport &report, const DatasetRepository &repository, const QString &databasePath,
                     bool json) const;

    QCommandLineOption m_datasetOption{QStringLiteral("dataset"),
                                       tr("import: the dataset, staffing, enrollment or projects."), tr("name")};
    QCommandLineOption m_profileOption{QStringLiteral("profile"),
                                       tr("import: read the file with the built-in or saved profile <name>."),
                                       tr("name")};
    QCommandLineOption m_sourceOption{QStringLiteral("source"),
                                      tr("import: what a later import of the same source refreshes (default: the "
                                         "profile's name)."),
                                      tr("name")};
    QCommandLineOption m_encodingOption{QStringLiteral("encoding"),
                                        tr("import: UTF-8, UTF-16LE, UTF-16BE or Windows-1252 instead of detecting."),
                                        tr("encoding")};
    QCommandLineOption m_delimiterOption{QStringLiteral("delimiter"),
                                         tr("import: comma, semicolon, tab or pipe instead of detecting."),
                                         tr("delimiter")};
    QCommandLineOption m_reportOption{QStringLiteral("report"),
                                      tr("import: also save the report as CSV at <path> (- for standard output)."),
                                      tr("path")};
};

} // namespace milepost
