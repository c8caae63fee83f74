// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"
#include "datasetfixtures.h"
#include "readstaffing.h"

#include "plan/milestonestatus.h"
#include "timeline/staffingtimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>

using namespace milepost;
using milepost::test::readAll;
using Kind = TimelineRoles::ItemKind;
using State = MilestoneStatus::State;

namespace {

StaffingRecord record(const char *period, const char *district, const char *category, std::optional<qint64> hires,
                      std::optional<qint64> vacancies = std::nullopt, const char *site = "")
{
    StaffingRecord r;
    r.period = Period::parse(QString::fromUtf8(period));
    r.localDistrict = QString::fromUtf8(district);
    r.jobCategory = QString::fromUtf8(category);
    r.site = QString::fromUtf8(site);
    r.hires = hires;
    r.vacancies = vacancies;
    return r;
}

} // namespace

TEST_CASE("staffing periods are grouped by Local District and job category, in time order", "[timeline][staffing]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    StaffingTimelineModel model;
    model.setRecords({
        record("2022-03", "NW", "Teacher", 12, 40),
        record("2021-22", "NW", "Teacher", 497),
        record("2021-22", "C", "Bus driver", 34),
        record("2022-03-15/2022-06-03", "C", "Bus driver", 13),
        record("2021-22", "C", "Bus driver", 5, std::nullopt, "Esperanza Elementary"),
    });
    readAll(model);
    // After the rows are read: Qt 6.4's tester fails a fetchMore() it makes itself while a reset
    // is still being announced.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);
    const QModelIndex central = model.index(0, 0);
    CHECK(central.data().toString() == QStringLiteral("Local District C"));
    REQUIRE(model.rowCount(central) == 1);
    const QModelIndex drivers = model.index(0, 0, central);
    CHECK(drivers.data().toString() == QStringLiteral("Bus driver"));
    REQUIRE(model.rowCount(drivers) == 3);
    // The district's own rows in time order, then the site's.
    CHECK(model.index(0, 0, drivers).data().toString() == QStringLiteral("School year 2021-22"));
    CHECK(model.index(1, 0, drivers).data().toString() == QStringLiteral("3/15/2022 – 6/3/2022"));
    CHECK(model.index(2, 0, drivers).data().toString() == QStringLiteral("School year 2021-22 · Esperanza Elementary"));
    CHECK(model.index(0, 0, drivers).data(TimelineRoles::StartRole).toDate() == QDate(2021, 7, 1));
    CHECK(model.index(0, 0, drivers).data(TimelineRoles::EndRole).toDate() == QDate(2022, 6, 30));
    CHECK(drivers.data(TimelineRoles::ItemKindRole).toInt() == int(Kind::Summary));

    const QModelIndex teachers = model.index(0, 0, model.index(1, 0));
    const QModelIndex march = model.index(1, 0, teachers);
    CHECK(march.data().toString() == QStringLiteral("March 2022"));
    CHECK(march.data(TimelineRoles::LabelRole).toString() == QStringLiteral("12 hired · 40 vacant"));
    CHECK(model.index(1, StaffingTimelineModel::VacanciesColumn, teachers).data().toString() == QStringLiteral("40"));
    CHECK(march.data(TimelineRoles::ToolTipRole).toString().contains(QStringLiteral("12 hired · 40 vacant")));
    // Teachers span the school year and the month within it.
    CHECK(teachers.data(TimelineRoles::StartRole).toDate() == QDate(2021, 7, 1));
    CHECK(teachers.data(TimelineRoles::EndRole).toDate() == QDate(2022, 6, 30));
    QLocale::setDefault(QLocale::system());
}

TEST_CASE("a staffing period is over, current or ahead as of the as-of date", "[timeline][staffing]")
{
    StaffingTimelineModel model;
    model.setRecords({record("2021-22", "C", "Teacher", 393)});
    readAll(model);
    const QModelIndex year = model.index(0, 0, model.index(0, 0, model.index(0, 0)));
    model.setAsOf(QDate(2021, 6, 30));
    CHECK(year.data(TimelineRoles::StatusRole).toInt() == int(State::NotStarted));
    model.setAsOf(QDate(2021, 7, 1));
    CHECK(year.data(TimelineRoles::StatusRole).toInt() == int(State::OnTrack));
    model.setAsOf(QDate(2022, 7, 1));
    CHECK(year.data(TimelineRoles::StatusRole).toInt() == int(State::Done));
}

TEST_CASE("the LAUSD sample staffing is on the timeline, row for row", "[timeline][staffing][real]")
{
    const QList<StaffingRecord> records = test::sampleStaffing();
    REQUIRE(records.size() == 96);
    StaffingTimelineModel model;
    model.setRecords(records);
    CHECK(model.recordCount() == 96);
    readAll(model);
    CHECK(model.rowCount() == 6); // C, E, NE, NW, S, W
    int entries = 0;
    for (int d = 0; d < model.rowCount(); ++d) {
        const QModelIndex district = model.index(d, 0);
        for (int c = 0; c < model.rowCount(district); ++c)
            entries += model.rowCount(model.index(c, 0, district));
    }
    CHECK(entries == 96);
    model.setSearchText(QStringLiteral("bus driver"));
    CHECK(model.rowCount() == 6);
    CHECK(model.rowCount(model.index(0, 0)) == 1);
}

TEST_CASE("a category's rows are read a window at a time, in order, as they come into view", "[timeline][staffing]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // 250 sites' rows of one category, given in reverse: the timeline orders them by site.
    QList<StaffingRecord> records;
    for (int site = 250; site >= 1; --site)
        records.append(record("2021-22", "C", "Teacher", site, std::nullopt, qPrintable(QStringLiteral("School %1").arg(site))));
    records.append(record("2021-22", "C", "Teacher", 1000)); // the district's own row comes first
    StaffingTimelineModel model;
    model.setRecords(records);
    const QModelIndex teachers = model.index(0, 0, model.index(0, 0));
    CHECK(teachers.data().toString() == QStringLiteral("Teacher"));
    CHECK(model.hasChildren(teachers));
    CHECK(model.rowCount(teachers) == 0); // nothing read until it is shown
    CHECK(model.loadedRecords().isEmpty());
    // The span is the category's before any row is read.
    CHECK(teachers.data(TimelineRoles::StartRole).toDate() == QDate(2021, 7, 1));
    model.holdFetches(true); // as while the tree lays itself out
    model.fetchMore(teachers);
    CHECK(model.rowCount(teachers) == 0);
    model.holdFetches(false);
    model.fetchMore(teachers);
    CHECK(model.rowCount(teachers) == 100);
    CHECK(model.canFetchMore(teachers));
    model.fetchMore(teachers);
    CHECK(model.rowCount(teachers) == 200);
    {
        // Qt's checks of the model as the last window comes in (it fetches what it can itself).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.fetchMore(teachers);
    }
    CHECK(model.rowCount(teachers) == 251);
    CHECK_FALSE(model.canFetchMore(teachers));
    // Across the windows, exactly the rows in the timeline's order: the district's, then School
    // 1 to School 250 (natural order: 9 before 10).
    CHECK(model.index(0, StaffingTimelineModel::HiresColumn, teachers).data().toString() == QStringLiteral("1,000"));
    for (int row = 1; row <= 250; ++row) {
        INFO("row " << row);
        REQUIRE(model.index(row, 0, teachers).data().toString() == QStringLiteral("School year 2021-22 · School %1").arg(row));
        REQUIRE(model.index(row, StaffingTimelineModel::HiresColumn, teachers).data().toString() == QString::number(row));
    }
    QLocale::setDefault(QLocale::system());
}
