// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingfigures.h"

#include "schoolyear.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace milepost {

namespace {

using Group = StaffingRecord::EmployeeGroup;

QString norm(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

// What one row counts for in its school year; reason says why not, when it counts for nothing.
struct Use
{
    bool hires = false;
    bool vacancies = false;
    bool positions = false;
    QString reason;

    bool any() const { return hires || vacancies || positions; }
    void exclude(const QString &why)
    {
        if (reason.isEmpty())
            reason = why;
    }
};

QString groupPart(const StaffingRecord &record)
{
    return StaffingFigures::groupKey(record.employeeGroup) + QChar(0x1F) + norm(record.jobCategory);
}

QString seriesKey(const StaffingRecord &record)
{
    return norm(record.localDistrict) + QChar(0x1F) + groupPart(record) + QChar(0x1F) + norm(record.site);
}

// Picks the row of rows with the latest period end that gives the measure; the others are
// excluded. Equal ends keep the earliest row.
void pickLatest(const QList<StaffingRecord> &records, const QList<int> &rows,
                std::optional<qint64> StaffingRecord::*measure, bool Use::*flag, QHash<int, Use> &uses)
{
    int best = -1;
    for (int row : rows) {
        if (!(records.at(row).*measure))
            continue;
        if (best < 0 || records.at(row).period.last() > records.at(best).period.last())
            best = row;
    }
    if (best < 0)
        return;
    uses[best].*flag = true;
    for (int row : rows) {
        if (row != best && records.at(row).*measure)
            uses[row].exclude(StaffingFigures::reason(StaffingFigures::Why::LaterCount, records.at(best).sourceLine));
    }
}

void pickHires(const QList<StaffingRecord> &records, const QList<int> &rows, QHash<int, Use> &uses)
{
    QList<int> withHires;
    for (int row : rows) {
        if (records.at(row).hires)
            withHires.append(row);
    }
    const auto whole = std::find_if(withHires.cbegin(), withHires.cend(), [&](int row) {
        return records.at(row).period.kind() == Period::Kind::SchoolYear;
    });
    if (whole != withHires.cend()) {
        for (int row : withHires) {
            if (row == *whole)
                uses[row].hires = true;
            else
                uses[row].exclude(StaffingFigures::reason(StaffingFigures::Why::WholeYearRow, records.at(*whole).sourceLine));
        }
        return;
    }
    std::stable_sort(withHires.begin(), withHires.end(), [&](int a, int b) {
        return records.at(a).period.first() < records.at(b).period.first();
    });
    QList<int> accepted;
    for (int row : withHires) {
        const Period &period = records.at(row).period;
        const auto overlap = std::find_if(accepted.cbegin(), accepted.cend(), [&](int other) {
            const Period &o = records.at(other).period;
            return period.first() <= o.last() && period.last() >= o.first();
        });
        if (overlap != accepted.cend()) {
            uses[row].exclude(StaffingFigures::reason(StaffingFigures::Why::Overlaps, records.at(*overlap).sourceLine));
            continue;
        }
        accepted.append(row);
        uses[row].hires = true;
    }
}

// Decides what each row of one school year counts for.
QHash<int, Use> select(const QList<StaffingRecord> &records, const QList<int> &rows)
{
    QHash<int, Use> uses;
    QHash<QString, int> districtRows; // Local District + group + category -> its first own row
    for (int row : rows) {
        const StaffingRecord &record = records.at(row);
        const QString key = norm(record.localDistrict) + QChar(0x1F) + groupPart(record);
        if (record.site.trimmed().isEmpty() && !districtRows.contains(key))
            districtRows.insert(key, row);
    }
    QStringList order;
    QHash<QString, QList<int>> series;
    for (int row : rows) {
        const StaffingRecord &record = records.at(row);
        uses.insert(row, Use{});
        const QString district = norm(record.localDistrict) + QChar(0x1F) + groupPart(record);
        if (!record.site.trimmed().isEmpty()) {
            if (const auto own = districtRows.constFind(district); own != districtRows.constEnd()) {
                uses[row].exclude(StaffingFigures::reason(StaffingFigures::Why::DistrictRow, records.at(*own).sourceLine));
                continue;
            }
        }
        const QString key = seriesKey(record);
        if (!series.contains(key))
            order.append(key);
        series[key].append(row);
    }
    for (const QString &key : order) {
        const QList<int> &members = series.value(key);
        pickHires(records, members, uses);
        pickLatest(records, members, &StaffingRecord::vacancies, &Use::vacancies, uses);
        pickLatest(records, members, &StaffingRecord::positions, &Use::positions, uses);
    }
    return uses;
}

void listExcluded(const QList<int> &rows, const QHash<int, Use> &uses, QList<StaffingFigures::Exclusion> &out)
{
    for (int row : rows) {
        const Use use = uses.value(row);
        if (!use.any())
            out.append({row, use.reason});
    }
}

} // namespace

const QString StaffingFigures::hiresKey = QStringLiteral("hires");
const QString StaffingFigures::vacanciesKey = QStringLiteral("vacancies");

QString StaffingFigures::groupKey(StaffingRecord::EmployeeGroup group)
{
    return group == Group::Classified ? QStringLiteral("classified") : QStringLiteral("certificated");
}

QString StaffingFigures::groupName(StaffingRecord::EmployeeGroup group)
{
    return group == Group::Classified ? tr("Classified") : tr("Certificated");
}

QString StaffingFigures::reason(Why why, qint64 line, const QString &period)
{
    switch (why) {
    case Why::UnreadablePeriod:
        return tr("Its period could not be read.");
    case Why::CrossesYears:
        return tr("Its period %1 crosses from one school year into the next.").arg(period);
    case Why::DistrictRow:
        return tr("The Local District’s own row (line %1) stands for its sites.").arg(line);
    case Why::WholeYearRow:
        return tr("The whole-year row on line %1 stands for the year’s hires.").arg(line);
    case Why::Overlaps:
        return tr("Its period overlaps that of line %1, whose hires are counted.").arg(line);
    case Why::LaterCount:
        break;
    }
    return tr("A count of the same staff as of a later or the same day (line %1) stands for the year.").arg(line);
}

std::optional<double> StaffingFigures::fillRate() const
{
    if (fillPositions.isEmpty() || fillPositions.value <= 0)
        return std::nullopt;
    return double(fillPositions.value - fillVacancies.value) / double(fillPositions.value);
}

std::optional<qint64> StaffingFigures::hiresChange() const
{
    if (comparableHires.isEmpty())
        return std::nullopt;
    return comparableHires.value - comparablePreviousHires.value;
}

std::optional<double> StaffingFigures::hiresChangeRatio() const
{
    const std::optional<qint64> change = hiresChange();
    if (!change || comparablePreviousHires.value == 0)
        return std::nullopt;
    return double(*change) / double(comparablePreviousHires.value);
}

StaffingFigures StaffingFigures::compute(const QList<StaffingRecord> &records, const DashboardFilter &filter)
{
    StaffingFigures figures;
    QMap<int, QList<int>> rowsByYear;
    QList<Exclusion> unreadable;
    QList<int> crossing;
    for (int row = 0; row < records.size(); ++row) {
        const StaffingRecord &record = records.at(row);
        if (!filter.matches(record))
            continue;
        if (!record.period.isValid()) {
            unreadable.append({row, reason(Why::UnreadablePeriod, 0)});
            continue;
        }
        const int year = SchoolYear::holding(record.period.first(), record.period.last());
        if (year == 0) {
            crossing.append(row);
            continue;
        }
        rowsByYear[year].append(row);
    }
    figures.schoolYears = rowsByYear.keys();
    figures.notCounted = unreadable;

    const int asOfYear = SchoolYear::of(filter.asOf);
    for (int year : figures.schoolYears) {
        if (asOfYear == 0 || year <= asOfYear)
            figures.schoolYear = year;
    }
    figures.byEmployeeGroup = Breakdown({{groupKey(Group::Certificated), groupName(Group::Certificated)},
                                         {groupKey(Group::Classified), groupName(Group::Classified)}},
                                        {{hiresKey, tr("Hires")}, {vacanciesKey, tr("Vacancies")}});
    figures.byJobCategory = Breakdown({}, figures.byEmployeeGroup.series());
    figures.byLocalDistrict = Breakdown({}, figures.byEmployeeGroup.series());
    const auto listNotAdded = [&] {
        for (const Exclusion &excluded : std::as_const(figures.notCounted))
            figures.notAdded.add(1, excluded.row, records.at(excluded.row).illustrative);
        // Where the rows of each figure come from, now that every figure lists them.
        const auto source = [&](int row) { return records.at(row).source; };
        for (Figure *figure : {&figures.hires, &figures.vacancies, &figures.positions, &figures.fillPositions,
                               &figures.fillVacancies, &figures.previousHires, &figures.previousVacancies,
                               &figures.comparableHires, &figures.comparablePreviousHires, &figures.notAdded})
            figure->nameSources(source);
        for (Breakdown *breakdown : {&figures.byEmployeeGroup, &figures.byJobCategory, &figures.byLocalDistrict})
            breakdown->nameSources(source);
    };
    if (figures.schoolYear == 0) {
        listNotAdded();
        return figures;
    }

    // Rows that reach into the year or the year before, but cross June 30.
    for (int row : crossing) {
        const Period &period = records.at(row).period;
        const int first = SchoolYear::of(period.first());
        const int last = SchoolYear::of(period.last());
        if (first <= figures.schoolYear && last >= figures.schoolYear - 1)
            figures.notCounted.append({row, reason(Why::CrossesYears, 0, period.canonical())});
    }

    const QList<int> current = rowsByYear.value(figures.schoolYear);
    const QList<int> previous = rowsByYear.value(figures.schoolYear - 1);
    const QHash<int, Use> uses = select(records, current);
    const QHash<int, Use> previousUses = select(records, previous);

    for (int row : current) {
        const StaffingRecord &record = records.at(row);
        const Use use = uses.value(row);
        const bool sample = record.illustrative;
        const int group = figures.byEmployeeGroup.categoryIndex(groupKey(record.employeeGroup));
        const int category = figures.byJobCategory.addCategory({norm(record.jobCategory), record.jobCategory.trimmed()});
        const int district = figures.byLocalDistrict.addCategory({norm(record.localDistrict), record.localDistrict.trimmed()});
        if (use.hires) {
            figures.hires.add(*record.hires, row, sample);
            figures.byEmployeeGroup.at(0, group).add(*record.hires, row, sample);
            figures.byJobCategory.at(0, category).add(*record.hires, row, sample);
            figures.byLocalDistrict.at(0, district).add(*record.hires, row, sample);
        }
        if (use.vacancies) {
            figures.vacancies.add(*record.vacancies, row, sample);
            figures.byEmployeeGroup.at(1, group).add(*record.vacancies, row, sample);
            figures.byJobCategory.at(1, category).add(*record.vacancies, row, sample);
            figures.byLocalDistrict.at(1, district).add(*record.vacancies, row, sample);
        }
        if (use.positions)
            figures.positions.add(*record.positions, row, sample);
        if (use.positions && use.vacancies) {
            figures.fillPositions.add(*record.positions, row, sample);
            figures.fillVacancies.add(*record.vacancies, row, sample);
        }
    }
    QSet<QString> previousSeries;
    for (int row : previous) {
        const StaffingRecord &record = records.at(row);
        const Use use = previousUses.value(row);
        if (use.hires) {
            figures.previousHires.add(*record.hires, row, record.illustrative);
            previousSeries.insert(seriesKey(record));
        }
        if (use.vacancies)
            figures.previousVacancies.add(*record.vacancies, row, record.illustrative);
    }
    QSet<QString> bothYears;
    for (int row : current) {
        const StaffingRecord &record = records.at(row);
        if (uses.value(row).hires && previousSeries.contains(seriesKey(record))) {
            figures.comparableHires.add(*record.hires, row, record.illustrative);
            bothYears.insert(seriesKey(record));
        }
    }
    for (int row : previous) {
        const StaffingRecord &record = records.at(row);
        if (previousUses.value(row).hires && bothYears.contains(seriesKey(record)))
            figures.comparablePreviousHires.add(*record.hires, row, record.illustrative);
    }
    figures.byJobCategory.sortCategoriesByTotal();
    figures.byLocalDistrict.sortCategoriesByKey();
    listExcluded(previous, previousUses, figures.notCounted);
    listExcluded(current, uses, figures.notCounted);
    std::sort(figures.notCounted.begin(), figures.notCounted.end(),
              [](const Exclusion &a, const Exclusion &b) { return a.row < b.row; });
    listNotAdded();
    return figures;
}

} // namespace milepost
