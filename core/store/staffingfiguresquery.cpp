// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingfiguresquery.h"

#include "database.h"
#include "figurerows.h"
#include "figuresources.h"
#include "placesseen.h"
#include "repeatedtexts.h"
#include "repositoryorder.h"
#include "storedperiods.h"
#include "statement.h"
#include "transaction.h"

#include "dashboard/schoolyear.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>

namespace milepost {

namespace {

// A row the rules may look at, as the pass keeps it: its number among every row in the
// repository's order, its texts and period by number, and its counts.
struct KeptRow
{
    qint64 line = 0;
    qint64 positions = 0;
    qint64 vacancies = 0;
    qint64 hires = 0;
    int number = 0;
    int source = 0; // by number: sourceIds, sourceNames
    int period = 0;
    int district = 0;
    int site = 0;
    int category = 0;
    bool classified : 1 = false; // one byte for the five: 64 bytes a row
    bool sample : 1 = false;
    bool hasPositions : 1 = false;
    bool hasVacancies : 1 = false;
    bool hasHires : 1 = false;
};
static_assert(sizeof(KeptRow) <= 64);

QString failure(const QString &message)
{
    return StaffingFiguresQuery::tr("Could not count the staffing data: %1").arg(message);
}

std::optional<qint64> optional(bool has, qint64 value)
{
    return has ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

StaffingFiguresQuery::StaffingFiguresQuery(Database &database, std::mutex *rulesTurn)
    : m_database(database)
    , m_rulesTurn(rulesTurn)
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

    // One pass over every row in the table's order, which is the repository's (by source, line,
    // id) unless an import refreshed an earlier source: then the pass starts again with each
    // row's number in the repository's order (RepositoryOrder), and what it kept is sorted. A row
    // the filter passes is listed as it is read; only the rows the rules may look at are kept
    // (those of the latest two school years so far not after the as-of date's, and those whose
    // period holds no school year), a fraction of a district's history.
    const QString select = QStringLiteral("SELECT id, source_id, source_line, local_district, site, period, period_first, "
                                          "period_last, employee_group, job_category, positions, vacancies, hires, "
                                          "illustrative FROM staffing");
    const int asOfYear = SchoolYear::of(filter.asOf);
    RepeatedTexts districts;
    RepeatedTexts sites;
    RepeatedTexts categories;
    StoredPeriods periods;
    QList<int> yearOf; // of each period: 0 when it crosses June 30 or cannot be read
    QList<bool> yearSeen; // of each period, by a row that passes
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
    PlacesSeen places;
    QSet<int> years;
    int latest = 0; // the latest school year of a passing row not after the as-of date's
    std::deque<KeptRow> kept; // grows without copying what it holds
    RowListing listing;
    RepositoryOrder order;
    Statement::Result step = Statement::Result::Done;
    for (;;) {
        Statement read(db, select);
        years.clear();
        latest = 0;
        kept.clear();
        listing = {};
        std::fill(yearSeen.begin(), yearSeen.end(), false);
        order.startPass();
        bool outOfOrder = false;
        while ((step = read.step()) == Statement::Result::Row) {
            const qint64 id = read.columnInt64(0);
            const qint64 sourceId = read.columnInt64(1);
            const qint64 line = read.columnInt64(2);
            const int number = order.next(sourceId, line, id);
            if (number == RepositoryOrder::outOfOrder) {
                outOfOrder = true;
                break;
            }
            if (number < 0)
                return fail(tr("a row changed while the rows were read"));
            const int district = districts.number(read.columnUtf8(3));
            const int site = sites.number(read.columnUtf8(4));
            if (rowListing)
                places.add(district, site);
            auto source = sourceNumbers.constFind(sourceId);
            if (source == sourceNumbers.constEnd()) {
                source = sourceNumbers.insert(sourceId, int(sourceIds.size()));
                sourceIds.append(sourceId);
                sourceNames.append(sources->nameOf(sourceId));
                sourcePasses.append(DashboardFilter::same(filter.source, sourceNames.constLast()));
            }
            if (!sourcePasses.at(*source) || !passes(districtPasses, districts, district, filter.localDistrict)
                || !passes(sitePasses, sites, site, filter.school))
                continue;
            if (rowListing) {
                listing.rows.append(number);
                listing.ids.append(id);
            }
            const int period = periods.number(read, 5);
            while (yearOf.size() < periods.count()) {
                const Period &added = periods.period(int(yearOf.size()));
                yearOf.append(added.isValid() ? SchoolYear::holding(added.first(), added.last()) : 0);
                yearSeen.append(false);
            }
            const int year = yearOf.at(period);
            if (year != 0 && !yearSeen.at(period)) {
                yearSeen[period] = true;
                years.insert(year);
            }
            const bool shownOnce = year != 0 && (asOfYear == 0 || year <= asOfYear);
            if (shownOnce && year > latest) {
                // The years before the one before this can no longer be shown: their rows go.
                latest = year;
                std::erase_if(kept, [&](const KeptRow &row) {
                    const int keptYear = yearOf.at(row.period);
                    return keptYear != 0 && keptYear < latest - 1;
                });
            }
            if (year != 0 && !(shownOnce && year >= latest - 1))
                continue;
            KeptRow &row = kept.emplace_back();
            row.number = number;
            row.source = *source;
            row.line = line;
            row.district = district;
            row.site = site;
            row.period = period;
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
        listing.anyStored = order.anyRow();
        if (!outOfOrder)
            break;
        QString orderError;
        if (!order.read(db, QStringLiteral("staffing"), &orderError))
            return fail(orderError);
    }
    if (!snapshot.commit())
        return fail(snapshot.error());
    if (order.isRead()) {
        // Read in the table's order: the rows kept and listed go in the repository's.
        order = {};
        std::sort(kept.begin(), kept.end(), [](const KeptRow &a, const KeptRow &b) { return a.number < b.number; });
        listing.sortRows();
    }
    listing.rows.squeeze();
    listing.ids.squeeze();
    if (rowListing)
        listing.places = places.texts(districts, sites);

    // The school years with data, and the year shown: the latest not after the as-of date's.
    QList<int> schoolYears(years.cbegin(), years.cend());
    std::sort(schoolYears.begin(), schoolYears.end());
    const int shown = latest;

    std::unique_lock<std::mutex> turn;
    if (m_rulesTurn)
        turn = std::unique_lock(*m_rulesTurn);
    // The rows the rules look at, as records, and their numbers among every row: those of the
    // year shown and the year before, and those listed as not added.
    const auto looked = [&](const KeptRow &row) {
        const int year = yearOf.at(row.period);
        return !periods.period(row.period).isValid() || (shown != 0 && (year == 0 || year == shown || year == shown - 1));
    };
    QList<StaffingRecord> records;
    records.reserve(std::count_if(kept.cbegin(), kept.cend(), looked));
    QList<int> numbers;
    numbers.reserve(records.capacity());
    for (const KeptRow &row : kept) {
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
        numbers.append(row.number);
    }
    kept = {};

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
