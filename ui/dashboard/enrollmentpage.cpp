// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrollmentpage.h"

#include "dashboard/dashboarddata.h"
#include "dashboard/schoolyear.h"
#include "keyfiguretile.h"
#include "drilldownpanel.h"
#include "store/datasetrowsquery.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSettings>

namespace milepost {

namespace {

const QString programSetting = QStringLiteral("dashboard/enrollmentProgram");

} // namespace

EnrollmentPage::EnrollmentPage(QWidget *parent)
    : DashboardPage(tr("All enrollment rows"), parent)
    , m_tables(this, QStringLiteral("enrollmentRows"))
{
    setObjectName(QStringLiteral("enrollmentPage"));
    auto *label = new QLabel(tr("&Program:"), this);
    m_programBox = new QComboBox(this);
    m_programBox->setObjectName(QStringLiteral("programChoice"));
    m_programBox->setAccessibleName(tr("Program the totals count"));
    m_programBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_programBox);
    addTool(label);
    addTool(m_programBox);
    m_program = QSettings().value(programSetting).toString();

    m_total = addTile(QStringLiteral("studentsTile"), tr("Students"));
    m_change = addTile(QStringLiteral("enrollmentChangeTile"), tr("Against the year before"));
    m_classrooms = addTile(QStringLiteral("classroomsTile"), tr("Classrooms"));
    m_notCountedTile = addTile(QStringLiteral("enrollmentNotCountedTile"), tr("Rows not added"));
    m_trendByDistrict = addChart(QStringLiteral("enrollmentTrendByDistrictChart"), 0, 0);
    m_trendByProgram = addChart(QStringLiteral("enrollmentTrendByProgramChart"), 0, 1);
    m_byDistrict = addChart(QStringLiteral("enrollmentByDistrictChart"), 1, 0);
    m_classroomsChart = addChart(QStringLiteral("classroomsByProgramChart"), 1, 1);

    m_tables.base()->setColumns(columns([](int) { return QString(); }));
    setBaseModel(m_tables.base(), tr("All enrollment rows"));
    connect(m_programBox, &QComboBox::activated, this, [this](int index) {
        setProgram(m_programBox->itemData(index).toString());
    });
}

QList<RecordWindowModel<EnrollmentRecord>::Column>
EnrollmentPage::columns(const std::function<QString(int row)> &reasonOf) const
{
    using Record = EnrollmentRecord;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    const auto text = [](QString Record::*field) {
        return [field](const Record &record, int) { return QVariant(record.*field); };
    };
    const auto reason = [reasonOf](const Record &, int row) { return QVariant(reasonOf(row)); };
    const auto note = [](const Record &record, int) { return QVariant(record.note); };
    return {
        {tr("School year"), [](const Record &record, int) { return QVariant(record.schoolYear.canonical()); }, left, {}, {},
         false, QStringLiteral("school_year")},
        {tr("Local District"), text(&Record::localDistrict), left, {}, {}, false, QStringLiteral("local_district")},
        {tr("School"), text(&Record::school), left, {}, {}, false, QStringLiteral("school")},
        {tr("Program"), text(&Record::program), left, {}, {}, false, QStringLiteral("program")},
        {tr("Grade"), text(&Record::grade), left, {}, {}, false, QStringLiteral("grade")},
        {tr("Unit"),
         [](const Record &record, int) {
             return QVariant(record.unit == EnrollmentRecord::Unit::Classrooms ? tr("classrooms") : tr("students"));
         },
         left, {}, {}, false, QStringLiteral("unit")},
        {tr("Count"), [](const Record &record, int) { return QVariant(QLocale().toString(record.count)); }, right, {}, {},
         false, QStringLiteral("count"), [](const Record &record, int) { return QVariant(record.count); }},
        {tr("Sample"), [](const Record &record, int) { return QVariant(record.illustrative ? tr("illustrative") : QString()); },
         left, {}, {}, false, QStringLiteral("illustrative")},
        {tr("Not added because"), reason, left, reason},
        {tr("Line"), [](const Record &record, int) { return QVariant(record.sourceLine); }, right, {}, {}, false,
         QStringLiteral("source_line")},
        {tr("Note"), note, left, note, {}, false, QStringLiteral("note")},
    };
}

void EnrollmentPage::setProgram(const QString &programKey)
{
    m_program = programKey;
    QSettings().setValue(programSetting, programKey);
    if (m_counted || m_query)
        Q_EMIT programChosen();
    else
        recompute();
}

void EnrollmentPage::release()
{
    // The rows read into memory (without a database) stay: they are the data's, not a count's.
    DashboardPage::release();
    m_counted.reset();
    m_listing.reset();
    m_figures = EnrollmentFigures();
    m_tables.release();
}

void EnrollmentPage::refresh(const DashboardData &snapshot, const DashboardFilter &filter)
{
    m_records = snapshot.capitalQuery ? QList<EnrollmentRecord>() : snapshot.enrollment;
    m_filter = filter;
    m_counted.reset();
    m_listing.reset();
    m_query = snapshot.capitalQuery;
    if (snapshot.enrollmentFigures && snapshot.enrollmentListing && snapshot.capitalFilter == filter
        && snapshot.enrollmentProgram == m_program) {
        m_counted = snapshot.enrollmentFigures;
        m_listing = std::make_shared<const RowListing>(*snapshot.enrollmentListing);
    }
    recompute();
}

void EnrollmentPage::recompute()
{
    // A program chosen before that the data no longer has falls back to the default.
    if (m_counted) {
        m_figures = *m_counted;
    } else {
        bool known = false;
        for (const EnrollmentRecord &record : std::as_const(m_records))
            known = known || EnrollmentFigures::programKey(record.program) == m_program;
        m_figures = EnrollmentFigures::compute(m_records, m_filter, known ? m_program : QString());
    }
    {
        const QSignalBlocker blocker(m_programBox);
        m_programBox->clear();
        for (const Breakdown::Label &label : std::as_const(m_figures.programs))
            m_programBox->addItem(label.text, label.key);
        m_programBox->setCurrentIndex(std::max(0, m_programBox->findData(m_figures.program)));
        m_programBox->setEnabled(m_programBox->count() > 1);
    }
    const auto reasons = RecordWindowSources::reasonOf(m_figures.notCounted);
    const Figure &notCounted = m_figures.notAdded;
    const auto shown = m_tables.show(columns(reasons), m_filter, m_query, m_listing, m_records, Dataset::Enrollment,
                                     &DatasetRowsQuery::enrollment);
    const bool anyStored = shown.anyStored;
    const std::optional<QList<int>> &matching = shown.matching;
    const QString programName = m_programBox->currentText();
    const QString year = m_figures.schoolYear ? SchoolYear::text(m_figures.schoolYear) : QString();
    setTrailRoot(year.isEmpty() ? tr("Enrollment") : tr("Enrollment, %1").arg(programName));

    QStringList notes = m_filter.notApplied(DashboardFilter::Source::Enrollment);
    if (m_query && !m_listing)
        notes.prepend(tr("The enrollment rows could not be counted: see the message above the pages."));
    else if (!anyStored)
        notes.prepend(tr("No enrollment data yet: import an enrollment file with File › Import Data…"));
    else if (m_figures.schoolYear == 0)
        notes.prepend(tr("No %1 students pass the filters up to the as-of date.").arg(programName));
    else
        notes.prepend(tr("%1 students; school year %2, the latest with their data up to the as-of date.", "program, year")
                          .arg(programName, year));
    setNotes(notes);

    const QString none = tr("—", "no value");
    showTile(m_total, m_figures.total.isEmpty() ? none : number(m_figures.total.value),
             year.isEmpty() ? tr("no data") : tr("%1 in %2", "program, year").arg(programName, year), m_figures.total);
    Figure compared = m_figures.comparableTotal;
    compared.merge(m_figures.comparablePreviousTotal);
    if (const std::optional<qint64> change = m_figures.change()) {
        const std::optional<double> ratio = m_figures.changeRatio();
        const QString sign = *change > 0 ? QStringLiteral("+") : QString();
        showTile(m_change,
                 ratio ? tr("%1%", "signed percent").arg(sign + QLocale().toString(*ratio * 100, 'f', 1))
                       : sign + number(*change),
                 // The change is measured only over the Local Districts both years report: say so.
                 tr("vs %1, Local Districts reporting both years: %2 against %3", "previous year, now, before")
                     .arg(SchoolYear::text(m_figures.previousYear()), number(m_figures.comparableTotal.value),
                          number(m_figures.comparablePreviousTotal.value)),
                 compared);
    } else {
        showTile(m_change, none,
                 year.isEmpty() ? tr("no year to compare")
                                : tr("no %1 data for %2", "program, year").arg(programName, SchoolYear::text(m_figures.previousYear())),
                 compared);
    }
    const Figure classrooms = m_figures.classroomsByProgram.total();
    showTile(m_classrooms, classrooms.isEmpty() ? none : number(classrooms.value),
             m_figures.classroomsYear ? tr("all programs, %1").arg(SchoolYear::text(m_figures.classroomsYear))
                                      : tr("no classroom counts"),
             classrooms);
    showNotCountedTile(m_notCountedTile, notCounted);

    showChart(m_trendByDistrict, DashboardCharts::enrollmentTrendByDistrict(m_figures));
    showChart(m_trendByProgram, DashboardCharts::enrollmentTrendByProgram(m_figures));
    showChart(m_byDistrict, DashboardCharts::enrollmentByDistrict(m_figures));
    showChart(m_classroomsChart, DashboardCharts::classroomsByProgram(m_figures));
    setBaseModel(m_tables.base(),
                 m_filter.filtersRows() ? tr("Enrollment rows that pass the filters") : tr("All enrollment rows"));
    setNoMatch(anyStored && matching && matching->isEmpty(), m_filter, DashboardFilter::Source::Enrollment);
}

bool EnrollmentPage::drillInDatabase(QObject *, const QStringList &trail, const QString &, const QString &,
                                     const Figure &figure)
{
    m_tables.drill(drillDown(), trail, figure.rows);
    return true;
}

} // namespace milepost
