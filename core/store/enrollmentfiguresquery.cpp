// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrollmentfiguresquery.h"

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
#include <functional>

namespace milepost {

namespace {

using Why = EnrollmentFigures::Why;

const QStringList tables{QStringLiteral("enrollment_counted"),      QStringLiteral("enrollment_rows"),
                         QStringLiteral("enrollment_periods"),      QStringLiteral("enrollment_district_keys"),
                         QStringLiteral("enrollment_school_keys"),  QStringLiteral("enrollment_program_keys"),
                         QStringLiteral("enrollment_grade_keys")};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString failure(const QString &message)
{
    return EnrollmentFiguresQuery::tr("Could not count the enrollment data: %1").arg(message);
}

bool execute(Connection *db, const QString &sql, QString *error)
{
    QString message;
    return Statement::execute(db, sql, &message) || fail(error, failure(message));
}

QString norm(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

QString yearKey(int year)
{
    return QString::number(year);
}

// Students (or classrooms) counted in one school year, Local District, program and unit; the
// texts are those of its first row.
struct Group
{
    int year = 0;
    QString districtText;
    QString programText;
    bool classrooms = false;
    Figure figure;
    qint64 first = 0;
};

// What a group or a row feeds, as EnrollmentFigures::compute() adds a row; add is called on
// each figure it feeds.
void place(EnrollmentFigures &figures, const Group &item, const std::function<void(Figure &)> &add)
{
    const QString key = EnrollmentFigures::programKey(item.programText);
    const QString programText = item.programText.trimmed();
    const bool current = item.year == figures.schoolYear;
    if (item.classrooms) {
        if (item.year == figures.classroomsYear)
            add(figures.classroomsByProgram.at(0, figures.classroomsByProgram.addCategory({key, programText})));
        return;
    }
    const int yearColumn = figures.totalsByYear.categoryIndex(yearKey(item.year));
    add(figures.trendByProgram.at(figures.trendByProgram.addSeries({key, programText}), yearColumn));
    if (current)
        add(figures.byProgram.at(0, figures.byProgram.addCategory({key, programText})));
    if (key != figures.program)
        return;
    add(figures.totalsByYear.at(0, yearColumn));
    const Breakdown::Label district{norm(item.districtText), item.districtText.trimmed()};
    add(figures.trendByDistrict.at(figures.trendByDistrict.addSeries(district), yearColumn));
    if (current) {
        add(figures.total);
        add(figures.byDistrict.at(0, figures.byDistrict.addCategory(district)));
    } else if (item.year == figures.schoolYear - 1) {
        add(figures.previousTotal);
    }
}

void clearCounts(Breakdown &breakdown)
{
    for (int s = 0; s < breakdown.seriesCount(); ++s) {
        for (int c = 0; c < breakdown.categoryCount(); ++c)
            breakdown.at(s, c).counted = 0;
    }
}

} // namespace

EnrollmentFiguresQuery::EnrollmentFiguresQuery(Database &database)
    : m_database(database)
{
}

bool EnrollmentFiguresQuery::build(const DashboardFilter &filter, const FigureSources &sources, QString *error) const
{
    Connection *db = m_database.handle();
    const auto keys = [&](const char *name, const char *column) {
        return TemporaryLookups::createKeys(db, QString::fromLatin1(name), QStringLiteral("enrollment"),
                                            QString::fromLatin1(column), error)
            .has_value();
    };
    if (!keys("enrollment_district_keys", "local_district") || !keys("enrollment_school_keys", "school")
        || !keys("enrollment_program_keys", "program") || !keys("enrollment_grade_keys", "grade")
        || !TemporaryLookups::createPeriods(db, QStringLiteral("enrollment_periods"), QStringLiteral("enrollment"),
                                            QStringLiteral("school_year"), QStringLiteral("school_year_first"),
                                            QStringLiteral("school_year_last"), error))
        return false;

    QueryParameters parameters;
    QStringList conditions;
    for (const auto &[column, text] : {std::pair{QStringLiteral("local_district"), filter.localDistrict},
                                       std::pair{QStringLiteral("school"), filter.school}}) {
        if (text.trimmed().isEmpty())
            continue;
        const std::optional<QStringList> spellings
            = StoredSpellings::matching(db, QStringLiteral("enrollment"), column, text, error);
        if (!spellings)
            return false;
        conditions.append(QStringLiteral("n.%1 IN %2").arg(column, parameters.list(*spellings)));
    }
    if (const QString source = sources.condition(QStringLiteral("n.source_id"), filter.source); !source.isEmpty())
        conditions.append(source);
    if (!execute(db,
                 QStringLiteral("CREATE TEMP TABLE enrollment_rows (ord INTEGER PRIMARY KEY, id INTEGER NOT NULL, "
                                "line INTEGER NOT NULL, source INTEGER NOT NULL, sample INTEGER NOT NULL, year INTEGER NOT NULL, "
                                "district INTEGER NOT NULL, school INTEGER NOT NULL, program INTEGER NOT NULL, "
                                "grade INTEGER NOT NULL, unit INTEGER NOT NULL, count INTEGER NOT NULL)"),
                 error))
        return false;
    // Numbered as DatasetRepository::enrollment() lists the rows, before the filter.
    Statement insert(
        db, QStringLiteral(
                "INSERT INTO enrollment_rows (ord, id, line, source, sample, year, district, school, program, grade, unit, "
                "  count) "
                "SELECT n.ord, n.id, n.source_line, n.source_id, n.illustrative, p.year, d.folded, sc.folded, pr.folded, g.folded, "
                "  CASE WHEN n.unit = 'classrooms' THEN 1 ELSE 0 END, n.count "
                "FROM (SELECT row_number() OVER (ORDER BY source_id, source_line, id) - 1 AS ord, id, source_line, "
                "    source_id, illustrative, school_year, school_year_first, school_year_last, local_district, school, program, "
                "    grade, unit, count FROM enrollment) n "
                "JOIN enrollment_periods p ON p.period = n.school_year AND p.first_text = n.school_year_first "
                "  AND p.last_text = n.school_year_last "
                "JOIN enrollment_district_keys d ON d.stored = n.local_district "
                "JOIN enrollment_school_keys sc ON sc.stored = coalesce(n.school, '') "
                "JOIN enrollment_program_keys pr ON pr.stored = n.program "
                "JOIN enrollment_grade_keys g ON g.stored = coalesce(n.grade, '') %1")
                .arg(conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "))));
    parameters.bind(insert);
    if (!insert.run())
        return fail(error, failure(insert.error()));

    // Within a school year, Local District, program and unit (the scope), a school's rows that
    // the Local District's own count (no school; own_first, its first row) stands for are set
    // apart; of the rest, at each level (a school, or the Local District itself), the first
    // all-grades row (all_first) stands for the level, else the first row of each grade
    // (grade_first). reason: 1 the same students, 2 an all-grades row, 3 the district's count.
    const QString level = QStringLiteral("CASE WHEN own_first IS NOT NULL AND school <> 0 THEN 1 ELSE 0 END, "
                                         "year, district, program, unit, school");
    return execute(
        db,
        QStringLiteral(
            "CREATE TEMP TABLE enrollment_counted (ord INTEGER PRIMARY KEY, year INTEGER NOT NULL, "
            "  district INTEGER NOT NULL, program INTEGER NOT NULL, unit INTEGER NOT NULL, count INTEGER NOT NULL, "
            "  source INTEGER NOT NULL, sample INTEGER NOT NULL, used INTEGER NOT NULL, reason INTEGER NOT NULL, "
            "  ref INTEGER); "
            "INSERT INTO enrollment_counted (ord, year, district, program, unit, count, source, sample, used, reason, "
            "  ref) "
            "SELECT ord, year, district, program, unit, count, source, sample, "
            "  CASE WHEN own_first IS NOT NULL AND school <> 0 THEN 0 WHEN all_first IS NOT NULL "
            "    THEN CASE WHEN ord = all_first THEN 1 ELSE 0 END "
            "    ELSE CASE WHEN ord = grade_first THEN 1 ELSE 0 END END, "
            "  CASE WHEN own_first IS NOT NULL AND school <> 0 THEN 3 "
            "    WHEN all_first IS NOT NULL THEN CASE WHEN ord = all_first THEN 0 WHEN grade = 0 THEN 1 ELSE 2 END "
            "    WHEN ord = grade_first THEN 0 ELSE 1 END, "
            "  CASE WHEN own_first IS NOT NULL AND school <> 0 THEN own_first "
            "    WHEN all_first IS NOT NULL THEN all_first ELSE grade_first END "
            "FROM (SELECT x.*, min(CASE WHEN grade = 0 THEN ord END) OVER (PARTITION BY %1) AS all_first, "
            "    min(ord) OVER (PARTITION BY %1, grade) AS grade_first "
            "  FROM (SELECT r.*, min(CASE WHEN school = 0 THEN ord END) "
            "      OVER (PARTITION BY year, district, program, unit) AS own_first "
            "    FROM enrollment_rows r WHERE year <> 0) x) y")
            .arg(level),
        error);
}

std::optional<EnrollmentFigures> EnrollmentFiguresQuery::compute(const DashboardFilter &filter, const QString &program,
                                                                 Rows rows, QString *error, RowListing *listing) const
{
    Connection *db = m_database.handle();
    EnrollmentFigures figures;
    Transaction snapshot(db, Transaction::Mode::Read);
    if (!snapshot.isActive()) {
        fail(error, failure(snapshot.error()));
        return std::nullopt;
    }
    TemporaryLookups::drop(db, tables);
    const auto cleanUp = [&] { TemporaryLookups::drop(db, tables); };
    const auto failed = [&](const Statement *statement = nullptr) -> std::optional<EnrollmentFigures> {
        if (statement)
            fail(error, failure(statement->error()));
        cleanUp();
        return std::nullopt;
    };
    const std::optional<FigureSources> sources = FigureSources::read(db, Dataset::Enrollment, error);
    if (!sources || !build(filter, *sources, error))
        return failed();
    if (listing && !DatasetRowsQuery(m_database).list(Dataset::Enrollment, QStringLiteral("enrollment_rows"), listing, error))
        return failed();

    // Programs by name (their first row's spelling), and the default: "all", else the one with
    // the most rows of students (the first of equals).
    {
        Statement programs(db, QStringLiteral("SELECT s.program, g.students FROM "
                                              "(SELECT program, min(ord) AS first_ord, count(*) AS students "
                                              "  FROM enrollment_rows WHERE unit = 0 GROUP BY program) g "
                                              "JOIN enrollment_rows r ON r.ord = g.first_ord "
                                              "JOIN enrollment s ON s.id = r.id ORDER BY g.first_ord"));
        // The spelling of a program among rows with a readable year: its first such row.
        Statement named(db, QStringLiteral("SELECT s.program FROM (SELECT program, min(ord) AS first_ord "
                                           "FROM enrollment_rows WHERE year <> 0 GROUP BY program) g "
                                           "JOIN enrollment_rows r ON r.ord = g.first_ord "
                                           "JOIN enrollment s ON s.id = r.id"));
        Statement::Result step = Statement::Result::Done;
        while ((step = named.step()) == Statement::Result::Row)
            figures.programs.append({EnrollmentFigures::programKey(named.columnText(0)), named.columnText(0).trimmed()});
        if (step == Statement::Result::Error)
            return failed(&named);
        QString best;
        qint64 bestRows = 0;
        bool all = false;
        while ((step = programs.step()) == Statement::Result::Row) {
            const QString key = EnrollmentFigures::programKey(programs.columnText(0));
            const qint64 students = programs.columnInt64(1);
            all = all || key == QLatin1String("all");
            if (best.isEmpty() || students > bestRows) {
                best = key;
                bestRows = students;
            }
        }
        if (step == Statement::Result::Error)
            return failed(&programs);
        figures.program = !program.isEmpty() ? EnrollmentFigures::programKey(program)
                        : all                ? QStringLiteral("all")
                                             : best;
        std::sort(figures.programs.begin(), figures.programs.end(),
                  [](const Breakdown::Label &a, const Breakdown::Label &b) { return a.key < b.key; });
        std::stable_sort(figures.programs.begin(), figures.programs.end(),
                         [](const Breakdown::Label &a, const Breakdown::Label &b) {
                             return a.text.localeAwareCompare(b.text) < 0;
                         });
    }

    // The groups: school year, Local District, program and unit of the rows that count.
    QList<Group> groups;
    {
        Statement grouped(db, QStringLiteral("SELECT g.year, g.unit, g.students, g.rows_counted, g.sample, g.first_ord, "
                                             "  s.local_district, s.program, g.sample_students, g.sources FROM "
                                             "(SELECT year, district, program, unit, sum(count) AS students, "
                                             "  count(*) AS rows_counted, max(sample) AS sample, min(ord) AS first_ord, "
                                             "  coalesce(sum(CASE WHEN sample = 1 THEN count END), 0) AS sample_students, "
                                             "  %1 AS sources "
                                             "  FROM enrollment_counted WHERE used = 1 "
                                             "  GROUP BY year, district, program, unit) g "
                                             "JOIN enrollment_rows r ON r.ord = g.first_ord "
                                             "JOIN enrollment s ON s.id = r.id ORDER BY g.first_ord")
                                  .arg(FigureSources::list(QStringLiteral("source"))));
        Statement::Result step = Statement::Result::Done;
        while ((step = grouped.step()) == Statement::Result::Row) {
            Group group;
            group.year = int(grouped.columnInt64(0));
            group.classrooms = grouped.columnInt64(1) == 1;
            group.figure.value = grouped.columnInt64(2);
            group.figure.counted = grouped.columnInt64(3);
            group.figure.illustrative = grouped.columnInt64(4) != 0;
            group.first = grouped.columnInt64(5);
            group.districtText = grouped.columnText(6);
            group.programText = grouped.columnText(7);
            group.figure.sampleValue = grouped.columnInt64(8);
            sources->name(group.figure, grouped.columnText(9));
            groups.append(group);
        }
        if (step == Statement::Result::Error)
            return failed(&grouped);
    }

    figures.schoolYears.clear();
    QList<int> studentYears;
    const int asOfYear = SchoolYear::of(filter.asOf);
    for (const Group &group : std::as_const(groups)) {
        if (!group.classrooms && !studentYears.contains(group.year))
            studentYears.append(group.year);
        if (asOfYear != 0 && group.year > asOfYear)
            continue;
        if (group.classrooms)
            figures.classroomsYear = std::max(figures.classroomsYear, group.year);
        else if (EnrollmentFigures::programKey(group.programText) == figures.program)
            figures.schoolYear = std::max(figures.schoolYear, group.year);
    }
    std::sort(studentYears.begin(), studentYears.end());
    {
        // Every school year with rows that pass the filter, counted or not.
        Statement years(db, QStringLiteral("SELECT DISTINCT year FROM enrollment_rows WHERE year <> 0 ORDER BY year"));
        Statement::Result step = Statement::Result::Done;
        while ((step = years.step()) == Statement::Result::Row)
            figures.schoolYears.append(int(years.columnInt64(0)));
        if (step == Statement::Result::Error)
            return failed(&years);
    }

    QList<Breakdown::Label> years;
    for (int year : std::as_const(studentYears))
        years.append({yearKey(year), SchoolYear::text(year)});
    QString programName;
    for (const Breakdown::Label &label : std::as_const(figures.programs)) {
        if (label.key == figures.program)
            programName = label.text;
    }
    figures.totalsByYear = Breakdown(years, {{figures.program, programName}});
    figures.trendByDistrict = Breakdown(years, {});
    figures.trendByProgram = Breakdown(years, {});
    figures.byDistrict = Breakdown({}, {{figures.program, programName}});
    figures.byProgram = Breakdown({}, {{QStringLiteral("students"), EnrollmentFigures::tr("Students")}});
    figures.classroomsByProgram = Breakdown({}, {{QStringLiteral("classrooms"), EnrollmentFigures::tr("Classrooms")}});
    for (const Group &group : std::as_const(groups))
        place(figures, group, [&](Figure &figure) { figure.merge(group.figure); });

    // Rows not added.
    {
        // A count: each row adds 1, a sample row 1 to its sample part.
        Statement notAdded(db, QStringLiteral("SELECT count(*), coalesce(max(sample), 0), coalesce(sum(sample), 0), %1 "
                                              "FROM (SELECT source, sample FROM enrollment_rows WHERE year = 0 "
                                              "  UNION ALL SELECT source, sample FROM enrollment_counted WHERE reason > 0) "
                                              "AS not_added")
                                   .arg(FigureSources::list(QStringLiteral("source"))));
        if (notAdded.step() != Statement::Result::Row)
            return failed(&notAdded);
        figures.notAdded.value = notAdded.columnInt64(0);
        figures.notAdded.counted = notAdded.columnInt64(0);
        figures.notAdded.illustrative = notAdded.columnInt64(1) != 0;
        figures.notAdded.sampleValue = notAdded.columnInt64(2);
        sources->name(figures.notAdded, notAdded.columnText(3));
    }

    if (rows == Rows::Listed) {
        for (Figure *figure : {&figures.total, &figures.previousTotal, &figures.notAdded})
            figure->counted = 0;
        for (Breakdown *breakdown : {&figures.totalsByYear, &figures.trendByDistrict, &figures.trendByProgram,
                                     &figures.byDistrict, &figures.byProgram, &figures.classroomsByProgram})
            clearCounts(*breakdown);
        Statement used(db, QStringLiteral("SELECT c.ord, c.year, c.unit, c.sample, s.local_district, s.program "
                                          "FROM enrollment_counted c JOIN enrollment_rows r ON r.ord = c.ord "
                                          "JOIN enrollment s ON s.id = r.id WHERE c.used = 1 ORDER BY c.ord"));
        Statement::Result step = Statement::Result::Done;
        while ((step = used.step()) == Statement::Result::Row) {
            Group row;
            row.year = int(used.columnInt64(1));
            row.classrooms = used.columnInt64(2) == 1;
            row.districtText = used.columnText(4);
            row.programText = used.columnText(5);
            const int ord = int(used.columnInt64(0));
            const bool sample = used.columnInt64(3) != 0;
            place(figures, row, [&](Figure &figure) { figure.addRow(ord, sample); });
        }
        if (step == Statement::Result::Error)
            return failed(&used);

        Statement excluded(db, QStringLiteral("SELECT r.ord, 0, NULL, r.sample FROM enrollment_rows r WHERE r.year = 0 "
                                              "UNION ALL "
                                              "SELECT c.ord, c.reason, f.line, c.sample FROM enrollment_counted c "
                                              "LEFT JOIN enrollment_rows f ON f.ord = c.ref WHERE c.reason > 0 "
                                              "ORDER BY 1"));
        constexpr Why reasons[]{Why::UnreadableYear, Why::SameStudents, Why::AllGradesRow, Why::DistrictRow};
        // Rows under the same row share its reason's text (one string, not one per row).
        QHash<std::pair<qint64, qint64>, QString> texts;
        while ((step = excluded.step()) == Statement::Result::Row) {
            const int ord = int(excluded.columnInt64(0));
            const qint64 reason = std::clamp<qint64>(excluded.columnInt64(1), 0, 3);
            const std::pair<qint64, qint64> key{reason, excluded.columnInt64(2)};
            auto text = texts.find(key);
            if (text == texts.end())
                text = texts.insert(key, EnrollmentFigures::reason(reasons[reason], key.second));
            figures.notCounted.append({ord, *text});
            figures.notAdded.addRow(ord, excluded.columnInt64(3) != 0);
        }
        if (step == Statement::Result::Error)
            return failed(&excluded);
    }

    // Like for like: the Local Districts with the program's students in both years.
    const int current = figures.trendByDistrict.categoryIndex(yearKey(figures.schoolYear));
    const int previous = figures.trendByDistrict.categoryIndex(yearKey(figures.schoolYear - 1));
    if (current >= 0 && previous >= 0) {
        for (int series = 0; series < figures.trendByDistrict.seriesCount(); ++series) {
            const Figure &now = figures.trendByDistrict.at(series, current);
            const Figure &before = figures.trendByDistrict.at(series, previous);
            if (now.isEmpty() || before.isEmpty())
                continue;
            figures.comparableTotal.merge(now);
            figures.comparablePreviousTotal.merge(before);
        }
    }
    figures.byDistrict.sortCategoriesByKey();
    figures.trendByDistrict.sortSeriesByKey();
    figures.byProgram.sortCategoriesByTotal();
    figures.classroomsByProgram.sortCategoriesByTotal();
    cleanUp();
    if (!snapshot.commit()) {
        fail(error, failure(snapshot.error()));
        return std::nullopt;
    }
    return figures;
}

} // namespace milepost
