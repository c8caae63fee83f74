// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurescommand.h"

#include "commandio.h"

#include "dashboard/enrollmentfigures.h"
#include "dashboard/planfigures.h"
#include "dashboard/schoolyear.h"
#include "dashboard/staffingfigures.h"
#include "datasets/money.h"
#include "progress/recordedprogress.h"
#include "store/capitalfiguresquery.h"
#include "store/database.h"
#include "store/enrollmentfiguresquery.h"
#include "store/planrepository.h"
#include "store/progressrepository.h"
#include "store/staffingfiguresquery.h"
#include "time/plandate.h"
#include "time/quartercalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <memory>

namespace milepost {

namespace {

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString money(qint64 cents)
{
    return Money::fromCents(cents).toString();
}

// A figure for JSON: its value (null without rows: no data, which is not zero), its row
// count, whether sample rows feed it and how much of the value they give, and the sources of
// its rows (more than one: pooled).
QJsonObject json(const Tally &figure)
{
    return {{QStringLiteral("value"), figure.isEmpty() ? QJsonValue() : QJsonValue(figure.value)},
            {QStringLiteral("rows"), figure.rows},
            {QStringLiteral("sample"), figure.illustrative},
            {QStringLiteral("sampleValue"), figure.sampleValue},
            {QStringLiteral("sources"), QJsonArray::fromStringList(figure.sources)},
            {QStringLiteral("pooled"), figure.sources.size() > 1}};
}

QJsonObject json(const Figure &figure)
{
    return json(Tally::of(figure));
}

// What a figure rests on, after its value: " (12% sample data; pooled from 2 sources: A, B)".
QString origin(const Tally &figure)
{
    QStringList notes;
    if (figure.illustrative) {
        if (figure.value != 0) {
            const double share = double(figure.sampleValue) / double(figure.value);
            const QString percent = share > 0 && share < 0.005   ? FiguresCommand::tr("<1%")
                                  : share < 1 && share >= 0.995 ? FiguresCommand::tr(">99%")
                                                                : FiguresCommand::tr("%1%").arg(qRound(share * 100));
            notes.append(FiguresCommand::tr("%1 sample data", "percent").arg(percent));
        } else {
            notes.append(FiguresCommand::tr("sample data"));
        }
    }
    if (figure.sources.size() > 1)
        notes.append(FiguresCommand::tr("pooled from %n sources: %1", nullptr, int(figure.sources.size()))
                         .arg(figure.sources.join(QStringLiteral(", "))));
    return notes.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(notes.join(QStringLiteral("; ")));
}

QString orNone(const Tally &figure, const QString &text)
{
    if (figure.isEmpty())
        return FiguresCommand::tr("no data");
    return text + origin(figure);
}

QString orNone(const Figure &figure, const QString &text)
{
    return orNone(Tally::of(figure), text);
}

} // namespace

const QString FiguresCommand::name = QStringLiteral("figures");

void FiguresCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_localDistrictOption, m_boardDistrictOption, m_schoolOption});
}

QString FiguresCommand::helpText()
{
    return tr("  figures [--as-of DATE] [--local-district NAME] [--board-district NAME] [--school NAME]\n"
              "          [--source NAME] [--json] [--db PATH]\n"
              "      Print the dashboard's key figures for the plan, staffing, enrollment and capital\n"
              "      projects, as of DATE (default today), of the rows imported from the source NAME\n"
              "      (milepost imports lists them) or from all. A figure that adds rows of several\n"
              "      sources says so, and how much of it is sample data. Needs no display.\n");
}

int FiguresCommand::run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath,
                        bool asJson) const
{
    if (positional.size() != 1) {
        CommandIo::printError(tr("milepost: figures takes no FILE"));
        return CommandIo::UsageError;
    }
    DashboardFilter filter;
    filter.asOf = QDate::currentDate();
    if (!CommandIo::readDay(parser, QStringLiteral("as-of"), &filter.asOf))
        return CommandIo::UsageError;
    filter.localDistrict = parser.value(m_localDistrictOption);
    filter.boardDistrict = parser.value(m_boardDistrictOption);
    filter.school = parser.value(m_schoolOption);
    filter.source = parser.value(QStringLiteral("source")); // registered by import

    const std::unique_ptr<Database> database = CommandIo::openForReading(databasePath);
    if (!database)
        return CommandIo::Failure;
    // The plan is read into memory; staffing, enrollment and the capital projects, which run to
    // millions of rows, are counted in the database.
    QStringList errors;
    QString error;
    const PlanRepository plans(*database);
    const ProgressRepository progress(*database);
    Plan storedPlan;
    std::optional<RecordedProgress> recorded;
    if (std::optional<PlanRepository::StoredPlan> stored = plans.loadLatest(&error)) {
        // The plan as it stood on the as-of date: with the plan edits dated by then.
        PlanEditReplay::Result shown = stored->asOf(filter.asOf);
        storedPlan = std::move(shown.plan);
        if (const auto journal = progress.entries({}, &error))
            recorded = RecordedProgress(shown.milestoneIds, *journal);
    }
    const auto check = [&] {
        if (!error.isEmpty())
            errors.append(error);
        error.clear();
    };
    check();
    const std::optional<StaffingFigures> staffingFigures = StaffingFiguresQuery(*database).compute(filter, StaffingFiguresQuery::Rows::Counted, &error);
    check();
    const std::optional<EnrollmentFigures> enrollmentFigures = EnrollmentFiguresQuery(*database).compute(filter, {}, EnrollmentFiguresQuery::Rows::Counted, &error);
    check();
    const std::optional<CapitalKeyFigures> capitalFigures = CapitalFiguresQuery(*database).compute(filter, &error);
    check();
    if (!errors.isEmpty()) {
        CommandIo::printError(tr("milepost: %1").arg(errors.join(QStringLiteral("; "))));
        return CommandIo::Failure;
    }

    const PlanFigures plan = PlanFigures::compute(storedPlan, filter.asOf, MilestoneStatus::Options{},
                                                  recorded ? &*recorded : nullptr);
    const StaffingFigures &staffing = *staffingFigures;
    const EnrollmentFigures &enrollment = *enrollmentFigures;
    const CapitalKeyFigures &capital = *capitalFigures;
    using State = MilestoneStatus::State;

    if (asJson) {
        QJsonObject milestones;
        for (State state : PlanFigures::stateOrder())
            milestones.insert(MilestoneStatus::stateKey(state), json(plan.milestonesIn(state)));
        milestones.insert(QStringLiteral("due_this_quarter"), json(plan.dueThisQuarter));
        QJsonObject objectives;
        for (ObjectiveStatus::State state : PlanFigures::objectiveStateOrder())
            objectives.insert(ObjectiveStatus::stateKey(state), json(plan.objectivesIn(state)));
        QJsonObject filters;
        for (const auto &[key, value] : {std::pair{QStringLiteral("localDistrict"), filter.localDistrict},
                                         std::pair{QStringLiteral("boardDistrict"), filter.boardDistrict},
                                         std::pair{QStringLiteral("school"), filter.school},
                                         std::pair{QStringLiteral("source"), filter.source}}) {
            if (!value.isEmpty())
                filters.insert(key, value);
        }
        const auto optional = [](const auto &value) { return value ? QJsonValue(*value) : QJsonValue(); };
        const QJsonObject root{
            {QStringLiteral("asOf"), filter.asOf.toString(Qt::ISODate)},
            {QStringLiteral("filters"), filters},
            {QStringLiteral("plan"),
             QJsonObject{{QStringLiteral("objectives"), objectives},
                         {QStringLiteral("milestones"), milestones},
                         {QStringLiteral("quarter"), QuarterCalendar::calendar().label(plan.quarter)},
                         {QStringLiteral("notApplied"), QJsonArray::fromStringList(filter.notApplied(DashboardFilter::Source::Plan))}}},
            {QStringLiteral("staffing"),
             QJsonObject{{QStringLiteral("schoolYear"), staffing.schoolYear ? QJsonValue(SchoolYear::text(staffing.schoolYear)) : QJsonValue()},
                         {QStringLiteral("hires"), json(staffing.hires)},
                         {QStringLiteral("vacancies"), json(staffing.vacancies)},
                         {QStringLiteral("positions"), json(staffing.positions)},
                         {QStringLiteral("fillRate"), optional(staffing.fillRate())},
                         {QStringLiteral("hiresChange"), optional(staffing.hiresChange())},
                         {QStringLiteral("hiresChangeRatio"), optional(staffing.hiresChangeRatio())},
                         {QStringLiteral("rowsNotAdded"), staffing.notAdded.value},
                         {QStringLiteral("notApplied"), QJsonArray::fromStringList(filter.notApplied(DashboardFilter::Source::Staffing))}}},
            {QStringLiteral("enrollment"),
             QJsonObject{{QStringLiteral("program"), enrollment.program},
                         {QStringLiteral("schoolYear"), enrollment.schoolYear ? QJsonValue(SchoolYear::text(enrollment.schoolYear)) : QJsonValue()},
                         {QStringLiteral("students"), json(enrollment.total)},
                         {QStringLiteral("change"), optional(enrollment.change())},
                         {QStringLiteral("changeRatio"), optional(enrollment.changeRatio())},
                         {QStringLiteral("classrooms"), json(enrollment.classroomsByProgram.total())},
                         {QStringLiteral("rowsNotAdded"), enrollment.notAdded.value},
                         {QStringLiteral("notApplied"), QJsonArray::fromStringList(filter.notApplied(DashboardFilter::Source::Enrollment))}}},
            {QStringLiteral("capital"),
             QJsonObject{{QStringLiteral("projects"), json(capital.projects)},
                         {QStringLiteral("budgetCents"), json(capital.budget)},
                         {QStringLiteral("estimateCents"), json(capital.estimate)},
                         {QStringLiteral("spentCents"), json(capital.spent)},
                         {QStringLiteral("overBudget"), json(capital.overBudget)},
                         {QStringLiteral("overBudgetCents"), json(capital.overBudgetAmount)},
                         {QStringLiteral("late"), json(capital.late)},
                         {QStringLiteral("openLate"), json(capital.openLate)},
                         {QStringLiteral("maximumSlipDays"), capital.maximumSlipDays}}},
        };
        CommandIo::printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return CommandIo::Success;
    }

    const QStringList applied = filter.describe(DashboardFilter::Source::CapitalProjects);
    CommandIo::printOut(tr("Key figures as of %1%2")
                 .arg(filter.asOf.toString(Qt::ISODate),
                      applied.isEmpty() ? QString() : tr(" (%1)").arg(applied.join(QStringLiteral(", ")))));
    const Figure objectives = plan.objectivesByStatus.total();
    CommandIo::printOut(tr("Plan: %1 objectives, %2 completed, %3 in progress")
                 .arg(number(objectives.value), number(plan.objectivesIn(ObjectiveStatus::State::Completed).value),
                      number(plan.objectivesIn(ObjectiveStatus::State::InProgress).value)));
    QStringList states;
    for (State state : PlanFigures::stateOrder())
        states.append(tr("%1 %2", "state, count").arg(MilestoneStatus::stateName(state).toLower(),
                                                     number(plan.milestonesIn(state).value)));
    CommandIo::printOut(tr("  %1 milestones: %2; due this quarter (%3): %4")
                 .arg(number(plan.milestoneCount()), states.join(QStringLiteral(", ")),
                      QuarterCalendar::calendar().label(plan.quarter), number(plan.dueThisQuarter.value)));
    if (staffing.schoolYear) {
        const std::optional<double> ratio = staffing.hiresChangeRatio();
        CommandIo::printOut(tr("Staffing %1: hires %2, vacancies %3, fill rate %4, hires against %5: %6; %7 rows not added")
                     .arg(SchoolYear::text(staffing.schoolYear), orNone(staffing.hires, number(staffing.hires.value)),
                          orNone(staffing.vacancies, number(staffing.vacancies.value)),
                          staffing.fillRate() ? QLocale().toString(*staffing.fillRate() * 100, 'f', 1) + QLatin1Char('%') : tr("no data"),
                          SchoolYear::text(staffing.previousYear()),
                          ratio ? (*ratio > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(*ratio * 100, 'f', 1)
                                      + QLatin1Char('%')
                                : tr("nothing to compare"),
                          number(staffing.notAdded.value)));
    } else {
        CommandIo::printOut(tr("Staffing: no data up to the as-of date"));
    }
    if (enrollment.schoolYear) {
        CommandIo::printOut(tr("Enrollment %1 (%2): %3 students; classrooms %4")
                     .arg(SchoolYear::text(enrollment.schoolYear), enrollment.program,
                          orNone(enrollment.total, number(enrollment.total.value)),
                          orNone(enrollment.classroomsByProgram.total(), number(enrollment.classroomsByProgram.total().value))));
    } else {
        CommandIo::printOut(tr("Enrollment: no data up to the as-of date"));
    }
    CommandIo::printOut(tr("Capital projects: %1; budget %2, estimate at completion %3, spent %4; over budget %5; "
                "later than planned %6 (%7 still open, up to %8 days)")
                 .arg(orNone(capital.projects, number(capital.projects.value)),
                      money(capital.budget.value) + origin(capital.budget),
                      money(capital.estimate.value) + origin(capital.estimate),
                      money(capital.spent.value) + origin(capital.spent), number(capital.overBudget.value),
                      number(capital.late.value), number(capital.openLate.value), number(capital.maximumSlipDays)));
    for (const QString &note : filter.notApplied(DashboardFilter::Source::Staffing)
                                   + filter.notApplied(DashboardFilter::Source::Enrollment))
        CommandIo::printOut(note);
    return CommandIo::Success;
}

} // namespace milepost
