// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"
#include "sampleplan.h"
#include "warningcounter.h"

#include "plantree/plantreemodel.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>

using namespace milepost;

namespace {

QString text(const QModelIndex &index)
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace

TEST_CASE("the plan tree has phases, objectives and milestones in the report's order", "[ui][plantree]")
{
    PlanTreeModel model;
    model.setPlan(test::samplePlan());

    // Assess and Communicate have no objectives, so no rows.
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == PlanTreeModel::ColumnCount);
    const QModelIndex learn = model.index(0, 0);
    const QModelIndex act = model.index(1, 0);
    CHECK(learn.data(PlanTreeModel::SearchTextRole).toString() == QStringLiteral("Learn"));
    CHECK(act.data(PlanTreeModel::SearchTextRole).toString() == QStringLiteral("Act"));
    CHECK(model.rowCount(learn) == 1);
    CHECK(model.rowCount(act) == 2);
    CHECK(model.rowCount(model.index(0, 0, act)) == 2);
    CHECK(model.rowCount(model.index(1, 0, act)) == 2);
    CHECK(model.rowCount(model.index(0, 0, model.index(0, 0, act))) == 0);
    // Only the first column has children.
    CHECK(model.rowCount(model.index(0, PlanTreeModel::StatusColumn, act)) == 0);

    const QModelIndex milestone = model.index(1, 0, model.index(0, 0, act));
    CHECK(milestone.parent() == model.index(0, 0, act));
    CHECK(milestone.parent().parent() == act);
    CHECK_FALSE(act.parent().isValid());
}

TEST_CASE("phase rows count their objectives and milestones", "[ui][plantree]")
{
    PlanTreeModel model;
    model.setPlan(test::samplePlan());
    CHECK(text(model.index(1, 0)) == QStringLiteral("Act   (2 objectives · 4 milestones)"));
    CHECK(text(model.index(0, 0)) == QStringLiteral("Learn   (1 objective · 1 milestone)"));
    CHECK(text(model.index(1, PlanTreeModel::StatusColumn)).isEmpty());
    CHECK(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK(model.index(1, 0).data(PlanTreeModel::ItemKindRole).value<PlanTreeModel::ItemKind>()
          == PlanTreeModel::ItemKind::Phase);
    CHECK(model.index(1, 0).data(PlanTreeModel::ObjectiveIndexRole).toInt() == -1);
}

TEST_CASE("objective rows show the subtitle and the status text", "[ui][plantree]")
{
    PlanTreeModel model;
    model.setPlan(test::samplePlan());
    const QModelIndex act = model.index(1, 0);
    const QModelIndex certificated = model.index(0, PlanTreeModel::TitleColumn, act);
    const QModelIndex classified = model.index(1, PlanTreeModel::TitleColumn, act);
    CHECK(text(certificated)
          == QStringLiteral("Staffing Plan to Support Schools (Certificated Employees: Teachers, Counselors, etc.)"));
    CHECK(text(classified)
          == QStringLiteral("Staffing Plan to Support Schools (Classified Employees: Bus Drivers, Cafeteria Workers, etc.)"));
    // The column says what the status means; the tooltip keeps the report's words.
    CHECK(text(certificated.siblingAtColumn(PlanTreeModel::StatusColumn))
          == QStringLiteral("In progress · est. %1").arg(QLocale().toString(QDate(2023, 6, 1), QStringLiteral("MMMM yyyy"))));
    const QString tip = certificated.siblingAtColumn(PlanTreeModel::StatusColumn).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("In progress")));
    CHECK(tip.contains(QStringLiteral("June 2023")));
    CHECK(tip.contains(QStringLiteral("In Progress (Estimated completion - June 2023)")));

    CHECK(certificated.data(PlanTreeModel::ItemKindRole).value<PlanTreeModel::ItemKind>()
          == PlanTreeModel::ItemKind::Objective);
    CHECK(certificated.data(PlanTreeModel::ObjectiveIndexRole).toInt() == 1);
    CHECK(classified.data(PlanTreeModel::ObjectiveIndexRole).toInt() == 2);
    CHECK(classified.data(PlanTreeModel::MilestoneIndexRole).toInt() == -1);
    CHECK(classified.data(PlanTreeModel::SourceLineRole).toInt() == 28);
    CHECK(classified.data(PlanTreeModel::PhaseRole).toInt() == int(Phase::Act));
}

TEST_CASE("milestone rows show dates as people read them and quarters as runs", "[ui][plantree]")
{
    PlanTreeModel model;
    model.setPlan(test::samplePlan());
    const QModelIndex certificated = model.objectiveIndex(1);
    const QModelIndex dashboard = model.index(0, 0, certificated);
    const QModelIndex academies = model.index(1, 0, certificated);
    CHECK(text(dashboard) == QStringLiteral("Launch Principal Dashboard"));
    // Exact days follow the user's locale, so compare with what PlanDate makes of them.
    CHECK(text(dashboard.siblingAtColumn(PlanTreeModel::StartColumn)) == PlanDate::exact(QDate(2022, 3, 1)).displayText());
    CHECK(text(dashboard.siblingAtColumn(PlanTreeModel::EndColumn)) == PlanDate::exact(QDate(2022, 7, 29)).displayText());
    CHECK(text(dashboard.siblingAtColumn(PlanTreeModel::EndColumn)).contains(QStringLiteral("2022")));
    CHECK(text(dashboard.siblingAtColumn(PlanTreeModel::QuartersColumn)) == QStringLiteral("2022 Q3"));
    CHECK(text(academies.siblingAtColumn(PlanTreeModel::QuartersColumn)) == QStringLiteral("2022 Q3 – 2023 Q2"));
    // Nothing recorded: the date rule's state, in italics; no percent.
    CHECK(text(dashboard.siblingAtColumn(PlanTreeModel::StatusColumn))
          == MilestoneStatus::stateName(MilestoneStatus::State::Overdue));
    CHECK(dashboard.siblingAtColumn(PlanTreeModel::StatusColumn).data(Qt::FontRole).value<QFont>().italic());
    CHECK(text(dashboard.siblingAtColumn(PlanTreeModel::PercentColumn)).isEmpty());

    CHECK(academies.data(PlanTreeModel::ItemKindRole).value<PlanTreeModel::ItemKind>()
          == PlanTreeModel::ItemKind::Milestone);
    CHECK(academies.data(PlanTreeModel::ObjectiveIndexRole).toInt() == 1);
    CHECK(academies.data(PlanTreeModel::MilestoneIndexRole).toInt() == 1);
    CHECK(academies.data(PlanTreeModel::SourceLineRole).toInt() == 21);
    CHECK(academies.siblingAtColumn(PlanTreeModel::StartColumn).data(PlanTreeModel::SortRole).toLongLong()
          == QDate(2022, 9, 1).toJulianDay());
    CHECK(academies.siblingAtColumn(PlanTreeModel::EndColumn).data(PlanTreeModel::SortRole).toLongLong()
          == QDate(2023, 6, 1).toJulianDay());
    CHECK_FALSE(academies.siblingAtColumn(PlanTreeModel::StartColumn).data(PlanTreeModel::DateProblemRole).toBool());
    CHECK(academies.flags().testFlag(Qt::ItemNeverHasChildren));

    const QModelIndex classified = model.objectiveIndex(2);
    const QModelIndex recruitment = model.index(0, 0, classified);
    CHECK(text(recruitment.siblingAtColumn(PlanTreeModel::EndColumn)) == QStringLiteral("Ongoing"));
    // Quarters out of order in the plan are shown sorted, each run on its own.
    CHECK(text(recruitment.siblingAtColumn(PlanTreeModel::QuartersColumn)) == QStringLiteral("2022 Q3, 2023 Q1"));
    // Ongoing sorts after every date.
    CHECK(recruitment.siblingAtColumn(PlanTreeModel::EndColumn).data(PlanTreeModel::SortRole).toLongLong()
          > academies.siblingAtColumn(PlanTreeModel::EndColumn).data(PlanTreeModel::SortRole).toLongLong());
}

TEST_CASE("an impossible date shows its raw text, a warning icon and the reason", "[ui][plantree]")
{
    PlanTreeModel model;
    model.setPlan(test::samplePlan());
    const QModelIndex end = model.milestoneIndex(2, 1, PlanTreeModel::EndColumn);
    CHECK(text(end) == QStringLiteral("9/31/22"));
    CHECK(end.data(PlanTreeModel::DateProblemRole).toBool());
    CHECK_FALSE(end.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString tip = end.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("9/31/22")));
    CHECK(tip.contains(test::samplePlan().objectives.at(2).milestones.at(1).end.reason()));
    // A readable date has no icon.
    CHECK(end.siblingAtColumn(PlanTreeModel::StartColumn).data(Qt::DecorationRole).isNull());
    CHECK(text(end.siblingAtColumn(PlanTreeModel::QuartersColumn)).isEmpty());
}

TEST_CASE("rows are found by their report line", "[ui][plantree]")
{
    PlanTreeModel model;
    model.setPlan(test::samplePlan());
    CHECK(model.indexForSourceLine(21) == model.milestoneIndex(1, 1));
    CHECK(model.indexForSourceLine(28) == model.objectiveIndex(2));
    CHECK(model.indexForSourceLine(8) == model.milestoneIndex(0, 0));
    CHECK_FALSE(model.indexForSourceLine(29).isValid());
    CHECK_FALSE(model.indexForSourceLine(0).isValid());
    CHECK_FALSE(model.objectiveIndex(3).isValid());
    CHECK_FALSE(model.milestoneIndex(0, 1).isValid());
}

TEST_CASE("quarter runs", "[ui][plantree]")
{
    CHECK(PlanTreeModel::quartersText({}) == QString());
    CHECK(PlanTreeModel::quartersText({{2022, 4}, {2023, 1}}) == QStringLiteral("2022 Q4 – 2023 Q1"));
    CHECK(PlanTreeModel::quartersText({{2023, 2}, {2022, 3}, {2022, 3}, {2022, 1}})
          == QStringLiteral("2022 Q1, 2022 Q3, 2023 Q2"));
    CHECK(PlanTreeModel::quartersText({{2022, 0}, {2022, 2}}) == QStringLiteral("2022 Q2"));
}

TEST_CASE("setting a plan resets the model and passes the consistency checks", "[ui][plantree]")
{
    test::WarningCounter warnings;
    PlanTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.setPlan(test::samplePlan());
    CHECK(resets.count() == 1);
    CHECK(model.rowCount() == 2);
    model.setPlan(Plan{});
    CHECK(resets.count() == 2);
    CHECK(model.rowCount() == 0);
    model.setPlan(test::samplePlan());
    CHECK(warnings.warnings().isEmpty());
}

TEST_CASE("a recorded status wins over the computed one and is drawn apart from it", "[ui][plantree][progress]")
{
    PlanTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(test::samplePlan());
    model.setMilestoneIds({{11}, {21, 22}, {31, 32}});
    const QModelIndex certificated = model.objectiveIndex(1);
    const QModelIndex dashboard = model.index(0, PlanTreeModel::StatusColumn, certificated);
    const QModelIndex academies = model.index(1, PlanTreeModel::StatusColumn, certificated);
    CHECK(dashboard.data(PlanTreeModel::MilestoneIdRole).toLongLong() == 21);
    CHECK(dashboard.data(PlanTreeModel::StatusComputedRole).toBool());
    CHECK(dashboard.data(Qt::ToolTipRole).toString().contains(QStringLiteral("computed from dates")));
    CHECK(dashboard.data(PlanTreeModel::StatusKeyRole).toString() == QStringLiteral("computed:overdue"));

    // As of 2022-09-15 someone recorded the dashboard On track at 80% (its planned end, July 29,
    // passed 48 days before), and nothing on the academies.
    ProgressState onTrack;
    onTrack.milestoneId = 21;
    onTrack.asOf = QDate(2022, 9, 1);
    onTrack.setValue(ProgressField::Id::Status, QStringLiteral("on_track"));
    onTrack.setValue(ProgressField::Id::Percent, QStringLiteral("80"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setProgress({{21, onTrack}}, QDate(2022, 9, 15));
    CHECK(changed.size() == 3); // one per objective with milestones
    CHECK_FALSE(dashboard.data(PlanTreeModel::StatusComputedRole).toBool());
    CHECK_FALSE(dashboard.data(Qt::FontRole).value<QFont>().italic());
    CHECK(text(dashboard) == QStringLiteral("On track · 48 d past end"));
    CHECK(dashboard.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Planned end passed 48 days ago")));
    CHECK(dashboard.data(Qt::EditRole).toString() == QStringLiteral("on_track"));
    CHECK(text(dashboard.siblingAtColumn(PlanTreeModel::PercentColumn)) == QStringLiteral("80%"));
    CHECK(academies.data(PlanTreeModel::StatusComputedRole).toBool());
    CHECK(academies.data(Qt::FontRole).value<QFont>().italic());

    // Editing in place asks for the edit and changes nothing itself.
    CHECK_FALSE(model.flags(dashboard).testFlag(Qt::ItemIsEditable));
    model.setEditable(true);
    CHECK(model.flags(dashboard).testFlag(Qt::ItemIsEditable));
    CHECK(model.flags(dashboard.siblingAtColumn(PlanTreeModel::PercentColumn)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(dashboard.siblingAtColumn(PlanTreeModel::TitleColumn)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(certificated.siblingAtColumn(PlanTreeModel::StatusColumn)).testFlag(Qt::ItemIsEditable));
    QSignalSpy requested(&model, &PlanTreeModel::progressEditRequested);
    model.setData(dashboard, QStringLiteral("at_risk"));
    model.setData(dashboard.siblingAtColumn(PlanTreeModel::PercentColumn), -1);
    model.setData(dashboard.siblingAtColumn(PlanTreeModel::PercentColumn), 80); // already so
    REQUIRE(requested.size() == 2);
    CHECK(requested.at(0).at(0).toLongLong() == 21);
    CHECK(requested.at(0).at(1).value<ProgressField::Id>() == ProgressField::Id::Status);
    CHECK(requested.at(0).at(2).toString() == QStringLiteral("at_risk"));
    CHECK(requested.at(1).at(1).value<ProgressField::Id>() == ProgressField::Id::Percent);
    CHECK(requested.at(1).at(2).toString().isNull());
    CHECK(text(dashboard) == QStringLiteral("On track · 48 d past end"));
}
