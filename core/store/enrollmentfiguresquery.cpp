// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrollmentfiguresquery.h"

#include "database.h"
#include "figurerows.h"
#include "figuresources.h"
#include "placesseen.h"
#include "repeatedtexts.h"
#include "storedperiods.h"
#include "statement.h"
#include "transaction.h"

#include "dashboard/enrollmentrules.h"

#include <QHash>

#include <algorithm>
#include <deque>
#include <tuple>

namespace milepost {

namespace {

// One stored row as the pass keeps it: its place in the repository's order, its texts, school
// year and source by number, and its count.
struct StoredRow
{
    qint64 line = 0;
    qint64 id = 0;
    qint64 count = 0;
    int period = 0;
    int district = 0;
    int school = 0;
    int program = 0;
    int grade = 0;
    int sourceName = 0; // sourceIds and sourceNames hold its id and name
    bool passes = false;
    bool classrooms = false;
    bool sample = false;
};

// A stored row as the rules read a record.
struct RowView
{
    const Period &schoolYear;
    const QString &localDistrict;
    const QString &school;
    const QString &program;
    const QString &grade;
    EnrollmentRecord::Unit unit;
    qint64 count;
    bool illustrative;
    qint64 sourceLine;
    const QString &source;
};

// The rows that pass the filter, in the repository's order, for EnrollmentRules.
class StoredRows final
{
public:
    RepeatedTexts districts;
    RepeatedTexts schools;
    RepeatedTexts programs;
    RepeatedTexts grades;
    StoredPeriods periods;
    QList<QString> sourceNames;
    QList<qint64> sourceIds;
    std::deque<StoredRow> rows; // grows without copying what it holds

    qsizetype size() const { return qsizetype(rows.size()); }
    RowView at(int row) const
    {
        const StoredRow &stored = rows[std::size_t(row)];
        return {periods.period(stored.period),
                districts.text(stored.district),
                schools.text(stored.school),
                programs.text(stored.program),
                grades.text(stored.grade),
                stored.classrooms ? EnrollmentRecord::Unit::Classrooms : EnrollmentRecord::Unit::Students,
                stored.count,
                stored.sample,
                stored.line,
                sourceNames.at(stored.sourceName)};
    }
};

QString failure(const QString &message)
{
    return EnrollmentFiguresQuery::tr("Could not count the enrollment data: %1").arg(message);
}

} // namespace

EnrollmentFiguresQuery::EnrollmentFiguresQuery(Database &database)
    : m_database(database)
{
}

std::optional<EnrollmentFigures> EnrollmentFiguresQuery::compute(const DashboardFilter &filter, const QString &program,
                                                                 Rows rows, QString *error, RowListing *rowListing) const
{
    Connection *db = m_database.handle();
    const auto fail = [error](const QString &message) -> std::optional<EnrollmentFigures> {
        if (error)
            *error = failure(message);
        return std::nullopt;
    };
    Transaction snapshot(db, Transaction::Mode::Read);
    if (!snapshot.isActive())
        return fail(snapshot.error());
    QString sourcesError;
    const std::optional<FigureSources> sources = FigureSources::read(db, Dataset::Enrollment, &sourcesError);
    if (!sources) {
        if (error)
            *error = sourcesError;
        return std::nullopt;
    }

    // The pass, in the table's order.
    Statement read(db, QStringLiteral("SELECT id, source_id, source_line, local_district, school, school_year, "
                                      "school_year_first, school_year_last, program, grade, unit, count, illustrative "
                                      "FROM enrollment"));
    StoredRows stored;
    PlacesSeen places;
    QHash<qint64, int> sourceNumbers;
    // Whether each text passes the filter's, worked out once per text.
    QList<bool> districtPasses;
    QList<bool> schoolPasses;
    const auto passes = [](QList<bool> &known, const RepeatedTexts &texts, int number, const QString &filterText) {
        while (known.size() <= number)
            known.append(DashboardFilter::same(filterText, texts.text(int(known.size()))));
        return known.at(number);
    };
    Statement::Result step = Statement::Result::Done;
    while ((step = read.step()) == Statement::Result::Row) {
        StoredRow &row = stored.rows.emplace_back();
        row.id = read.columnInt64(0);
        const qint64 sourceId = read.columnInt64(1);
        row.line = read.columnInt64(2);
        row.district = stored.districts.number(read.columnUtf8(3));
        row.school = stored.schools.number(read.columnUtf8(4));
        if (rowListing)
            places.add(row.district, row.school);
        auto source = sourceNumbers.constFind(sourceId);
        if (source == sourceNumbers.constEnd()) {
            source = sourceNumbers.insert(sourceId, int(stored.sourceNames.size()));
            stored.sourceNames.append(sources->nameOf(sourceId));
            stored.sourceIds.append(sourceId);
        }
        row.sourceName = *source;
        row.passes = DashboardFilter::same(filter.source, stored.sourceNames.at(row.sourceName))
                  && passes(districtPasses, stored.districts, row.district, filter.localDistrict)
                  && passes(schoolPasses, stored.schools, row.school, filter.school);
        if (!row.passes)
            continue;
        row.period = stored.periods.number(read, 5);
        row.program = stored.programs.number(read.columnUtf8(8));
        row.grade = stored.grades.number(read.columnUtf8(9));
        row.classrooms = read.columnUtf8(10) == "classrooms";
        row.count = read.columnInt64(11);
        row.sample = read.columnInt64(12) != 0;
    }
    if (step == Statement::Result::Error)
        return fail(read.error());
    if (!snapshot.commit())
        return fail(snapshot.error());

    // Numbered as the repository lists them (the table's order usually is that order already);
    // the rows that pass the filter stay, with their numbers.
    const auto before = [&ids = stored.sourceIds](const StoredRow &a, const StoredRow &b) {
        return std::tuple(ids.at(a.sourceName), a.line, a.id) < std::tuple(ids.at(b.sourceName), b.line, b.id);
    };
    if (!std::is_sorted(stored.rows.cbegin(), stored.rows.cend(), before))
        std::sort(stored.rows.begin(), stored.rows.end(), before);
    RowListing listing;
    listing.anyStored = !stored.rows.empty();
    if (rowListing)
        listing.places = places.texts(stored.districts, stored.schools);
    QList<int> numbers;
    const qsizetype passing = std::count_if(stored.rows.cbegin(), stored.rows.cend(), [](const StoredRow &row) { return row.passes; });
    numbers.reserve(passing);
    if (rowListing)
        listing.ids.reserve(passing);
    std::size_t kept = 0;
    for (std::size_t number = 0; number < stored.rows.size(); ++number) {
        if (!stored.rows[number].passes)
            continue;
        numbers.append(int(number));
        if (rowListing)
            listing.ids.append(stored.rows[number].id);
        stored.rows[kept++] = stored.rows[number];
    }
    stored.rows.resize(kept); // frees the blocks after the last row kept
    if (rowListing)
        listing.rows = numbers;

    // The rules, on those rows: the filter has chosen them.
    DashboardFilter asOf;
    asOf.asOf = filter.asOf;
    EnrollmentFigures figures = EnrollmentRules::compute(stored, asOf, program);
    const bool listed = rows == Rows::Listed;
    for (Figure *figure : {&figures.total, &figures.previousTotal, &figures.comparableTotal,
                           &figures.comparablePreviousTotal, &figures.notAdded}) {
        FigureRows::renumber(*figure, numbers);
        if (!listed)
            FigureRows::count(*figure);
    }
    for (Breakdown *breakdown : {&figures.totalsByYear, &figures.trendByDistrict, &figures.trendByProgram,
                                 &figures.byDistrict, &figures.byProgram, &figures.classroomsByProgram}) {
        FigureRows::renumber(*breakdown, numbers);
        if (!listed)
            FigureRows::count(*breakdown);
    }
    for (EnrollmentFigures::Exclusion &excluded : figures.notCounted)
        excluded.row = numbers.at(excluded.row);
    if (!listed)
        figures.notCounted.clear();
    if (rowListing)
        *rowListing = std::move(listing);
    return figures;
}

} // namespace milepost
