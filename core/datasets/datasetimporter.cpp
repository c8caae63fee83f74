// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetimporter.h"

#include "csv/csvreader.h"
#include "io/owncachelines.h"
#include "csv/csvsniffer.h"
#include "datasetschema.h"
#include "rowparser.h"
#include "rowpipeline.h"
#include "store/database.h"
#include "store/datasetimportsession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace milepost {

DatasetImporter::DatasetImporter(Database &database)
    : m_database(database)
{
}

ImportReport DatasetImporter::run(const Request &request, const Progress &progress, const Cancelled &cancelled)
{
    ImportReport report;
    report.file = request.path;
    report.dataset = request.profile.dataset;
    report.profile = request.profile.name;
    report.source = request.source.trimmed().isEmpty() ? request.profile.defaultSource() : request.source.trimmed();
    auto failed = [&report](const QString &error) {
        report.ok = false;
        report.error = error;
        return report;
    };
    const QString shownPath = QDir::toNativeSeparators(request.path);

    QString problem;
    if (!request.profile.validate(&problem))
        return failed(tr("The profile “%1” cannot be used: %2").arg(request.profile.name, problem));

    // The dialect: what the request says, else what the profile says, else what the file shows.
    const CsvSniffer::Detection detection = CsvSniffer::detectFile(request.path);
    if (!detection.ok)
        return failed(detection.error);
    report.dialect = detection.dialect;
    report.encodingReason = detection.encodingReason;
    report.delimiterReason = detection.delimiterReason;
    if (const auto encoding = request.encoding ? request.encoding : request.profile.encoding) {
        if (*encoding != report.dialect.encoding) {
            report.dialect.encoding = *encoding;
            report.dialect.byteOrderMark = false;
        }
        report.encodingReason = tr("chosen");
    }
    if (const auto delimiter = request.delimiter ? request.delimiter : request.profile.delimiter) {
        report.dialect.delimiter = *delimiter;
        report.delimiterReason = tr("chosen");
    }

    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("cannot open %1: %2").arg(shownPath, file.errorString()));
    const qint64 total = file.size();
    // The reading thread writes the reader and the parser all the time: not beside this frame.
    OwnCacheLines<CsvReader> reader(&file, report.dialect);
    CsvRecord record;

    // The header is the first line that is not blank.
    bool haveHeader = false;
    while (reader->next(record)) {
        if (record.isBlank())
            continue;
        haveHeader = true;
        break;
    }
    if (!reader->error().isEmpty())
        return failed(tr("cannot read %1: %2").arg(shownPath, reader->error()));
    if (!haveHeader)
        return failed(tr("%1 is empty: it has no header line naming its columns").arg(shownPath));
    if (record.problem() != CsvRecord::Problem::None)
        return failed(tr("the header of %1 (line %2) cannot be read: %3")
                          .arg(shownPath, QString::number(record.line()), record.problemText()));
    report.headerLine = record.line();
    QStringList header;
    for (int i = 0; i < record.fieldCount(); ++i)
        header.append(record.text(i));

    OwnCacheLines<RowParser> parser;
    if (!parser->prepare(request.profile, header, &problem))
        return failed(tr("%1 does not fit the profile “%2”: %3").arg(shownPath, request.profile.name, problem));

    DatasetImportSession::Run run;
    run.dataset = request.profile.dataset;
    run.source = report.source;
    run.file = QFileInfo(request.path).fileName();
    run.profile = request.profile.name;
    run.encoding = TextEncoding::name(report.dialect.encoding);
    run.delimiter = CsvDialect::delimiterKey(report.dialect.delimiter);
    QString prepareError;
    if (!request.dryRun
        && !m_database.prepareForChange(request.backUp ? tr("Before importing %1 from %2").arg(Dataset::name(run.dataset).toLower(), run.file)
                                                       : QString(),
                                        &prepareError))
        return failed(prepareError);
    DatasetImportSession session(m_database, run);
    if (!session.isActive())
        return failed(tr("cannot start the import: %1").arg(session.error()));

    // Reading and parsing run on a thread of their own (RowPipeline) while this one stores.
    auto reject = [&](const ImportEvent &event) { return session.addEvent(event); };
    // A value that proves a date column's format wrong for the whole file stops the import.
    std::optional<RowParser::Problem> wrongDateOrder;
    // One row; false stops the import (the session failed and says why, or wrongDateOrder is set).
    auto take = [&](const ParsedBatch &batch, const ParsedBatch::Row &row) {
        ++report.rowsRead;
        switch (row.kind) {
        case ParsedBatch::Kind::Blank:
            ++report.blank;
            if (row.blankColumn > 0)
                return reject({ImportEvent::Outcome::Blank, row.line, row.blankColumn,
                               header.value(row.blankColumn - 1).trimmed(), {}, {}, tr("no value in this wide column")});
            return reject({ImportEvent::Outcome::Blank, row.line, 0, {}, {}, {}, tr("blank row")});
        case ParsedBatch::Kind::Total:
            if (report.totals++ < ImportReport::maxEvents)
                report.totalLines.append(row.line);
            return true;
        case ParsedBatch::Kind::Rejected:
            ++report.rejected;
            for (qsizetype i = row.firstProblem; i < row.firstProblem + row.problemCount; ++i) {
                const RowParser::Problem &p = batch.problems.at(i);
                if (!p.neededDateFormat.isEmpty()) {
                    wrongDateOrder = p;
                    return false;
                }
                if (!reject({ImportEvent::Outcome::Rejected, row.line, p.column, p.columnName, {}, p.value, p.reason}))
                    return false;
            }
            return !row.keyComplete || session.keep(batch.cellsOf(row), batch.keyOf(row), row.keyHash);
        case ParsedBatch::Kind::Parsed:
            break;
        }
        const DatasetImportSession::Result result =
            session.store(batch.cellsOf(row), row.line, batch.keyOf(row), row.keyHash);
        switch (result.outcome) {
        case DatasetImportSession::Outcome::New:
        case DatasetImportSession::Outcome::Changed:
        case DatasetImportSession::Outcome::Unchanged:
            ++report.stored;
            return true;
        case DatasetImportSession::Outcome::Duplicate:
            ++report.rejected;
            return reject({ImportEvent::Outcome::Rejected, row.line, 0, {}, {}, {},
                           tr("the same key as line %1; each key may appear once in a file").arg(result.otherLine)});
        case DatasetImportSession::Outcome::Conflict: {
            ++report.rejected;
            if (result.field < 0)
                return reject({ImportEvent::Outcome::Rejected, row.line, 0, {}, {}, {},
                               tr("a phase of the project of line %1, but the project's details differ from that line")
                                   .arg(result.otherLine)});
            // Name the field and both values: the person sees at once which spelling to fix.
            const DatasetField &field = DatasetSchema::fields(report.dataset).at(result.field);
            const ParsedCell &cell = batch.cellsOf(row)[std::size_t(result.field)];
            const QString value = cell.state == ParsedCell::State::Value && cell.text.empty()
                ? QString::number(cell.number)
                : QString::fromUtf8(cell.text.data(), qsizetype(cell.text.size()));
            auto shown = [](const QString &text) { return text.isEmpty() ? tr("(empty)") : tr("“%1”").arg(text); };
            const int column = parser->columnOf(result.field);
            return reject({ImportEvent::Outcome::Rejected, row.line, column + 1,
                           column >= 0 ? header.value(column).trimmed() : QString(), {}, value,
                           tr("%1 differs from line %2: %3 there, %4 here; the phases of one project must agree on it")
                               .arg(field.label(), QString::number(result.otherLine), shown(result.otherValue),
                                    shown(value))});
        }
        case DatasetImportSession::Outcome::Failed:
            break;
        }
        return false;
    };

    qint64 line = report.headerLine;
    QString readError;
    {
        RowPipeline pipeline(*reader, *parser);
        bool going = true;
        qint64 row = 0;
        while (going) {
            // The session may hold rows back; they point into the batch that next() recycles.
            if (!session.flush())
                break;
            const ParsedBatch *batch = pipeline.next();
            if (!batch) {
                readError = pipeline.error();
                break;
            }
            for (const ParsedBatch::Row &current : batch->rows) {
                if (row++ % checkEvery == 0) {
                    if (cancelled && cancelled()) {
                        report.cancelled = true;
                        report.error = tr("The import was cancelled; nothing was changed.");
                        return report;
                    }
                    if (progress)
                        progress(batch->bytesRead, total);
                }
                line = current.line;
                if (!take(*batch, current)) {
                    going = false;
                    break;
                }
            }
        }
    }
    // The reading thread has stopped: what it saw of the date columns can be read.
    report.dateColumns = parser->dateChecks();
    if (wrongDateOrder) {
        // The session is dropped unfinished: the rows stored so far are rolled back.
        return failed(tr("the column “%1” needs the date format %2: on line %3, %4; no row was stored")
                          .arg(wrongDateOrder->columnName, wrongDateOrder->neededDateFormat, QString::number(line),
                               wrongDateOrder->reason));
    }
    if (!session.isActive())
        return failed(tr("the import stopped at line %1 and changed nothing: %2")
                          .arg(QString::number(session.stoppedLine() ? session.stoppedLine() : line), session.error()));
    if (!readError.isEmpty())
        return failed(tr("cannot read %1: %2; nothing was changed").arg(shownPath, readError));
    if (cancelled && cancelled()) {
        report.cancelled = true;
        report.error = tr("The import was cancelled; nothing was changed.");
        return report;
    }
    if (!session.finish(&report, request.dryRun ? DatasetImportSession::Ending::RollBack
                                                : DatasetImportSession::Ending::Commit))
        return failed(tr("the import could not be saved and changed nothing: %1").arg(session.error()));
    if (progress)
        progress(total, total);
    report.ok = true;
    return report;
}

} // namespace milepost
