// SPDX-License-Identifier: GPL-3.0-or-later
// Plans as they arrive from other programs and from mistakes: other line ends, UTF-16 without
// a byte order mark, marks broken off their rows, one line the size of the file.
#include "catchcompat.h"

#include "plan/planreader.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <algorithm>

using namespace milepost;

namespace {

const QString reportPath = QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt");

QByteArray reportBytes()
{
    QFile file(reportPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString writeTemporary(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("plan.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

const QString header = QStringLiteral("# ACT | Test Objective\n\n<b>OBJECTIVE</b>\tDo it.\n\n## IMPLEMENTATION PLAN\n\n"
                                      "MAJOR MILESTONES\tSTART\tEND\t2022\t\t2023\t\n\t\t\tQ3\tQ4\tQ1\tQ2\n");

} // namespace

TEST_CASE("the real report with CR line ends reads the same as with LF", "[plan][reader][hostile]")
{
    QByteArray cr = reportBytes();
    REQUIRE_FALSE(cr.contains('\r'));
    cr.replace('\n', '\r');
    QTemporaryDir dir;
    const auto lf = PlanReader::readFile(reportPath);
    const auto fromCr = PlanReader::readFile(writeTemporary(dir, cr));
    REQUIRE(lf.ok);
    REQUIRE(fromCr.ok);
    CHECK(fromCr.plan.objectives.size() == lf.plan.objectives.size());
    CHECK(fromCr.plan.milestoneCount() == lf.plan.milestoneCount());
    CHECK(fromCr.findings.size() == lf.findings.size());
    CHECK(fromCr.plan.objectives == lf.plan.objectives);
    CHECK(fromCr.findings == lf.findings);
    CHECK(lf.plan.milestoneCount() == 160);
}

TEST_CASE("the real report in UTF-16 without a byte order mark reads the same", "[plan][reader][hostile]")
{
    const QString text = QString::fromUtf8(reportBytes());
    QStringEncoder little(QStringConverter::Utf16LE);
    QStringEncoder big(QStringConverter::Utf16BE);
    QTemporaryDir dir;
    const auto lf = PlanReader::readFile(reportPath);
    for (QByteArray bytes : {QByteArray(little(text)), QByteArray(big(text))}) {
        REQUIRE_FALSE(bytes.startsWith("\xFF\xFE"));
        REQUIRE_FALSE(bytes.startsWith("\xFE\xFF"));
        const auto read = PlanReader::readFile(writeTemporary(dir, bytes));
        INFO(read.error.toStdString());
        REQUIRE(read.ok);
        CHECK(read.plan.objectives == lf.plan.objectives);
        CHECK(read.findings == lf.findings);
    }
}

TEST_CASE("a line of quarter marks alone is a finding, not a milestone", "[plan][reader][hostile]")
{
    const QString text = header
        + QStringLiteral("Real row\t7/01/22\t12/31/22\t●\t●\t\t\n"
                         "●\t\t\t●\t\t\t\n"
                         "\t\t\t● ●\t\t\t\n");
    const auto result = PlanReader::readText(text, QStringLiteral("t.txt"));
    REQUIRE(result.ok);
    REQUIRE(result.plan.objectives.size() == 1);
    const auto &milestones = result.plan.objectives.first().milestones;
    REQUIRE(milestones.size() == 1);
    CHECK(milestones.first().title == QStringLiteral("Real row"));
    const auto stray = std::count_if(result.findings.cbegin(), result.findings.cend(), [](const Finding &f) {
        return f.message.startsWith(QStringLiteral("Stray quarter marks"));
    });
    CHECK(stray == 2);
    CHECK(std::none_of(result.findings.cbegin(), result.findings.cend(),
                       [](const Finding &f) { return f.message.contains(QStringLiteral("no title")); }));
}

TEST_CASE("a finding quotes a long value shortened, with its length", "[plan][reader][hostile]")
{
    const QString longTitle = QString(5000, QLatin1Char('t'));
    const QString text = header + longTitle + QStringLiteral("\t7/01/22\tsoon\t●\t\t\t\n");
    const auto result = PlanReader::readText(text, QStringLiteral("t.txt"));
    REQUIRE(result.ok);
    REQUIRE_FALSE(result.findings.isEmpty());
    for (const Finding &finding : result.findings) {
        INFO(finding.message.toStdString());
        CHECK(finding.message.size() < 300);
        CHECK(finding.message.contains(QStringLiteral("…")));
        CHECK(finding.message.contains(QStringLiteral("characters)")));
    }
}

TEST_CASE("a year cell in other digits is no year column and places no mark in the year 0", "[plan][reader][hostile]")
{
    // QChar::isDigit() takes "٢" for a digit but toInt() does not: "20٢٢" was read as the year 0.
    QString text = header + QStringLiteral("Real row\t7/01/22\t12/31/22\t●\t●\t\t\n");
    text.replace(QStringLiteral("\t2022\t"), QStringLiteral("\t20\u0662\u0662\t"));
    REQUIRE(text.contains(QStringLiteral("20\u0662\u0662")));
    const auto result = PlanReader::readText(text, QStringLiteral("t.txt"));
    REQUIRE(result.ok);
    REQUIRE(result.plan.milestoneCount() == 1);
    const Milestone &milestone = result.plan.objectives.first().milestones.first();
    CHECK(milestone.title == QStringLiteral("Real row"));
    CHECK(milestone.quarters.isEmpty());
    CHECK(std::any_of(result.findings.cbegin(), result.findings.cend(), [](const Finding &f) {
        return f.message.startsWith(QStringLiteral("The quarter columns have no year"));
    }));
}
