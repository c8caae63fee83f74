// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingpage.h"

#include "charts/chartspec.h"
#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardfilter.h"
#include "dashboard/schoolyear.h"
#include "keyfiguretile.h"
#include "drilldownpanel.h"
#include "store/datasetrowsquery.h"

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
    , m_tables(this, QStringLiteral("staffingRows"))
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
    m_tables.base()->setColumns(columns([](int) { return QString(); }));
    setBaseModel(m_tables.base(), tr("All staffing rows"));
}

QList<RecordWindowModel<StaffingRecord>::Column>
StaffingPage::columns(const std::function<QString(int row)> &reasonOf) const
{
    using Record = StaffingRecord;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    const auto text = [](QString Record::*field) {
        return [field](const Record &record, int) { return QVariant(record.*field); };
    };
    const auto count = [](std::optional<qint64> Record::*field) {
        return [field](const Record &record, int) { return optionalText(record.*field); };
    };
    const auto number = [](std::optional<qint64> Record::*field) {
        return [field](const Record &record, int) { return optionalNumber(record.*field); };
    };
    const auto reason = [reasonOf](const Record &, int row) { return QVariant(reasonOf(row)); };
    const auto note = [](const Record &record, int) { return QVariant(record.note); };
    return {
        {tr("Period"), [](const Record &record, int) { return QVariant(record.period.canonical()); }, left, {}, {}, false,
         QStringLiteral("period"), [](const Record &record, int) { return QVariant(record.period.first().toJulianDay()); }},
        {tr("Local District"), text(&Record::localDistrict), left, {}, {}, false, QStringLiteral("local_district")},
        {tr("Site"), text(&Record::site), left, {}, {}, false, QStringLiteral("site")},
        {tr("Employee group"), [](const Record &record, int) { return QVariant(StaffingFigures::groupName(record.employeeGroup)); },
         left, {}, {}, false, QStringLiteral("employee_group")},
        {tr("Job category"), text(&Record::jobCategory), left, {}, {}, false, QStringLiteral("job_category")},
        {tr("Positions"), count(&Record::positions), right, {}, {}, false, QStringLiteral("positions"), number(&Record::positions)},
        {tr("Vacancies"), count(&Record::vacancies), right, {}, {}, false, QStringLiteral("vacancies"), number(&Record::vacancies)},
        {tr("Hires"), count(&Record::hires), right, {}, {}, false, QStringLiteral("hires"), number(&Record::hires)},
        {tr("Sample"), [](const Record &record, int) { return QVariant(record.illustrative ? tr("illustrative") : QString()); },
         left, {}, {}, false, QStringLiteral("illustrative")},
        {tr("Not added because"), reason, left, reason},
        {tr("Line"), [](const Record &record, int) { return QVariant(record.sourceLine); }, right, {}, {}, false,
         QStringLiteral("source_line")},
        {tr("Note"), note, left, note, {}, false, QStringLiteral("note")},
    };
}

void StaffingPage::release()
{
    DashboardPage::release();
    m_figures = StaffingFigures();
    m_tables.release();
}

void StaffingPage::refresh(const DashboardData &snapshot, const DashboardFilter &filter)
{
    // Counted in the database for this filter (DashboardData::count), its rows read there as
    // the table shows them; or counted here over the rows read.
    const bool counted = snapshot.staffingFigures && snapshot.staffingListing && snapshot.capitalQuery
        && snapshot.capitalFilter == filter;
    m_figures = counted                 ? *snapshot.staffingFigures
              : snapshot.capitalQuery ? StaffingFigures::compute({}, filter) // not counted (the error shows above)
                                        : StaffingFigures::compute(snapshot.staffing, filter);
    const auto reasons = RecordWindowSources::reasonOf(m_figures.notCounted);
    const Figure &notCounted = m_figures.notAdded;
    const auto shown = m_tables.show(
        columns(reasons), filter, snapshot.capitalQuery,
        counted ? std::make_shared<const RowListing>(*snapshot.staffingListing) : nullptr,
        snapshot.capitalQuery ? QList<StaffingRecord>() : snapshot.staffing, Dataset::Staffing, &DatasetRowsQuery::staffing);
    const bool anyStored = shown.anyStored;
    const std::optional<QList<int>> &matching = shown.matching;
    const QString year = m_figures.schoolYear ? SchoolYear::text(m_figures.schoolYear) : QString();
    const QString previous = m_figures.schoolYear ? SchoolYear::text(m_figures.previousYear()) : QString();
    setTrailRoot(year.isEmpty() ? tr("Staffing") : tr("Staffing %1").arg(year));

    QStringList notes = filter.notApplied(DashboardFilter::Source::Staffing);
    if (snapshot.capitalQuery && !counted)
        notes.prepend(tr("The staffing rows could not be counted: see the message above the pages."));
    else if (!anyStored)
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
    // The rate rests on the rows that report both positions and vacancies, the rows of
    // fillPositions and of fillVacancies alike.
    const Figure &fillBase = m_figures.fillPositions;
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
    setBaseModel(m_tables.base(), filter.filtersRows() ? tr("Staffing rows that pass the filters") : tr("All staffing rows"));
    setNoMatch(anyStored && matching && matching->isEmpty(), filter, DashboardFilter::Source::Staffing);
}

bool StaffingPage::drillInDatabase(QObject *, const QStringList &trail, const QString &, const QString &,
                                   const Figure &figure)
{
    m_tables.drill(drillDown(), trail, figure.rows);
    return true;
}

} // namespace milepost
