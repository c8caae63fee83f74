// SPDX-License-Identifier: GPL-3.0-or-later
// The staffing timeline read from the store a window at a time gives what the same rows in
// memory give: the categories in order, their spans and their rows in order, for every search;
// the rows read back by key. On the bundled sample and on generated rows (sites that sort by
// number, districts alike but for case, a year and its months), in a file or on a server.

#include "catchcompat.h"
#include "core/store/testdatabase.h"

#include "datasets/builtinprofiles.h"
#include "datasets/datasetimporter.h"
#include "store/datasetrepository.h"
#include "store/staffingtimelinequery.h"
#include "timeline/staffingrecordlist.h"
#include "timeline/staffingtimelinematch.h"

#include <QFile>
#include <QTemporaryDir>

using namespace milepost;
using namespace milepost::test;

namespace {

StaffingTimelineMatch matchOf(const QString &search)
{
    return StaffingTimelineMatch(search, {[](const QString &d) { return QStringLiteral("Local District ") + d; },
                                          [](const QString &c) { return c; },
                                          [](const Period &p, const QString &site) { return p.canonical() + QLatin1Char(' ') + site; }});
}

void importFile(Database &database, const QString &path)
{
    DatasetImporter importer(database);
    DatasetImporter::Request request;
    request.path = path;
    request.profile = BuiltInProfiles::milepostCsv(Dataset::Staffing);
    const ImportReport report = importer.run(request);
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
}

// Rows in an order the timeline does not keep: sites 1 to 12 (School 10 after School 9),
// districts "LD 2", "LD 10" and "ld 2", a school year with its months and a range.
QByteArray generatedRows()
{
    QByteArray csv = "Period,Local District,Site,Employee Group,Job Category,Positions,Vacancies,Hires,Illustrative,Note\n";
    const char *districts[] = {"LD 10", "LD 2", "ld 2"};
    const char *categories[] = {"Teacher", "Bus driver", "Nurse 10", "Nurse 9"};
    const char *periods[] = {"2022-03", "2021-22", "2022-01-10/2022-02-20", "2021-09", "2020-21", "2021-09"};
    for (int i = 0; i < 600; ++i) {
        const int site = (i * 7) % 13; // 0: the district's own row
        csv += QByteArray(periods[i % 6]) + ',' + districts[(i / 6) % 3] + ','
            + (site == 0 ? QByteArray() : "School " + QByteArray::number(site)) + ",Certificated,"
            + categories[(i / 18) % 4] + ",," + QByteArray::number(i % 5) + ',' + QByteArray::number(i) + ",no,\n";
    }
    return csv;
}

// The store's categories and the list's agree: the same names, spans and rows in order (the
// list keys a row by its place, the store by its id).
void checkSame(const StaffingTimelineQuery &query, const StaffingRecordList &list, const QString &search)
{
    INFO("search: " << search.toStdString());
    QString error;
    const std::optional<QList<StaffingTimelineCategory>> stored = query.categories(matchOf(search), &error);
    INFO(error.toStdString());
    REQUIRE(stored);
    const QList<StaffingTimelineCategory> expected = *list.categories(matchOf(search));
    REQUIRE(stored->size() == expected.size());
    for (int c = 0; c < expected.size(); ++c) {
        const StaffingTimelineCategory &mine = stored->at(c);
        const StaffingTimelineCategory &theirs = expected.at(c);
        CHECK(mine.district == theirs.district);
        CHECK(mine.category == theirs.category);
        CHECK(mine.span == theirs.span);
        REQUIRE(mine.records.size() == theirs.records.size());
        const std::optional<QList<StaffingRecord>> read = query.records(mine.records, &error);
        REQUIRE(read);
        CHECK(*read == *list.records(theirs.records));
    }
}

void checkDatabase(Database &database, const QStringList &searches)
{
    QString error;
    const StaffingRecordList list(DatasetRepository(database).staffing(&error));
    REQUIRE(error.isEmpty());
    REQUIRE(list.list().size() > 50);
    const StaffingTimelineQuery query(database);
    for (const QString &search : searches)
        checkSame(query, list, search);
    // Every row is in one category, once.
    qsizetype rows = 0;
    const std::optional<QList<StaffingTimelineCategory>> all = query.categories(matchOf(QString()), &error);
    REQUIRE(all);
    for (const StaffingTimelineCategory &category : *all)
        rows += category.records.size();
    CHECK(rows == list.list().size());
    const std::atomic_bool cancelled{true};
    error.clear();
    CHECK_FALSE(query.categories(matchOf(QString()), &error, &cancelled));
    CHECK_FALSE(error.isEmpty());
}

} // namespace

TEST_CASE("the staffing timeline read from the store equals the rows in memory", "[store][timeline][staffing]")
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Database> stored = openTestDatabase(dir, QStringLiteral("staffing.milepost"), &error);
    INFO(error.toStdString());
    REQUIRE(stored);
    CHECK(StaffingTimelineQuery(*stored).readsInBackground());
    importFile(*stored, QStringLiteral(MILEPOST_DATA_DIR "/lausd-sample-staffing.csv"));
    checkDatabase(*stored, {QString(), QStringLiteral("teacher"), QStringLiteral("district c 2021"),
                            QStringLiteral("no such words")});

    QFile generated(dir.filePath(QStringLiteral("generated.csv")));
    REQUIRE(generated.open(QIODevice::WriteOnly));
    generated.write(generatedRows());
    generated.close();
    std::unique_ptr<Database> memory = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(memory);
    CHECK_FALSE(StaffingTimelineQuery(*memory).readsInBackground());
    importFile(*memory, generated.fileName());
    checkDatabase(*memory, {QString(), QStringLiteral("school 1"), QStringLiteral("ld nurse"), QStringLiteral("2021-22")});
}

TEST_CASE("the staffing timeline's rows are in the timeline's order", "[store][timeline][staffing]")
{
    auto row = [](const char *period, const char *district, const char *category, const char *site) {
        StaffingRecord record;
        record.period = Period::parse(QString::fromUtf8(period));
        record.localDistrict = QString::fromUtf8(district);
        record.jobCategory = QString::fromUtf8(category);
        record.site = QString::fromUtf8(site);
        return record;
    };
    const StaffingRecordList list({
        row("2022-03", "LD 10", "Teacher", "School 10"), // 0
        row("2021-22", "LD 10", "Teacher", "School 9"),  // 1
        row("2022-01", "LD 10", "Teacher", ""),          // 2
        row("2021-22", "LD 10", "Teacher", ""),          // 3
        row("2021-22", "LD 2", "Teacher", ""),           // 4
        row("2021-09", "LD 10", "Nurse", ""),            // 5
        row("2021-22", "LD 10", "Teacher", "School 9"),  // 6: the same as 1, after it
        row("2021-09", "LD 10", "Teacher", "School 9"),  // 7: within 1's year
    });
    const QList<StaffingTimelineCategory> categories = *list.categories(matchOf(QString()));
    REQUIRE(categories.size() == 3);
    CHECK(categories.at(0).district == QStringLiteral("LD 2"));
    CHECK(categories.at(1).category == QStringLiteral("Nurse"));
    CHECK(categories.at(2).category == QStringLiteral("Teacher"));
    CHECK(categories.at(2).records == QList<qint64>{3, 2, 1, 6, 7, 0});
    CHECK(categories.at(2).span.first == QDate(2021, 7, 1));
    CHECK(categories.at(2).span.last == QDate(2022, 6, 30));
    // A search keeps the rows whose titles hold every word, with their ancestors'.
    const QList<StaffingTimelineCategory> schools = *list.categories(matchOf(QStringLiteral("school 2021-22")));
    REQUIRE(schools.size() == 1);
    CHECK(schools.at(0).records == QList<qint64>{1, 6});
}
