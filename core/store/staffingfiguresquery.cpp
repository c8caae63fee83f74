// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingfiguresquery.h"

#include "database.h"
#include "datasetrowsquery.h"
#include "figuresources.h"
#include "queryparameters.h"
#include "statement.h"
#include "storedspellings.h"
#include "temporarylookups.h"
#include "transaction.h"

#include "dashboard/schoolyear.h"

#include <QHash>

#include <algorithm>

namespace milepost {

namespace {

using Group = StaffingRecord::EmployeeGroup;
using Why = StaffingFigures::Why;

const QStringList tables{QStringLiteral("staffing_counted"), QStringLiteral("staffing_walk"),
                         QStringLiteral("staffing_hires"),   QStringLiteral("staffing_used"),
                         QStringLiteral("staffing_rows"),    QStringLiteral("staffing_periods"),
                         QStringLiteral("staffing_district_keys"), QStringLiteral("staffing_site_keys"),
                         QStringLiteral("staffing_category_keys")};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString failure(const QString &message)
{
    return StaffingFiguresQuery::tr("Could not count the staffing data: %1").arg(message);
}

bool execute(Connection *db, const QString &sql, QString *error)
{
    QString message;
    return Statement::execute(db, sql, &message) || fail(error, failure(message));
}

// A figure from a value, a row count and a sample flag, its rows counted, not listed.
Figure counted(qint64 value, qint64 rows, bool sample)
{
    Figure figure;
    figure.value = value;
    figure.counted = rows;
    figure.illustrative = sample;
    return figure;
}

// "sum of column over the rows that use it, how many, whether one is sample data, the part of
// the sum sample rows give, their sources", named name_v, name_n, name_s, name_x, name_o.
QString measure(const QString &use, const QString &column, const QString &name)
{
    return QStringLiteral("coalesce(sum(CASE WHEN %1 THEN %2 END), 0) AS %3_v, count(CASE WHEN %1 THEN 1 END) AS %3_n, "
                          "coalesce(max(CASE WHEN %1 THEN sample END), 0) AS %3_s, "
                          "coalesce(sum(CASE WHEN %1 AND sample = 1 THEN %2 END), 0) AS %3_x, %4 AS %3_o")
        .arg(use, column, name, FigureSources::list(QStringLiteral("source"), use));
}

// The five columns of a measure() from column on.
Figure figureAt(const Statement &statement, int column, const FigureSources &sources)
{
    Figure figure = counted(statement.columnInt64(column), statement.columnInt64(column + 1),
                            statement.columnInt64(column + 2) != 0);
    figure.sampleValue = statement.columnInt64(column + 3);
    sources.name(figure, statement.columnText(column + 4));
    return figure;
}

// Listing a figure's rows replaces its count.
void listing(Figure &figure)
{
    figure.counted = 0;
}

void listing(Breakdown &breakdown)
{
    for (int s = 0; s < breakdown.seriesCount(); ++s) {
        for (int c = 0; c < breakdown.categoryCount(); ++c)
            listing(breakdown.at(s, c));
    }
}

} // namespace

StaffingFiguresQuery::StaffingFiguresQuery(Database &database)
    : m_database(database)
{
}

bool StaffingFiguresQuery::build(const DashboardFilter &filter, const FigureSources &sources, QString *error) const
{
    Connection *db = m_database.handle();
    const auto keys = [&](const char *name, const char *column) {
        return TemporaryLookups::createKeys(db, QString::fromLatin1(name), QStringLiteral("staffing"),
                                            QString::fromLatin1(column), error)
            .has_value();
    };
    if (!keys("staffing_district_keys", "local_district") || !keys("staffing_site_keys", "site")
        || !keys("staffing_category_keys", "job_category")
        || !TemporaryLookups::createPeriods(db, QStringLiteral("staffing_periods"), QStringLiteral("staffing"),
                                            QStringLiteral("period"), QStringLiteral("period_first"),
                                            QStringLiteral("period_last"), error))
        return false;

    QueryParameters parameters;
    QStringList conditions;
    for (const auto &[column, text] : {std::pair{QStringLiteral("local_district"), filter.localDistrict},
                                       std::pair{QStringLiteral("site"), filter.school}}) {
        if (text.trimmed().isEmpty())
            continue;
        const std::optional<QStringList> spellings
            = StoredSpellings::matching(db, QStringLiteral("staffing"), column, text, error);
        if (!spellings)
            return false;
        conditions.append(QStringLiteral("n.%1 IN %2").arg(column, parameters.list(*spellings)));
    }
    if (const QString source = sources.condition(QStringLiteral("n.source_id"), filter.source); !source.isEmpty())
        conditions.append(source);
    if (!execute(db,
                 QStringLiteral("CREATE TEMP TABLE staffing_rows (ord INTEGER PRIMARY KEY, id INTEGER NOT NULL, "
                                "line INTEGER NOT NULL, source INTEGER NOT NULL, sample INTEGER NOT NULL, valid INTEGER NOT NULL, "
                                "year INTEGER NOT NULL, first_year INTEGER NOT NULL, last_year INTEGER NOT NULL, "
                                "first_day INTEGER, last_day INTEGER, whole INTEGER NOT NULL, district INTEGER NOT NULL, "
                                "site INTEGER NOT NULL, grp INTEGER NOT NULL, category INTEGER NOT NULL, hires INTEGER, "
                                "vacancies INTEGER, positions INTEGER)"),
                 error))
        return false;
    // Numbered as DatasetRepository::staffing() lists the rows, before the filter.
    Statement insert(
        db, QStringLiteral(
                "INSERT INTO staffing_rows (ord, id, line, source, sample, valid, year, first_year, last_year, first_day, "
                "  last_day, whole, district, site, grp, category, hires, vacancies, positions) "
                "SELECT n.ord, n.id, n.source_line, n.source_id, n.illustrative, p.valid, p.year, p.first_year, p.last_year, "
                "  p.first_day, p.last_day, p.whole, d.folded, st.folded, "
                "  CASE WHEN n.employee_group = 'classified' THEN 1 ELSE 0 END, c.folded, n.hires, n.vacancies, "
                "  n.positions "
                "FROM (SELECT row_number() OVER (ORDER BY source_id, source_line, id) - 1 AS ord, id, source_line, "
                "    source_id, illustrative, period, period_first, period_last, local_district, site, employee_group, "
                "    job_category, hires, vacancies, positions FROM staffing) n "
                "JOIN staffing_periods p ON p.period = n.period AND p.first_text = n.period_first "
                "  AND p.last_text = n.period_last "
                "JOIN staffing_district_keys d ON d.stored = n.local_district "
                "JOIN staffing_site_keys st ON st.stored = coalesce(n.site, '') "
                "JOIN staffing_category_keys c ON c.stored = n.job_category %1")
                .arg(conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "))));
    parameters.bind(insert);
    return insert.run() || fail(error, failure(insert.error()));
}

bool StaffingFiguresQuery::classify(int year, QString *error) const
{
    Connection *db = m_database.handle();
    // The rows of the year and the year before. A site's row that its Local District's own row
    // (no site; the first of the same group and job category) stands for is set apart (own_ord);
    // the others form series (Local District, group, category, site) in which the first
    // whole-year row with hires (whole_ord), the latest count of vacancies and of positions
    // (vac_best, pos_best: the latest last day, the first row of equals) are picked, and the
    // part-year rows with hires are numbered by their first day for the walk below.
    if (!execute(db,
                 QStringLiteral("CREATE TEMP TABLE staffing_used (ord INTEGER PRIMARY KEY, year INTEGER NOT NULL, "
                                "district INTEGER NOT NULL, site INTEGER NOT NULL, grp INTEGER NOT NULL, "
                                "category INTEGER NOT NULL, hires INTEGER, vacancies INTEGER, positions INTEGER, "
                                "source INTEGER NOT NULL, sample INTEGER NOT NULL, first_day INTEGER NOT NULL, last_day INTEGER NOT NULL, "
                                "own_ord INTEGER, series INTEGER NOT NULL, whole_ord INTEGER, vac_best INTEGER, "
                                "pos_best INTEGER, hires_rn INTEGER NOT NULL)"),
                 error))
        return false;
    const QString kept = QStringLiteral("CASE WHEN own_ord IS NULL THEN 1 ELSE 0 END, year, district, grp, category, site");
    Statement used(
        db, QStringLiteral(
                "INSERT INTO staffing_used (ord, year, district, site, grp, category, hires, vacancies, positions, "
                "  source, sample, first_day, last_day, own_ord, series, whole_ord, vac_best, pos_best, hires_rn) "
                "SELECT ord, year, district, site, grp, category, hires, vacancies, positions, source, sample, first_day, "
                "  last_day, own_ord, dense_rank() OVER (ORDER BY %1), "
                "  min(CASE WHEN whole = 1 AND hires IS NOT NULL THEN ord END) OVER (PARTITION BY %1), "
                "  first_value(ord) OVER (PARTITION BY %1, CASE WHEN vacancies IS NULL THEN 0 ELSE 1 END "
                "    ORDER BY last_day DESC, ord), "
                "  first_value(ord) OVER (PARTITION BY %1, CASE WHEN positions IS NULL THEN 0 ELSE 1 END "
                "    ORDER BY last_day DESC, ord), "
                "  row_number() OVER (PARTITION BY %1, CASE WHEN hires IS NULL THEN 0 ELSE 1 END "
                "    ORDER BY first_day, ord) "
                "FROM (SELECT r.*, CASE WHEN site <> 0 THEN min(CASE WHEN site = 0 THEN ord END) "
                "    OVER (PARTITION BY year, district, grp, category) END AS own_ord "
                "  FROM staffing_rows r WHERE valid = 1 AND year IN (?1, ?2)) x")
                .arg(kept));
    used.bindInt64(1, year);
    used.bindInt64(2, year - 1);
    if (!used.run())
        return fail(error, failure(used.error()));

    // Part-year hires without a whole-year row: taken in order of their first day, a row counts
    // unless it overlaps one counted before it. Counted rows never overlap, so the only one it
    // can overlap is the last counted, whose last day (reach) is the latest so far.
    if (!execute(db,
                 QStringLiteral(
                     "CREATE TEMP TABLE staffing_hires (series INTEGER NOT NULL, rn INTEGER NOT NULL, "
                     "  ord INTEGER NOT NULL, first_day INTEGER NOT NULL, last_day INTEGER NOT NULL, "
                     "  PRIMARY KEY (series, rn)); "
                     "INSERT INTO staffing_hires (series, rn, ord, first_day, last_day) "
                     "  SELECT series, hires_rn, ord, first_day, last_day FROM staffing_used "
                     "  WHERE own_ord IS NULL AND hires IS NOT NULL AND whole_ord IS NULL; "
                     "CREATE TEMP TABLE staffing_walk (ord INTEGER PRIMARY KEY, accepted INTEGER NOT NULL, "
                     "  ref INTEGER NOT NULL); "
                     "INSERT INTO staffing_walk (ord, accepted, ref) "
                     "  WITH RECURSIVE walk (series, rn, ord, accepted, ref, reach) AS ("
                     "    SELECT series, rn, ord, 1, ord, last_day FROM staffing_hires WHERE rn = 1 "
                     "    UNION ALL "
                     "    SELECT h.series, h.rn, h.ord, CASE WHEN h.first_day > w.reach THEN 1 ELSE 0 END, "
                     "      CASE WHEN h.first_day > w.reach THEN h.ord ELSE w.ref END, "
                     "      CASE WHEN h.first_day > w.reach THEN h.last_day ELSE w.reach END "
                     "    FROM walk w JOIN staffing_hires h ON h.series = w.series AND h.rn = w.rn + 1) "
                     "  SELECT ord, accepted, ref FROM walk"),
                 error))
        return false;

    // What each row counts for, and for a row that counts for nothing the first reason
    // (StaffingFigures::Why: 1 district row, 2 whole-year row, 3 overlap, 4 a later count) and
    // the row that stands for it; comparable: hires counted in a series that has hires counted
    // in the other year too.
    return execute(
        db,
        QStringLiteral(
            "CREATE TEMP TABLE staffing_counted (ord INTEGER PRIMARY KEY, year INTEGER NOT NULL, "
            "  district INTEGER NOT NULL, site INTEGER NOT NULL, grp INTEGER NOT NULL, category INTEGER NOT NULL, "
            "  hires INTEGER, vacancies INTEGER, positions INTEGER, source INTEGER NOT NULL, sample INTEGER NOT NULL, "
            "  hires_use INTEGER NOT NULL, vac_use INTEGER NOT NULL, pos_use INTEGER NOT NULL, "
            "  reason INTEGER NOT NULL, ref INTEGER, comparable INTEGER NOT NULL DEFAULT 0); "
            "INSERT INTO staffing_counted (ord, year, district, site, grp, category, hires, vacancies, positions, "
            "  source, sample, hires_use, vac_use, pos_use, reason, ref) "
            "SELECT ord, year, district, site, grp, category, hires, vacancies, positions, source, sample, hires_use, "
            "  vac_use, pos_use, "
            "  CASE WHEN own_ord IS NOT NULL THEN 1 WHEN hires_use + vac_use + pos_use > 0 THEN 0 "
            "    WHEN hires IS NOT NULL THEN CASE WHEN whole_ord IS NOT NULL THEN 2 ELSE 3 END ELSE 4 END, "
            "  CASE WHEN own_ord IS NOT NULL THEN own_ord WHEN hires_use + vac_use + pos_use > 0 THEN NULL "
            "    WHEN hires IS NOT NULL THEN coalesce(whole_ord, walk_ref) "
            "    WHEN vacancies IS NOT NULL THEN vac_best ELSE pos_best END "
            "FROM (SELECT u.ord, u.year, u.district, u.site, u.grp, u.category, u.hires, u.vacancies, u.positions, "
            "    u.source, u.sample, u.own_ord, u.whole_ord, u.vac_best, u.pos_best, w.ref AS walk_ref, "
            "    CASE WHEN u.own_ord IS NULL AND u.hires IS NOT NULL "
            "      AND (u.ord = u.whole_ord OR (u.whole_ord IS NULL AND w.accepted = 1)) THEN 1 ELSE 0 END AS hires_use, "
            "    CASE WHEN u.own_ord IS NULL AND u.vacancies IS NOT NULL AND u.ord = u.vac_best THEN 1 ELSE 0 END "
            "      AS vac_use, "
            "    CASE WHEN u.own_ord IS NULL AND u.positions IS NOT NULL AND u.ord = u.pos_best THEN 1 ELSE 0 END "
            "      AS pos_use "
            "  FROM staffing_used u LEFT JOIN staffing_walk w ON w.ord = u.ord) x; "
            "CREATE INDEX staffing_counted_series ON staffing_counted (district, category, site, grp, year); "
            "UPDATE staffing_counted SET comparable = 1 WHERE hires_use = 1 AND EXISTS (SELECT 1 "
            "  FROM staffing_counted o WHERE o.district = staffing_counted.district "
            "  AND o.category = staffing_counted.category AND o.site = staffing_counted.site "
            "  AND o.grp = staffing_counted.grp AND o.year <> staffing_counted.year AND o.hires_use = 1)"),
        error);
}

std::optional<StaffingFigures> StaffingFiguresQuery::compute(const DashboardFilter &filter, Rows rows,
                                                             QString *error, RowListing *rowListing) const
{
    Connection *db = m_database.handle();
    // Labels, series and fixed categories as StaffingFigures gives them; the counts follow.
    StaffingFigures figures = StaffingFigures::compute({}, filter);
    const bool listed = rows == Rows::Listed;
    Transaction snapshot(db, Transaction::Mode::Read);
    if (!snapshot.isActive()) {
        fail(error, failure(snapshot.error()));
        return std::nullopt;
    }
    TemporaryLookups::drop(db, tables);
    const auto cleanUp = [&] { TemporaryLookups::drop(db, tables); };
    const auto failed = [&]() -> std::optional<StaffingFigures> {
        cleanUp();
        return std::nullopt;
    };
    const std::optional<FigureSources> sources = FigureSources::read(db, Dataset::Staffing, error);
    if (!sources || !build(filter, *sources, error))
        return failed();
    if (rowListing && !DatasetRowsQuery(m_database).list(Dataset::Staffing, QStringLiteral("staffing_rows"), rowListing, error))
        return failed();

    // The school years with data, and the year shown: the latest not after the as-of date's.
    {
        Statement years(db, QStringLiteral("SELECT DISTINCT year FROM staffing_rows WHERE valid = 1 AND year <> 0 "
                                           "ORDER BY year"));
        Statement::Result step = Statement::Result::Done;
        while ((step = years.step()) == Statement::Result::Row)
            figures.schoolYears.append(int(years.columnInt64(0)));
        if (step == Statement::Result::Error) {
            fail(error, failure(years.error()));
            return failed();
        }
    }
    const int asOfYear = SchoolYear::of(filter.asOf);
    for (int year : std::as_const(figures.schoolYears)) {
        if (asOfYear == 0 || year <= asOfYear)
            figures.schoolYear = year;
    }
    const int year = figures.schoolYear;
    if (year != 0 && !classify(year, error))
        return failed();

    // Rows not added: unreadable periods, periods across June 30 that reach into the two years,
    // and rows of the two years another row stands for.
    const QString outside = year == 0 ? QStringLiteral("valid = 0")
                                      : QStringLiteral("valid = 0 OR (valid = 1 AND year = 0 AND first_year <= ?1 "
                                                       "AND last_year >= ?1 - 1)");
    {
        // A count: each row adds 1, a sample row 1 to its sample part.
        const QString rowsNotAdded = year == 0 ? QStringLiteral("SELECT source, sample FROM staffing_rows WHERE %1").arg(outside)
                                               : QStringLiteral("SELECT source, sample FROM staffing_rows WHERE %1 "
                                                                "UNION ALL SELECT source, sample FROM staffing_counted "
                                                                "WHERE reason > 0")
                                                     .arg(outside);
        Statement notAdded(db, QStringLiteral("SELECT count(*), count(*), coalesce(max(sample), 0), "
                                              "  coalesce(sum(sample), 0), %1 FROM (%2) AS not_added")
                                   .arg(FigureSources::list(QStringLiteral("source")), rowsNotAdded));
        if (year != 0)
            notAdded.bindInt64(1, year);
        if (notAdded.step() != Statement::Result::Row) {
            fail(error, failure(notAdded.error()));
            return failed();
        }
        figures.notAdded = figureAt(notAdded, 0, *sources);
    }

    QHash<qint64, QString> categoryKeys;
    QHash<qint64, QString> districtKeys;
    if (year != 0) {
        const QString measures = measure(QStringLiteral("hires_use = 1"), QStringLiteral("hires"), QStringLiteral("h"))
                               + QStringLiteral(", ")
                               + measure(QStringLiteral("vac_use = 1"), QStringLiteral("vacancies"), QStringLiteral("v"));
        Statement totals(db, QStringLiteral("SELECT year, %1, %2, %3, %4, %5 FROM staffing_counted GROUP BY year")
                                 .arg(measures,
                                      measure(QStringLiteral("pos_use = 1"), QStringLiteral("positions"), QStringLiteral("p")),
                                      measure(QStringLiteral("pos_use = 1 AND vac_use = 1"), QStringLiteral("positions"),
                                              QStringLiteral("fp")),
                                      measure(QStringLiteral("pos_use = 1 AND vac_use = 1"), QStringLiteral("vacancies"),
                                              QStringLiteral("fv")),
                                      measure(QStringLiteral("comparable = 1"), QStringLiteral("hires"), QStringLiteral("c"))));
        Statement::Result step = Statement::Result::Done;
        while ((step = totals.step()) == Statement::Result::Row) {
            if (totals.columnInt64(0) == year) {
                figures.hires = figureAt(totals, 1, *sources);
                figures.vacancies = figureAt(totals, 6, *sources);
                figures.positions = figureAt(totals, 11, *sources);
                figures.fillPositions = figureAt(totals, 16, *sources);
                figures.fillVacancies = figureAt(totals, 21, *sources);
                figures.comparableHires = figureAt(totals, 26, *sources);
            } else {
                figures.previousHires = figureAt(totals, 1, *sources);
                figures.previousVacancies = figureAt(totals, 6, *sources);
                figures.comparablePreviousHires = figureAt(totals, 26, *sources);
            }
        }
        if (step == Statement::Result::Error) {
            fail(error, failure(totals.error()));
            return failed();
        }

        // Breakdowns of the year: categories in the order of their first row, labelled as it
        // spells them.
        const auto breakdown = [&](const QString &column, const QString &text, Breakdown &into,
                                   QHash<qint64, QString> *keys) {
            Statement groups(db, QStringLiteral("SELECT g.%1, g.first_ord, s.%2, g.h_v, g.h_n, g.h_s, g.h_x, g.h_o, "
                                                "  g.v_v, g.v_n, g.v_s, g.v_x, g.v_o "
                                                "FROM (SELECT %1, min(ord) AS first_ord, %3 FROM staffing_counted "
                                                "  WHERE year = ?1 GROUP BY %1) g "
                                                "JOIN staffing_rows r ON r.ord = g.first_ord JOIN staffing s ON s.id = r.id "
                                                "ORDER BY g.first_ord")
                                     .arg(column, text, measures));
            groups.bindInt64(1, year);
            Statement::Result row = Statement::Result::Done;
            while ((row = groups.step()) == Statement::Result::Row) {
                int category = 0;
                if (keys) {
                    const QString label = groups.columnText(2);
                    category = into.addCategory({label.trimmed().toCaseFolded(), label.trimmed()});
                    keys->insert(groups.columnInt64(0), label.trimmed().toCaseFolded());
                } else {
                    category = into.categoryIndex(
                        StaffingFigures::groupKey(groups.columnInt64(0) == 1 ? Group::Classified : Group::Certificated));
                }
                into.at(0, category) = figureAt(groups, 3, *sources);
                into.at(1, category) = figureAt(groups, 8, *sources);
            }
            return row == Statement::Result::Done || fail(error, failure(groups.error()));
        };
        if (!breakdown(QStringLiteral("grp"), QStringLiteral("employee_group"), figures.byEmployeeGroup, nullptr)
            || !breakdown(QStringLiteral("category"), QStringLiteral("job_category"), figures.byJobCategory, &categoryKeys)
            || !breakdown(QStringLiteral("district"), QStringLiteral("local_district"), figures.byLocalDistrict,
                          &districtKeys))
            return failed();
    }

    if (listed) {
        for (Figure *figure : {&figures.hires, &figures.vacancies, &figures.positions, &figures.fillPositions,
                               &figures.fillVacancies, &figures.previousHires, &figures.previousVacancies,
                               &figures.comparableHires, &figures.comparablePreviousHires, &figures.notAdded})
            listing(*figure);
        listing(figures.byEmployeeGroup);
        listing(figures.byJobCategory);
        listing(figures.byLocalDistrict);
        // The rows listed, one pass in row order.
        if (year != 0) {
            Statement used(db, QStringLiteral("SELECT ord, year, grp, category, district, hires_use, vac_use, pos_use, "
                                              "  comparable, sample FROM staffing_counted "
                                              "WHERE hires_use + vac_use + pos_use > 0 ORDER BY ord"));
            Statement::Result step = Statement::Result::Done;
            while ((step = used.step()) == Statement::Result::Row) {
                const int row = int(used.columnInt64(0));
                const bool sample = used.columnInt64(9) != 0;
                const bool hires = used.columnInt64(5) != 0;
                const bool vacancies = used.columnInt64(6) != 0;
                const bool positions = used.columnInt64(7) != 0;
                const bool comparable = used.columnInt64(8) != 0;
                if (used.columnInt64(1) != year) {
                    if (hires)
                        figures.previousHires.addRow(row, sample);
                    if (vacancies)
                        figures.previousVacancies.addRow(row, sample);
                    if (comparable)
                        figures.comparablePreviousHires.addRow(row, sample);
                    continue;
                }
                const int group = figures.byEmployeeGroup.categoryIndex(
                    StaffingFigures::groupKey(used.columnInt64(2) == 1 ? Group::Classified : Group::Certificated));
                const int category = figures.byJobCategory.categoryIndex(categoryKeys.value(used.columnInt64(3)));
                const int district = figures.byLocalDistrict.categoryIndex(districtKeys.value(used.columnInt64(4)));
                for (const auto &[use, series, figure] : {std::tuple{hires, 0, &figures.hires},
                                                          std::tuple{vacancies, 1, &figures.vacancies}}) {
                    if (!use)
                        continue;
                    figure->addRow(row, sample);
                    figures.byEmployeeGroup.at(series, group).addRow(row, sample);
                    figures.byJobCategory.at(series, category).addRow(row, sample);
                    figures.byLocalDistrict.at(series, district).addRow(row, sample);
                }
                if (positions)
                    figures.positions.addRow(row, sample);
                if (positions && vacancies) {
                    figures.fillPositions.addRow(row, sample);
                    figures.fillVacancies.addRow(row, sample);
                }
                if (comparable)
                    figures.comparableHires.addRow(row, sample);
            }
            if (step == Statement::Result::Error) {
                fail(error, failure(used.error()));
                return failed();
            }
        }
        // The rows not added, with the reasons.
        struct NotAdded
        {
            StaffingFigures::Exclusion exclusion;
            bool sample = false;
        };
        QList<NotAdded> notAdded;
        Statement outsideRows(db, QStringLiteral("SELECT r.ord, r.valid, s.period, r.sample FROM staffing_rows r "
                                                 "JOIN staffing s ON s.id = r.id WHERE %1")
                                      .arg(outside));
        if (year != 0)
            outsideRows.bindInt64(1, year);
        Statement::Result step = Statement::Result::Done;
        while ((step = outsideRows.step()) == Statement::Result::Row) {
            const QString reason = outsideRows.columnInt64(1) == 0
                ? StaffingFigures::reason(Why::UnreadablePeriod, 0)
                : StaffingFigures::reason(Why::CrossesYears, 0, Period::parse(outsideRows.columnText(2)).canonical());
            notAdded.append({{int(outsideRows.columnInt64(0)), reason}, outsideRows.columnInt64(3) != 0});
        }
        if (step == Statement::Result::Error) {
            fail(error, failure(outsideRows.error()));
            return failed();
        }
        if (year != 0) {
            Statement excluded(db, QStringLiteral("SELECT c.ord, c.reason, r.line, c.sample FROM staffing_counted c "
                                                  "LEFT JOIN staffing_rows r ON r.ord = c.ref WHERE c.reason > 0"));
            constexpr Why reasons[]{Why::DistrictRow, Why::DistrictRow, Why::WholeYearRow, Why::Overlaps, Why::LaterCount};
            // Rows under the same row share its reason's text (one string, not one per row).
            QHash<std::pair<qint64, qint64>, QString> texts;
            while ((step = excluded.step()) == Statement::Result::Row) {
                const qint64 reason = std::clamp<qint64>(excluded.columnInt64(1), 1, 4);
                const std::pair<qint64, qint64> key{reason, excluded.columnInt64(2)};
                auto text = texts.find(key);
                if (text == texts.end())
                    text = texts.insert(key, StaffingFigures::reason(reasons[reason], key.second));
                notAdded.append({{int(excluded.columnInt64(0)), *text}, excluded.columnInt64(3) != 0});
            }
            if (step == Statement::Result::Error) {
                fail(error, failure(excluded.error()));
                return failed();
            }
        }
        std::sort(notAdded.begin(), notAdded.end(),
                  [](const NotAdded &a, const NotAdded &b) { return a.exclusion.row < b.exclusion.row; });
        for (const NotAdded &row : std::as_const(notAdded)) {
            figures.notCounted.append(row.exclusion);
            figures.notAdded.addRow(row.exclusion.row, row.sample);
        }
    }
    figures.byJobCategory.sortCategoriesByTotal();
    figures.byLocalDistrict.sortCategoriesByKey();
    cleanUp();
    if (!snapshot.commit()) {
        fail(error, failure(snapshot.error()));
        return std::nullopt;
    }
    return figures;
}

} // namespace milepost
