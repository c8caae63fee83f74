// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: rows read by CsvReader from memory and parsed by RowParser with the built-in
// profiles (Milepost's own CSV for each dataset, the NYC SCA export), and the first fields
// through FieldParser's readers directly.
//
// The first byte chooses: bits 0-1 the profile, bit 2 whether the input's first record is the
// header (else the profile's own column names are, so that every row reaches the parser),
// bit 3 a decimal comma, bit 4 formula-guarded values, bit 5 the two-digit-year pivot, bit 6
// day-first dates in the columns that are month-first. The rest is the CSV text.
#include "fuzzapplication.h"

#include "csv/csvreader.h"
#include "csv/csvrecord.h"
#include "datasets/builtinprofiles.h"
#include "datasets/datasetschema.h"
#include "datasets/fieldparser.h"
#include "datasets/rowparser.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace milepost;

namespace {

QList<ImportProfile> profiles;

// The header a file written for profile has: each mapped column, as often as its occurrence needs.
QStringList headerFor(const ImportProfile &profile)
{
    QStringList header;
    for (const ColumnMapping &mapping : profile.columns) {
        while (header.count(mapping.column) < mapping.occurrence)
            header.append(mapping.column);
    }
    return header;
}

void parseNumbers(std::string_view text)
{
    qint64 value = 0;
    bool flag = false;
    QString reason;
    for (const char separator : {'.', ','}) {
        if (!FieldParser::parseCount(text, separator, &value, &reason))
            fuzz::require(!reason.isEmpty(), "a count that cannot be read says why");
        reason.clear();
        if (!FieldParser::parseMoney(text, separator, &value, &reason))
            fuzz::require(!reason.isEmpty(), "an amount that cannot be read says why");
        reason.clear();
        if (!FieldParser::parsePercent(text, separator, &value, &reason))
            fuzz::require(!reason.isEmpty(), "a percentage that cannot be read says why");
        reason.clear();
    }
    if (!FieldParser::parseFlag(text, &flag, &reason))
        fuzz::require(!reason.isEmpty(), "a flag that cannot be read says why");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::createApplication(argc, argv);
    profiles = BuiltInProfiles::all();
    fuzz::require(profiles.size() == 4, "four built-in profiles");
    for (const ImportProfile &profile : profiles) {
        RowParser parser;
        QString error;
        if (!parser.prepare(profile, headerFor(profile), &error))
            qFatal("the header made for %s does not fit it: %s", qPrintable(profile.name), qPrintable(error));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t selector = data[0];
    ImportProfile profile = profiles.at(selector & 3);
    const bool ownHeader = selector & 4;
    if (selector & 8)
        profile.decimalSeparator = ',';
    profile.formulaGuarded = selector & 16;
    profile.twoDigitYearPivot = (selector & 32) ? 70 : 30;
    if (selector & 64) {
        for (ColumnMapping &mapping : profile.columns) {
            if (mapping.dateFormat == QLatin1String("M/D/YYYY"))
                mapping.dateFormat = QStringLiteral("D/M/YYYY");
        }
    }

    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    buffer.open(QIODevice::ReadOnly);
    CsvDialect dialect;
    dialect.delimiter = profile.delimiter.value_or(',');
    CsvReader reader(&buffer, dialect, 64); // small chunks: no megabyte buffer per input
    CsvRecord record;

    QStringList header;
    if (ownHeader) {
        while (header.isEmpty() && reader.next(record)) {
            if (record.isBlank())
                continue;
            for (int i = 0; i < record.fieldCount(); ++i)
                header.append(record.text(i));
        }
    } else {
        header = headerFor(profile);
    }
    RowParser parser;
    QString error;
    if (!parser.prepare(profile, header, &error)) {
        fuzz::require(!error.isEmpty(), "a header that does not fit says why");
        return 0;
    }

    QList<RowParser::Problem> problems;
    int records = 0;
    while (reader.next(record)) {
        // FieldParser on its own, with both decimal separators: a few fields are enough, as
        // a rejected value costs its reason's formatting and the row parser reads the rest.
        if (records++ < 4) {
            for (int i = 0; i < std::min(record.fieldCount(), 8); ++i)
                parseNumbers(FieldParser::trimmed(record.field(i)));
        }
        if (record.isBlank())
            continue;
        bool keyComplete = false;
        problems.clear();
        const bool ok = parser.parse(record, &problems, &keyComplete);
        if (ok) {
            fuzz::require(keyComplete, "a row read has its key");
            fuzz::require(qsizetype(parser.cells().size()) == DatasetSchema::fields(parser.dataset()).size(),
                          "one cell per field");
        } else {
            fuzz::require(!problems.isEmpty(), "a rejected row says why");
            for (const RowParser::Problem &problem : problems)
                fuzz::require(!problem.reason.isEmpty(), "every problem has a reason");
        }
    }
    for (const DateColumnCheck &check : parser.dateChecks())
        (void)check;
    return 0;
}
