// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancsvexporter.h"

#include "csvwriter.h"
#include "plan/phasenames.h"
#include "time/quartercalendar.h"

namespace milepost {

QStringList PlanCsvExporter::milestoneHeader()
{
    return {tr("Phase"), tr("Objective"), tr("Subtitle"), tr("Section"), tr("Milestone"), tr("Start"), tr("End"),
            tr("Quarters"), tr("Line"), tr("Id")};
}

QStringList PlanCsvExporter::objectiveHeader()
{
    return {tr("Phase"),  tr("Objective"), tr("Subtitle"),   tr("Objective text"), tr("Status"),
            tr("State"),  tr("Estimated completion"), tr("Milestones"), tr("Narrative"), tr("Line")};
}

QStringList PlanCsvExporter::findingHeader()
{
    return {tr("Line"), tr("Column"), tr("Kind"), tr("Message")};
}

QString PlanCsvExporter::quartersText(const QList<YearQuarter> &quarters)
{
    const QuarterCalendar calendar = QuarterCalendar::calendar();
    QStringList labels;
    labels.reserve(quarters.size());
    for (const YearQuarter &quarter : quarters)
        labels.append(calendar.label(quarter));
    return labels.join(QLatin1String("; "));
}

void PlanCsvExporter::addPlanDate(CsvWriter &writer, const PlanDate &date)
{
    if (date.kind() == PlanDate::Kind::Exact)
        writer.addDate(date.firstDay());
    else
        writer.addText(date.canonical());
}

void PlanCsvExporter::writeMilestones(const Plan &plan, CsvWriter &writer, const QList<QList<qint64>> &milestoneIds)
{
    writer.writeHeader(milestoneHeader());
    for (qsizetype o = 0; o < plan.objectives.size(); ++o) {
        const Objective &objective = plan.objectives.at(o);
        const QString phase = PhaseNames::display(objective.phase);
        const QList<qint64> ids = milestoneIds.value(o);
        for (qsizetype m = 0; m < objective.milestones.size(); ++m) {
            const Milestone &milestone = objective.milestones.at(m);
            writer.addText(phase);
            writer.addText(objective.title);
            writer.addText(objective.subtitle);
            writer.addText(milestone.section);
            writer.addText(milestone.title);
            addPlanDate(writer, milestone.start);
            addPlanDate(writer, milestone.end);
            writer.addText(quartersText(milestone.quarters));
            writer.addInteger(milestone.sourceLine);
            if (const qint64 id = ids.value(m); id > 0)
                writer.addInteger(id);
            else
                writer.addEmpty();
            writer.endRow();
        }
    }
}

void PlanCsvExporter::writeObjectives(const Plan &plan, CsvWriter &writer)
{
    writer.writeHeader(objectiveHeader());
    for (const Objective &objective : plan.objectives) {
        writer.addText(PhaseNames::display(objective.phase));
        writer.addText(objective.title);
        writer.addText(objective.subtitle);
        writer.addText(objective.objectiveText);
        writer.addText(objective.status.text());
        writer.addText(ObjectiveStatus::stateName(objective.status.state()));
        const PlanDate &completion = objective.status.estimatedCompletion();
        if (completion.isValid())
            addPlanDate(writer, completion);
        else
            writer.addEmpty();
        writer.addInteger(objective.milestones.size());
        writer.addText(objective.narrative);
        writer.addInteger(objective.sourceLine);
        writer.endRow();
    }
}

void PlanCsvExporter::writeFindings(const QList<Finding> &findings, CsvWriter &writer)
{
    writer.writeHeader(findingHeader());
    for (const Finding &finding : findings) {
        writer.addInteger(finding.line);
        writer.addInteger(finding.column);
        writer.addText(Finding::kindName(finding.kind));
        writer.addText(finding.message);
        writer.endRow();
    }
}

} // namespace milepost
