// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingfigures.h"

#include "foldedtexts.h"
#include "schoolyear.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace milepost {

namespace {

using Group = StaffingRecord::EmployeeGroup;
using Why = StaffingFigures::Why;

// A series of rows that describe the same staff: Local District, group, job category and site,
// by the numbers of their folded texts; site -1 for the Local District's own rows as a whole.
struct SeriesKey
{
    int district = 0;
    int group = 0;
    int category = 0;
    int site = 0;

    friend bool operator==(const SeriesKey &, const SeriesKey &) = default;
};

size_t qHash(const SeriesKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.district, key.group, key.category, key.site);
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

// The texts of the reasons, one per reason and line: rows under the same row share it.
class Reasons final
{
public:
    const QString &of(Why why, qint64 line)
    {
        const std::pair<int, qint64> key{int(why), line};
        auto text = m_texts.constFind(key);
        if (text == m_texts.constEnd())
            text = m_texts.insert(key, StaffingFigures::reason(why, line));
        return *text;
    }

private:
    QHash<std::pair<int, qint64>, QString> m_texts;
};

// The rows of one school year with their series and what each counts for, by position.
struct YearRows
{
    QList<int> rows;
    QList<SeriesKey> series;
    std::vector<Use> uses;
};

// Picks the row with the latest period end that gives the measure; the others are excluded.
// Equal ends keep the earliest row.
void pickLatest(const QList<StaffingRecord> &records, YearRows &year, const QList<int> &members,
                std::optional<qint64> StaffingRecord::*measure, bool Use::*flag, Reasons &reasons)
{
    int best = -1;
    for (int member : members) {
        const StaffingRecord &record = records.at(year.rows.at(member));
        if (!(record.*measure))
            continue;
        if (best < 0 || record.period.last() > records.at(year.rows.at(best)).period.last())
            best = member;
    }
    if (best < 0)
        return;
    year.uses[std::size_t(best)].*flag = true;
    const QString &reason = reasons.of(Why::LaterCount, records.at(year.rows.at(best)).sourceLine);
    for (int member : members) {
        if (member != best && records.at(year.rows.at(member)).*measure)
            year.uses[std::size_t(member)].exclude(reason);
    }
}

void pickHires(const QList<StaffingRecord> &records, YearRows &year, const QList<int> &members, Reasons &reasons)
{
    QList<int> withHires;
    for (int member : members) {
        if (records.at(year.rows.at(member)).hires)
            withHires.append(member);
    }
    const auto period = [&](int member) -> const Period & { return records.at(year.rows.at(member)).period; };
    const auto whole = std::find_if(withHires.cbegin(), withHires.cend(),
                                    [&](int member) { return period(member).kind() == Period::Kind::SchoolYear; });
    if (whole != withHires.cend()) {
        const QString &reason = reasons.of(Why::WholeYearRow, records.at(year.rows.at(*whole)).sourceLine);
        for (int member : withHires) {
            if (member == *whole)
                year.uses[std::size_t(member)].hires = true;
            else
                year.uses[std::size_t(member)].exclude(reason);
        }
        return;
    }
    std::stable_sort(withHires.begin(), withHires.end(),
                     [&](int a, int b) { return period(a).first() < period(b).first(); });
    QList<int> accepted;
    for (int member : withHires) {
        const Period &own = period(member);
        const auto overlap = std::find_if(accepted.cbegin(), accepted.cend(), [&](int other) {
            return own.first() <= period(other).last() && own.last() >= period(other).first();
        });
        if (overlap != accepted.cend()) {
            year.uses[std::size_t(member)].exclude(reasons.of(Why::Overlaps, records.at(year.rows.at(*overlap)).sourceLine));
            continue;
        }
        accepted.append(member);
        year.uses[std::size_t(member)].hires = true;
    }
}

// The rows of one school year with their series, folded as the figures compare texts.
YearRows yearRows(const QList<StaffingRecord> &records, const QList<int> &rows, FoldedTexts &districts,
                  FoldedTexts &sites, FoldedTexts &categories)
{
    YearRows year;
    year.rows = rows;
    year.series.reserve(rows.size());
    for (int row : rows) {
        const StaffingRecord &record = records.at(row);
        year.series.append({districts.number(record.localDistrict), record.employeeGroup == Group::Classified ? 1 : 0,
                            categories.number(record.jobCategory), sites.number(record.site)});
    }
    year.uses.resize(std::size_t(rows.size()));
    return year;
}

// Decides what each row of one school year counts for.
void select(const QList<StaffingRecord> &records, YearRows &year, const FoldedTexts &sites, Reasons &reasons)
{
    const auto ownRow = [&](const SeriesKey &series) { return sites.key(series.site).isEmpty(); };
    QHash<SeriesKey, int> districtRows; // Local District + group + category -> its first own row
    for (int member = 0; member < year.rows.size(); ++member) {
        const SeriesKey &series = year.series.at(member);
        const SeriesKey district{series.district, series.group, series.category, -1};
        if (ownRow(series) && !districtRows.contains(district))
            districtRows.insert(district, member);
    }
    QHash<SeriesKey, int> seriesNumbers;
    QList<QList<int>> members;
    for (int member = 0; member < year.rows.size(); ++member) {
        const SeriesKey &series = year.series.at(member);
        if (!ownRow(series)) {
            if (const auto own = districtRows.constFind({series.district, series.group, series.category, -1});
                own != districtRows.constEnd()) {
                year.uses[std::size_t(member)].exclude(
                    reasons.of(Why::DistrictRow, records.at(year.rows.at(*own)).sourceLine));
                continue;
            }
        }
        auto number = seriesNumbers.constFind(series);
        if (number == seriesNumbers.constEnd()) {
            number = seriesNumbers.insert(series, int(members.size()));
            members.append(QList<int>());
        }
        members[*number].append(member);
    }
    for (const QList<int> &series : std::as_const(members)) {
        pickHires(records, year, series, reasons);
        pickLatest(records, year, series, &StaffingRecord::vacancies, &Use::vacancies, reasons);
        pickLatest(records, year, series, &StaffingRecord::positions, &Use::positions, reasons);
    }
}

void listExcluded(const YearRows &year, QList<StaffingFigures::Exclusion> &out)
{
    for (int member = 0; member < year.rows.size(); ++member) {
        const Use &use = year.uses[std::size_t(member)];
        if (!use.any())
            out.append({year.rows.at(member), use.reason});
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

    FoldedTexts districts;
    FoldedTexts sites;
    FoldedTexts categories;
    Reasons reasons;
    YearRows current = yearRows(records, rowsByYear.value(figures.schoolYear), districts, sites, categories);
    YearRows previous = yearRows(records, rowsByYear.value(figures.schoolYear - 1), districts, sites, categories);
    select(records, current, sites, reasons);
    select(records, previous, sites, reasons);

    // A breakdown's category of each folded text, labelled as its first row spells it.
    QList<int> categoryColumns(categories.count(), -1);
    QList<int> districtColumns(districts.count(), -1);
    for (int member = 0; member < current.rows.size(); ++member) {
        const int row = current.rows.at(member);
        const StaffingRecord &record = records.at(row);
        const SeriesKey &series = current.series.at(member);
        const Use &use = current.uses[std::size_t(member)];
        const bool sample = record.illustrative;
        const int group = figures.byEmployeeGroup.categoryIndex(groupKey(record.employeeGroup));
        int &category = categoryColumns[series.category];
        if (category < 0)
            category = figures.byJobCategory.addCategory({categories.key(series.category), record.jobCategory.trimmed()});
        int &district = districtColumns[series.district];
        if (district < 0)
            district = figures.byLocalDistrict.addCategory({districts.key(series.district), record.localDistrict.trimmed()});
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
    QSet<SeriesKey> previousSeries;
    for (int member = 0; member < previous.rows.size(); ++member) {
        const int row = previous.rows.at(member);
        const StaffingRecord &record = records.at(row);
        const Use &use = previous.uses[std::size_t(member)];
        if (use.hires) {
            figures.previousHires.add(*record.hires, row, record.illustrative);
            previousSeries.insert(previous.series.at(member));
        }
        if (use.vacancies)
            figures.previousVacancies.add(*record.vacancies, row, record.illustrative);
    }
    QSet<SeriesKey> bothYears;
    for (int member = 0; member < current.rows.size(); ++member) {
        const StaffingRecord &record = records.at(current.rows.at(member));
        if (current.uses[std::size_t(member)].hires && previousSeries.contains(current.series.at(member))) {
            figures.comparableHires.add(*record.hires, current.rows.at(member), record.illustrative);
            bothYears.insert(current.series.at(member));
        }
    }
    for (int member = 0; member < previous.rows.size(); ++member) {
        const StaffingRecord &record = records.at(previous.rows.at(member));
        if (previous.uses[std::size_t(member)].hires && bothYears.contains(previous.series.at(member)))
            figures.comparablePreviousHires.add(*record.hires, previous.rows.at(member), record.illustrative);
    }
    figures.byJobCategory.sortCategoriesByTotal();
    figures.byLocalDistrict.sortCategoriesByKey();
    listExcluded(previous, figures.notCounted);
    listExcluded(current, figures.notCounted);
    std::sort(figures.notCounted.begin(), figures.notCounted.end(),
              [](const Exclusion &a, const Exclusion &b) { return a.row < b.row; });
    listNotAdded();
    return figures;
}

} // namespace milepost
