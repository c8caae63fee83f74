// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "commandio.h"

#include "export/datasetexporter.h"
#include "progress/progresssheet.h"
#include "progresssheetcommand.h"
#include "export/exportfile.h"
#include "store/database.h"

#include <QLocale>

#include <memory>

namespace milepost {

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
        CommandIo::printError(tr("milepost: export takes no FILE; give the output with --csv PATH"));
        return CommandIo::UsageError;
    }
    const QString dataset = parser.value(QStringLiteral("dataset"));
    if (dataset.isEmpty()) {
        CommandIo::printError(tr("milepost: export needs --dataset NAME (%1)").arg(DatasetExporter::datasetNames().join(QLatin1String(", "))));
        return CommandIo::UsageError;
    }
    if (dataset == ProgressSheet::datasetName()) {
        const QString output = parser.value(m_csvOption);
        if (output.isEmpty()) {
            CommandIo::printError(tr("milepost: export needs --csv PATH (- for standard output)"));
            return CommandIo::UsageError;
        }
        CsvOptions options;
        options.byteOrderMark = !parser.isSet(m_noBomOption);
        return ProgressSheetCommand::exportTemplate(parser, output, databasePath, options);
    }
    if (!DatasetExporter::isDataset(dataset)) {
        CommandIo::printError(tr("milepost: %1").arg(DatasetExporter::unknownDatasetMessage(dataset)));
        return CommandIo::UsageError;
    }
    const QString output = parser.value(m_csvOption);
    if (output.isEmpty()) {
        CommandIo::printError(tr("milepost: export needs --csv PATH (- for standard output)"));
        return CommandIo::UsageError;
    }

    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    QString error;

    CsvOptions options;
    options.byteOrderMark = !parser.isSet(m_noBomOption);
    if (parser.isSet(m_localeDatesOption)) {
        options.dateFormat = CsvOptions::DateFormat::Locale;
        options.locale = QLocale();
    }
    const auto result = DatasetExporter(*database).exportToFile(dataset, output, options);
    if (!result.ok) {
        CommandIo::printError(tr("milepost: %1").arg(result.error));
        return CommandIo::Failure;
    }
    const QString done = tr("Exported %1 rows of %2 to %3").arg(QLocale().toString(result.rows), dataset, output);
    // With the CSV on standard output, the summary must not end up inside it.
    if (output == ExportFile::standardOutputPath())
        CommandIo::printError(done);
    else
        CommandIo::printOut(done);
    return CommandIo::Success;
}

} // namespace milepost
