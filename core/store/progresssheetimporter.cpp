// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresssheetimporter.h"

#include "progressrepository.h"

#include "csv/csvdialect.h"
#include "csv/csvreader.h"
#include "csv/csvrecord.h"
#include "progress/progresssheet.h"

#include <QFile>
#include <QHash>

#include <array>

namespace milepost {

using Column = ProgressSheet::Column;

ProgressSheetImporter::ProgressSheetImporter(ProgressRepository &repository, const QString &enteredBy, const QDate &today)
    : m_repository(repository)
    , m_enteredBy(enteredBy)
    , m_today(today)
{
}

ProgressSheetImporter::Report ProgressSheetImporter::importFile(const QString &path) const
{
    Report report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    CsvReader reader(&file, CsvDialect{});
    CsvRecord record;
    if (!reader.next(record)) {
        report.error = reader.error().isEmpty() ? tr("%1 is empty").arg(path) : reader.error();
        return report;
    }
    // Columns by name; those of the sheet that are missing read as empty.
    std::array<int, ProgressSheet::ColumnCount> at;
    at.fill(-1);
    for (int index = 0; index < record.fieldCount(); ++index) {
        const QString name = record.text(index).trimmed();
        for (int column = 0; column < ProgressSheet::ColumnCount; ++column) {
            if (name.compare(ProgressSheet::name(Column(column)), Qt::CaseInsensitive) == 0 && at[column] < 0)
                at[column] = index;
        }
    }
    if (at[ProgressSheet::Id] < 0) {
        report.error = tr("%1 has no column named “%2”: it is not a progress update sheet")
                           .arg(path, ProgressSheet::name(ProgressSheet::Id));
        return report;
    }
    const QList<Column> fillColumns{ProgressSheet::Status, ProgressSheet::Percent, ProgressSheet::ActualStart,
                                    ProgressSheet::ActualEnd, ProgressSheet::Owner, ProgressSheet::Office,
                                    ProgressSheet::Note, ProgressSheet::AsOf};

    QList<ProgressUpdate> updates;
    QList<qint64> updateLines;
    QHash<qint64, qint64> lineOfMilestone;
    while (reader.next(record)) {
        ++report.read;
        const qint64 line = record.line();
        auto cell = [&](Column column) { return at[column] >= 0 && at[column] < record.fieldCount() ? record.text(at[column]).trimmed() : QString(); };
        bool anything = false;
        for (Column column : fillColumns)
            anything = anything || !cell(column).isEmpty();
        if (record.isBlank() || !anything) {
            ++report.blank;
            continue;
        }
        QList<Rejection> problems;
        auto reject = [&](Column column, const QString &reason) { problems.append({line, ProgressSheet::name(column), reason}); };

        bool isNumber = false;
        const qint64 id = cell(ProgressSheet::Id).toLongLong(&isNumber);
        std::optional<ProgressState> current;
        QString error;
        if (!isNumber || id <= 0) {
            reject(ProgressSheet::Id, tr("“%1” is not a milestone id").arg(cell(ProgressSheet::Id)));
        } else if (const auto milestone = m_repository.milestone(id, &error); !milestone) {
            reject(ProgressSheet::Id, error);
        } else if (!milestone->inPlan) {
            reject(ProgressSheet::Id, tr("milestone %1 is no longer in the plan").arg(id));
        } else if (lineOfMilestone.contains(id)) {
            reject(ProgressSheet::Id, tr("milestone %1 is already updated on line %2").arg(id).arg(lineOfMilestone.value(id)));
        } else if (!(current = m_repository.current(id, &error))) {
            report.error = error;
            return report;
        }

        ProgressUpdate update;
        update.milestoneId = id;
        update.expectedVersion = current ? current->version : 0;
        update.enteredBy = m_enteredBy;
        update.note = cell(ProgressSheet::Note);
        update.asOf = m_today;
        ProgressState after = current.value_or(ProgressState());
        for (Column column : fillColumns) {
            const auto field = ProgressSheet::fieldOf(column);
            if (!field || cell(column).isEmpty())
                continue;
            QString canonical;
            QString reason;
            if (!ProgressField::normalise(*field, cell(column), &canonical, &reason)) {
                reject(column, reason);
                continue;
            }
            update.set(*field, cell(column));
            after.setValue(*field, canonical);
        }
        if (const QString asOf = cell(ProgressSheet::AsOf); !asOf.isEmpty()) {
            QString canonical;
            QString reason;
            if (!ProgressField::normalise(ProgressField::Id::ActualStart, asOf, &canonical, &reason))
                reject(ProgressSheet::AsOf, reason);
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
        lineOfMilestone.insert(id, line);
        updates.append(update);
        updateLines.append(line);
    }
    if (!reader.error().isEmpty()) {
        report.error = reader.error();
        return report;
    }

    if (!updates.isEmpty()) {
        bool recorded = false;
        const QList<ProgressRepository::RecordResult> results = m_repository.recordAll(updates, m_today, &recorded);
        if (!recorded) {
            QStringList reasons;
            for (qsizetype i = 0; i < results.size(); ++i) {
                if (!results.at(i).ok())
                    reasons << tr("line %1: %2").arg(updateLines.at(i)).arg(results.at(i).error());
            }
            report.error = tr("nothing was stored: %1").arg(reasons.isEmpty() ? tr("the store failed") : reasons.join(QLatin1String("; ")));
            return report;
        }
        for (const ProgressRepository::RecordResult &result : results)
            ++(result.outcome == ProgressRepository::RecordResult::Outcome::Recorded ? report.stored : report.unchanged);
    }
    report.ok = true;
    return report;
}

} // namespace milepost
