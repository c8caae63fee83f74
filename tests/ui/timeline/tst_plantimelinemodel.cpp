// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"
#include "sampleplan.h"
#include "warningcounter.h"

#include "plan/planreader.h"
#include "plantree/planfilterproxymodel.h"
#include "plantree/plantreemodel.h"
#include "time/quartercalendar.h"
#include "timeline/plantimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace milepost;
using Edge = TimelineRoles::Edge;
using Kind = TimelineRoles::ItemKind;
using State = MilestoneStatus::State;

namespace {

struct Fixture
{
    Fixture()
    {
        plan.setPlan(test::samplePlan());
        filter.setSourceModel(&plan);
        timeline.setSourceModel(&filter);
        timeline.setAsOf(QDate(2022, 10, 15));
    }

    // Rows: Learn > Stakeholder Engagement > Listening tour; Act > Certificated > (Launch, Institute),
    // Classified > (Hold recruitment events, Host community town halls).
    QModelIndex phase(int row) const { return timeline.index(row, 0); }
    QModelIndex objective(int phaseRow, int row) const { return timeline.index(row, 0, phase(phaseRow)); }
    QModelIndex milestone(int phaseRow, int objectiveRow, int row) const
    {
        return timeline.index(row, 0, objective(phaseRow, objectiveRow));
    }

    PlanTreeModel plan;
    PlanFilterProxyModel filter;
    PlanTimelineModel timeline{&plan};
};

template<typename T>
T role(const QModelIndex &index, int role)
{
    return index.data(role).value<T>();
}

} // namespace

TEST_CASE("the timeline adapter is a well-behaved model over the filtered plan", "[timeline][model]")
{
    test::WarningCounter warnings;
    Fixture f;
    QAbstractItemModelTester tester(&f.timeline, QAbstractItemModelTester::FailureReportingMode::Warning);
    f.filter.setSearchText(QStringLiteral("academies"));
    f.filter.setSearchText(QString());
    f.plan.setPlan(test::samplePlan());
    CHECK(warnings.warnings().isEmpty());
    // Other roles pass through: the tree shows the adapter as it shows the plan.
    CHECK(f.milestone(1, 0, 0).data(Qt::DisplayRole).toString() == QStringLiteral("Launch Principal Dashboard"));
    CHECK(f.timeline.columnCount() == PlanTreeModel::ColumnCount);
}

TEST_CASE("milestone rows carry their days, edges and status", "[timeline][model]")
{
    Fixture f;
    const QModelIndex launch = f.milestone(1, 0, 0); // 3/01/22 - 7/29/22, objective In Progress
    CHECK(role<int>(launch, TimelineRoles::ItemKindRole) == int(Kind::Task));
    CHECK(role<QDate>(launch, TimelineRoles::StartRole) == QDate(2022, 3, 1));
    CHECK(role<QDate>(launch, TimelineRoles::EndRole) == QDate(2022, 7, 29));
    CHECK(role<int>(launch, TimelineRoles::StartEdgeRole) == int(Edge::Exact));
    CHECK(role<int>(launch, TimelineRoles::EndEdgeRole) == int(Edge::Exact));
    CHECK(role<int>(launch, TimelineRoles::StatusRole) == int(State::Overdue));
    CHECK(role<QString>(launch, TimelineRoles::ProblemRole).isEmpty());
    // Any column of the row answers the same.
    CHECK(role<QDate>(launch.siblingAtColumn(PlanTreeModel::EndColumn), TimelineRoles::EndRole) == QDate(2022, 7, 29));

    const QModelIndex institute = f.milestone(1, 0, 1); // 9/01/22 - 6/01/23
    CHECK(role<int>(institute, TimelineRoles::StatusRole) == int(State::OnTrack));

    const QModelIndex recruitment = f.milestone(1, 1, 0); // 3/15/22 - Ongoing
    CHECK(role<QDate>(recruitment, TimelineRoles::StartRole) == QDate(2022, 3, 15));
    CHECK_FALSE(role<QDate>(recruitment, TimelineRoles::EndRole).isValid());
    CHECK(role<int>(recruitment, TimelineRoles::EndEdgeRole) == int(Edge::Open));
    CHECK(role<int>(recruitment, TimelineRoles::StatusRole) == int(State::OnTrack));

    const QModelIndex listening = f.milestone(0, 0, 0); // 3/01/22 - 6/30/22, objective Completed
    CHECK(role<int>(listening, TimelineRoles::StatusRole) == int(State::Done));
    const QString tip = role<QString>(listening, TimelineRoles::ToolTipRole);
    CHECK(tip.contains(QStringLiteral("Listening tour with families")));
    CHECK(tip.contains(QStringLiteral("Done")));
    CHECK(tip.contains(PlanDate::exact(QDate(2022, 3, 1)).displayText()));
}

TEST_CASE("recorded progress gives actual dates and marks deferred or cancelled milestones set aside", "[timeline][model]")
{
    Fixture f;
    // Ids for the milestones, in plan order, and progress on three of the Act phase's.
    QList<QList<qint64>> ids;
    qint64 next = 1;
    for (const Objective &objective : f.plan.plan().objectives) {
        QList<qint64> row;
        for (int m = 0; m < objective.milestones.size(); ++m)
            row.append(next++);
        ids.append(row);
    }
    f.plan.setMilestoneIds(ids);
    auto state = [](qint64 id, const QString &status, const QString &start, const QString &end, const QDate &asOf) {
        ProgressState recorded;
        recorded.milestoneId = id;
        recorded.setValue(ProgressField::Id::Status, status);
        recorded.setValue(ProgressField::Id::ActualStart, start);
        recorded.setValue(ProgressField::Id::ActualEnd, end);
        recorded.asOf = asOf;
        recorded.version = 1;
        return recorded;
    };
    const qint64 launchId = ids.at(1).at(0);
    const qint64 instituteId = ids.at(1).at(1);
    const qint64 recruitmentId = ids.at(2).at(0);
    f.plan.setProgress({{launchId, state(launchId, QStringLiteral("done"), QStringLiteral("2022-03-07"),
                                         QStringLiteral("2022-08-12"), QDate(2022, 8, 15))},
                        {instituteId, state(instituteId, QStringLiteral("on_track"), QStringLiteral("2022-09-06"), QString(),
                                            QDate(2022, 9, 30))},
                        {recruitmentId, state(recruitmentId, QStringLiteral("cancelled"), QStringLiteral("2022-04-01"),
                                              QString(), QDate(2022, 6, 30))}},
                       QDate(2022, 10, 15));

    const QModelIndex launch = f.milestone(1, 0, 0);
    CHECK(role<QDate>(launch, TimelineRoles::ActualStartRole) == QDate(2022, 3, 7));
    CHECK(role<QDate>(launch, TimelineRoles::ActualEndRole) == QDate(2022, 8, 12));
    CHECK_FALSE(role<bool>(launch, TimelineRoles::SetAsideRole));
    // Still running: the actual line runs to the as-of date.
    const QModelIndex institute = f.milestone(1, 0, 1);
    CHECK(role<QDate>(institute, TimelineRoles::ActualStartRole) == QDate(2022, 9, 6));
    CHECK(role<QDate>(institute, TimelineRoles::ActualEndRole) == QDate(2022, 10, 15));
    // Cancelled: drawn set aside, its actual line ending when that was recorded.
    const QModelIndex recruitment = f.milestone(1, 1, 0);
    CHECK(role<bool>(recruitment, TimelineRoles::SetAsideRole));
    CHECK(role<QDate>(recruitment, TimelineRoles::ActualEndRole) == QDate(2022, 6, 30));
    // Nothing recorded: no actual dates.
    CHECK_FALSE(role<QDate>(f.milestone(0, 0, 0), TimelineRoles::ActualStartRole).isValid());
    CHECK(role<QString>(launch, TimelineRoles::LabelRole).isEmpty());
}

TEST_CASE("an unreadable date gives a Missing edge, its raw text and the import's finding", "[timeline][model]")
{
    Fixture f;
    Finding finding;
    finding.line = 32;
    finding.column = 3;
    finding.kind = Finding::Kind::InvalidDate;
    finding.message = QStringLiteral("September has 30 days");
    f.timeline.setFindings({finding});
    const QModelIndex townHalls = f.milestone(1, 1, 1); // 9/01/22 - 9/31/22
    CHECK(role<int>(townHalls, TimelineRoles::StartEdgeRole) == int(Edge::Exact));
    CHECK(role<int>(townHalls, TimelineRoles::EndEdgeRole) == int(Edge::Missing));
    CHECK_FALSE(role<QDate>(townHalls, TimelineRoles::EndRole).isValid());
    CHECK(role<int>(townHalls, TimelineRoles::StatusRole) == int(State::Unknown));
    const QString problem = role<QString>(townHalls, TimelineRoles::ProblemRole);
    CHECK(problem.contains(QStringLiteral("9/31/22")));
    CHECK(problem.contains(QStringLiteral("September has 30 days")));
    CHECK(problem.contains(QStringLiteral("line 32, column 3")));
    CHECK(role<QString>(townHalls, TimelineRoles::ToolTipRole).contains(QStringLiteral("9/31/22")));
}

TEST_CASE("phases and objectives are summaries spanning their milestones", "[timeline][model]")
{
    Fixture f;
    const QModelIndex certificated = f.objective(1, 0);
    CHECK(role<int>(certificated, TimelineRoles::ItemKindRole) == int(Kind::Summary));
    CHECK(role<QDate>(certificated, TimelineRoles::StartRole) == QDate(2022, 3, 1));
    CHECK(role<QDate>(certificated, TimelineRoles::EndRole) == QDate(2023, 6, 1));
    CHECK(role<int>(certificated, TimelineRoles::EndEdgeRole) == int(Edge::Exact));
    CHECK_FALSE(certificated.data(TimelineRoles::StatusRole).isValid());

    // Classified: an Ongoing end keeps the group open; the unreadable row still counts its start.
    const QModelIndex classified = f.objective(1, 1);
    CHECK(role<QDate>(classified, TimelineRoles::StartRole) == QDate(2022, 3, 15));
    CHECK(role<int>(classified, TimelineRoles::EndEdgeRole) == int(Edge::Open));

    const QModelIndex act = f.phase(1);
    CHECK(role<QDate>(act, TimelineRoles::StartRole) == QDate(2022, 3, 1));
    CHECK(role<int>(act, TimelineRoles::EndEdgeRole) == int(Edge::Open));
    CHECK(f.timeline.firstDay() == QDate(2022, 3, 1));
    CHECK(f.timeline.lastDay() == QDate(2023, 6, 1));

    // Keys tell the two staffing objectives apart and do not depend on row numbers.
    const QString key = role<QString>(classified, TimelineRoles::KeyRole);
    CHECK(key != role<QString>(certificated, TimelineRoles::KeyRole));
    f.filter.setSearchText(QStringLiteral("classified"));
    REQUIRE(f.timeline.rowCount(f.phase(0)) == 1);
    CHECK(role<QString>(f.objective(0, 0), TimelineRoles::KeyRole) == key);
}

TEST_CASE("quarter marks agree when the dates reach into the marked quarter", "[timeline][model][marks]")
{
    Plan plan = test::samplePlan();
    // Marked 2022 Q3 and Q4, dated March to July: Q3 overlaps, Q4 does not.
    plan.objectives[1].milestones[0].quarters = {{2022, 3}, {2022, 4}};
    PlanTreeModel model;
    model.setPlan(plan);
    PlanTimelineModel timeline(&model);
    timeline.setSourceModel(&model);
    const QModelIndex launch = timeline.index(0, 0, timeline.index(0, 0, timeline.index(1, 0)));
    const auto marks = role<QList<TimelineMark>>(launch, TimelineRoles::MarksRole);
    REQUIRE(marks.size() == 2);
    CHECK(marks.at(0).first == QDate(2022, 7, 1));
    CHECK(marks.at(0).last == QDate(2022, 9, 30));
    CHECK(marks.at(0).agreesWithDates);
    CHECK(marks.at(1).first == QDate(2022, 10, 1));
    CHECK_FALSE(marks.at(1).agreesWithDates);
    CHECK(role<QString>(launch, TimelineRoles::ToolTipRole).contains(QStringLiteral("outside the dates: 2022 Q4")));

    // An Ongoing end reaches every later quarter.
    const QModelIndex recruitment = timeline.index(0, 0, timeline.index(1, 0, timeline.index(1, 0)));
    for (const TimelineMark &mark : role<QList<TimelineMark>>(recruitment, TimelineRoles::MarksRole)) {
        if (mark.marked)
            CHECK(mark.agreesWithDates);
    }
}

TEST_CASE("a new as-of date changes statuses and says so", "[timeline][model]")
{
    Fixture f;
    QSignalSpy changed(&f.timeline, &PlanTimelineModel::timelineChanged);
    const QModelIndex institute = f.milestone(1, 0, 1); // 9/01/22 - 6/01/23, in progress
    f.timeline.setAsOf(QDate(2022, 8, 1));
    CHECK(role<int>(institute, TimelineRoles::StatusRole) == int(State::NotStarted));
    f.timeline.setAsOf(QDate(2023, 5, 20));
    CHECK(role<int>(institute, TimelineRoles::StatusRole) == int(State::DueSoon));
    f.timeline.setAsOf(QDate(2023, 6, 2));
    CHECK(role<int>(institute, TimelineRoles::StatusRole) == int(State::Overdue));
    CHECK(changed.count() == 3);
    f.timeline.setAsOf(QDate(2023, 6, 2));
    CHECK(changed.count() == 3); // no change, no signal
    f.timeline.setStatusOptions({10});
    f.timeline.setAsOf(QDate(2023, 5, 20)); // 12 days before the end: outside a 10-day window
    CHECK(role<int>(institute, TimelineRoles::StatusRole) == int(State::OnTrack));
}

TEST_CASE("a quarter the dates cover for 30 days but the plan leaves unmarked is a mark of its own",
          "[timeline][model][marks]")
{
    Fixture f;
    // Hold recruitment events: 3/15/22 – Ongoing, marked 2022 Q3 and 2023 Q1; its table's marks
    // run from 2022 Q3 to 2023 Q1, so 2022 Q4 is covered and unmarked.
    const auto marks = role<QList<TimelineMark>>(f.milestone(1, 1, 0), TimelineRoles::MarksRole);
    REQUIRE(marks.size() == 3);
    CHECK(marks.at(0).marked);
    CHECK(marks.at(0).first == QDate(2022, 7, 1));
    CHECK_FALSE(marks.at(1).marked);
    CHECK_FALSE(marks.at(1).agreesWithDates);
    CHECK(marks.at(1).first == QDate(2022, 10, 1));
    CHECK(marks.at(1).last == QDate(2022, 12, 31));
    CHECK(marks.at(2).marked);
    CHECK(marks.at(2).first == QDate(2023, 1, 1));
    CHECK(role<QString>(f.milestone(1, 1, 0), TimelineRoles::ToolTipRole)
              .contains(QStringLiteral("Covered by the dates but not marked: 2022 Q4")));

    // Launch Principal Dashboard reaches 29 days into 2022 Q3, which it marks: nothing unmarked.
    for (const TimelineMark &mark : role<QList<TimelineMark>>(f.milestone(1, 0, 0), TimelineRoles::MarksRole))
        CHECK(mark.marked);
    // An impossible end leaves nothing to compare.
    CHECK(role<QList<TimelineMark>>(f.milestone(1, 1, 1), TimelineRoles::MarksRole).isEmpty());
}

TEST_CASE("the unmarked quarters of the real plan are the ones its import findings name", "[timeline][model][marks][real]")
{
    const PlanImportResult result = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    REQUIRE(result.ok);
    PlanTreeModel plan;
    plan.setPlan(result.plan);
    PlanTimelineModel timeline(&plan);
    timeline.setSourceModel(&plan);
    // What the import said: line → the quarters "dates cover …, not marked".
    const QRegularExpression covered(QStringLiteral("dates cover (.*), not marked"));
    QHash<int, QStringList> found;
    for (const Finding &finding : result.findings) {
        const QRegularExpressionMatch match = covered.match(finding.message);
        if (finding.kind == Finding::Kind::MarksDisagree && match.hasMatch())
            found[finding.line] = match.captured(1).split(QStringLiteral(", "));
    }
    REQUIRE(found.size() >= 2);
    // What the timeline draws.
    QHash<int, QStringList> drawn;
    const QuarterCalendar calendar = QuarterCalendar::calendar();
    for (int p = 0; p < timeline.rowCount(); ++p) {
        const QModelIndex phase = timeline.index(p, 0);
        for (int o = 0; o < timeline.rowCount(phase); ++o) {
            const QModelIndex objective = timeline.index(o, 0, phase);
            const Objective &source = plan.plan().objectives.at(objective.data(PlanTreeModel::ObjectiveIndexRole).toInt());
            for (int m = 0; m < timeline.rowCount(objective); ++m) {
                const QModelIndex milestone = timeline.index(m, 0, objective);
                const int line = source.milestones.at(m).sourceLine;
                for (const TimelineMark &mark : role<QList<TimelineMark>>(milestone, TimelineRoles::MarksRole)) {
                    if (!mark.marked)
                        drawn[line] << calendar.label(calendar.quarterOf(mark.first));
                }
            }
        }
    }
    CHECK(drawn == found);
}
