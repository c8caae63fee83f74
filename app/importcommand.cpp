// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "importreportprinter.h"
#include "interruption.h"
#include "progresssheetcommand.h"

#include "csv/csvpreview.h"
#include "datasets/builtinprofiles.h"
#include "datasets/datasetimporter.h"
#include "datasets/datasetschema.h"
#include "datasets/dateformat.h"
#include "datasets/dateorderdetector.h"
#include "datasets/importreportwriter.h"
#include "datasets/mappingsuggester.h"
#include "datasets/profileedits.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/profilerepository.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <memory>

namespace milepost {

namespace {

void printOut(const QString &text)
{
    QTextStream stream(stdout);
    stream << text << '\n';
}

void printError(const QString &text)
{
    QTextStream stream(stderr);
    stream << text << '\n';
}

// Removes a database file this command created and stored nothing in, with SQLite's side files.
void removeCreatedDatabase(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

const QString ImportCommand::name = QStringLiteral("import");

void ImportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_datasetOption, m_profileOption, m_sourceOption, m_encodingOption, m_delimiterOption,
                       m_dateFormatOption, m_mapOption, m_valueOption, m_naCodeOption, m_unitOption,
                       m_valueMapOption, m_extractOption, m_wideOption, m_saveProfileOption,
                       m_listFieldsOption, m_reportOption});
}

QString ImportCommand::helpText()
{
    return tr("  import --dataset staffing|enrollment|projects FILE [--profile NAME] --db PATH [--json]\n"
              "      Import FILE (CSV, semicolon or tab separated; UTF-8, UTF-16 or Windows-1252) into the\n"
              "      dataset and list every row it could not take with line, column and reason. Importing\n"
              "      a newer file of the same source updates by key and lists what is new, changed and gone.\n"
              "      Without --profile the built-in or saved profile that fits the file's columns is used.\n"
              "      A date column is read in one order for the whole file: a value such as 28/06/2024 in a\n"
              "      month-first column stops the import and names the format it needs; choose it with\n"
              "      --date-format FIELD=FORMAT (e.g. planned_start=D/M/YYYY).\n"
              "      A file may lack the columns of optional fields. Map the rest on the command line:\n"
              "      --map FIELD=COLUMN reads FIELD from COLUMN, --value FIELD=TEXT gives every row TEXT\n"
              "      (a file of one year: --value school_year=2019-20), --na-code CODE treats CODE as not\n"
              "      applicable; --save-profile NAME keeps the mapping for --profile NAME.\n"
              "      --unit FIELD=thousands|millions reads an amount column in that unit;\n"
              "      --value-map FIELD:FROM=TO reads the file's FROM as TO (employee_group:Teachers=certificated);\n"
              "      --extract FIELD=COLUMN:REGEX reads FIELD from part of COLUMN (local_district=DBN:^(\\d\\d));\n"
              "      --wide FIELD[:VALUE_FIELD]=REGEX turns each column whose name matches into a row of its own,\n"
              "      its name giving FIELD (the first group) and its cell VALUE_FIELD (grade:count=Grade (.+)).\n"
              "      In a wide file each line counts as one row per wide column; an empty one is blank.\n"
              "      Also --source NAME, --encoding, --delimiter, --report PATH.\n"
              "  import --list-fields staffing|enrollment|projects\n"
              "      List the dataset's fields: key, name, whether every row needs it, and type.\n");
}

int ImportCommand::run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath,
                       bool json) const
{
    enum { Success = 0, Failure = 1, UsageError = 2 };
    if (parser.isSet(m_listFieldsOption)) {
        const auto listed = Dataset::fromKey(parser.value(m_listFieldsOption));
        if (!listed) {
            printError(tr("milepost: --list-fields takes staffing, enrollment or projects"));
            return UsageError;
        }
        printFields(*listed);
        return Success;
    }
    if (positional.size() != 2) {
        printError(tr("milepost: import takes exactly one FILE"));
        return UsageError;
    }
    if (parser.value(m_datasetOption) == ProgressSheetCommand::importDatasetName()) {
        if (databasePath.isEmpty()) {
            printError(tr("milepost: import needs --db PATH"));
            return UsageError;
        }
        return ProgressSheetCommand::importSheet(parser, positional.at(1), databasePath);
    }
    const auto dataset = Dataset::fromKey(parser.value(m_datasetOption));
    if (!dataset) {
        printError(tr("milepost: import needs --dataset staffing, enrollment or projects"));
        return UsageError;
    }
    if (databasePath.isEmpty()) {
        printError(tr("milepost: import needs --db PATH"));
        return UsageError;
    }
    std::optional<TextEncoding::Id> encoding;
    if (parser.isSet(m_encodingOption)) {
        encoding = TextEncoding::fromName(parser.value(m_encodingOption));
        if (!encoding) {
            printError(tr("milepost: unknown encoding “%1”; use one of %2")
                           .arg(parser.value(m_encodingOption), TextEncoding::names().join(QStringLiteral(", "))));
            return UsageError;
        }
    }
    std::optional<char> delimiter;
    if (parser.isSet(m_delimiterOption)) {
        delimiter = CsvDialect::delimiterFromKey(parser.value(m_delimiterOption));
        if (!delimiter) {
            printError(tr("milepost: unknown delimiter “%1”; use comma, semicolon, tab or pipe")
                           .arg(parser.value(m_delimiterOption)));
            return UsageError;
        }
    }

    ProfileEdits edits(*dataset);
    auto addEach = [&edits](const QStringList &values, bool (ProfileEdits::*add)(const QString &, QString *),
                            const QString &option) {
        for (const QString &value : values) {
            QString problem;
            if (!(edits.*add)(value, &problem)) {
                printError(tr("milepost: %1: %2").arg(option, problem));
                return false;
            }
        }
        return true;
    };
    if (!addEach(parser.values(m_mapOption), &ProfileEdits::addColumn, QStringLiteral("--map"))
        || !addEach(parser.values(m_valueOption), &ProfileEdits::addValue, QStringLiteral("--value"))
        || !addEach(parser.values(m_extractOption), &ProfileEdits::addExtract, QStringLiteral("--extract"))
        || !addEach(parser.values(m_unitOption), &ProfileEdits::addUnit, QStringLiteral("--unit"))
        || !addEach(parser.values(m_valueMapOption), &ProfileEdits::addValueMapping, QStringLiteral("--value-map")))
        return UsageError;
    if (parser.values(m_wideOption).size() > 1) {
        printError(tr("milepost: --wide: a file has one set of wide columns"));
        return UsageError;
    }
    if (parser.isSet(m_wideOption)
        && !addEach(parser.values(m_wideOption), &ProfileEdits::setWide, QStringLiteral("--wide")))
        return UsageError;
    for (const QString &code : parser.values(m_naCodeOption))
        edits.addNotApplicableCode(code);
    const QString saveAs = parser.value(m_saveProfileOption).trimmed();
    if (parser.isSet(m_saveProfileOption) && (saveAs.isEmpty() || BuiltInProfiles::byName(saveAs))) {
        printError(saveAs.isEmpty() ? tr("milepost: --save-profile needs a name")
                                    : tr("milepost: “%1” is the name of a built-in profile; choose another").arg(saveAs));
        return UsageError;
    }

    // Read the file's head before opening the database, so that a file that cannot be read
    // leaves no trace.
    const QString file = positional.at(1);
    const CsvPreview preview = CsvPreview::read(file, 0, encoding, delimiter);
    if (!preview.ok) {
        printError(tr("milepost: cannot read %1: %2").arg(file, preview.error));
        return Failure;
    }
    QString error;
    // A database that does not exist yet holds no saved profiles: the profile is chosen among
    // the built-in ones and the database created only once there is something to store in it.
    const bool databaseExisted = QFileInfo::exists(databasePath);
    std::unique_ptr<Database> database;
    if (databaseExisted) {
        database = Database::open(databasePath, &error);
        if (!database) {
            printError(tr("milepost: cannot open database %1: %2").arg(databasePath, error));
            return Failure;
        }
    }
    auto available = [&database](Dataset::Id id) {
        return database ? ProfileRepository(*database).available(id) : BuiltInProfiles::forDataset(id);
    };
    std::optional<ImportProfile> profile;
    bool ordersDetected = false;
    // Optional fields the file has no column for are left empty (or at their default).
    QStringList leftOut;
    if (parser.isSet(m_profileOption)) {
        const QString profileName = parser.value(m_profileOption);
        profile = database ? ProfileRepository(*database).find(profileName, &error) : BuiltInProfiles::byName(profileName);
        if (!profile) {
            QStringList names;
            for (const ImportProfile &candidate : available(*dataset))
                names.append(candidate.name);
            printError(tr("milepost: no profile “%1”; profiles for %2: %3")
                           .arg(profileName, Dataset::key(*dataset), names.join(QStringLiteral(", "))));
            return UsageError;
        }
        if (profile->dataset != *dataset) {
            printError(tr("milepost: the profile “%1” is for %2, not %3")
                           .arg(profile->name, Dataset::key(profile->dataset), Dataset::key(*dataset)));
            return UsageError;
        }
        edits.apply(&*profile);
        QString ignored;
        applyDateFormats(parser, &*profile, &ignored); // errors are reported below
        if (auto fitted = MappingSuggester::fitted(*profile, preview.header, &leftOut))
            profile = std::move(fitted);
    } else {
        // Each profile with the command line's edits on top; the one that then fits and maps
        // the most columns is taken.
        const QList<ImportProfile> candidates = available(*dataset);
        for (ImportProfile candidate : candidates) {
            edits.apply(&candidate);
            QString ignored;
            applyDateFormats(parser, &candidate, &ignored);
            QStringList dropped;
            auto fitted = MappingSuggester::fitted(candidate, preview.header, &dropped);
            if (fitted && (!profile || fitted->columns.size() > profile->columns.size())) {
                profile = std::move(fitted);
                leftOut = dropped;
            }
        }
        if (!profile && !edits.isEmpty()) {
            // None fits even so: the mapping is the command line's alone.
            ImportProfile own;
            own.dataset = *dataset;
            own.name = saveAs.isEmpty() ? QFileInfo(file).completeBaseName() : saveAs;
            edits.apply(&own);
            if (!applyDateFormats(parser, &own, &error)
                || !detectDateOrders(parser, &own, file, preview, &error)) {
                printError(tr("milepost: %1").arg(error));
                return UsageError;
            }
            ordersDetected = true;
            QString problem;
            if (!own.validate(&problem)) {
                printError(tr("milepost: no profile for %1 fits the columns of %2, and the mapping given cannot be "
                              "used: %3.")
                               .arg(Dataset::key(*dataset), file, problem));
                printSuggestion(*dataset, preview.header);
                return Failure;
            }
            profile = own;
        }
        if (!profile) {
            printError(tr("milepost: no profile for %1 fits the columns of %2.").arg(Dataset::key(*dataset), file));
            for (const ImportProfile &candidate : candidates)
                printError(tr("  %1 needs: %2")
                               .arg(candidate.name,
                                    MappingSuggester::neededColumns(candidate, preview.header).join(QStringLiteral(", "))));
            printSuggestion(*dataset, preview.header);
            return Failure;
        }
    }
    if (!applyDateFormats(parser, &*profile, &error)
        || (!ordersDetected && !detectDateOrders(parser, &*profile, file, preview, &error))) {
        printError(tr("milepost: %1").arg(error));
        return UsageError;
    }
    if (!edits.checkApplied(*profile, &error)) {
        printError(tr("milepost: %1").arg(error));
        return UsageError;
    }
    if (!saveAs.isEmpty()) {
        profile->name = saveAs;
        profile->builtIn = false;
    }
    if (!database) {
        database = Database::open(databasePath, &error);
        if (!database) {
            printError(tr("milepost: cannot open database %1: %2").arg(databasePath, error));
            removeCreatedDatabase(databasePath);
            return Failure;
        }
    }


    DatasetImporter importer(*database);
    DatasetImporter::Request request;
    request.path = file;
    request.profile = *profile;
    request.encoding = encoding;
    request.delimiter = delimiter;
    request.source = parser.value(m_sourceOption);
    Interruption::Scope interruptible;
    const ImportReport report = importer.run(request, {}, &Interruption::requested);
    if (report.cancelled && Interruption::requested()) {
        printError(Interruption::message());
        if (!databaseExisted) {
            database.reset();
            removeCreatedDatabase(databasePath);
        }
        return Interruption::exitCode();
    }
    if (!report.ok) {
        printError(tr("milepost: %1 was not imported: %2").arg(file, report.error));
        ImportReportPrinter::printDateColumns(report);
        if (!databaseExisted) {
            database.reset();
            removeCreatedDatabase(databasePath);
        }
        return Failure;
    }
    DatasetRepository repository(*database);
    // The columns whose values may be codes for "not applicable": a rejected code there can be
    // imported as one on the next run.
    QSet<int> codeColumns;
    for (const ColumnMapping &mapping : profile->columns) {
        const DatasetField *field = DatasetSchema::field(profile->dataset, mapping.field);
        const int column = mapping.isFixed() ? -1 : MappingSuggester::columnIndex(preview.header, mapping);
        if (field && field->codes && column >= 0)
            codeColumns.insert(column + 1);
    }
    ImportReportPrinter::print(report, leftOut, codeColumns, repository, databasePath, json);
    if (!saveAs.isEmpty()) {
        if (!ProfileRepository(*database).save(*profile, &error)) {
            printError(tr("milepost: the import was stored, but the profile could not be saved: %1").arg(error));
            return Failure;
        }
        if (!json)
            printOut(tr("Saved the profile “%1”; import such files again with --profile \"%1\".").arg(saveAs));
    }
    if (parser.isSet(m_reportOption)
        && !ImportReportWriter::write(report, &repository, parser.value(m_reportOption), &error)) {
        printError(tr("milepost: the import was stored, but the report could not be saved: %1").arg(error));
        return Failure;
    }
    return Success;
}

bool ImportCommand::applyDateFormats(const QCommandLineParser &parser, ImportProfile *profile, QString *error) const
{
    for (const QString &value : parser.values(m_dateFormatOption)) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        const QString field = value.left(equals).trimmed();
        const QString pattern = equals < 0 ? QString() : value.mid(equals + 1).trimmed();
        QStringList dateFields;
        for (const DatasetField &candidate : DatasetSchema::fields(profile->dataset)) {
            if (candidate.kind == DatasetField::Kind::Date && profile->mappingFor(QString::fromLatin1(candidate.key)))
                dateFields.append(QString::fromLatin1(candidate.key));
        }
        if (equals < 0 || pattern.isEmpty()) {
            *error = tr("--date-format takes FIELD=FORMAT, such as planned_start=D/M/YYYY, not “%1”").arg(value);
            return false;
        }
        if (!dateFields.contains(field)) {
            *error = dateFields.isEmpty()
                ? tr("--date-format: the profile “%1” maps no date field").arg(profile->name)
                : tr("--date-format: “%1” is not a date field the profile “%2” maps; those are %3")
                      .arg(field, profile->name, dateFields.join(QStringLiteral(", ")));
            return false;
        }
        QString formatError;
        if (!DateFormat::fromPattern(pattern, TwoDigitYearRule{profile->twoDigitYearPivot}, &formatError).isValid()) {
            *error = tr("--date-format %1: %2").arg(field, formatError);
            return false;
        }
        ColumnMapping mapping = *profile->mappingFor(field);
        mapping.dateFormat = pattern;
        profile->setMapping(mapping);
    }
    return true;
}

bool ImportCommand::detectDateOrders(const QCommandLineParser &parser, ImportProfile *profile, const QString &file,
                                     const CsvPreview &preview, QString *error) const
{
    // The fields whose column the command line chose and whose format it did not give: a
    // profile's own format (or the YYYY-MM-DD of Milepost's own CSV) was made for another file.
    const auto fieldsOf = [&parser](const QCommandLineOption &option) {
        QStringList fields;
        for (const QString &value : parser.values(option))
            fields.append(value.left(value.indexOf(QLatin1Char('='))).trimmed());
        return fields;
    };
    const QStringList mapped = fieldsOf(m_mapOption);
    const QStringList formatted = fieldsOf(m_dateFormatOption);
    QList<ColumnMapping> mappings;
    QList<int> columns;
    for (const ColumnMapping &mapping : profile->columns) {
        const DatasetField *field = DatasetSchema::field(profile->dataset, mapping.field);
        const int column = mapping.isFixed() ? -1 : MappingSuggester::columnIndex(preview.header, mapping);
        if (field && field->kind == DatasetField::Kind::Date && column >= 0 && mapped.contains(mapping.field)
            && !formatted.contains(mapping.field)) {
            mappings.append(mapping);
            columns.append(column);
        }
    }
    if (columns.isEmpty())
        return true;
    const QList<DateOrderDetector> detectors = DateOrderDetector::scanFile(file, preview.detection.dialect, columns, error);
    if (detectors.size() != columns.size())
        return false;
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        ColumnMapping mapping = mappings.at(i);
        const DateOrderDetector &detector = detectors.at(i);
        const QString label = DatasetSchema::field(profile->dataset, mapping.field)->label();
        switch (detector.order()) {
        case DateOrderDetector::Order::None: // ISO days, months, fiscal years, codes
            if (mapping.dateFormat.isEmpty())
                mapping.dateFormat = QStringLiteral("YYYY-MM-DD");
            break;
        case DateOrderDetector::Order::MonthFirst:
        case DateOrderDetector::Order::DayFirst:
            mapping.dateFormat = detector.detectedPattern(); // the report says what it read, and why
            break;
        case DateOrderDetector::Order::Ambiguous:
            *error = tr("%1; say which with --date-format %2=%3 or --date-format %2=%4")
                         .arg(detector.describe(label), mapping.field,
                              detector.pattern(DateOrderDetector::Order::MonthFirst),
                              detector.pattern(DateOrderDetector::Order::DayFirst));
            return false;
        case DateOrderDetector::Order::Mixed:
            *error = tr("%1. Correct the file.").arg(detector.describe(label));
            return false;
        }
        profile->setMapping(mapping);
    }
    return true;
}

void ImportCommand::printSuggestion(Dataset::Id dataset, const QStringList &header)
{
    const ImportProfile suggested = MappingSuggester::suggest(dataset, header);
    QStringList maps;
    for (const ColumnMapping &mapping : suggested.columns)
        maps.append(QStringLiteral("--map \"%1=%2\"").arg(mapping.field, mapping.column));
    if (!maps.isEmpty())
        printError(tr("The names of its columns suggest: %1").arg(maps.join(QLatin1Char(' '))));
    printError(tr("Map the columns with --map FIELD=COLUMN and --value FIELD=TEXT (see milepost import --list-fields "
                  "%1), or in Milepost's import wizard and save a profile, then use --profile NAME.")
                   .arg(Dataset::key(dataset)));
}

void ImportCommand::printFields(Dataset::Id dataset)
{
    printOut(tr("Fields of %1 (key, name, whether every row needs it, type):").arg(Dataset::key(dataset)));
    for (const DatasetField &field : DatasetSchema::fields(dataset)) {
        QString type = DatasetField::kindName(field.kind);
        switch (field.kind) {
        case DatasetField::Kind::Choice: {
            QStringList keys;
            for (const DatasetField::Choice &choice : field.choices)
                keys.append(QString::fromLatin1(choice.key));
            type = tr("%1: %2").arg(type, keys.join(QStringLiteral(", ")));
            if (field.defaultValue)
                type = tr("%1; %2 when empty").arg(type, QString::fromLatin1(field.defaultValue));
            break;
        }
        case DatasetField::Kind::Date:
            type = tr("%1, in the column's format (e.g. M/D/YYYY, D/M/YYYY, YYYY-MM-DD), or a month (May 2009) or "
                      "fiscal year (FY2012) kept as one").arg(type);
            break;
        case DatasetField::Kind::Period:
            type = tr("%1: a school year 2021-22, a month 2022-03 or a range 2022-03-15/2022-06-30").arg(type);
            break;
        case DatasetField::Kind::SchoolYear:
            type = tr("%1, such as 2021-22").arg(type);
            break;
        case DatasetField::Kind::Money:
            type = tr("%1, such as $1,234.00 or (1,234.00)").arg(type);
            break;
        case DatasetField::Kind::Flag:
            type = tr("%1; no when empty").arg(type);
            break;
        case DatasetField::Kind::TextList:
            type = tr("%1, separated by commas").arg(type);
            break;
        default:
            break;
        }
        if (field.codes)
            type = tr("%1; may hold a not-applicable code (--na-code)").arg(type);
        printOut(tr("  %1  %2  %3  %4")
                     .arg(QString::fromLatin1(field.key).leftJustified(18), field.label().leftJustified(24),
                          (field.required ? tr("required") : tr("optional")).leftJustified(8), type));
    }
}

} // namespace milepost
