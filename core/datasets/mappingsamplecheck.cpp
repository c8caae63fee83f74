// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingsamplecheck.h"

#include "csv/csvreader.h"
#include "csv/csvrecord.h"
#include "io/owncachelines.h"
#include "datasetschema.h"
#include "parsedbatch.h"
#include "rowparser.h"
#include "rowpipeline.h"

#include <QDir>
#include <QFile>

namespace milepost {

namespace {

void note(MappingSampleCheck::FieldResult &result, qint64 line, const RowParser::Problem &problem)
{
    if (result.rejected++ > 0)
        return;
    result.firstLine = line;
    result.firstValue = problem.value;
    result.firstReason = problem.reason;
}

} // namespace

std::optional<MappingSampleCheck> MappingSampleCheck::run(const QString &path, const CsvDialect &dialect,
                                                          const ImportProfile &profile, int maxRows, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open %1: %2").arg(shownPath, file.errorString());
        return std::nullopt;
    }
    // Read on the pipeline's thread: not beside this frame (OwnCacheLines).
    OwnCacheLines<CsvReader> reader(&file, dialect);
    CsvRecord record;
    // The header is the first line that is not blank, as the import reads it.
    bool haveHeader = false;
    while (!haveHeader && reader->next(record))
        haveHeader = !record.isBlank();
    if (!haveHeader) {
        *error = reader->error().isEmpty() ? tr("%1 has no header line").arg(shownPath)
                                          : tr("cannot read %1: %2").arg(shownPath, reader->error());
        return std::nullopt;
    }
    QStringList header;
    for (int i = 0; i < record.fieldCount(); ++i)
        header.append(record.text(i));
    OwnCacheLines<RowParser> parser;
    if (!parser->prepare(profile, header, error))
        return std::nullopt;

    MappingSampleCheck check;
    check.m_fields.resize(DatasetSchema::fields(profile.dataset).size());
    RowPipeline pipeline(*reader, *parser);
    while (check.m_rows < maxRows) {
        const ParsedBatch *batch = pipeline.next();
        if (!batch)
            break;
        for (const ParsedBatch::Row &row : batch->rows) {
            if (check.m_rows >= maxRows)
                break;
            if (row.kind == ParsedBatch::Kind::Blank || row.kind == ParsedBatch::Kind::Total)
                continue;
            ++check.m_rows;
            if (row.kind != ParsedBatch::Kind::Rejected)
                continue;
            ++check.m_rejected;
            for (qsizetype i = row.firstProblem; i < row.firstProblem + row.problemCount; ++i) {
                const RowParser::Problem &problem = batch->problems.at(i);
                bool ofField = false;
                for (int field = 0; field < check.m_fields.size(); ++field) {
                    if (problem.column > 0 && parser->columnOf(field) == problem.column - 1) {
                        note(check.m_fields[field], row.line, problem);
                        ofField = true;
                    }
                }
                // A wide file's cells are in columns no field is mapped to: the wide value field's.
                const int wideValue = profile.wide.isSet() ? DatasetSchema::indexOf(profile.dataset, profile.wide.valueField) : -1;
                if (!ofField && problem.column > 0 && wideValue >= 0)
                    note(check.m_fields[wideValue], row.line, problem);
                else if (!ofField)
                    note(check.m_wholeRow, row.line, problem);
            }
        }
    }
    return check;
}

} // namespace milepost
