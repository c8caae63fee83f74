// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresstemplateexporter.h"

#include "csvwriter.h"
#include "exportfile.h"

#include "progress/progresssheet.h"
#include "store/planrepository.h"
#include "store/progressrepository.h"

namespace milepost {

ProgressTemplateExporter::ProgressTemplateExporter(Database &database)
    : m_database(database)
{
}

ProgressTemplateExporter::Result ProgressTemplateExporter::exportToFile(const QString &path, const Selection &selection,
                                                                        const CsvOptions &options) const
{
    Result result;
    QString error;
    const auto stored = PlanRepository(m_database).loadLatest(&error);
    if (!stored) {
        result.error = error.isEmpty() ? tr("the database holds no plan yet") : error;
        return result;
    }
    const auto states = ProgressRepository(m_database).statesAsOf(QDate(), &error);
    if (!states) {
        result.error = error;
        return result;
    }
    ExportFile file(path);
    if (!file.open(&result.error))
        return result;
    CsvWriter writer(file.device(), options);
    writer.writeHeader(ProgressSheet::header());
    using Field = ProgressField::Id;
    const QString wantedOwner = selection.owner.simplified();
    const QString wantedOffice = selection.office.simplified();
    for (int o = 0; o < stored->plan.objectives.size(); ++o) {
        const Objective &objective = stored->plan.objectives.at(o);
        for (int m = 0; m < objective.milestones.size(); ++m) {
            const Milestone &milestone = objective.milestones.at(m);
            const qint64 id = stored->milestoneIds.value(o).value(m);
            const ProgressState state = states->value(id);
            if (!wantedOwner.isEmpty() && state.owner().compare(wantedOwner, Qt::CaseInsensitive) != 0)
                continue;
            if (!wantedOffice.isEmpty() && state.office().compare(wantedOffice, Qt::CaseInsensitive) != 0)
                continue;
            writer.addInteger(id);
            writer.addText(objective.subtitle.isEmpty() ? objective.title : objective.title + QLatin1Char(' ') + objective.subtitle);
            writer.addText(milestone.title);
            writer.addText(milestone.start.raw().isEmpty() ? milestone.start.displayText() : milestone.start.raw());
            writer.addText(milestone.end.raw().isEmpty() ? milestone.end.displayText() : milestone.end.raw());
            for (Field field : {Field::Status, Field::Percent, Field::ActualStart, Field::ActualEnd, Field::Owner, Field::Office})
                writer.addText(ProgressField::displayValue(field, state.value(field)));
            writer.addText(state.note);
            for (int column = ProgressSheet::Status; column < ProgressSheet::ColumnCount; ++column)
                writer.addEmpty();
            writer.endRow();
        }
    }
    if (!writer.finish()) {
        result.error = tr("Cannot write %1: %2").arg(path, writer.errorString());
        return result;
    }
    if (!file.commit(&result.error))
        return result;
    result.ok = true;
    result.rows = writer.rowCount() - 1;
    return result;
}

} // namespace milepost
