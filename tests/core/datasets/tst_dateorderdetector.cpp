// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "datasets/dateformat.h"
#include "datasets/dateorderdetector.h"

#include <QFile>
#include <QTemporaryDir>

using namespace milepost;
using Order = DateOrderDetector::Order;

namespace {

DateOrderDetector detect(const QStringList &values)
{
    DateOrderDetector detector;
    qint64 line = 2;
    for (const QString &value : values)
        detector.add(value, line++);
    return detector;
}

} // namespace

TEST_CASE("one day after the 12th proves a column day first, and the detector says where", "[datasets][dateorder]")
{
    const DateOrderDetector detector = detect({QStringLiteral("04/06/2025"), QStringLiteral("PNS"), QString(),
                                               QStringLiteral(" 28/06/2024 "), QStringLiteral("1/2/2024")});
    CHECK(detector.order() == Order::DayFirst);
    CHECK(detector.dayFirstProof().line == 5);
    CHECK(detector.dayFirstProof().value == QStringLiteral("28/06/2024"));
    CHECK(detector.monthFirstProof().line == 0);
    CHECK(detector.dateCount() == 3);
    CHECK(detector.detectedPattern() == QStringLiteral("D/M/YYYY"));
    CHECK(detector.describe(QStringLiteral("Start date"))
          == QStringLiteral("Start date: day first (D/M/YYYY), from line 5: 28/06/2024"));
    // The pattern it names reads every value of the column.
    const DateFormat format = DateFormat::fromPattern(detector.detectedPattern());
    CHECK(format.parse(QStringLiteral("04/06/2025")) == QDate(2025, 6, 4));
    CHECK(format.parse(QStringLiteral("28/06/2024")) == QDate(2024, 6, 28));
}

TEST_CASE("a month-first column is told by its first day after the 12th", "[datasets][dateorder]")
{
    const DateOrderDetector detector =
        detect({QStringLiteral("3.4.21"), QStringLiteral("12.12.21"), QStringLiteral("6.28.24"), QStringLiteral("7.30.24")});
    CHECK(detector.order() == Order::MonthFirst);
    CHECK(detector.monthFirstProof().line == 4);
    CHECK(detector.detectedPattern() == QStringLiteral("M.D.YY"));
    CHECK(detector.describe(QStringLiteral("End"))
          == QStringLiteral("End: month first (M.D.YY), from line 4: 6.28.24"));
}

TEST_CASE("a column whose every day is the 12th or earlier is ambiguous, and names no format", "[datasets][dateorder]")
{
    const DateOrderDetector detector =
        detect({QStringLiteral("04/06/2025"), QStringLiteral("12/01/2024"), QStringLiteral("1/1/2024")});
    CHECK(detector.order() == Order::Ambiguous);
    CHECK(detector.detectedPattern().isEmpty());
    CHECK(detector.pattern(Order::DayFirst) == QStringLiteral("D/M/YYYY"));
    CHECK(detector.pattern(Order::MonthFirst) == QStringLiteral("M/D/YYYY"));
    CHECK(detector.describe(QStringLiteral("Start")).contains(QStringLiteral("ambiguous")));
}

TEST_CASE("a column with proofs of both orders is mixed: no format is offered", "[datasets][dateorder]")
{
    const DateOrderDetector detector =
        detect({QStringLiteral("06/28/2024"), QStringLiteral("01/02/2024"), QStringLiteral("28/06/2024")});
    CHECK(detector.order() == Order::Mixed);
    CHECK(detector.monthFirstProof().line == 2);
    CHECK(detector.dayFirstProof().line == 4);
    CHECK(detector.detectedPattern().isEmpty());
    CHECK(detector.describe(QStringLiteral("Start"))
          == QStringLiteral("Start: mixed: line 2 has 06/28/2024 (month first) and line 4 has 28/06/2024 (day first); "
                            "no one format reads the column"));
}

TEST_CASE("values that are no day-month-year date are not counted", "[datasets][dateorder]")
{
    // ISO dates and month names leave no doubt; 31/31/2024 and 30/02/2024 are dates in no order.
    const DateOrderDetector detector = detect({QStringLiteral("2024-06-28"), QStringLiteral("28-Jun-2024"),
                                               QStringLiteral("31/31/2024"), QStringLiteral("30/02/2024"),
                                               QStringLiteral("13/04/2021x"), QStringLiteral("N/A")});
    CHECK(detector.order() == Order::None);
    CHECK(detector.dateCount() == 0);
    // 29/02 exists only in leap years; with a two-digit year it is still a proof.
    CHECK(detect({QStringLiteral("29/02/24")}).order() == Order::DayFirst);
    CHECK(detect({QStringLiteral("29/02/2023")}).order() == Order::None);
}

TEST_CASE("a whole file is scanned column by column, past the rows a preview shows", "[datasets][dateorder]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("dates.csv"));
    QByteArray bytes = "\nName,Start,End\n";
    for (int i = 0; i < 500; ++i)
        bytes += "n" + QByteArray::number(i) + ",0" + QByteArray::number(1 + i % 9) + "/0" + QByteArray::number(1 + i % 7)
            + "/2024,2024-01-01\n";
    bytes += "last,28/06/2024,2024-01-02\n";
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    QString error;
    const QList<DateOrderDetector> detectors = DateOrderDetector::scanFile(path, CsvDialect(), {1, 2}, &error);
    INFO(error.toStdString());
    REQUIRE(detectors.size() == 2);
    CHECK(detectors[0].order() == Order::DayFirst);
    CHECK(detectors[0].dayFirstProof().line == 503); // a blank line, the header, 500 rows
    CHECK(detectors[0].dateCount() == 501);
    CHECK(detectors[1].order() == Order::None);

    CHECK(DateOrderDetector::scanFile(dir.filePath(QStringLiteral("missing.csv")), CsvDialect(), {1}, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("missing.csv")));
}

TEST_CASE("a date format knows its order and the format with month and day exchanged", "[datasets][dateformat]")
{
    const DateFormat monthFirst = DateFormat::fromPattern(QStringLiteral("M/D/YYYY"));
    CHECK(monthFirst.orderInDoubt());
    CHECK(monthFirst.orderName() == QStringLiteral("month first"));
    CHECK(monthFirst.swapped().pattern() == QStringLiteral("D/M/YYYY"));
    CHECK(monthFirst.swapped().orderName() == QStringLiteral("day first"));
    CHECK(DateFormat::fromPattern(QStringLiteral("DD.MM.YY")).swapped().pattern() == QStringLiteral("MM.DD.YY"));
    CHECK_FALSE(DateFormat::fromPattern(QStringLiteral("YYYY-MM-DD")).orderInDoubt());
    CHECK(DateFormat::fromPattern(QStringLiteral("YYYY-MM-DD")).orderName() == QStringLiteral("month before day"));
    CHECK_FALSE(DateFormat::fromPattern(QStringLiteral("D-MMM-YYYY")).orderInDoubt());
    CHECK_FALSE(DateFormat::fromPattern(QStringLiteral("D-MMM-YYYY")).swapped().isValid());
    CHECK_FALSE(DateFormat::fromPattern(QStringLiteral("MMM D, YYYY")).orderInDoubt());
}
