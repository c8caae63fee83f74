// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresssheetcommand.h"

#include "commandio.h"

#include "export/exportfile.h"
#include "export/progresstemplateexporter.h"
#include "store/database.h"
#include "store/progressrepository.h"
#include "store/progresssheetimporter.h"
#include "progress/progresssheet.h"

#include <QCommandLineParser>
#include <QLocale>

namespace milepost {

QString ProgressSheetCommand::helpText()
{
    return tr("  export --dataset progress-template [--owner NAME] [--office NAME] --csv PATH [--db PATH]\n"
              "      Write an update sheet: each milestone (of one owner or one office) with its stable\n"
              "      id, the values recorded now and empty columns to fill in (Status, Percent, Actual\n"
              "      start, Actual end, Owner, Office, Note, As of).\n"
              "  import --dataset progress FILE [--by NAME] [--map COLUMN=NAME] [--date-format FORMAT] --db PATH\n"
              "      Read a filled-in update sheet back: every row stored, unchanged, rejected with\n"
              "      line, column and reason, or blank; the rows taken are stored in one transaction.\n"
              "      Its encoding and delimiter are detected, and its dates read one way: day or month\n"
              "      first as its dates show, or as --date-format says (D/M/YYYY). --map names a\n"
              "      column the sheet calls otherwise (--map id=\"Milestone ID\").\n");
}

int ProgressSheetCommand::exportTemplate(const QCommandLineParser &parser, const QString &output, const QString &databasePath,
                                         const CsvOptions &options)
{
    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    ProgressTemplateExporter::Selection selection;
    if (parser.isSet(QStringLiteral("owner")))
        selection.owner = parser.value(QStringLiteral("owner"));
    if (parser.isSet(QStringLiteral("office")))
        selection.office = parser.value(QStringLiteral("office"));
    const auto result = ProgressTemplateExporter(*database).exportToFile(output, selection, options);
    if (!result.ok) {
        CommandIo::printError(tr("milepost: %1").arg(result.error));
        return CommandIo::Failure;
    }
    const QString rows = QLocale().toString(result.rows);
    const QString done = !selection.owner.isEmpty() && !selection.office.isEmpty()
        ? tr("Exported an update sheet of %1 milestones owned by %2 in %3 to %4").arg(rows, selection.owner, selection.office, output)
        : !selection.owner.isEmpty()
        ? tr("Exported an update sheet of %1 milestones owned by %2 to %3").arg(rows, selection.owner, output)
        : !selection.office.isEmpty()
        ? tr("Exported an update sheet of %1 milestones of the office %2 to %3").arg(rows, selection.office, output)
        : tr("Exported an update sheet of %1 milestones to %2").arg(rows, output);
    // With the CSV on standard output, the summary must not end up inside it.
    if (output == ExportFile::standardOutputPath())
        CommandIo::printError(done);
    else
        CommandIo::printOut(done);
    return CommandIo::Success;
}

int ProgressSheetCommand::importSheet(const QCommandLineParser &parser, const QString &file, const QString &databasePath)
{
    const QString enteredBy = parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by"))
                                                                 : qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (enteredBy.trimmed().isEmpty()) {
        CommandIo::printError(tr("milepost: import --dataset progress needs --by NAME: the login name is not known"));
        return CommandIo::UsageError;
    }
    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    ProgressSheetImporter::Options options;
    for (const QString &value : parser.values(QStringLiteral("map"))) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        const auto column = ProgressSheetImporter::columnNamed(value.left(equals));
        if (equals < 0 || !column || value.mid(equals + 1).trimmed().isEmpty()) {
            CommandIo::printError(tr("milepost: --map for a progress sheet takes SHEET_COLUMN=FILE_COLUMN, such as "
                                     "id=\"Milestone ID\"; the sheet's columns are %1")
                                      .arg(ProgressSheet::header().join(QStringLiteral(", "))));
            return CommandIo::UsageError;
        }
        options.renamed.append({*column, value.mid(equals + 1).trimmed()});
    }
    const QStringList formats = parser.values(QStringLiteral("date-format"));
    if (formats.size() > 1) {
        CommandIo::printError(tr("milepost: a progress sheet's dates are read one way: give one --date-format"));
        return CommandIo::UsageError;
    }
    if (!formats.isEmpty())
        options.dateFormat = formats.first().mid(formats.first().indexOf(QLatin1Char('=')) + 1).trimmed();
    ProgressRepository repository(*database);
    const ProgressSheetImporter importer(repository, enteredBy, QDate::currentDate());
    const ProgressSheetImporter::Reading reading = importer.read(file, options);
    if (reading.dateOrderInDoubt) {
        CommandIo::printError(tr("milepost: nothing was stored: %1. Import it again with --date-format D/M/YYYY or "
                                 "--date-format M/D/YYYY.")
                                  .arg(reading.report.error));
        return CommandIo::Failure;
    }
    const auto report = importer.commit(reading);
    if (!report.ok) {
        CommandIo::printError(tr("milepost: %1").arg(report.error));
        return CommandIo::Failure;
    }
    if (!reading.dates.isEmpty())
        CommandIo::printOut(reading.dates);
    CommandIo::printOut(tr("Read %1 rows from %2: %3 stored, %4 unchanged, %5 rejected, %6 blank")
                            .arg(report.read)
                            .arg(file)
                            .arg(report.stored)
                            .arg(report.unchanged)
                            .arg(report.rejected)
                            .arg(report.blank));
    for (const ProgressSheetImporter::Rejection &rejection : report.rejections)
        CommandIo::printOut(tr("line %1, column %2: %3").arg(rejection.line).arg(rejection.column, rejection.reason));
    return report.rejected > 0 ? CommandIo::Failure : CommandIo::Success;
}

} // namespace milepost
