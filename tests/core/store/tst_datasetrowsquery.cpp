// SPDX-License-Identifier: GPL-3.0-or-later
// The staffing and enrollment rows read a window at a time (DatasetRowsQuery), against the rows
// DatasetRepository reads all at once (the oracle): the listing a figures query gives is the rows
// the filter passes, numbered as the repository lists them; the rows read by id are the same
// records; a sort in the database is the order worked out here; the places are the rows' own.
#include "catchcompat.h"
#include "core/dashboard/dashboardtestdata.h"
#include "figuresfixture.h"
#include "testdatabase.h"

#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardfilter.h"
#include "store/datasetrepository.h"
#include "store/datasetrowsquery.h"
#include "store/enrollmentfiguresquery.h"
#include "store/staffingfiguresquery.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace milepost;
using namespace milepost::test;

namespace {

DashboardFilter filterOf(const char *district, const char *school = "", const char *source = "")
{
    DashboardFilter filter;
    filter.asOf = QDate(2022, 10, 1);
    filter.localDistrict = QString::fromUtf8(district);
    filter.school = QString::fromUtf8(school);
    filter.source = QString::fromUtf8(source);
    return filter;
}

template<typename Record>
QList<int> expectedRows(const DashboardFilter &filter, const QList<Record> &records)
{
    if (const std::optional<QList<int>> matching = filter.matchingRows(records))
        return *matching;
    QList<int> all(records.size());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

// SQLite's lower() then a byte comparison, as the database sorts text.
QByteArray textKey(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    for (char &c : bytes) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return bytes;
}

// The order of records by key (a pair: whether empty, the value), empty values last going up or
// down, equal keys in list order.
template<typename Record, typename Key>
QList<int> expectedOrder(const QList<Record> &records, Key key, Qt::SortOrder order)
{
    QList<int> rows(records.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const auto left = key(records.at(a));
        const auto right = key(records.at(b));
        if (left.first != right.first)
            return !left.first;
        return order == Qt::AscendingOrder ? left.second < right.second : right.second < left.second;
    });
    return rows;
}

// The row numbers of ids, by the listing of every row.
QList<int> rowsOf(const QList<qint64> &ids, const RowListing &all)
{
    QHash<qint64, int> rowOfId;
    for (qsizetype i = 0; i < all.ids.size(); ++i)
        rowOfId.insert(all.ids.at(i), all.rows.at(i));
    QList<int> rows;
    for (qint64 id : ids)
        rows.append(rowOfId.value(id, -1));
    return rows;
}

// A database file, or a fresh database on the test cluster in the PostgreSQL run.
std::unique_ptr<Database> testDatabase(const QTemporaryDir &dir)
{
    QString error;
    auto database = openTestDatabase(dir, QStringLiteral("rows.milepost"), &error);
    INFO(error.toStdString());
    REQUIRE(database);
    return database;
}

// Every row a listing gives, read back by its id (read: the rows of ids, in order), is the
// repository's row of its number.
template<typename Record, typename Read>
void checkReadBack(const RowListing &listing, const QList<Record> &records, Read read)
{
    const auto rows = read(listing.ids);
    REQUIRE(rows);
    REQUIRE(rows->size() == listing.rows.size());
    for (qsizetype i = 0; i < listing.rows.size(); ++i) {
        REQUIRE(rows->at(i).has_value());
        CHECK(*rows->at(i) == records.at(listing.rows.at(i)));
    }
}

} // namespace

TEST_CASE("staffing rows listed by the figures are the rows the filter passes, read back by id the same",
          "[store][datasetrows][staffing]")
{
    QTemporaryDir dir;
    auto database = testDatabase(dir);
    storeStaffing(*database, randomStaffing(20261203, 400), "first");
    storeStaffing(*database, randomStaffing(11, 120), "second");
    const QList<StaffingRecord> records = DatasetRepository(*database).staffing();
    REQUIRE(records.size() == 520);
    const DatasetRowsQuery query(*database);

    for (const DashboardFilter &filter : {filterOf(""), filterOf("ne"), filterOf("", "ROOSEVELT HS"),
                                          filterOf("NE", "garfield"), filterOf("", "", " SECOND"), filterOf("nowhere")}) {
        INFO("filter: " << filter.localDistrict.toStdString() << " / " << filter.school.toStdString() << " / "
                        << filter.source.toStdString());
        RowListing listing;
        QString error;
        REQUIRE(StaffingFiguresQuery(*database).compute(filter, StaffingFiguresQuery::Rows::Listed, &error, &listing));
        CHECK(listing.rows == expectedRows(filter, records));
        CHECK(listing.ids.size() == listing.rows.size());
        CHECK(listing.anyStored);
        // Every listed row read back by its id, in a shuffled order, is the repository's row.
        QList<qint64> ids = listing.ids;
        QList<int> rows = listing.rows;
        QRandomGenerator random(3);
        for (qsizetype i = ids.size() - 1; i > 0; --i) {
            const qsizetype j = random.bounded(int(i + 1));
            std::swap(ids[i], ids[j]);
            std::swap(rows[i], rows[j]);
        }
        const auto read = query.staffing(ids, &error);
        REQUIRE(read);
        REQUIRE(read->size() == rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            REQUIRE(read->at(i).has_value());
            CHECK(*read->at(i) == records.at(rows.at(i)));
            CHECK(listing.idOf(rows.at(i)) == ids.at(i));
        }
    }
}

TEST_CASE("staffing rows sorted in the database as the table would sort them", "[store][datasetrows][staffing]")
{
    QTemporaryDir dir;
    auto database = testDatabase(dir);
    storeStaffing(*database, randomStaffing(5, 300), "first");
    const QList<StaffingRecord> records = DatasetRepository(*database).staffing();
    RowListing all;
    REQUIRE(StaffingFiguresQuery(*database).compute(filterOf(""), StaffingFiguresQuery::Rows::Listed, nullptr, &all));
    const DatasetRowsQuery query(*database);
    CHECK(DatasetRowsQuery::sortColumns(Dataset::Staffing).contains(QStringLiteral("site")));

    const auto site = [](const StaffingRecord &r) { return std::pair{r.site.isEmpty(), textKey(r.site)}; };
    const auto hires = [](const StaffingRecord &r) { return std::pair{!r.hires.has_value(), r.hires.value_or(0)}; };
    const auto period = [](const StaffingRecord &r) {
        return std::pair{false, std::pair{r.period.first().toString(Qt::ISODate), r.period.last().toString(Qt::ISODate)}};
    };
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        INFO("descending: " << (order == Qt::DescendingOrder));
        const auto bySite = query.order(Dataset::Staffing, QStringLiteral("site"), order);
        REQUIRE(bySite);
        CHECK(rowsOf(*bySite, all) == expectedOrder(records, site, order));
        const auto byHires = query.order(Dataset::Staffing, QStringLiteral("hires"), order);
        REQUIRE(byHires);
        CHECK(rowsOf(*byHires, all) == expectedOrder(records, hires, order));
        const auto byPeriod = query.order(Dataset::Staffing, QStringLiteral("period"), order);
        REQUIRE(byPeriod);
        CHECK(rowsOf(*byPeriod, all) == expectedOrder(records, period, order));
    }
    // The rows have sites and none, hires and none: the orders above tell them apart.
    CHECK(std::any_of(records.cbegin(), records.cend(), [](const StaffingRecord &r) { return r.site.isEmpty(); }));
    CHECK(std::any_of(records.cbegin(), records.cend(), [](const StaffingRecord &r) { return !r.hires; }));

    QString error;
    CHECK_FALSE(query.order(Dataset::Staffing, QStringLiteral("id; DROP TABLE staffing"), Qt::AscendingOrder, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("enrollment rows listed, read back by id and sorted, and the places of both datasets",
          "[store][datasetrows][enrollment]")
{
    QTemporaryDir dir;
    auto database = testDatabase(dir);
    storeEnrollment(*database, randomEnrollment(8, 350), "first");
    storeStaffing(*database, randomStaffing(9, 50), "staff");
    const QList<EnrollmentRecord> records = DatasetRepository(*database).enrollment();
    const DatasetRowsQuery query(*database);
    for (const DashboardFilter &filter : {filterOf(""), filterOf("NE"), filterOf("", "garfield")}) {
        RowListing listing;
        REQUIRE(EnrollmentFiguresQuery(*database).compute(filter, {}, EnrollmentFiguresQuery::Rows::Listed, nullptr,
                                                          &listing));
        CHECK(listing.rows == expectedRows(filter, records));
        checkReadBack(listing, records, [&](const QList<qint64> &ids) { return query.enrollment(ids); });
    }
    RowListing all;
    REQUIRE(EnrollmentFiguresQuery(*database).compute(filterOf(""), {}, EnrollmentFiguresQuery::Rows::Listed, nullptr, &all));
    const auto count = [](const EnrollmentRecord &r) { return std::pair{false, r.count}; };
    const auto byCount = query.order(Dataset::Enrollment, QStringLiteral("count"), Qt::DescendingOrder);
    REQUIRE(byCount);
    CHECK(rowsOf(*byCount, all) == expectedOrder(records, count, Qt::DescendingOrder));

    // A row removed since the listing reads as none; the others still read.
    runSql(*database, QStringLiteral("DELETE FROM enrollment WHERE id = %1").arg(all.ids.at(1)));
    const auto afterRemoval = query.enrollment({all.ids.at(0), all.ids.at(1), all.ids.at(2)});
    REQUIRE(afterRemoval);
    CHECK(afterRemoval->at(0) == records.at(all.rows.at(0)));
    CHECK_FALSE(afterRemoval->at(1).has_value());
    CHECK(afterRemoval->at(2) == records.at(all.rows.at(2)));

    // The listings' places: every stored row's, each once, whatever the filter passes.
    QSet<std::pair<QString, QString>> expectedStaffing;
    for (const StaffingRecord &record : DatasetRepository(*database).staffing())
        expectedStaffing.insert({record.localDistrict, record.site});
    QSet<std::pair<QString, QString>> expectedEnrollment;
    for (const EnrollmentRecord &record : DatasetRepository(*database).enrollment())
        expectedEnrollment.insert({record.localDistrict, record.school});
    REQUIRE(expectedStaffing.size() > 3);
    REQUIRE(expectedEnrollment.size() > 3);
    for (const DashboardFilter &filter : {filterOf(""), filterOf("NE", "garfield"), filterOf("nowhere")}) {
        RowListing staffingListing;
        REQUIRE(StaffingFiguresQuery(*database).compute(filter, StaffingFiguresQuery::Rows::Listed, nullptr,
                                                        &staffingListing));
        const QList<std::pair<QString, QString>> &staffingPlaces = staffingListing.places;
        CHECK(QSet<std::pair<QString, QString>>(staffingPlaces.cbegin(), staffingPlaces.cend()) == expectedStaffing);
        CHECK(staffingPlaces.size() == expectedStaffing.size());
        RowListing enrollmentListing;
        REQUIRE(EnrollmentFiguresQuery(*database).compute(filter, {}, EnrollmentFiguresQuery::Rows::Listed, nullptr,
                                                          &enrollmentListing));
        const QList<std::pair<QString, QString>> &enrollmentPlaces = enrollmentListing.places;
        CHECK(QSet<std::pair<QString, QString>>(enrollmentPlaces.cbegin(), enrollmentPlaces.cend())
              == expectedEnrollment);
        CHECK(enrollmentPlaces.size() == expectedEnrollment.size());
    }
}

TEST_CASE("an empty dataset lists no row and says none is stored", "[store][datasetrows]")
{
    QTemporaryDir dir;
    auto database = testDatabase(dir);
    RowListing listing;
    listing.anyStored = true;
    REQUIRE(StaffingFiguresQuery(*database).compute(filterOf(""), StaffingFiguresQuery::Rows::Listed, nullptr, &listing));
    CHECK(listing.rows.isEmpty());
    CHECK_FALSE(listing.anyStored);
    const auto read = DatasetRowsQuery(*database).staffing({});
    REQUIRE(read);
    CHECK(read->isEmpty());
}

TEST_CASE("the dashboard's read leaves the rows in the database, and its count lists them on connections of their own",
          "[store][datasetrows][dashboard]")
{
    QTemporaryDir dir;
    auto database = testDatabase(dir);
    storeStaffing(*database, randomStaffing(31, 300), "first");
    storeEnrollment(*database, randomEnrollment(37, 240), "first");
    const QList<StaffingRecord> staffing = DatasetRepository(*database).staffing();
    const QList<EnrollmentRecord> enrollment = DatasetRepository(*database).enrollment();
    const QString target = database->connectionString();
    database.reset();

    DashboardData data = DashboardData::read(target);
    INFO(data.errors.join(QStringLiteral("; ")).toStdString());
    REQUIRE(data.errors.isEmpty());
    CHECK(data.staffing.isEmpty());
    CHECK(data.enrollment.isEmpty());
    std::shared_ptr<const DashboardData::FilterChoices> choices;
    for (const DashboardFilter &filter : {filterOf(""), filterOf("ne", "", "first"), filterOf("nowhere")}) {
        data.count(filter, {});
        INFO(data.countErrors.join(QStringLiteral("; ")).toStdString());
        REQUIRE(data.countErrors.isEmpty());
        // The filter's places are the rows' own, whatever the filter passes; the same places
        // keep the very same choices, so that the filter bar is left as it is.
        for (const StaffingRecord &record : staffing)
            CHECK(data.datasetPlaces.contains(std::pair{record.localDistrict, record.site}));
        for (const EnrollmentRecord &record : enrollment)
            CHECK(data.datasetPlaces.contains(std::pair{record.localDistrict, record.school}));
        REQUIRE(data.choices);
        CHECK(data.choices->schools == data.schools());
        if (choices)
            CHECK(data.choices == choices);
        choices = data.choices;
        REQUIRE(data.staffingListing);
        REQUIRE(data.enrollmentListing);
        CHECK(data.staffingListing->rows == expectedRows(filter, staffing));
        CHECK(data.enrollmentListing->rows == expectedRows(filter, enrollment));
        const StaffingFigures staffingOracle = StaffingFigures::compute(staffing, filter);
        CHECK(data.staffingFigures->hires == staffingOracle.hires);
        CHECK(data.staffingFigures->notCounted == staffingOracle.notCounted);
        const EnrollmentFigures enrollmentOracle = EnrollmentFigures::compute(enrollment, filter);
        CHECK(data.enrollmentFigures->total == enrollmentOracle.total);
        CHECK(data.enrollmentFigures->notCounted == enrollmentOracle.notCounted);
    }
}

TEST_CASE("rows listed by the figures when the table's order is not the repository's",
          "[store][datasetrows][staffing][enrollment]")
{
    QTemporaryDir dir;
    auto database = testDatabase(dir);
    storeStaffing(*database, randomStaffing(41, 300), "first");
    storeStaffing(*database, randomStaffing(42, 90), "second");
    storeEnrollment(*database, randomEnrollment(43, 300), "first");
    storeEnrollment(*database, randomEnrollment(44, 90), "second");
    // Lines run backwards within each source: the table's order (by id) is no longer the
    // repository's (by source, line, id), and the figures' pass must number the rows again.
    runSql(*database, QStringLiteral("UPDATE staffing SET source_line = 100000 - source_line"));
    runSql(*database, QStringLiteral("UPDATE enrollment SET source_line = 100000 - source_line"));
    const QList<StaffingRecord> staffing = DatasetRepository(*database).staffing();
    const QList<EnrollmentRecord> enrollment = DatasetRepository(*database).enrollment();
    REQUIRE(staffing.size() == 390);
    const DatasetRowsQuery query(*database);
    for (const DashboardFilter &filter : {filterOf(""), filterOf("ne"), filterOf("", "", "second")}) {
        INFO("filter: " << filter.localDistrict.toStdString() << " / " << filter.source.toStdString());
        RowListing listing;
        QString error;
        REQUIRE(StaffingFiguresQuery(*database).compute(filter, StaffingFiguresQuery::Rows::Listed, &error, &listing));
        CHECK(listing.rows == expectedRows(filter, staffing));
        CHECK_FALSE(std::is_sorted(listing.ids.cbegin(), listing.ids.cend())); // not the table's order
        checkReadBack(listing, staffing, [&](const QList<qint64> &ids) { return query.staffing(ids); });
        RowListing enrollmentListing;
        REQUIRE(EnrollmentFiguresQuery(*database).compute(filter, {}, EnrollmentFiguresQuery::Rows::Listed, &error,
                                                          &enrollmentListing));
        CHECK(enrollmentListing.rows == expectedRows(filter, enrollment));
        checkReadBack(enrollmentListing, enrollment, [&](const QList<qint64> &ids) { return query.enrollment(ids); });
    }
}
