// SPDX-License-Identifier: GPL-3.0-or-later
#include "removesampleaction.h"

#include "datasets/sampledata.h"
#include "store/database.h"
#include "store/datasetrepository.h"

#include <QMessageBox>

namespace milepost {

RemoveSampleAction::RemoveSampleAction(Database &database, QWidget *parent)
    : QAction(tr("Remove &Sample Data…"), parent)
    , m_database(database)
    , m_parentWidget(parent)
{
    setStatusTip(tr("Remove the LAUSD sample staffing, enrollment and capital-project data that ships with Milepost"));
    connect(this, &QAction::triggered, this, &RemoveSampleAction::confirmAndRemove);
    refresh();
}

void RemoveSampleAction::refresh()
{
    bool present = false;
    for (const DatasetRepository::Source &source : DatasetRepository(m_database).sources())
        present = present || source.name == SampleData::sourceName();
    setEnabled(present);
}

bool RemoveSampleAction::removeSample(QString *error)
{
    if (!m_database.prepareForChange(tr("Before removing the sample data"), error))
        return false;
    DatasetRepository repository(m_database);
    for (const SampleData::File &file : SampleData::files()) {
        if (!repository.removeSource(file.dataset, SampleData::sourceName(), error, false))
            return false;
    }
    refresh();
    Q_EMIT removed();
    return true;
}

void RemoveSampleAction::confirmAndRemove()
{
    const auto answer = QMessageBox::question(
        m_parentWidget, tr("Remove Sample Data"),
        tr("Remove the LAUSD sample data (source “%1”) from staffing, enrollment and capital projects? Data you "
           "imported yourself stays.")
            .arg(SampleData::sourceName()));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!removeSample(&error))
        QMessageBox::warning(m_parentWidget, tr("Remove Sample Data"), error);
}

} // namespace milepost
