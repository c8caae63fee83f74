// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreportwriter.h"

#include "export/csvwriter.h"
#include "export/exportfile.h"
#include "store/datasetrepository.h"

namespace milepost {

QStringList ImportReportWriter::header()
{
    // File format, not translated: other programs read these names.
    return {QStringLiteral("Outcome"), QStringLiteral("Line"), QStringLiteral("Column"), QStringLiteral("Column Name"),
            QStringLiteral("Key"),     QStringLiteral("Value"), QStringLiteral("Reason")};
}

bool ImportReportWriter::write(const ImportReport &report, const DatasetRepository *repository, const QString &path,
                               QString *error)
{
    ExportFile file(path);
    if (!file.open(error))
        return false;
    CsvOptions options;
    options.guardFormulas = true; // values come from someone else's file
    CsvWriter writer(file.device(), options);
    writer.writeHeader(header());

    auto summary = [&writer](const char *item, const QString &value) {
        writer.addText(QStringLiteral("summary"));
        writer.addEmpty();
        writer.addEmpty();
        writer.addEmpty();
        writer.addText(QString::fromLatin1(item));
        writer.addText(value);
        writer.addEmpty();
        writer.endRow();
    };
    auto count = [&summary](const char *item, qint64 value) { summary(item, QString::number(value)); };
    summary("file", report.file);
    summary("dataset", Dataset::key(report.dataset));
    summary("profile", report.profile);
    summary("source", report.source);
    summary("encoding", TextEncoding::name(report.dialect.encoding));
    summary("delimiter", CsvDialect::delimiterKey(report.dialect.delimiter));
    summary("result", report.ok ? QStringLiteral("stored") : report.cancelled ? QStringLiteral("cancelled")
                                                                              : QStringLiteral("failed"));
    count("rows read", report.rowsRead);
    count("stored", report.stored);
    count("rejected", report.rejected);
    count("blank", report.blank);
    count("totals", report.totals);
    count("new", report.newRecords);
    count("changed", report.changedRecords);
    count("unchanged", report.unchangedRecords);
    count("gone", report.goneRecords);
    if (report.dataset == Dataset::CapitalProjects) {
        count("new projects", report.newProjects);
        count("changed projects", report.changedProjects);
        count("unchanged projects", report.unchangedProjects);
        count("gone projects", report.goneProjects);
    }

    auto writeEvent = [&writer](const ImportEvent &event) {
        writer.addText(ImportEvent::outcomeKey(event.outcome));
        if (event.line > 0)
            writer.addInteger(event.line);
        else
            writer.addEmpty();
        if (event.column > 0)
            writer.addInteger(event.column);
        else
            writer.addEmpty();
        writer.addText(event.columnName);
        writer.addText(event.key);
        writer.addText(event.value);
        writer.addText(event.reason);
        writer.endRow();
        return !writer.hasError();
    };
    if (repository && report.ok && report.runId > 0) {
        if (!repository->forEachEvent(report.runId, writeEvent, error)) {
            file.cancel();
            return false;
        }
    } else {
        for (const ImportEvent &event : report.events)
            writeEvent(event);
    }
    if (!writer.finish()) {
        if (error)
            *error = writer.errorString();
        file.cancel();
        return false;
    }
    return file.commit(error);
}

} // namespace milepost
