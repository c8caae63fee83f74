// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresssheetimporter.h"

#include "progressrepository.h"

#include "csv/csvreader.h"
#include "csv/csvrecord.h"
#include "csv/csvsniffer.h"
#include "datasets/dateformat.h"
#include "datasets/dateorderdetector.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace milepost {

using Column = ProgressSheet::Column;

namespace {

struct SheetRow
{
    qint64 line = 0;
    QStringList cells;
    bool blank = false;
};

// The columns whose days tell the sheet's order of day and month: those read, and the current
// actual dates, which Milepost wrote as YYYY-MM-DD and a spreadsheet writes back in its locale's
// order. The planned dates are left out: they are the plan's own text (9/30/22 in a US plan),
// which a spreadsheet in another locale keeps as it was.
constexpr Column dateColumns[] = {ProgressSheet::ActualStartNow, ProgressSheet::ActualEndNow,
                                  ProgressSheet::ActualStart,    ProgressSheet::ActualEnd,
                                  ProgressSheet::AsOf};
constexpr Column fillColumns[] = {ProgressSheet::Status,    ProgressSheet::Percent, ProgressSheet::ActualStart,
                                  ProgressSheet::ActualEnd, ProgressSheet::Owner,   ProgressSheet::Office,
                                  ProgressSheet::Note,      ProgressSheet::AsOf};

// A day written with numbers for day, month and year, whose order the sheet's format decides.
bool isNumericDay(const QString &text)
{
    static const QRegularExpression numeric(QStringLiteral("^\\d{1,2}([/.-])\\d{1,2}\\1\\d{2}(\\d{2})?$"));
    return numeric.match(text).hasMatch();
}

} // namespace

ProgressSheetImporter::ProgressSheetImporter(ProgressRepository &repository, const QString &enteredBy, const QDate &today)
    : m_repository(repository)
    , m_enteredBy(enteredBy)
    , m_today(today)
{
}

ProgressSheetImporter::Columns ProgressSheetImporter::columnsByName(const QStringList &header)
{
    Columns at;
    at.fill(-1);
    for (int index = 0; index < header.size(); ++index) {
        const QString name = header.at(index).trimmed();
        for (int column = 0; column < ProgressSheet::ColumnCount; ++column) {
            if (at[column] < 0 && name.compare(ProgressSheet::name(Column(column)), Qt::CaseInsensitive) == 0)
                at[column] = index;
        }
    }
    return at;
}

std::optional<ProgressSheet::Column> ProgressSheetImporter::columnNamed(const QString &name)
{
    QString wanted = name.trimmed();
    wanted.replace(QLatin1Char('_'), QLatin1Char(' '));
    for (int column = 0; column < ProgressSheet::ColumnCount; ++column) {
        if (wanted.compare(ProgressSheet::name(Column(column)), Qt::CaseInsensitive) == 0)
            return Column(column);
    }
    return std::nullopt;
}

ProgressSheetImporter::Reading ProgressSheetImporter::read(const QString &path, const Options &options) const
{
    Reading reading;
    Report &report = reading.report;
    if (options.dialect) {
        reading.dialect = *options.dialect;
        reading.dialectReason = tr("as chosen");
    } else {
        const CsvSniffer::Detection detection = CsvSniffer::detectFile(path);
        if (!detection.ok) {
            report.error = detection.error;
            return reading;
        }
        reading.dialect = detection.dialect;
        reading.dialectReason = tr("%1; %2").arg(detection.encodingReason, detection.delimiterReason);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return reading;
    }
    CsvReader reader(&file, reading.dialect);
    CsvRecord record;
    if (!reader.next(record)) {
        report.error = reader.error().isEmpty() ? tr("%1 is empty").arg(path) : reader.error();
        return reading;
    }
    for (int index = 0; index < record.fieldCount(); ++index)
        reading.header.append(record.text(index));
    reading.columns = options.columns.value_or(columnsByName(reading.header));
    for (const auto &[column, name] : options.renamed) {
        const auto found = std::find_if(reading.header.cbegin(), reading.header.cend(), [&name](const QString &cell) {
            return cell.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (found == reading.header.cend()) {
            report.error = tr("%1 has no column named “%2” (for %3)").arg(path, name, ProgressSheet::name(column));
            return reading;
        }
        reading.columns[column] = int(found - reading.header.cbegin());
    }
    const Columns &at = reading.columns;
    if (at[ProgressSheet::Id] < 0) {
        report.error = tr("%1 has no column named “%2”: it is not a progress update sheet")
                           .arg(path, ProgressSheet::name(ProgressSheet::Id));
        return reading;
    }

    QList<SheetRow> rows;
    DateOrderDetector order;
    while (reader.next(record)) {
        SheetRow row{record.line(), {}, record.isBlank()};
        for (int index = 0; index < record.fieldCount(); ++index)
            row.cells.append(record.text(index).trimmed());
        for (const Column column : dateColumns) {
            if (at[column] >= 0 && at[column] < row.cells.size())
                order.add(row.cells.at(at[column]), row.line);
        }
        rows.append(row);
    }
    if (!reader.error().isEmpty()) {
        report.error = reader.error();
        return reading;
    }

    // One reading of day and month for the whole sheet, given or told from its dates.
    DateFormat format;
    if (!options.dateFormat.isEmpty()) {
        QString error;
        format = DateFormat::fromPattern(options.dateFormat, {}, &error);
        if (!format.isValid()) {
            report.error = tr("the date format %1 cannot be used: %2").arg(options.dateFormat, error);
            return reading;
        }
        const DateOrderDetector::Proof &against = format.monthBeforeDay() ? order.dayFirstProof() : order.monthFirstProof();
        if (format.orderInDoubt() && against.line > 0) {
            report.error = tr("line %1 has %2, which %3 cannot read: the sheet writes its dates %4")
                               .arg(QString::number(against.line), against.value, format.pattern(),
                                    format.monthBeforeDay() ? tr("day first") : tr("month first"));
            return reading;
        }
        reading.dates = tr("Dates: %1, as given").arg(format.pattern());
    } else {
        if (order.order() != DateOrderDetector::Order::None)
            reading.dates = order.describe(tr("Dates"));
        switch (order.order()) {
        case DateOrderDetector::Order::None:
            break;
        case DateOrderDetector::Order::MonthFirst:
        case DateOrderDetector::Order::DayFirst:
            format = DateFormat::fromPattern(order.detectedPattern());
            break;
        case DateOrderDetector::Order::Ambiguous:
            reading.dateOrderInDoubt = true;
            report.error = tr("every date in the sheet reads both ways (the 12th or earlier): say whether the day or "
                              "the month comes first (D/M/YYYY or M/D/YYYY)");
            return reading;
        case DateOrderDetector::Order::Mixed:
            report.error = reading.dates;
            return reading;
        }
    }
    // A day of the sheet; reason, when it cannot be read, names the field.
    auto readDay = [&format](ProgressField::Id field, const QString &text, QString *canonical, QString *reason) {
        if (format.isValid() && isNumericDay(text)) {
            QString why;
            const QDate day = format.parse(text, &why);
            if (!day.isValid()) {
                *reason = tr("%1 “%2” is not a day as %3 reads it: %4").arg(ProgressField::label(field), text, format.pattern(), why);
                return false;
            }
            *canonical = day.toString(Qt::ISODate);
            return true;
        }
        return ProgressField::normalise(field, text, canonical, reason);
    };

    QHash<qint64, qint64> lineOfMilestone;
    for (const SheetRow &row : std::as_const(rows)) {
        ++report.read;
        const qint64 line = row.line;
        auto cell = [&](Column column) { return at[column] >= 0 && at[column] < row.cells.size() ? row.cells.at(at[column]) : QString(); };
        bool anything = false;
        for (const Column column : fillColumns)
            anything = anything || !cell(column).isEmpty();
        if (row.blank || !anything) {
            ++report.blank;
            continue;
        }
        QList<Rejection> problems;
        auto reject = [&](Column column, const QString &reason) { problems.append({line, ProgressSheet::name(column), reason}); };

        bool isNumber = false;
        const qint64 id = cell(ProgressSheet::Id).toLongLong(&isNumber);
        std::optional<ProgressRepository::MilestoneRef> milestone;
        std::optional<ProgressState> current;
        QString error;
        if (!isNumber || id <= 0) {
            reject(ProgressSheet::Id, tr("“%1” is not a milestone id").arg(cell(ProgressSheet::Id)));
        } else if (milestone = m_repository.milestone(id, &error); !milestone) {
            reject(ProgressSheet::Id, error);
        } else if (!milestone->inPlan) {
            reject(ProgressSheet::Id, tr("milestone %1 is no longer in the plan").arg(id));
        } else if (lineOfMilestone.contains(id)) {
            reject(ProgressSheet::Id, tr("milestone %1 is already updated on line %2").arg(id).arg(lineOfMilestone.value(id)));
        } else if (!(current = m_repository.current(id, &error))) {
            report.error = error;
            return reading;
        }

        ProgressUpdate update;
        update.milestoneId = id;
        update.expectedVersion = current ? current->version : 0;
        update.enteredBy = m_enteredBy;
        update.note = cell(ProgressSheet::Note);
        update.asOf = m_today;
        ProgressState after = current.value_or(ProgressState());
        QList<Change> changes;
        for (const Column column : fillColumns) {
            const auto field = ProgressSheet::fieldOf(column);
            if (!field || cell(column).isEmpty())
                continue;
            QString canonical;
            QString reason;
            const bool day = *field == ProgressField::Id::ActualStart || *field == ProgressField::Id::ActualEnd;
            if (!(day ? readDay(*field, cell(column), &canonical, &reason)
                      : ProgressField::normalise(*field, cell(column), &canonical, &reason))) {
                reject(column, reason);
                continue;
            }
            update.set(*field, canonical);
            const QString before = current ? current->value(*field) : QString();
            if (before != canonical && milestone)
                changes.append({line, id, milestone->title, ProgressField::label(*field),
                                ProgressField::displayValue(*field, before), ProgressField::displayValue(*field, canonical)});
            after.setValue(*field, canonical);
        }
        if (const QString asOf = cell(ProgressSheet::AsOf); !asOf.isEmpty()) {
            QString canonical;
            QString reason;
            if (!readDay(ProgressField::Id::ActualStart, asOf, &canonical, &reason))
                reject(ProgressSheet::AsOf, tr("the as-of date “%1” is not a day").arg(asOf));
            else if (QDate::fromString(canonical, Qt::ISODate) > m_today)
                reject(ProgressSheet::AsOf, tr("the as-of date %1 is after today, %2").arg(canonical, m_today.toString(Qt::ISODate)));
            else
                update.asOf = QDate::fromString(canonical, Qt::ISODate);
        }
        if (problems.isEmpty() && current) {
            if (const QString problem = after.problem(); !problem.isEmpty())
                reject(ProgressSheet::ActualEnd, problem);
        }
        if (!problems.isEmpty()) {
            ++report.rejected;
            report.rejections += problems;
            continue;
        }
        if (!update.note.isEmpty())
            changes.append({line, id, milestone->title, tr("Note"), current->note, update.note});
        ++(changes.isEmpty() ? report.unchanged : report.stored);
        reading.changes += changes;
        lineOfMilestone.insert(id, line);
        reading.updates.append(update);
        reading.lines.append(line);
    }
    report.ok = true;
    return reading;
}

ProgressSheetImporter::Report ProgressSheetImporter::commit(const Reading &reading) const
{
    Report report = reading.report;
    if (!report.ok || reading.updates.isEmpty())
        return report;
    report.ok = false;
    report.stored = 0;
    report.unchanged = 0;
    bool recorded = false;
    const QList<ProgressRepository::RecordResult> results = m_repository.recordAll(reading.updates, m_today, &recorded);
    if (!recorded) {
        QStringList reasons;
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (!results.at(i).ok())
                reasons << tr("line %1: %2").arg(reading.lines.at(i)).arg(results.at(i).error());
        }
        report.error = tr("nothing was stored: %1").arg(reasons.isEmpty() ? tr("the store failed") : reasons.join(QLatin1String("; ")));
        return report;
    }
    for (const ProgressRepository::RecordResult &result : results)
        ++(result.outcome == ProgressRepository::RecordResult::Outcome::Recorded ? report.stored : report.unchanged);
    report.ok = true;
    return report;
}

} // namespace milepost
