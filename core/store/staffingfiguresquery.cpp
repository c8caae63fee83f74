// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingfiguresquery.h"

#include "database.h"
#include "figurerows.h"
#include "figuresources.h"
#include "placesseen.h"
#include "repeatedtexts.h"
#include "storedperiods.h"
#include "statement.h"
#include "transaction.h"

#include "dashboard/schoolyear.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>
#include <tuple>

namespace milepost {

namespace {

// One stored row as the pass keeps it: its place in the repository's order, its texts and
// period by number, and its counts.
struct StoredRow
{
    qint64 line = 0;
    qint64 id = 0;
    qint64 positions = 0;
    qint64 vacancies = 0;
    qint64 hires = 0;
    int source = 0; // by number: sourceIds, sourceNames
    int period = 0;
    int district = 0;
    int site = 0;
    int category = 0;
    bool passes : 1 = false; // one byte for the six: 64 bytes a row
    bool classified : 1 = false;
    bool sample : 1 = false;
    bool hasPositions : 1 = false;
    bool hasVacancies : 1 = false;
    bool hasHires : 1 = false;
};
static_assert(sizeof(StoredRow) <= 64);

QString failure(const QString &message)
{
    return StaffingFiguresQuery::tr("Could not count the staffing data: %1").arg(message);
}

std::optional<qint64> optional(bool has, qint64 value)
{
    return has ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

StaffingFiguresQuery::StaffingFiguresQuery(Database &database)
    : m_database(database)
{
}

std::optional<StaffingFigures> StaffingFiguresQuery::compute(const DashboardFilter &filter, Rows rows,
                                                             QString *error, RowListing *rowListing) const
{
    Connection *db = m_database.handle();
    const auto fail = [error](const QString &message) -> std::optional<StaffingFigures> {
        if (error)
            *error = failure(message);
        return std::nullopt;
    };
    Transaction snapshot(db, Transaction::Mode::Read);
    if (!snapshot.isActive())
        return fail(snapshot.error());
    QString sourcesError;
    const std::optional<FigureSources> sources = FigureSources::read(db, Dataset::Staffing, &sourcesError);
    if (!sources) {
        if (error)
            *error = sourcesError;
        return std::nullopt;
    }

    // The pass, in the table's order.
    Statement read(db, QStringLiteral("SELECT id, source_id, source_line, local_district, site, period, period_first, "
                                      "period_last, employee_group, job_category, positions, vacancies, hires, "
                                      "illustrative FROM staffing"));
    RepeatedTexts districts;
    RepeatedTexts sites;
    RepeatedTexts categories;
    StoredPeriods periods;
    // Whether each text passes the filter's, worked out once per text.
    QList<bool> districtPasses;
    QList<bool> sitePasses;
    const auto passes = [](QList<bool> &known, const RepeatedTexts &texts, int number, const QString &filterText) {
        while (known.size() <= number)
            known.append(DashboardFilter::same(filterText, texts.text(int(known.size()))));
        return known.at(number);
    };
    QHash<qint64, int> sourceNumbers;
    QList<qint64> sourceIds;
    QList<QString> sourceNames;
    QList<bool> sourcePasses;
    std::deque<StoredRow> stored; // grows without copying what it holds
    PlacesSeen places;
    Statement::Result step = Statement::Result::Done;
    while ((step = read.step()) == Statement::Result::Row) {
        StoredRow &row = stored.emplace_back();
        row.id = read.columnInt64(0);
        const qint64 sourceId = read.columnInt64(1);
        row.line = read.columnInt64(2);
        row.district = districts.number(read.columnUtf8(3));
        row.site = sites.number(read.columnUtf8(4));
        if (rowListing)
            places.add(row.district, row.site);
        auto source = sourceNumbers.constFind(sourceId);
        if (source == sourceNumbers.constEnd()) {
            source = sourceNumbers.insert(sourceId, int(sourceIds.size()));
            sourceIds.append(sourceId);
            sourceNames.append(sources->nameOf(sourceId));
            sourcePasses.append(DashboardFilter::same(filter.source, sourceNames.constLast()));
        }
        row.source = *source;
        row.passes = sourcePasses.at(row.source) && passes(districtPasses, districts, row.district, filter.localDistrict)
                  && passes(sitePasses, sites, row.site, filter.school);
        if (!row.passes)
            continue;
        row.period = periods.number(read, 5);
        row.classified = read.columnUtf8(8) == "classified";
        row.category = categories.number(read.columnUtf8(9));
        row.hasPositions = !read.columnIsNull(10);
        row.positions = read.columnInt64(10);
        row.hasVacancies = !read.columnIsNull(11);
        row.vacancies = read.columnInt64(11);
        row.hasHires = !read.columnIsNull(12);
        row.hires = read.columnInt64(12);
        row.sample = read.columnInt64(13) != 0;
    }
    if (step == Statement::Result::Error)
        return fail(read.error());
    // Numbered as the repository lists them; the table's order usually is that order already.
    const auto before = [&sourceIds](const StoredRow &a, const StoredRow &b) {
        return std::tuple(sourceIds.at(a.source), a.line, a.id) < std::tuple(sourceIds.at(b.source), b.line, b.id);
    };
    if (!std::is_sorted(stored.cbegin(), stored.cend(), before))
        std::sort(stored.begin(), stored.end(), before);
    // The school year that holds each period: 0 when it crosses June 30 or cannot be read.
    QList<int> yearOf;
    for (int number = 0; number < periods.count(); ++number) {
        const Period &period = periods.period(number);
        yearOf.append(period.isValid() ? SchoolYear::holding(period.first(), period.last()) : 0);
    }

    // The school years with data, and the year shown: the latest not after the as-of date's.
    QSet<int> years;
    for (const StoredRow &row : stored) {
        if (row.passes && yearOf.at(row.period) != 0)
            years.insert(yearOf.at(row.period));
    }
    QList<int> schoolYears(years.cbegin(), years.cend());
    std::sort(schoolYears.begin(), schoolYears.end());
    const int asOfYear = SchoolYear::of(filter.asOf);
    int shown = 0;
    for (int year : std::as_const(schoolYears)) {
        if (asOfYear == 0 || year <= asOfYear)
            shown = year;
    }

    // The rows the rules look at, as records, and their numbers among every row: those of the
    // year shown and the year before, and those listed as not added.
    const auto looked = [&](const StoredRow &row) {
        if (!row.passes)
            return false;
        const int year = yearOf.at(row.period);
        return !periods.period(row.period).isValid() || (shown != 0 && (year == 0 || year == shown || year == shown - 1));
    };
    QList<StaffingRecord> records;
    records.reserve(std::count_if(stored.cbegin(), stored.cend(), looked));
    QList<int> numbers;
    numbers.reserve(records.capacity());
    RowListing listing;
    listing.anyStored = !stored.empty();
    if (rowListing) {
        listing.places = places.texts(districts, sites);
        const qsizetype passing = std::count_if(stored.cbegin(), stored.cend(), [](const StoredRow &row) { return row.passes; });
        listing.rows.reserve(passing);
        listing.ids.reserve(passing);
    }
    for (int number = 0; number < int(stored.size()); ++number) {
        const StoredRow &row = stored[std::size_t(number)];
        if (rowListing && row.passes) {
            listing.rows.append(number);
            listing.ids.append(row.id);
        }
        if (!looked(row))
            continue;
        StaffingRecord record;
        record.period = periods.period(row.period);
        record.localDistrict = districts.text(row.district);
        record.site = sites.text(row.site);
        record.employeeGroup = row.classified ? StaffingRecord::EmployeeGroup::Classified
                                              : StaffingRecord::EmployeeGroup::Certificated;
        record.jobCategory = categories.text(row.category);
        record.positions = optional(row.hasPositions, row.positions);
        record.vacancies = optional(row.hasVacancies, row.vacancies);
        record.hires = optional(row.hasHires, row.hires);
        record.illustrative = row.sample;
        record.sourceLine = row.line;
        record.source = sourceNames.at(row.source);
        records.append(std::move(record));
        numbers.append(number);
    }
    stored = {};
    if (!snapshot.commit())
        return fail(snapshot.error());

    // The rules, on those rows only: the filter has chosen them.
    DashboardFilter asOf;
    asOf.asOf = filter.asOf;
    StaffingFigures figures = StaffingFigures::compute(records, asOf);
    figures.schoolYears = schoolYears;
    const bool listed = rows == Rows::Listed;
    for (Figure *figure : {&figures.hires, &figures.vacancies, &figures.positions, &figures.fillPositions,
                           &figures.fillVacancies, &figures.previousHires, &figures.previousVacancies,
                           &figures.comparableHires, &figures.comparablePreviousHires, &figures.notAdded}) {
        FigureRows::renumber(*figure, numbers);
        if (!listed)
            FigureRows::count(*figure);
    }
    for (Breakdown *breakdown : {&figures.byEmployeeGroup, &figures.byJobCategory, &figures.byLocalDistrict}) {
        FigureRows::renumber(*breakdown, numbers);
        if (!listed)
            FigureRows::count(*breakdown);
    }
    for (StaffingFigures::Exclusion &excluded : figures.notCounted)
        excluded.row = numbers.at(excluded.row);
    if (!listed)
        figures.notCounted.clear();
    if (rowListing)
        *rowListing = std::move(listing);
    return figures;
}

} // namespace milepost
