// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"
#include "sampleplan.h"

#include "details/plandetailsview.h"

#include <QTextBrowser>

using namespace milepost;

TEST_CASE("the details show an objective's heading, status, objective and narrative", "[ui][details]")
{
    PlanDetailsView view;
    const Plan plan = test::samplePlan();
    view.showObjective(plan.objectives.at(1));
    const QString text = view.browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("Staffing Plan to Support Schools")));
    CHECK(text.contains(QStringLiteral("(Certificated Employees: Teachers, Counselors, etc.)")));
    CHECK(text.contains(QStringLiteral("Act")));
    CHECK(text.contains(QStringLiteral("In Progress (Estimated completion - June 2023)")));
    CHECK(text.contains(QStringLiteral("In progress"))); // the parsed state
    CHECK(text.contains(QStringLiteral("June 2023")));
    CHECK(text.contains(QStringLiteral("Fully staff the highest-need schools.")));
    CHECK(text.contains(QStringLiteral("Hired 2,495 teachers.")));
    CHECK(text.contains(QStringLiteral("Milestones (2)")));
    CHECK(text.contains(QStringLiteral("Institute Principal Academies")));
    // No milestone selected: the page opens with the objective's phase.
    CHECK(text.startsWith(QStringLiteral("ACT")));
}

TEST_CASE("report text is shown as text, never as markup", "[ui][details]")
{
    PlanDetailsView view;
    view.showObjective(test::samplePlan().objectives.at(1));
    CHECK(view.browser()->toPlainText().contains(QStringLiteral("Partnered with 70 <IHEs> & more.")));
}

TEST_CASE("a selected milestone is shown above its objective", "[ui][details]")
{
    PlanDetailsView view;
    view.showObjective(test::samplePlan().objectives.at(2), 1);
    const QString text = view.browser()->toPlainText();
    const qsizetype milestone = text.indexOf(QStringLiteral("Host community town halls"));
    const qsizetype objective = text.indexOf(QStringLiteral("Staffing Plan to Support Schools"));
    REQUIRE(milestone >= 0);
    REQUIRE(objective >= 0);
    CHECK(milestone < objective);
    CHECK(text.contains(QStringLiteral("9/31/22")));
    CHECK(text.contains(QStringLiteral("Report line")));
}

TEST_CASE("the details can be read and selected with the keyboard but not edited", "[ui][details]")
{
    PlanDetailsView view;
    QTextBrowser *browser = view.browser();
    CHECK(browser->isReadOnly());
    CHECK(browser->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    CHECK(browser->focusPolicy() == Qt::StrongFocus);
    CHECK_FALSE(browser->accessibleName().isEmpty());
}

TEST_CASE("the overview and the phase summary count what the plan holds", "[ui][details]")
{
    PlanDetailsView view;
    const Plan plan = test::samplePlan();
    view.showPlanOverview(plan, QDateTime::currentDateTime(), 4);
    QString text = view.browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("Sample Plan")));
    CHECK(text.contains(QStringLiteral("3 objectives · 5 milestones · 4 findings")));
    CHECK(text.contains(QStringLiteral("sample.txt")));

    view.showPhase(plan, Phase::Act);
    text = view.browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("2 objectives · 4 milestones")));
    CHECK(text.contains(QStringLiteral("(Classified Employees: Bus Drivers, Cafeteria Workers, etc.)")));
    CHECK_FALSE(text.contains(QStringLiteral("Stakeholder Engagement")));
}
