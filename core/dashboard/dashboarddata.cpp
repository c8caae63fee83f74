// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboarddata.h"

#include "naturalorder.h"
#include "store/capitaldashboardquery.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/planrepository.h"
#include "store/enrollmentfiguresquery.h"
#include "store/progressrepository.h"
#include "store/staffingfiguresquery.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <mutex>
#include <thread>

namespace milepost {

namespace {

// Adds text unless empty or already there in another case.
void collect(QStringList &values, QSet<QString> &seen, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    const QString key = trimmed.toCaseFolded();
    if (seen.contains(key))
        return;
    seen.insert(key);
    values.append(trimmed);
}

QStringList sorted(QStringList values)
{
    std::stable_sort(values.begin(), values.end(), NaturalOrder());
    return values;
}

} // namespace

QStringList DashboardData::localDistricts() const
{
    QStringList values;
    QSet<QString> seen;
    for (const StaffingRecord &record : staffing)
        collect(values, seen, record.localDistrict);
    for (const EnrollmentRecord &record : enrollment)
        collect(values, seen, record.localDistrict);
    for (const CapitalProject &project : projects)
        collect(values, seen, project.region);
    for (const QString &region : capitalRegions)
        collect(values, seen, region);
    for (const auto &[district, school] : datasetPlaces)
        collect(values, seen, district);
    return sorted(values);
}

QStringList DashboardData::boardDistricts() const
{
    QStringList values;
    QSet<QString> seen;
    for (const CapitalProject &project : projects)
        collect(values, seen, project.boardDistrict);
    for (const QString &district : capitalBoardDistricts)
        collect(values, seen, district);
    return sorted(values);
}

QStringList DashboardData::schools() const
{
    QStringList values;
    QSet<QString> seen;
    for (const StaffingRecord &record : staffing)
        collect(values, seen, record.site);
    for (const EnrollmentRecord &record : enrollment)
        collect(values, seen, record.school);
    for (const CapitalProject &project : projects)
        collect(values, seen, project.schoolName);
    for (const auto &[region, school] : capitalSchools)
        collect(values, seen, school);
    for (const auto &[district, school] : datasetPlaces)
        collect(values, seen, school);
    return sorted(values);
}

QList<std::pair<QString, QString>> DashboardData::schoolDistricts() const
{
    QList<std::pair<QString, QString>> pairs;
    QSet<std::pair<QString, QString>> seen;
    const auto add = [&](const QString &district, const QString &school) {
        const std::pair<QString, QString> pair{district.trimmed(), school.trimmed()};
        if (pair.first.isEmpty() || pair.second.isEmpty() || seen.contains(pair))
            return;
        seen.insert(pair);
        pairs.append(pair);
    };
    for (const StaffingRecord &record : staffing)
        add(record.localDistrict, record.site);
    for (const EnrollmentRecord &record : enrollment)
        add(record.localDistrict, record.school);
    for (const CapitalProject &project : projects)
        add(project.region, project.schoolName);
    for (const auto &[region, school] : capitalSchools)
        add(region, school);
    for (const auto &[district, school] : datasetPlaces)
        add(district, school);
    return pairs;
}

std::shared_ptr<const DashboardData::FilterChoices> DashboardData::filterChoices() const
{
    if (choices)
        return choices;
    return std::make_shared<const FilterChoices>(
        FilterChoices{localDistricts(), boardDistricts(), schools(), schoolDistricts()});
}

namespace {

// The latest plan with its recorded progress and the imported sources; with records, the
// staffing and enrollment rows too.
enum class Records { Read, Left };
DashboardData loadAllButProjects(const PlanRepository &plans, const DatasetRepository &datasets,
                                 const ProgressRepository *progress, Records records)
{
    DashboardData data;
    QString error;
    if (std::optional<PlanRepository::StoredPlan> stored = plans.loadLatest(&error)) {
        data.plan = stored->plan;
        data.importedPlan = stored->imported;
        data.importedIds = stored->importedIds;
        data.planEdits = stored->planEdits;
        data.planImportedAt = stored->importedAt;
        data.hasPlan = true;
        if (progress) {
            if (const auto journal = progress->entries({}, &error))
                data.progress = RecordedProgress(stored->milestoneIds, *journal);
            else
                data.errors.append(error);
        }
    } else if (!error.isEmpty()) {
        data.errors.append(error);
    }
    error.clear();
    if (records == Records::Read) {
        data.staffing = datasets.staffing(&error);
        if (!error.isEmpty())
            data.errors.append(error);
        error.clear();
        data.enrollment = datasets.enrollment(&error);
        if (!error.isEmpty())
            data.errors.append(error);
        error.clear();
    }
    QSet<QString> seen;
    QHash<Dataset::Id, int> sourcesOf;
    for (const DatasetRepository::Source &source : datasets.sources(&error, DatasetRepository::Count::Presence)) {
        collect(data.sources, seen, source.name);
        if (source.records > 0 && ++sourcesOf[source.dataset] > 1)
            data.sourcesPooled = true;
    }
    data.sources = sorted(data.sources);
    if (!error.isEmpty())
        data.errors.append(error);
    return data;
}

} // namespace

DashboardData DashboardData::load(const PlanRepository &plans, const DatasetRepository &datasets,
                                  const ProgressRepository *progress)
{
    DashboardData data = loadAllButProjects(plans, datasets, progress, Records::Read);
    QString error;
    data.projects = datasets.capitalProjects(&error);
    if (!error.isEmpty())
        data.errors.append(error);
    return data;
}

DashboardData DashboardData::read(const QString &path, const std::atomic_bool *cancelled,
                                  std::shared_ptr<CapitalDashboardQuery> reuse)
{
    QString error;
    std::unique_ptr<Database> database = Database::open(path, &error, Database::Purpose::Reading);
    if (!database) {
        DashboardData data;
        data.errors.append(error);
        return data;
    }
    database->setCancelFlag(cancelled);
    DashboardData data;
    {
        const PlanRepository plans(*database);
        const DatasetRepository datasets(*database);
        const ProgressRepository progress(*database);
        // The staffing and enrollment rows stay in the database too: count() finds their places.
        data = loadAllButProjects(plans, datasets, &progress, Records::Left);
    }
    // The capital projects stay in the database: the query keeps this connection, or the one of
    // the query reused, whose summary may still serve.
    std::shared_ptr<CapitalDashboardQuery> query;
    if (reuse && reuse->database().connectionString() == database->connectionString()) {
        query = std::move(reuse);
        database.reset();
    } else {
        query = std::make_shared<CapitalDashboardQuery>(std::move(database));
    }
    // Another worker may still count on a reused query: wait for it (it was cancelled, and stops
    // within a few steps); the reads below then hold the query's connection.
    const CapitalDashboardQuery::Lock lock(*query);
    query->database().setCancelFlag(cancelled);
    error.clear();
    if (const std::optional<qint64> stored = query->storedProjects(&error))
        data.capitalProjectCount = *stored;
    else
        data.errors.append(error);
    query->database().setCancelFlag(nullptr); // the flag belongs to this read, the connection lives on
    data.capitalQuery = std::move(query);
    // Short reads may finish before SQLite looks at the flag: the data is incomplete all the same.
    if (cancelled && cancelled->load() && data.errors.isEmpty())
        data.errors.append(tr("Reading the data was cancelled."));
    data.choices = data.filterChoices();
    return data;
}

void DashboardData::countCapital(const DashboardFilter &filter, const std::atomic_bool *cancelled)
{
    capitalFigures.reset();
    capitalFilter = filter;
    if (!capitalQuery)
        return;
    QString error;
    capitalFigures = capitalQuery->compute(filter, cancelled, &error);
    if (!capitalFigures)
        errors.append(error);
    else if (takeCapitalPlaces(errors))
        choices = filterChoices();
}

bool DashboardData::takeCapitalPlaces(QStringList &failures)
{
    QString error;
    const std::optional<CapitalDashboardQuery::Places> places = capitalQuery->storedPlaces(&error);
    if (!places) {
        failures.append(error);
        return false;
    }
    if (places->regions == capitalRegions && places->boardDistricts == capitalBoardDistricts
        && places->schoolRegions == capitalSchools)
        return false;
    capitalRegions = places->regions;
    capitalBoardDistricts = places->boardDistricts;
    capitalSchools = places->schoolRegions;
    choices.reset();
    return true;
}

} // namespace milepost

namespace milepost {

void DashboardData::count(const DashboardFilter &filter, const QString &program, const std::atomic_bool *cancelled,
                          const std::function<void(bool)> &summarising)
{
    capitalFigures.reset();
    staffingFigures.reset();
    enrollmentFigures.reset();
    staffingListing.reset();
    enrollmentListing.reset();
    countErrors.clear();
    capitalFilter = filter;
    enrollmentProgram = program;
    if (!capitalQuery)
        return;
    const CapitalDashboardQuery::Lock lock(*capitalQuery);
    Database &database = capitalQuery->database();
    // The staffing and the enrollment pages are counted side by side, each on a connection of
    // its own, beside the capital page on this one (one after the other on one connection of
    // their own when a second does not open); after it, on this one, for a private in-memory
    // database or when no other connection opens. The two passes read at once and apply their
    // rules in turn, so that the memory the rules hold over a million rows is used by one at a
    // time.
    const auto connectionOfItsOwn = [&]() -> std::unique_ptr<Database> {
        if (database.connectionString() == QLatin1String(":memory:"))
            return nullptr;
        return Database::open(database.connectionString(), nullptr, Database::Purpose::Reading);
    };
    const std::unique_ptr<Database> datasetConnection = connectionOfItsOwn();
    const std::unique_ptr<Database> enrollmentConnection = datasetConnection ? connectionOfItsOwn() : nullptr;
    std::mutex rulesTurn;
    QString staffingError;
    RowListing staffingRows;
    const auto countStaffing = [&] {
        Database &on = datasetConnection ? *datasetConnection : database;
        on.setCancelFlag(cancelled);
        // Listed: the pages drill into the rows they show.
        staffingFigures = StaffingFiguresQuery(on, &rulesTurn).compute(filter, StaffingFiguresQuery::Rows::Listed, &staffingError,
                                                           &staffingRows);
        on.setCancelFlag(nullptr);
    };
    QString enrollmentError;
    RowListing enrollmentRows;
    const auto countEnrollment = [&] {
        Database &on = enrollmentConnection ? *enrollmentConnection : datasetConnection ? *datasetConnection : database;
        on.setCancelFlag(cancelled);
        const EnrollmentFiguresQuery enrollmentQuery(on, &rulesTurn);
        enrollmentFigures = enrollmentQuery.compute(filter, program, EnrollmentFiguresQuery::Rows::Listed,
                                                    &enrollmentError, &enrollmentRows);
        // A program chosen before that the data no longer has gives the default.
        if (enrollmentFigures && !program.isEmpty()
            && std::none_of(enrollmentFigures->programs.cbegin(), enrollmentFigures->programs.cend(),
                            [&](const Breakdown::Label &label) { return label.key == enrollmentFigures->program; }))
            enrollmentFigures = enrollmentQuery.compute(filter, {}, EnrollmentFiguresQuery::Rows::Listed,
                                                        &enrollmentError, &enrollmentRows);
        on.setCancelFlag(nullptr);
    };
    std::thread datasetCounter;
    std::thread enrollmentCounter;
    if (enrollmentConnection)
        enrollmentCounter = std::thread(countEnrollment);
    if (datasetConnection)
        datasetCounter = std::thread([&] {
            countStaffing();
            if (!enrollmentConnection)
                countEnrollment();
        });
    QString error;
    capitalFigures = capitalQuery->compute(filter, cancelled, &error, summarising);
    if (!capitalFigures)
        countErrors.append(error);
    // The capital projects' places, found by the count (or kept with its summary).
    bool placesChanged = capitalFigures && takeCapitalPlaces(countErrors);
    if (enrollmentCounter.joinable())
        enrollmentCounter.join();
    if (datasetCounter.joinable()) {
        datasetCounter.join();
    } else {
        countStaffing();
        countEnrollment();
    }
    if (staffingFigures)
        staffingListing = std::move(staffingRows);
    else
        countErrors.append(staffingError);
    if (enrollmentFigures)
        enrollmentListing = std::move(enrollmentRows);
    else
        countErrors.append(enrollmentError);
    // The filters' places, from the passes that counted: the same as the last count's unless an
    // import changed the rows, and then the choices are worked out again (here, on the worker).
    if (staffingListing && enrollmentListing) {
        const QList<std::pair<QString, QString>> places = staffingListing->places + enrollmentListing->places;
        if (places != datasetPlaces) {
            datasetPlaces = places;
            placesChanged = true;
        }
    }
    if (placesChanged || !choices) {
        choices.reset();
        choices = filterChoices();
    }
}

} // namespace milepost
