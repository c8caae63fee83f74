// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardcharts.h"

#include "common/datetext.h"
#include "dashboard/schoolyear.h"

#include <QLocale>

namespace milepost {

namespace {

using State = MilestoneStatus::State;

std::optional<double> valueOf(const Figure &figure)
{
    if (figure.isEmpty())
        return std::nullopt;
    return double(figure.value);
}

QString asOfNote(const QDate &asOf)
{
    return DashboardCharts::tr("As of %1.").arg(DateText::date(asOf));
}

void appendNote(ChartSpec &spec, const QString &text)
{
    spec.note = spec.note.isEmpty() ? text : text + QLatin1Char(' ') + spec.note;
}

// A trend needs two school years; with one, the chart says so rather than leave a lone point.
void noteSingleYear(ChartSpec &spec, const Breakdown &trend)
{
    if (trend.categoryCount() == 1)
        appendNote(spec, DashboardCharts::tr("Only %1 so far: a trend needs a second school year.")
                             .arg(trend.categories().constFirst().text));
}

// Leaves out categories past maximumBars and says so in the note.
void capCategories(ChartSpec &spec)
{
    const qsizetype extra = spec.categories.size() - DashboardCharts::maximumBars;
    if (extra <= 0)
        return;
    spec.categories.resize(DashboardCharts::maximumBars);
    spec.categoryKeys.resize(DashboardCharts::maximumBars);
    for (ChartSeries &series : spec.series)
        series.values.resize(DashboardCharts::maximumBars);
    const QString more = extra == 1 ? DashboardCharts::tr("1 more category is not shown; the table lists it.")
                                    : DashboardCharts::tr("%1 more categories are not shown; the table lists them.").arg(extra);
    spec.note = spec.note.isEmpty() ? more : spec.note + QLatin1Char(' ') + more;
}

} // namespace

ChartSpec DashboardCharts::fromBreakdown(const Breakdown &breakdown, ChartSpec::Kind kind, const QString &title,
                                         bool statusSeries)
{
    ChartSpec spec;
    spec.kind = kind;
    spec.title = title;
    for (const Breakdown::Label &category : breakdown.categories()) {
        spec.categories.append(category.text);
        spec.categoryKeys.append(category.key);
    }
    // A series without any data is left out, so that bars keep their room, and named in the note.
    // Milestones in a state are counted, so an empty state is zero and is left out silently.
    QStringList withoutData;
    bool anyData = false;
    for (int s = 0; s < breakdown.seriesCount(); ++s)
        anyData = anyData || !breakdown.seriesTotal(s).isEmpty();
    for (int s = 0; s < breakdown.seriesCount(); ++s) {
        if (anyData && kind != ChartSpec::Kind::Donut && breakdown.seriesTotal(s).isEmpty()) {
            // A state no milestone is in counts zero, which needs no note; other series lack data.
            if (!statusSeries)
                withoutData.append(breakdown.series().at(s).text);
            continue;
        }
        ChartSeries series;
        series.key = breakdown.series().at(s).key;
        series.name = breakdown.series().at(s).text;
        bool known = false;
        const State state = MilestoneStatus::stateFromKey(series.key, &known);
        series.style = statusSeries && known ? ChartStyle::status(state) : ChartStyle::series(s);
        for (int c = 0; c < breakdown.categoryCount(); ++c)
            series.values.append(valueOf(breakdown.at(s, c)));
        spec.series.append(series);
    }
    spec.sampleData = breakdown.isIllustrative();
    if (!withoutData.isEmpty())
        spec.note = tr("No data for: %1.").arg(withoutData.join(QStringLiteral(", ")));
    return spec;
}

DashboardCharts::Chart DashboardCharts::planStatusDonut(const PlanFigures &figures)
{
    Chart chart{fromBreakdown(figures.milestonesByStatus, ChartSpec::Kind::Donut, tr("Milestones by status")),
                figures.milestonesByStatus};
    for (const Breakdown::Label &category : figures.milestonesByStatus.categories())
        chart.spec.categoryStyles.append(ChartStyle::status(MilestoneStatus::stateFromKey(category.key)));
    appendNote(chart.spec, asOfNote(figures.asOf));
    return chart;
}

DashboardCharts::Chart DashboardCharts::milestonesByPhase(const PlanFigures &figures)
{
    Chart chart{fromBreakdown(figures.milestonesByPhase, ChartSpec::Kind::StackedBars,
                              tr("Milestones by status in each phase"), true),
                figures.milestonesByPhase};
    chart.spec.valueAxisTitle = tr("Milestones");
    appendNote(chart.spec, asOfNote(figures.asOf));
    return chart;
}

DashboardCharts::Chart DashboardCharts::milestonesByQuarter(const PlanFigures &figures)
{
    Chart chart{fromBreakdown(figures.milestonesByQuarter, ChartSpec::Kind::StackedBars,
                              tr("Milestones by the quarter they end in"), true),
                figures.milestonesByQuarter};
    chart.spec.valueAxisTitle = tr("Milestones");
    appendNote(chart.spec, figures.withoutDatedEnd.isEmpty()
        ? asOfNote(figures.asOf)
        : tr("%1 Not shown: %2 without a dated end (Ongoing, N/A or unreadable).")
              .arg(asOfNote(figures.asOf), QLocale().toString(figures.withoutDatedEnd.value)));
    return chart;
}

DashboardCharts::Chart DashboardCharts::objectivesByStatus(const PlanFigures &figures)
{
    Chart chart{fromBreakdown(figures.objectivesByStatus, ChartSpec::Kind::GroupedBars, tr("Objectives by status")),
                figures.objectivesByStatus};
    chart.spec.horizontal = true;
    appendNote(chart.spec, tr("As each objective's STATUS line in the report gives it."));
    return chart;
}

DashboardCharts::Chart DashboardCharts::staffingByJobCategory(const StaffingFigures &figures)
{
    Chart chart{fromBreakdown(figures.byJobCategory, ChartSpec::Kind::GroupedBars,
                              tr("Hires and vacancies by job category, %1").arg(SchoolYear::text(figures.schoolYear))),
                figures.byJobCategory};
    chart.spec.horizontal = true;
    capCategories(chart.spec);
    return chart;
}

DashboardCharts::Chart DashboardCharts::staffingByLocalDistrict(const StaffingFigures &figures)
{
    Chart chart{fromBreakdown(figures.byLocalDistrict, ChartSpec::Kind::GroupedBars,
                              tr("Hires and vacancies by Local District, %1").arg(SchoolYear::text(figures.schoolYear))),
                figures.byLocalDistrict};
    chart.spec.valueAxisTitle = tr("People");
    capCategories(chart.spec);
    return chart;
}

DashboardCharts::Chart DashboardCharts::staffingByEmployeeGroup(const StaffingFigures &figures)
{
    Chart chart{fromBreakdown(figures.byEmployeeGroup, ChartSpec::Kind::GroupedBars,
                              tr("Hires and vacancies by employee group, %1").arg(SchoolYear::text(figures.schoolYear))),
                figures.byEmployeeGroup};
    chart.spec.valueAxisTitle = tr("People");
    return chart;
}

DashboardCharts::Chart DashboardCharts::enrollmentTrendByDistrict(const EnrollmentFigures &figures)
{
    const QString program = figures.totalsByYear.seriesCount() > 0 ? figures.totalsByYear.series().constFirst().text
                                                                   : QString();
    Chart chart{fromBreakdown(figures.trendByDistrict, ChartSpec::Kind::Lines,
                              tr("%1 students by Local District", "program").arg(program)),
                figures.trendByDistrict};
    chart.spec.valueAxisTitle = tr("Students");
    noteSingleYear(chart.spec, figures.trendByDistrict);
    return chart;
}

DashboardCharts::Chart DashboardCharts::enrollmentTrendByProgram(const EnrollmentFigures &figures)
{
    Chart chart{fromBreakdown(figures.trendByProgram, ChartSpec::Kind::Lines, tr("Students by program")),
                figures.trendByProgram};
    chart.spec.valueAxisTitle = tr("Students");
    appendNote(chart.spec, tr("Programs overlap, so they are never added up."));
    noteSingleYear(chart.spec, figures.trendByProgram);
    return chart;
}

DashboardCharts::Chart DashboardCharts::enrollmentByDistrict(const EnrollmentFigures &figures)
{
    const QString program = figures.byDistrict.seriesCount() > 0 ? figures.byDistrict.series().constFirst().text
                                                                 : QString();
    Chart chart{fromBreakdown(figures.byDistrict, ChartSpec::Kind::GroupedBars,
                              tr("%1 students by Local District, %2", "program, school year")
                                  .arg(program, SchoolYear::text(figures.schoolYear))),
                figures.byDistrict};
    chart.spec.valueAxisTitle = tr("Students");
    capCategories(chart.spec);
    return chart;
}

DashboardCharts::Chart DashboardCharts::classroomsByProgram(const EnrollmentFigures &figures)
{
    Chart chart{fromBreakdown(figures.classroomsByProgram, ChartSpec::Kind::GroupedBars,
                              tr("Classrooms by program, %1").arg(SchoolYear::text(figures.classroomsYear))),
                figures.classroomsByProgram};
    chart.spec.horizontal = true;
    capCategories(chart.spec);
    return chart;
}

DashboardCharts::Chart DashboardCharts::capitalByStage(const CapitalFigures &figures)
{
    Chart chart{fromBreakdown(figures.byStage, ChartSpec::Kind::GroupedBars, tr("Projects by phase")), figures.byStage};
    chart.spec.horizontal = true;
    appendNote(chart.spec, tr("The phase under way. Between phases: one has ended, the next has not begun."));
    return chart;
}

DashboardCharts::Chart DashboardCharts::capitalByType(const CapitalFigures &figures)
{
    Chart chart{fromBreakdown(figures.byType, ChartSpec::Kind::GroupedBars, tr("Projects by type")), figures.byType};
    chart.spec.horizontal = true;
    capCategories(chart.spec);
    return chart;
}

DashboardCharts::Chart DashboardCharts::capitalAmountsByType(const CapitalFigures &figures)
{
    Chart chart{fromBreakdown(figures.amountsByType, ChartSpec::Kind::GroupedBars,
                              tr("Budget, estimate at completion and spent by type")),
                figures.amountsByType};
    chart.spec.format = ChartSpec::Format::Money;
    chart.spec.horizontal = true;
    // Three bars to a category: labels only while they have room; tooltips and the table tell the rest.
    chart.spec.valueLabels = figures.amountsByType.categoryCount() <= 4;
    capCategories(chart.spec);
    return chart;
}

DashboardCharts::Chart DashboardCharts::capitalAmountsByDistrict(const CapitalFigures &figures)
{
    // Many districts (the NYC export has 32): the largest, so that the cap leaves out the least.
    Breakdown breakdown = figures.amountsByDistrict;
    if (breakdown.categoryCount() > maximumBars)
        breakdown.sortCategoriesByTotal();
    Chart chart{fromBreakdown(breakdown, ChartSpec::Kind::GroupedBars,
                              tr("Budget, estimate at completion and spent by district")),
                breakdown};
    chart.spec.format = ChartSpec::Format::Money;
    chart.spec.valueLabels = breakdown.categoryCount() <= 4;
    capCategories(chart.spec);
    return chart;
}

DashboardCharts::Chart DashboardCharts::scheduleSlip(const CapitalFigures &figures)
{
    Chart chart{fromBreakdown(figures.slipDistribution, ChartSpec::Kind::Histogram,
                              tr("How late projects run: days past the planned end")),
                figures.slipDistribution};
    chart.spec.valueAxisTitle = tr("Projects");
    appendNote(chart.spec, tr("%1 A phase still open is late by at least the days since its planned end.")
                          .arg(asOfNote(figures.asOf)));
    return chart;
}

} // namespace milepost
