// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"
#include "sampleplan.h"
#include "warningcounter.h"

#include "plantree/planfilterproxymodel.h"
#include "plantree/plantreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace milepost;

namespace {

// Every visible row, depth first, as its title.
QStringList visibleTitles(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        titles.append(index.data(PlanTreeModel::SearchTextRole).toString());
        titles += visibleTitles(model, index);
    }
    return titles;
}

struct Fixture
{
    Fixture()
    {
        model.setPlan(test::samplePlan());
        proxy.setSourceModel(&model);
    }
    PlanTreeModel model;
    PlanFilterProxyModel proxy;
};

const QString certificated =
    QStringLiteral("Staffing Plan to Support Schools (Certificated Employees: Teachers, Counselors, etc.)");
const QString classified =
    QStringLiteral("Staffing Plan to Support Schools (Classified Employees: Bus Drivers, Cafeteria Workers, etc.)");

} // namespace

TEST_CASE("without a search every row is visible", "[ui][plantree][filter]")
{
    Fixture f;
    CHECK(visibleTitles(f.proxy).size() == 2 + 3 + 5);
    CHECK_FALSE(f.proxy.isFiltering());
}

TEST_CASE("a milestone word keeps the milestone's objective and phase and hides the rest", "[ui][plantree][filter]")
{
    Fixture f;
    f.proxy.setSearchText(QStringLiteral("academies"));
    CHECK(f.proxy.isFiltering());
    CHECK(visibleTitles(f.proxy)
          == QStringList({QStringLiteral("Act"), certificated, QStringLiteral("Institute Principal Academies")}));
}

TEST_CASE("the search ignores case", "[ui][plantree][filter]")
{
    Fixture f;
    f.proxy.setSearchText(QStringLiteral("ACADEMIES"));
    CHECK(visibleTitles(f.proxy).size() == 3);
}

TEST_CASE("an objective's subtitle keeps all its milestones", "[ui][plantree][filter]")
{
    Fixture f;
    f.proxy.setSearchText(QStringLiteral("classified"));
    CHECK(visibleTitles(f.proxy)
          == QStringList({QStringLiteral("Act"), classified, QStringLiteral("Hold recruitment events"),
                          QStringLiteral("Host community town halls")}));
}

TEST_CASE("the search looks at every column", "[ui][plantree][filter]")
{
    Fixture f;
    SECTION("status")
    {
        f.proxy.setSearchText(QStringLiteral("in progress"));
        CHECK(visibleTitles(f.proxy)
              == QStringList({QStringLiteral("Act"), certificated, QStringLiteral("Launch Principal Dashboard"),
                              QStringLiteral("Institute Principal Academies")}));
    }
    SECTION("an end date as read")
    {
        f.proxy.setSearchText(QStringLiteral("9/31/22"));
        CHECK(visibleTitles(f.proxy)
              == QStringList({QStringLiteral("Act"), classified, QStringLiteral("Host community town halls")}));
    }
    SECTION("quarters")
    {
        f.proxy.setSearchText(QStringLiteral("2023 Q1"));
        CHECK(visibleTitles(f.proxy)
              == QStringList({QStringLiteral("Act"), classified, QStringLiteral("Hold recruitment events")}));
    }
}

TEST_CASE("a phase's counts are not searched", "[ui][plantree][filter]")
{
    Fixture f;
    f.proxy.setSearchText(QStringLiteral("objectives"));
    CHECK(visibleTitles(f.proxy).isEmpty());
    f.proxy.setSearchText(QStringLiteral("learn"));
    CHECK(visibleTitles(f.proxy)
          == QStringList({QStringLiteral("Learn"), QStringLiteral("Stakeholder Engagement"),
                          QStringLiteral("Listening tour with families")}));
}

TEST_CASE("every word must match the row or one of its ancestors", "[ui][plantree][filter]")
{
    Fixture f;
    f.proxy.setSearchText(QStringLiteral("  staffing   ongoing "));
    CHECK(visibleTitles(f.proxy)
          == QStringList({QStringLiteral("Act"), classified, QStringLiteral("Hold recruitment events")}));
    f.proxy.setSearchText(QStringLiteral("staffing nothing-like-this"));
    CHECK(visibleTitles(f.proxy).isEmpty());
    f.proxy.setSearchText(QString());
    CHECK(visibleTitles(f.proxy).size() == 10);
}

TEST_CASE("sorting by end uses the dates, not their text", "[ui][plantree][filter]")
{
    Fixture f;
    // As text "Jul 29, 2022" would lead "Jun 1, 2023" when descending; as dates it follows.
    f.proxy.sort(PlanTreeModel::EndColumn, Qt::DescendingOrder);
    const QModelIndex certificatedRow = f.proxy.mapFromSource(f.model.objectiveIndex(1));
    CHECK(f.proxy.index(0, 0, certificatedRow).data().toString() == QStringLiteral("Institute Principal Academies"));
    // No sort column gives the report's order back.
    f.proxy.sort(-1);
    CHECK(visibleTitles(f.proxy).first() == QStringLiteral("Learn"));
    CHECK(f.proxy.index(0, 0, f.proxy.mapFromSource(f.model.objectiveIndex(1))).data().toString()
          == QStringLiteral("Launch Principal Dashboard"));
}

TEST_CASE("a row set shows exactly those milestones with their objectives and phases", "[ui][plantree][filter]")
{
    Fixture f;
    QSignalSpy changed(&f.proxy, &PlanFilterProxyModel::rowSetChanged);
    // "Institute Principal Academies" (objective 1, milestone 1) and "Host community town halls" (2, 1).
    f.proxy.setRowSet(QStringLiteral("Overdue"), {}, {{1, 1}, {2, 1}});
    CHECK(changed.count() == 1);
    CHECK(f.proxy.hasRowSet());
    CHECK(f.proxy.isFiltering());
    CHECK(f.proxy.rowSetLabel() == QStringLiteral("Overdue"));
    CHECK(visibleTitles(f.proxy)
          == QStringList({QStringLiteral("Act"), certificated, QStringLiteral("Institute Principal Academies"), classified,
                          QStringLiteral("Host community town halls")}));

    // The search applies within the set.
    f.proxy.setSearchText(QStringLiteral("town"));
    CHECK(visibleTitles(f.proxy) == QStringList({QStringLiteral("Act"), classified, QStringLiteral("Host community town halls")}));
    f.proxy.setSearchText({});

    f.proxy.clearRowSet();
    CHECK(changed.count() == 2);
    CHECK_FALSE(f.proxy.isFiltering());
    CHECK(visibleTitles(f.proxy).size() == 2 + 3 + 5);
}

TEST_CASE("a row set of objectives shows them with every milestone", "[ui][plantree][filter]")
{
    Fixture f;
    const QString before = f.proxy.filterKey();
    f.proxy.setRowSet(QStringLiteral("Completed objectives"), {0, 2}, {});
    CHECK(f.proxy.filterKey() != before);
    CHECK(visibleTitles(f.proxy)
          == QStringList({QStringLiteral("Learn"), QStringLiteral("Stakeholder Engagement"),
                          QStringLiteral("Listening tour with families"), QStringLiteral("Act"), classified,
                          QStringLiteral("Hold recruitment events"), QStringLiteral("Host community town halls")}));
}

TEST_CASE("the filtered tree stays consistent while the search and the plan change", "[ui][plantree][filter]")
{
    test::WarningCounter warnings;
    Fixture f;
    QAbstractItemModelTester tester(&f.proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    f.proxy.setSearchText(QStringLiteral("principal"));
    f.model.setPlan(test::samplePlan());
    f.proxy.setSearchText(QStringLiteral("staffing"));
    f.model.setPlan(Plan{});
    f.proxy.setSearchText(QString());
    f.model.setPlan(test::samplePlan());
    CHECK(visibleTitles(f.proxy).size() == 10);
    CHECK(warnings.warnings().isEmpty());
}
