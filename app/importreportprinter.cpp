// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreportprinter.h"

#include "commandio.h"

#include "datasets/datasetschema.h"
#include "datasets/dateformat.h"
#include "datasets/rejectionsummary.h"
#include "store/datasetrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace milepost {

namespace {

void printOut(const QString &text)
{
    CommandIo::printOut(text);
}

void printError(const QString &text)
{
    CommandIo::printError(text);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

void ImportReportPrinter::printDateColumns(const ImportReport &report)
{
    for (const DateColumnCheck &check : report.dateColumns) {
        const QString name = tr("%1 (column “%2”)").arg(check.label, check.column);
        if (check.mixed()) {
            printError(tr("%1: mixed: line %2 has %3 (%4) and line %5 has %6 (%7); no one format reads the column, "
                          "so the file must be corrected.")
                           .arg(name, QString::number(check.line), check.value, check.order,
                                QString::number(check.proofLine), check.proofValue, check.neededOrder));
        } else if (check.contradicted()) {
            printError(tr("%1: %2 (%3), from line %4: %5. Import again with --date-format %6=%3.")
                           .arg(name, check.neededOrder, check.neededFormat, QString::number(check.proofLine),
                                check.proofValue, check.field));
        } else if (!report.ok) {
            continue; // the import stopped before this column showed anything worth saying
        } else if (check.confirmed()) {
            printOut(tr("%1: %2 (%3), from line %4: %5.")
                         .arg(name, check.order, check.format, QString::number(check.line), check.value));
        } else if (check.ambiguous()) {
            const DateFormat other = DateFormat::fromPattern(check.format).swapped();
            printOut(tr("%1: ambiguous: no value shows whether the day or the month comes first (every day is the 12th "
                        "or earlier); read %2 (%3), the format chosen. If the file writes them the other way, import "
                        "it again with --date-format %4=%5.")
                         .arg(name, check.order, check.format, check.field, other.pattern()));
        }
    }
}

void ImportReportPrinter::print(const ImportReport &report, const QStringList &leftOut, const QSet<int> &codeColumns,
                                const DatasetRepository &repository, const QString &databasePath, bool json)
{
    RejectionSummary rejections;
    repository.forEachEvent(report.runId, [&rejections](const ImportEvent &event) {
        rejections.add(event);
        return true;
    });
    auto codeAdvice = [&codeColumns](const RejectionSummary::Group &group) {
        return group.looksLikeCode() && codeColumns.contains(group.column);
    };
    if (json) {
        QJsonArray groups;
        for (const RejectionSummary::Group &group : rejections.groups()) {
            QJsonArray lines;
            for (const qint64 line : group.lines)
                lines.append(line);
            QJsonObject entry{{QStringLiteral("column"), group.column},
                              {QStringLiteral("columnName"), group.columnName},
                              {QStringLiteral("value"), group.value},
                              {QStringLiteral("reason"), group.reason},
                              {QStringLiteral("rows"), group.rows},
                              {QStringLiteral("lines"), lines}};
            if (!group.otherSpellings.isEmpty())
                entry.insert(QStringLiteral("otherSpellings"), QJsonArray::fromStringList(group.otherSpellings));
            if (codeAdvice(group))
                entry.insert(QStringLiteral("naCode"), group.value.trimmed());
            groups.append(entry);
        }
        QJsonArray events;
        repository.forEachEvent(report.runId, [&events](const ImportEvent &event) {
            events.append(QJsonObject{
                {QStringLiteral("outcome"), ImportEvent::outcomeKey(event.outcome)},
                {QStringLiteral("line"), event.line},
                {QStringLiteral("column"), event.column},
                {QStringLiteral("columnName"), event.columnName},
                {QStringLiteral("key"), event.key},
                {QStringLiteral("value"), event.value},
                {QStringLiteral("reason"), event.reason},
            });
            return true;
        });
        QJsonArray dateColumns;
        for (const DateColumnCheck &check : report.dateColumns) {
            QJsonObject column{{QStringLiteral("field"), check.field},
                               {QStringLiteral("column"), check.column},
                               {QStringLiteral("format"), check.format},
                               {QStringLiteral("dates"), check.dates},
                               {QStringLiteral("ambiguous"), check.ambiguous()}};
            if (check.confirmed()) {
                column.insert(QStringLiteral("line"), check.line);
                column.insert(QStringLiteral("value"), check.value);
            }
            dateColumns.append(column);
        }
        QJsonObject root{
            {QStringLiteral("file"), report.file},
            {QStringLiteral("database"), databasePath},
            {QStringLiteral("dataset"), Dataset::key(report.dataset)},
            {QStringLiteral("profile"), report.profile},
            {QStringLiteral("source"), report.source},
            {QStringLiteral("encoding"), TextEncoding::name(report.dialect.encoding)},
            {QStringLiteral("delimiter"), CsvDialect::delimiterKey(report.dialect.delimiter)},
            {QStringLiteral("rowsRead"), report.rowsRead},
            {QStringLiteral("stored"), report.stored},
            {QStringLiteral("rejected"), report.rejected},
            {QStringLiteral("blank"), report.blank},
            {QStringLiteral("totals"), report.totals},
            {QStringLiteral("new"), report.newRecords},
            {QStringLiteral("changed"), report.changedRecords},
            {QStringLiteral("unchanged"), report.unchangedRecords},
            {QStringLiteral("gone"), report.goneRecords},
            {QStringLiteral("leftOut"), QJsonArray::fromStringList(leftOut)},
            {QStringLiteral("dateColumns"), dateColumns},
            {QStringLiteral("rejectedByValue"), groups},
            {QStringLiteral("events"), events},
        };
        if (report.dataset == Dataset::CapitalProjects) {
            root.insert(QStringLiteral("newProjects"), report.newProjects);
            root.insert(QStringLiteral("changedProjects"), report.changedProjects);
            root.insert(QStringLiteral("unchangedProjects"), report.unchangedProjects);
            root.insert(QStringLiteral("goneProjects"), report.goneProjects);
        }
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return;
    }

    printOut(tr("Imported %1 into %2 with the profile %3 (source “%4”).")
                 .arg(report.file, Dataset::name(report.dataset).toLower(), report.profile, report.source));
    printOut(tr("Encoding %1 (%2); delimiter %3 (%4).")
                 .arg(TextEncoding::name(report.dialect.encoding), report.encodingReason,
                      CsvDialect::delimiterName(report.dialect.delimiter), report.delimiterReason));
    if (!leftOut.isEmpty()) {
        QStringList names;
        for (const QString &key : leftOut) {
            const DatasetField *field = DatasetSchema::field(report.dataset, key);
            if (!field)
                continue;
            names.append(field->defaultValue ? tr("%1 (%2)").arg(field->label(), QString::fromLatin1(field->defaultValue))
                         : field->kind == DatasetField::Kind::Flag ? tr("%1 (no)").arg(field->label())
                                                                    : field->label());
        }
        printOut(tr("Not in the file, left empty: %1.").arg(names.join(QStringLiteral(", "))));
    }
    printOut(tr("%1 rows read: %2 stored, %3 rejected, %4 blank, %5 totals.")
                 .arg(number(report.rowsRead), number(report.stored), number(report.rejected), number(report.blank),
                      number(report.totals)));
    if (report.totals > 0) {
        QStringList lines;
        for (const qint64 line : std::as_const(report.totalLines).first(std::min<qsizetype>(report.totalLines.size(), 10)))
            lines.append(QString::number(line));
        if (report.totals > lines.size())
            lines.append(QStringLiteral("…"));
        printOut(tr("Totals (footer rows, not imported): line %1.").arg(lines.join(QStringLiteral(", "))));
    }
    const QString records = report.dataset == Dataset::CapitalProjects ? tr("Phases") : tr("Records");
    printOut(tr("%1: %2 new, %3 changed, %4 unchanged, %5 gone.")
                 .arg(records, number(report.newRecords), number(report.changedRecords),
                      number(report.unchangedRecords), number(report.goneRecords)));
    if (report.dataset == Dataset::CapitalProjects)
        printOut(tr("Projects: %1 new, %2 changed, %3 unchanged, %4 gone.")
                     .arg(number(report.newProjects), number(report.changedProjects),
                          number(report.unchangedProjects), number(report.goneProjects)));
    printDateColumns(report);
    // A value rejected on several rows is said once, with how many rows and which lines.
    QStringList codes;
    for (const RejectionSummary::Group &group : rejections.groups()) {
        if (group.rows < 2)
            break;
        QStringList lines;
        for (const qint64 line : group.lines)
            lines.append(QString::number(line));
        if (group.rows > lines.size())
            lines.append(QStringLiteral("…"));
        const QString where = group.column > 0 ? tr(" (column %1, %2)").arg(group.column).arg(group.columnName) : QString();
        QString also;
        if (!group.otherSpellings.isEmpty()) {
            QStringList quoted;
            for (const QString &spelling : group.otherSpellings)
                quoted.append(tr("“%1”").arg(spelling));
            also = tr(" (also written %1)").arg(quoted.join(QStringLiteral(", ")));
        }
        printOut(tr("Rejected%1: %2%5: %3 rows, lines %4.")
                     .arg(where, group.reason, number(group.rows), lines.join(QStringLiteral(", ")), also));
        if (codeAdvice(group) && !codes.contains(group.value.trimmed(), Qt::CaseInsensitive))
            codes.append(group.value.trimmed());
    }
    for (const RejectionSummary::Group &group : rejections.groups()) {
        if (group.rows == 1 && codeAdvice(group) && !codes.contains(group.value.trimmed(), Qt::CaseInsensitive))
            codes.append(group.value.trimmed());
    }
    if (!codes.isEmpty()) {
        QStringList options;
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9/_.-]+$"));
        for (const QString &code : std::as_const(codes))
            options.append(plain.match(code).hasMatch() ? QStringLiteral("--na-code %1").arg(code)
                                                        : QStringLiteral("--na-code \"%1\"").arg(code));
        printOut(tr("If %1 means “not applicable”, import the file again with %2 to store those values as such.")
                     .arg(codes.join(QStringLiteral(", ")), options.join(QLatin1Char(' '))));
    }
    repository.forEachEvent(report.runId, [&rejections](const ImportEvent &event) {
        if (rejections.rowsLike(event) > 1)
            return true; // said above with its group
        QString where = event.line > 0 ? tr("line %1").arg(event.line) : tr("earlier file");
        if (event.column > 0)
            where += tr(", column %1 (%2)").arg(event.column).arg(event.columnName);
        QString text = tr("%1: %2: %3").arg(where, ImportEvent::outcomeName(event.outcome), event.reason);
        if (!event.key.isEmpty())
            text += tr(" [%1]").arg(event.key);
        printOut(text);
        return true;
    });
}

} // namespace milepost
