// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capitalfigures.h"
#include "dashboardfilter.h"
#include "enrollmentfigures.h"
#include "rowlisting.h"
#include "staffingfigures.h"
#include "datasets/capitalproject.h"
#include "datasets/enrollmentrecord.h"
#include "datasets/staffingrecord.h"
#include "plan/plan.h"
#include "planedit/planeditreplay.h"
#include "progress/recordedprogress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace milepost {

class CapitalDashboardQuery;
class DatasetRepository;
class PlanRepository;
class ProgressRepository;

// Everything the dashboard counts, read from the store in one go: the latest plan and every
// imported staffing, enrollment and capital-project row. The figures are computed from this
// snapshot, and drill-down rows are indexes into its lists.
//
// read() leaves the capital projects in the database instead (a large district stores
// millions of phases): capitalQuery counts them there, countCapital() computes the Capital
// Projects page for a filter, and projects stays empty. count() also computes the staffing and
// enrollment pages' figures there (StaffingFiguresQuery, EnrollmentFiguresQuery), with the rows
// they list: read() leaves staffing and enrollment empty too, and the tables of those pages read
// the rows of staffingListing and enrollmentListing as they show them (DatasetRowsQuery).
struct DashboardData final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardData)

public:
    Plan plan;
    bool hasPlan = false;
    QDateTime planImportedAt;
    // What is recorded on the plan's milestones (empty without a progress store).
    RecordedProgress progress;
    // The plan as imported and its plan edits (PlanRepository::StoredPlan): plan is them
    // replayed to the end, planAsOf() to a date.
    Plan importedPlan;
    QList<QList<qint64>> importedIds;
    QList<PlanEditEntry> planEdits;

    // The plan as it stood at the end of asOf, and the recorded progress on its milestones.
    Plan planAsOf(const QDate &asOf, RecordedProgress *recorded) const
    {
        if (planEdits.isEmpty()) {
            *recorded = progress;
            return plan;
        }
        PlanEditReplay::Result shown = PlanEditReplay::apply(importedPlan, importedIds, planEdits, asOf);
        *recorded = progress.withMilestoneIds(shown.milestoneIds);
        return std::move(shown.plan);
    }
    QList<StaffingRecord> staffing;
    QList<EnrollmentRecord> enrollment;
    QList<CapitalProject> projects;
    // What could not be read, one sentence each; the lists read are still usable.
    QStringList errors;
    // What count() could not count, one sentence each (replaced by each count()).
    QStringList countErrors;

    // The capital projects counted in the database (read()); null when projects holds them.
    std::shared_ptr<CapitalDashboardQuery> capitalQuery;
    qint64 capitalProjectCount = 0; // every project stored
    // The Capital Projects page computed by countCapital(), and the filter it was computed for.
    std::optional<CapitalFigures> capitalFigures;
    DashboardFilter capitalFilter;
    // The staffing and enrollment pages computed by count() for capitalFilter, the enrollment
    // page's for the program asked for (a key; empty: the default).
    std::optional<StaffingFigures> staffingFigures;
    std::optional<EnrollmentFigures> enrollmentFigures;
    QString enrollmentProgram;
    // The rows those figures were counted from (on capitalQuery's connection), by count().
    std::optional<RowListing> staffingListing;
    std::optional<RowListing> enrollmentListing;
    // Each (Local District, school) of the staffing and enrollment rows read() left in the
    // database, the school empty for a Local District's own rows: for the filters. count()
    // finds them in its passes over the rows (RowListing::places).
    QList<std::pair<QString, QString>> datasetPlaces;
    // The values the capital projects give the filters (regions, Board Districts, and each
    // school name with its region): found by countCapital() and count(), which build the
    // projects' summary and find them on the way, or read them kept with it.
    QStringList capitalRegions;
    QStringList capitalBoardDistricts;
    QList<std::pair<QString, QString>> capitalSchools; // (region, school name)
    // The names of the imported sources of every dataset (File › Imported Data…), each
    // spelling once (ignoring case), in natural order: the values of the Source filter.
    QStringList sources;
    // Whether some dataset holds rows from more than one source: only then has the Source
    // filter something to choose (one source per dataset is what every figure shows anyway).
    bool sourcesPooled = false;

    // The values the filters can take, in natural order, each spelling once (ignoring case):
    // Local Districts of staffing and enrollment and the regions of capital projects; Board
    // Districts of capital projects; sites, schools and the capital projects' school names.
    QStringList localDistricts() const;
    QStringList boardDistricts() const;
    QStringList schools() const;
    // (Local District, school) pairs as the rows give them, each once: which schools a Local
    // District has, to narrow the school filter's completions.
    QList<std::pair<QString, QString>> schoolDistricts() const;

    // The four lists above, worked out once: read() and count() do it on their worker, since
    // sorting tens of thousands of school names costs the window a frame; choices stays shared by
    // the copies a count makes, so a count that finds the same places offers the very same lists
    // (and the filter bar is left as it is). Null until then: filterChoices() works them out on
    // the spot.
    struct FilterChoices
    {
        QStringList localDistricts;
        QStringList boardDistricts;
        QStringList schools;
        QList<std::pair<QString, QString>> schoolDistricts;
    };
    std::shared_ptr<const FilterChoices> choices;
    std::shared_ptr<const FilterChoices> filterChoices() const;

    static DashboardData load(const PlanRepository &plans, const DatasetRepository &datasets,
                              const ProgressRepository *progress = nullptr);
    // The same through a connection of its own to the database at path, for a worker thread,
    // with the recorded progress. While *cancelled is true the reads stop soon and the data
    // returned is incomplete (with an error): the caller drops it.
    //
    // reuse, the capitalQuery of an earlier read of the same database, counts the capital
    // projects again on its connection: its summary of every project (CapitalSummaryTable) is
    // built again only when an import changed them, not on every read (showing the tab again,
    // F5, a colleague's change to the plan). The read waits for a count still running on it.
    static DashboardData read(const QString &path, const std::atomic_bool *cancelled = nullptr,
                              std::shared_ptr<CapitalDashboardQuery> reuse = nullptr);
    // Computes the Capital Projects page in the database for filter (with capitalQuery; on the
    // thread that read the data, before it is handed over). Cancelled, it leaves capitalFigures
    // empty and adds an error.
    void countCapital(const DashboardFilter &filter, const std::atomic_bool *cancelled = nullptr);
    // Computes every page the database counts for filter, the enrollment page for program (a key
    // as EnrollmentFigures::programKey gives it; one no row has, or empty, gives the default), on
    // a worker: capitalQuery's connection is held meanwhile (CapitalDashboardQuery::Lock), so a
    // recount for a new filter may run while the pages show the data of the last. Cancelled or
    // failed, the figures it could not compute stay empty, with countErrors saying why.
    // summarising is told while the capital projects' summary is built (CapitalDashboardQuery::compute).
    // The staffing and enrollment pages are counted meanwhile, one after the other, on a
    // connection of their own to the same database, opened for the count (after the capital
    // page, on its connection, for a private in-memory one).
    void count(const DashboardFilter &filter, const QString &program, const std::atomic_bool *cancelled = nullptr,
               const std::function<void(bool)> &summarising = {});

private:
    // The capital places from capitalQuery (a failure added to failures); true when they
    // changed, and then choices are reset.
    bool takeCapitalPlaces(QStringList &failures);
};

} // namespace milepost
