// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrollmentfiguresquery.h"

#include "database.h"
#include "figurerows.h"
#include "figuresources.h"
#include "placesseen.h"
#include "repeatedtexts.h"
#include "repositoryorder.h"
#include "storedperiods.h"
#include "statement.h"
#include "transaction.h"

#include "dashboard/enrollmentrules.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>
#include <vector>
#include <deque>
#include <tuple>

namespace milepost {

namespace {

// A row the filter passes, as the pass keeps it: its texts, school year and source by number,
// its line and its count. The rows are kept in the repository's order; their numbers among
// every row are kept apart. A line or a count too large for 32 bits is kept apart too.
struct StoredRow
{
    static constexpr qint32 large = std::numeric_limits<qint32>::min(); // see StoredRows::large

    qint32 line = 0;
    qint32 count = 0;
    int period = 0;
    int district = 0;
    int school = 0;
    int program = 0;
    int grade = 0;
    int sourceName = 0; // sourceNames holds its name
    bool classrooms = false;
    bool sample = false;
};
static_assert(sizeof(StoredRow) <= 36);

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
    std::deque<StoredRow> rows; // grows without copying what it holds
    QHash<std::pair<int, int>, qint64> large; // (row, 0 for its line or 1 for its count): the value

    // Keeps value in the 32 bits of field, or apart when it does not fit.
    void keep(qint32 &field, int row, int which, qint64 value)
    {
        if (value > StoredRow::large && value <= std::numeric_limits<qint32>::max()) {
            field = qint32(value);
        } else {
            field = StoredRow::large;
            large.insert({row, which}, value);
        }
    }
    qint64 value(qint32 field, int row, int which) const
    {
        return field != StoredRow::large ? field : large.value({row, which});
    }

    // Puts the rows in the order of their numbers (ascending), with the numbers and, when given,
    // the ids kept beside them.
    void sortBy(QList<int> &numbers, QList<qint64> *ids)
    {
        std::vector<int> order(rows.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return numbers.at(a) < numbers.at(b); });
        std::deque<StoredRow> sorted;
        QList<int> sortedNumbers;
        sortedNumbers.reserve(numbers.size());
        QList<qint64> sortedIds;
        if (ids)
            sortedIds.reserve(ids->size());
        QHash<std::pair<int, int>, qint64> movedLarge;
        for (const int from : order) {
            const int to = int(sorted.size());
            sorted.push_back(rows[std::size_t(from)]);
            sortedNumbers.append(numbers.at(from));
            if (ids)
                sortedIds.append(ids->at(from));
            for (int which : {0, 1}) {
                if (const auto value = large.constFind({from, which}); value != large.constEnd())
                    movedLarge.insert({to, which}, *value);
            }
        }
        rows = std::move(sorted);
        numbers = std::move(sortedNumbers);
        if (ids)
            *ids = std::move(sortedIds);
        large = std::move(movedLarge);
    }

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
                value(stored.count, row, 1),
                stored.sample,
                value(stored.line, row, 0),
                sourceNames.at(stored.sourceName)};
    }
};

QString failure(const QString &message)
{
    return EnrollmentFiguresQuery::tr("Could not count the enrollment data: %1").arg(message);
}

} // namespace

EnrollmentFiguresQuery::EnrollmentFiguresQuery(Database &database, std::mutex *rulesTurn)
    : m_database(database)
    , m_rulesTurn(rulesTurn)
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

    // One pass over every row in the table's order, which is the repository's (by source, line,
    // id) unless an import refreshed an earlier source: then the pass starts again with each
    // row's number in the repository's order (RepositoryOrder), and the rows kept are sorted. A
    // row the filter passes is kept, and listed, as it is read.
    const QString select = QStringLiteral("SELECT id, source_id, source_line, local_district, school, school_year, "
                                          "school_year_first, school_year_last, program, grade, unit, count, "
                                          "illustrative FROM enrollment");
    StoredRows stored;
    PlacesSeen places;
    QHash<qint64, int> sourceNumbers;
    QList<bool> sourcePasses;
    // Whether each text passes the filter's, worked out once per text.
    QList<bool> districtPasses;
    QList<bool> schoolPasses;
    const auto passes = [](QList<bool> &known, const RepeatedTexts &texts, int number, const QString &filterText) {
        while (known.size() <= number)
            known.append(DashboardFilter::same(filterText, texts.text(int(known.size()))));
        return known.at(number);
    };
    QList<int> numbers; // of the rows kept, among every row
    QList<qint64> ids; // of the rows kept
    bool anyStored = false;
    RepositoryOrder order;
    for (;;) {
        Statement read(db, select);
        stored.rows.clear();
        stored.large.clear();
        numbers.clear();
        ids.clear();
        order.startPass();
        bool outOfOrder = false;
        Statement::Result step = Statement::Result::Done;
        while ((step = read.step()) == Statement::Result::Row) {
            const qint64 id = read.columnInt64(0);
            const qint64 sourceId = read.columnInt64(1);
            const qint64 line = read.columnInt64(2);
            const int number = order.next(sourceId, line, id);
            if (number == RepositoryOrder::outOfOrder) {
                outOfOrder = true;
                break;
            }
            if (number < 0)
                return fail(tr("a row changed while the rows were read"));
            const int district = stored.districts.number(read.columnUtf8(3));
            const int school = stored.schools.number(read.columnUtf8(4));
            if (rowListing)
                places.add(district, school);
            auto source = sourceNumbers.constFind(sourceId);
            if (source == sourceNumbers.constEnd()) {
                source = sourceNumbers.insert(sourceId, int(stored.sourceNames.size()));
                stored.sourceNames.append(sources->nameOf(sourceId));
                sourcePasses.append(DashboardFilter::same(filter.source, stored.sourceNames.constLast()));
            }
            if (!sourcePasses.at(*source) || !passes(districtPasses, stored.districts, district, filter.localDistrict)
                || !passes(schoolPasses, stored.schools, school, filter.school))
                continue;
            numbers.append(number);
            if (rowListing)
                ids.append(id);
            const int kept = int(stored.rows.size());
            StoredRow &row = stored.rows.emplace_back();
            stored.keep(row.line, kept, 0, line);
            row.district = district;
            row.school = school;
            row.sourceName = *source;
            row.period = stored.periods.number(read, 5);
            row.program = stored.programs.number(read.columnUtf8(8));
            row.grade = stored.grades.number(read.columnUtf8(9));
            row.classrooms = read.columnUtf8(10) == "classrooms";
            stored.keep(row.count, kept, 1, read.columnInt64(11));
            row.sample = read.columnInt64(12) != 0;
        }
        if (step == Statement::Result::Error)
            return fail(read.error());
        anyStored = order.anyRow();
        if (!outOfOrder)
            break;
        QString orderError;
        if (!order.read(db, QStringLiteral("enrollment"), &orderError))
            return fail(orderError);
    }
    if (!snapshot.commit())
        return fail(snapshot.error());
    if (order.isRead()) {
        // Read in the table's order: the rows kept go in the repository's.
        order = {};
        stored.sortBy(numbers, rowListing ? &ids : nullptr);
    }
    numbers.squeeze();
    ids.squeeze();
    RowListing listing;
    listing.anyStored = anyStored;
    if (rowListing) {
        listing.rows = numbers;
        listing.ids = std::move(ids);
        listing.places = places.texts(stored.districts, stored.schools);
    }

    // The rules, on those rows: the filter has chosen them.
    std::unique_lock<std::mutex> turn;
    if (m_rulesTurn)
        turn = std::unique_lock(*m_rulesTurn);
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
