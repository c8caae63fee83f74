// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"
#include "datasetfixtures.h"

#include "plan/milestonestatus.h"
#include "timeline/staffingtimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>

using namespace milepost;
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
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords({
        record("2022-03", "NW", "Teacher", 12, 40),
        record("2021-22", "NW", "Teacher", 497),
        record("2021-22", "C", "Bus driver", 34),
        record("2022-03-15/2022-06-03", "C", "Bus driver", 13),
        record("2021-22", "C", "Bus driver", 5, std::nullopt, "Esperanza Elementary"),
    });
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
