// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "export/datasetexporter.h"
#include "export/exportfile.h"
#include "store/database.h"

#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>

#include <memory>

namespace milepost {

namespace {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

void printError(const QString &text)
{
    QTextStream stream(stderr);
    stream << text << '\n';
}

void printOut(const QString &text)
{
    QTextStream stream(stdout);
    stream << text << '\n';
}

} // namespace

const QString ExportCommand::name = QStringLiteral("export");

void ExportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_csvOption, m_noBomOption, m_localeDatesOption});
}

QString ExportCommand::helpText()
{
    return tr("  export --dataset NAME --csv PATH [--no-bom] [--locale-dates] [--db PATH]\n"
              "      Write a whole dataset as CSV for Excel: UTF-8 with a byte order mark, dates as\n"
              "      YYYY-MM-DD, text that would run as a formula prefixed with '. PATH - writes to\n"
              "      standard output. Needs no display. Datasets:\n"
              "      %1.\n")
        .arg(DatasetExporter::datasetNames().join(QLatin1String(", ")));
}

int ExportCommand::run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath) const
{
    if (positional.size() != 1) {
        printError(tr("milepost: export takes no FILE; give the output with --csv PATH"));
        return UsageError;
    }
    const QString dataset = parser.value(QStringLiteral("dataset"));
    if (dataset.isEmpty()) {
        printError(tr("milepost: export needs --dataset NAME (%1)").arg(DatasetExporter::datasetNames().join(QLatin1String(", "))));
        return UsageError;
    }
    if (!DatasetExporter::isDataset(dataset)) {
        printError(tr("milepost: %1").arg(DatasetExporter::unknownDatasetMessage(dataset)));
        return UsageError;
    }
    const QString output = parser.value(m_csvOption);
    if (output.isEmpty()) {
        printError(tr("milepost: export needs --csv PATH (- for standard output)"));
        return UsageError;
    }

    QString path = databasePath;
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        path = folder.isEmpty() ? QString() : folder + QStringLiteral("/milepost.sqlite");
    }
    // Opening would create an empty database; an export of nothing is not what was asked.
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        printError(tr("milepost: no database at %1").arg(path.isEmpty() ? tr("(no data folder)") : path));
        return Failure;
    }
    QString error;
    const std::unique_ptr<Database> database = Database::open(path, &error);
    if (!database) {
        printError(tr("milepost: cannot open database %1: %2").arg(path, error));
        return Failure;
    }

    CsvOptions options;
    options.byteOrderMark = !parser.isSet(m_noBomOption);
    if (parser.isSet(m_localeDatesOption)) {
        options.dateFormat = CsvOptions::DateFormat::Locale;
        options.locale = QLocale();
    }
    const auto result = DatasetExporter(*database).exportToFile(dataset, output, options);
    if (!result.ok) {
        printError(tr("milepost: %1").arg(result.error));
        return Failure;
    }
    const QString done = tr("Exported %1 rows of %2 to %3").arg(QLocale().toString(result.rows), dataset, output);
    // With the CSV on standard output, the summary must not end up inside it.
    if (output == ExportFile::standardOutputPath())
        printError(done);
    else
        printOut(done);
    return Success;
}

} // namespace milepost
