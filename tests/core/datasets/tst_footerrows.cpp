// SPDX-License-Identifier: GPL-3.0-or-later
// Footer rows ("TOTAL", "Grand Total:") sum the rows above them: counted as totals, neither
// stored nor rejected.
#include "catchcompat.h"
#include "core/datasets/importfixture.h"

#include "csv/csvreader.h"
#include "datasets/rowparser.h"
#include "store/datasetrepository.h"

#include <QBuffer>

using namespace milepost;
using namespace milepost::test;

namespace {

bool totalRow(const QByteArray &line)
{
    QByteArray bytes = line;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, CsvDialect());
    CsvRecord record;
    REQUIRE(reader.next(record));
    return RowParser::isTotal(record);
}

} // namespace

TEST_CASE("a row whose first value is TOTAL or Grand Total is a footer", "[datasets][footer]")
{
    CHECK(totalRow("TOTAL,,120\n"));
    CHECK(totalRow("Total,,120\n"));
    CHECK(totalRow("total:,,120\n"));
    CHECK(totalRow("Grand Total,,120\n"));
    CHECK(totalRow("GRAND TOTAL :,,120\n"));
    CHECK(totalRow(",,  Grand  Total ,120\n"));
    CHECK_FALSE(totalRow("Totals,,120\n"));
    CHECK_FALSE(totalRow("Grandtotal,,120\n"));
    CHECK_FALSE(totalRow("Central,Total,120\n"));
    CHECK_FALSE(totalRow("Total Enrollment,,120\n"));
    CHECK_FALSE(totalRow("Grand,,120\n"));
}

TEST_CASE("footers are counted as totals and rows read = stored + rejected + blank + totals",
          "[datasets][importer][footer]")
{
    Fixture fixture;
    const QByteArray bytes = enrollmentHeader
        + "2023-24,Central,,All,,,1200,no,\n"
        + "2023-24,East,,All,,,980,no,\n"
        + "TOTAL,,,,,,2180,,\n"
        + "2023-24,West,,All,,,x,no,\n"  // rejected
        + "\n"
        + "Grand Total:,,,,,,2180,,\n";
    const ImportReport report = fixture.import(fixture.write(QStringLiteral("totals.csv"), bytes),
                                               BuiltInProfiles::milepostCsv(Dataset::Enrollment));
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.rowsRead == 6);
    CHECK(report.stored == 2);
    CHECK(report.rejected == 1);
    CHECK(report.blank == 1);
    CHECK(report.totals == 2);
    CHECK(report.totalLines == QList<qint64>{4, 7});
    CHECK(report.countsAddUp());
    CHECK(DatasetRepository(fixture.database()).enrollment().size() == 2);

    // The run as stored reads back with the same counts.
    const auto stored = DatasetRepository(fixture.database()).run(report.runId);
    REQUIRE(stored);
    CHECK(stored->rowsRead == 6);
    CHECK(stored->totals == 2);
    CHECK(stored->countsAddUp());
}
