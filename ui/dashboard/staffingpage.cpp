// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingpage.h"

#include "charts/chartspec.h"
#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardfilter.h"
#include "dashboard/schoolyear.h"
#include "keyfiguretile.h"
#include "recordtablemodel.h"

#include <QLocale>

namespace milepost {

namespace {

QVariant optionalNumber(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalText(const std::optional<qint64> &value)
{
    return value ? QVariant(QLocale().toString(*value)) : QVariant();
}

QString signedNumber(qint64 value)
{
    return value > 0 ? StaffingPage::tr("+%1", "positive change").arg(DashboardPage::number(value)) : DashboardPage::number(value);
}

} // namespace

StaffingPage::StaffingPage(QWidget *parent)
    : DashboardPage(tr("All staffing rows"), parent)
    , m_model(new RecordTableModel(this))
{
    setObjectName(QStringLiteral("staffingPage"));
    m_hires = addTile(QStringLiteral("hiresTile"), tr("Hires"));
    m_vacancies = addTile(QStringLiteral("vacanciesTile"), tr("Vacancies"));
    m_fillRate = addTile(QStringLiteral("fillRateTile"), tr("Fill rate"));
    m_change = addTile(QStringLiteral("hiresChangeTile"), tr("Hires against the year before"));
    m_notCountedTile = addTile(QStringLiteral("staffingNotCountedTile"), tr("Rows not added"));
    m_byCategory = addChart(QStringLiteral("staffingByCategoryChart"), 0, 0);
    m_byDistrict = addChart(QStringLiteral("staffingByDistrictChart"), 0, 1);
    m_byGroup = addChart(QStringLiteral("staffingByGroupChart"), 1, 0);

    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    const auto record = [this](int row) -> const StaffingRecord & { return m_records.at(row); };
    m_model->setColumns({
        {tr("Period"), [=](int row) { return QVariant(record(row).period.canonical()); },
         [=](int row) { return QVariant(record(row).period.first().toJulianDay()); }},
        {tr("Local District"), [=](int row) { return QVariant(record(row).localDistrict); }},
        {tr("Site"), [=](int row) { return QVariant(record(row).site); }},
        {tr("Employee group"), [=](int row) { return QVariant(StaffingFigures::groupName(record(row).employeeGroup)); }},
        {tr("Job category"), [=](int row) { return QVariant(record(row).jobCategory); }},
        {tr("Positions"), [=](int row) { return optionalText(record(row).positions); },
         [=](int row) { return optionalNumber(record(row).positions); }, right},
        {tr("Vacancies"), [=](int row) { return optionalText(record(row).vacancies); },
         [=](int row) { return optionalNumber(record(row).vacancies); }, right},
        {tr("Hires"), [=](int row) { return optionalText(record(row).hires); },
         [=](int row) { return optionalNumber(record(row).hires); }, right},
        {tr("Sample"), [=](int row) { return QVariant(record(row).illustrative ? tr("illustrative") : QString()); }},
        {tr("Not added because"), [this](int row) { return QVariant(m_notCounted.value(row)); }, {},
         Qt::AlignLeft | Qt::AlignVCenter, [this](int row) { return QVariant(m_notCounted.value(row)); }},
        {tr("Line"), [=](int row) { return QVariant(record(row).sourceLine); }, {}, right},
        {tr("Note"), [=](int row) { return QVariant(record(row).note); }, {}, Qt::AlignLeft | Qt::AlignVCenter,
         [=](int row) { return QVariant(record(row).note); }},
    });
    setBaseModel(m_model, tr("All staffing rows"));
}

void StaffingPage::refresh(const DashboardData &snapshot, const DashboardFilter &filter)
{
    m_records = snapshot.staffing;
    // Counted in the database for this filter (DashboardData::count), or here.
    m_figures = snapshot.staffingFigures && snapshot.capitalFilter == filter ? *snapshot.staffingFigures
                                                                             : StaffingFigures::compute(m_records, filter);
    m_notCounted.clear();
    for (const StaffingFigures::Exclusion &excluded : std::as_const(m_figures.notCounted))
        m_notCounted.insert(excluded.row, excluded.reason);
    const Figure &notCounted = m_figures.notAdded;
    m_model->reset(int(m_records.size()));
    const QString year = m_figures.schoolYear ? SchoolYear::text(m_figures.schoolYear) : QString();
    const QString previous = m_figures.schoolYear ? SchoolYear::text(m_figures.previousYear()) : QString();
    setTrailRoot(year.isEmpty() ? tr("Staffing") : tr("Staffing %1").arg(year));

    QStringList notes = filter.notApplied(DashboardFilter::Source::Staffing);
    if (m_records.isEmpty())
        notes.prepend(tr("No staffing data yet: import a staffing file with File › Import Data…"));
    else if (m_figures.schoolYear == 0)
        notes.prepend(tr("No staffing rows pass the filters up to the as-of date."));
    else
        notes.prepend(tr("School year %1, the latest with data up to the as-of date.").arg(year));
    setNotes(notes);

    const QString none = tr("—", "no value");
    showTile(m_hires, m_figures.hires.isEmpty() ? none : number(m_figures.hires.value),
             m_figures.hires.isEmpty() ? tr("no hires reported for %1").arg(year) : tr("in %1").arg(year), m_figures.hires);
    // A dash says "not known", never zero: the card says why it is not known.
    showTile(m_vacancies, m_figures.vacancies.isEmpty() ? none : number(m_figures.vacancies.value),
             m_figures.vacancies.isEmpty() ? tr("not reported in these files for %1").arg(year)
                                           : tr("latest count in %1").arg(year),
             m_figures.vacancies);
    Figure fillBase = m_figures.fillPositions;
    fillBase.merge(Figure{0, m_figures.fillVacancies.rows, m_figures.fillVacancies.illustrative});
    if (const std::optional<double> rate = m_figures.fillRate())
        showTile(m_fillRate, ChartSpec::formatValueInFull(*rate, ChartSpec::Format::Percent),
                 tr("%1 of %2 positions filled", "filled, positions")
                     .arg(number(m_figures.fillPositions.value - m_figures.fillVacancies.value),
                          number(m_figures.fillPositions.value)),
                 fillBase);
    else
        showTile(m_fillRate, none, tr("positions and vacancies not reported in these files"), fillBase);
    Figure compared = m_figures.comparableHires;
    compared.merge(m_figures.comparablePreviousHires);
    if (const std::optional<qint64> change = m_figures.hiresChange()) {
        const std::optional<double> ratio = m_figures.hiresChangeRatio();
        showTile(m_change,
                 ratio ? tr("%1%", "signed percent")
                             .arg((*ratio > 0 ? QStringLiteral("+") : QString())
                                  + QLocale().toString(*ratio * 100, 'f', 1))
                       : signedNumber(*change),
                 // The change is measured only over what both years report: say so beside it.
                 tr("vs %1, where both years report hires: %2 against %3", "previous year, hires now, hires before")
                     .arg(previous, number(m_figures.comparableHires.value),
                          number(m_figures.comparablePreviousHires.value)),
                 compared);
    } else {
        showTile(m_change, none, previous.isEmpty() ? tr("no year to compare") : tr("nothing to compare in %1").arg(previous),
                 compared);
    }
    showNotCountedTile(m_notCountedTile, notCounted);

    showChart(m_byCategory, DashboardCharts::staffingByJobCategory(m_figures));
    showChart(m_byDistrict, DashboardCharts::staffingByLocalDistrict(m_figures));
    showChart(m_byGroup, DashboardCharts::staffingByEmployeeGroup(m_figures));
    const std::optional<QList<int>> matching = filter.matchingRows(m_records);
    setBaseModel(m_model, filter.filtersRows() ? tr("Staffing rows that pass the filters") : tr("All staffing rows"),
                 matching);
    setNoMatch(!m_records.isEmpty() && matching && matching->isEmpty(), filter, DashboardFilter::Source::Staffing);
}

} // namespace milepost
