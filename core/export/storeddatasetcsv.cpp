// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeddatasetcsv.h"

#include "csv/notapplicablecode.h"
#include "csvwriter.h"
#include "datasets/datasetschema.h"

#include <vector>

namespace milepost {

namespace {

using Kind = DatasetField::Kind;

QByteArrayView view(std::string_view text)
{
    return QByteArrayView(text.data(), qsizetype(text.size()));
}

std::vector<const DatasetField *> fieldsOf(Dataset::Id dataset, DatasetTableReader::Rows rows)
{
    std::vector<const DatasetField *> fields;
    for (const DatasetField &field : DatasetSchema::fields(dataset)) {
        if (rows == DatasetTableReader::Rows::Projects && field.level != DatasetField::Level::Project)
            continue;
        fields.push_back(&field);
    }
    return fields;
}

} // namespace

QStringList StoredDatasetCsv::header(Dataset::Id dataset, DatasetTableReader::Rows rows)
{
    // Untranslated on purpose: these names are what the milepost profiles look for.
    QStringList names;
    for (const DatasetField *field : fieldsOf(dataset, rows))
        names.append(QString::fromUtf8(field->csvName));
    if (rows == DatasetTableReader::Rows::Projects)
        names.append(QStringLiteral("Phases"));
    return names;
}

bool StoredDatasetCsv::write(Database &database, Dataset::Id dataset, DatasetTableReader::Rows rows, CsvWriter &writer,
                             QString *error)
{
    DatasetTableReader reader(database, dataset, rows);
    if (!reader.start()) {
        if (error)
            *error = reader.error();
        return false;
    }
    const std::vector<const DatasetField *> fields = fieldsOf(dataset, rows);
    std::vector<Kind> kinds;
    for (const DatasetField *field : fields)
        kinds.push_back(field->kind);
    if (rows == DatasetTableReader::Rows::Projects)
        kinds.push_back(Kind::Integer); // the phase count
    writer.writeHeader(header(dataset, rows));

    const int count = reader.valueCount();
    while (reader.next()) {
        for (int i = 0; i < count; ++i) {
            if (reader.isNull(i)) {
                // Not there, or not applicable with the source's code.
                const std::string_view code = reader.code(i);
                if (code.empty())
                    writer.addEmpty();
                else
                    writer.addUtf8Text(view(NotApplicableCode::written(code)));
                continue;
            }
            switch (kinds[std::size_t(i)]) {
            case Kind::Integer:
                writer.addInteger(reader.integer(i));
                break;
            case Kind::Money:
                writer.addFixed(reader.integer(i), 2);
                break;
            case Kind::Percent:
                writer.addFixed(reader.integer(i), 2, true);
                break;
            case Kind::Flag:
                writer.addUtf8Text(reader.integer(i) != 0 ? QByteArrayView("yes") : QByteArrayView("no"));
                break;
            case Kind::Date: // stored as the day's number, and a month's or a year's precision
                if (const DatePrecision precision = reader.precision(i); precision != DatePrecision::Day)
                    writer.addText(DatePrecisions::csvText(QDate::fromJulianDay(reader.integer(i)), precision));
                else
                    writer.addDate(QDate::fromJulianDay(reader.integer(i)));
                break;
            case Kind::Text:
            case Kind::TextList:
            case Kind::Choice:
            case Kind::Period:
            case Kind::SchoolYear:
                writer.addUtf8Text(view(reader.utf8(i)));
                break;
            }
        }
        writer.endRow();
    }
    if (!reader.error().isEmpty()) {
        if (error)
            *error = reader.error();
        return false;
    }
    return true;
}

} // namespace milepost
