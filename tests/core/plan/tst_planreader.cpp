// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "plan/planreader.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

using namespace milepost;

namespace {

QString tsv(std::initializer_list<const char *> lines)
{
    QStringList out;
    for (const char *line : lines)
        out.append(QString::fromUtf8(line));
    return out.join(QLatin1Char('\n'));
}

qsizetype countKind(const QList<Finding> &findings, Finding::Kind kind)
{
    return std::count_if(findings.cbegin(), findings.cend(), [kind](const Finding &f) { return f.kind == kind; });
}

const QString header = QStringLiteral("# ACT | Test Objective\n\n<b>OBJECTIVE</b>\tDo it.\n<b>STATUS</b>\tCompleted\n\n"
                                      "## NARRATIVE\n\nSome **bold** words and a [Report](#).\n\n## IMPLEMENTATION PLAN\n\n");

} // namespace

TEST_CASE("a report objective reads heading, objective, status and narrative", "[plan][reader]")
{
    const auto result = PlanReader::readText(header, QStringLiteral("test.txt"));
    REQUIRE(result.ok);
    REQUIRE(result.plan.objectives.size() == 1);
    const Objective &objective = result.plan.objectives.first();
    CHECK(objective.phase == Phase::Act);
    CHECK(objective.title == QStringLiteral("Test Objective"));
    CHECK(objective.objectiveText == QStringLiteral("Do it."));
    CHECK(objective.status.state() == ObjectiveStatus::State::Completed);
    CHECK(objective.narrative == QStringLiteral("Some bold words and a Report."));
    CHECK(objective.sourceLine == 1);
    // The IMPLEMENTATION PLAN heading had no table below it.
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings.first().kind == Finding::Kind::UnreadableTable);
    CHECK(result.findings.first().line == 10);
}

TEST_CASE("a year row below the column names maps marks the same way", "[plan][reader]")
{
    const QString text = header + tsv({"MAJOR MILESTONES\tSTART\tEND\tQ4\tQ1\tQ2",
                                       "\t\t\t2022\t2023\t",
                                       "Row one\t10/01/22\t6/30/23\t●\t●\t●",
                                       "Row two\t1/15/23\t3/31/23\t\t●\t"});
    const auto result = PlanReader::readText(text, QStringLiteral("t.txt"));
    REQUIRE(result.ok);
    const auto &milestones = result.plan.objectives.first().milestones;
    REQUIRE(milestones.size() == 2);
    CHECK(milestones[0].quarters == QList<YearQuarter>{{2022, 4}, {2023, 1}, {2023, 2}});
    CHECK(milestones[1].quarters == QList<YearQuarter>{{2023, 1}});
    CHECK(milestones[1].sourceLine == 15);
    CHECK(result.findings.isEmpty());
}

TEST_CASE("each kind of anomaly becomes a finding and no row is dropped", "[plan][reader]")
{
    const QString text = header + tsv({"MAJOR MILESTONES\tSTART\tEND\t2022\t\t2023\t",
                                       "\t\t\tQ3\tQ4\tQ1\tQ2",
                                       "Impossible end\t7/01/22\t9/31/22\t●\t\t\t",
                                       "Words for a date\tsoon\t12/31/22\t●\t●\t\t",
                                       "Missing start\t\t12/31/22\t●\t●\t\t",
                                       "Backwards\t12/01/22\t8/01/22\t●\t●\t\t",
                                       "Marks outside dates\t7/01/22\t9/30/22\t●\t●\t\t",
                                       "Unmarked quarter\t7/01/22\t6/30/23\t●\t\t●\t●",
                                       "Odd mark\t7/01/22\t9/30/22\tyes\t\t\t",
                                       "\t7/01/22\t9/30/22\t●\t\t\t",
                                       "Fine\t7/01/22\t9/30/22\t●\t\t\t"});
    const auto result = PlanReader::readText(text, QStringLiteral("t.txt"));
    REQUIRE(result.ok);
    const auto &milestones = result.plan.objectives.first().milestones;
    CHECK(milestones.size() == 9);

    const auto &f = result.findings;
    CHECK(countKind(f, Finding::Kind::InvalidDate) == 1);
    CHECK(countKind(f, Finding::Kind::UnrecognisedValue) == 2); // "soon" and "yes"
    CHECK(countKind(f, Finding::Kind::MissingValue) == 2);      // empty start, empty title
    CHECK(countKind(f, Finding::Kind::EndBeforeStart) == 1);
    // "Odd mark" has no mark left, so its dates and marks disagree too.
    CHECK(countKind(f, Finding::Kind::MarksDisagree) == 3);
    CHECK(countKind(f, Finding::Kind::UnreadableTable) == 0);

    // The first finding on a line; with a kind, the first of that kind.
    const auto at = [&](int line, std::optional<Finding::Kind> kind = std::nullopt) {
        const auto it = std::find_if(f.cbegin(), f.cend(), [line, kind](const Finding &x) {
            return x.line == line && (!kind || x.kind == *kind);
        });
        REQUIRE(it != f.cend());
        return *it;
    };
    CHECK(at(14).kind == Finding::Kind::InvalidDate);
    CHECK(at(14).column == 3);
    CHECK(at(15).column == 2);
    CHECK(at(16).kind == Finding::Kind::MissingValue);
    CHECK(at(17).kind == Finding::Kind::EndBeforeStart);
    CHECK(at(18).message.contains(QStringLiteral("marked 2022 Q4")));
    CHECK(at(19).message.contains(QStringLiteral("dates cover 2022 Q4")));
    CHECK(at(20, Finding::Kind::UnrecognisedValue).column == 4);
    CHECK(at(20, Finding::Kind::MarksDisagree).column == 0);
    CHECK(at(21).column == 1);

    // Values are kept as written, not guessed.
    CHECK(milestones[0].end.raw() == QStringLiteral("9/31/22"));
    CHECK(milestones[1].start.raw() == QStringLiteral("soon"));
    CHECK(milestones[6].quarters.isEmpty());
}

TEST_CASE("ending on the first day of the next quarter is not a disagreement", "[plan][reader]")
{
    const QString text = header + tsv({"MAJOR MILESTONES\tSTART\tEND\t2022\t\t2023\t",
                                       "\t\t\tQ3\tQ4\tQ1\tQ2",
                                       "Ends on Jan 1\t8/01/22\t1/01/23\t●\t●\t\t",
                                       "Covers 29 days of Q1\t8/01/22\t1/29/23\t●\t●\t\t",
                                       "Covers 30 days of Q1\t8/01/22\t1/30/23\t●\t●\t\t"});
    const auto result = PlanReader::readText(text, QStringLiteral("t.txt"));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings.first().line == 16);
    CHECK(result.findings.first().kind == Finding::Kind::MarksDisagree);
}

TEST_CASE("a year row that contradicts the order of the quarters is reported", "[plan][reader]")
{
    const QString text = header + tsv({"MAJOR MILESTONES\tSTART\tEND\t2022\t2023\t\t",
                                       "\t\t\tQ3\tQ4\tQ1\tQ2",
                                       "Row\t7/01/22\t12/31/22\t●\t●\t\t"});
    const auto result = PlanReader::readText(text, QStringLiteral("t.txt"));
    REQUIRE(result.ok);
    CHECK(result.plan.objectives.first().milestones.first().quarters == QList<YearQuarter>{{2022, 3}, {2022, 4}});
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings.first().kind == Finding::Kind::UnreadableTable);
    CHECK(result.findings.first().line == 12);
}

TEST_CASE("a pasted tab-separated table becomes one objective", "[plan][reader][paste]")
{
    const QString text = tsv({"Milestone\tStart\tEnd\t2024\t\t2025", "\t\t\tQ3\tQ4\tQ1",
                              "Hire counselors\t7/1/24\t12/15/24\t•\t•\t", "Open wellness centers\tQ4-24\tQ1-25\t\t•\t•",
                              "", "Evaluate\t1/6/25\tOngoing\t\t\t•"});
    PlanReader::Options options;
    options.pastedPhase = Phase::Assess;
    const auto result = PlanReader::readText(text, QStringLiteral("wellness plan.txt"), options);
    REQUIRE(result.ok);
    REQUIRE(result.plan.objectives.size() == 1);
    const Objective &objective = result.plan.objectives.first();
    CHECK(objective.title == QStringLiteral("wellness plan"));
    CHECK(objective.phase == Phase::Assess);
    REQUIRE(objective.milestones.size() == 3);
    CHECK(objective.milestones[0].quarters == QList<YearQuarter>{{2024, 3}, {2024, 4}});
    CHECK(objective.milestones[1].quarters == QList<YearQuarter>{{2024, 4}, {2025, 1}});
    CHECK(objective.milestones[2].end.kind() == PlanDate::Kind::Ongoing);
    CHECK(objective.milestones[2].sourceLine == 6);
    CHECK(result.findings.isEmpty());
}

TEST_CASE("a paste without headers reads title, start and end and reports unplaceable marks", "[plan][reader][paste]")
{
    const QString text = tsv({"Hire counselors\t7/1/24\t12/15/24\t●\t●", "Open centers\t9/1/24\t9/30/24"});
    const auto result = PlanReader::readText(text, QStringLiteral("paste.txt"));
    REQUIRE(result.ok);
    const auto &milestones = result.plan.objectives.first().milestones;
    REQUIRE(milestones.size() == 2);
    CHECK(milestones[0].start.firstDay() == QDate(2024, 7, 1));
    CHECK(milestones[0].quarters.isEmpty());
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings.first().kind == Finding::Kind::UnreadableTable);
    CHECK(result.findings.first().line == 1);
}

TEST_CASE("a paste may list its quarters in one column", "[plan][reader][paste]")
{
    const QString text = tsv({"Title\tStart\tEnd\tQuarters", "Plan\t7/1/24\t12/15/24\t2024 Q3; 2024 Q4",
                              "Bad\t7/1/24\t9/1/24\tsummer"});
    const auto result = PlanReader::readText(text, QStringLiteral("paste.txt"));
    REQUIRE(result.ok);
    const auto &milestones = result.plan.objectives.first().milestones;
    REQUIRE(milestones.size() == 2);
    CHECK(milestones[0].quarters == QList<YearQuarter>{{2024, 3}, {2024, 4}});
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings.first().kind == Finding::Kind::UnrecognisedValue);
    CHECK(result.findings.first().column == 4);
}

TEST_CASE("files that hold no plan are refused with a reason", "[plan][reader]")
{
    const auto prose = PlanReader::readText(QStringLiteral("Dear families,\nWelcome back.\n"), QStringLiteral("letter.txt"));
    CHECK_FALSE(prose.ok);
    CHECK(prose.error.contains(QStringLiteral("letter.txt")));

    const auto missing = PlanReader::readFile(QStringLiteral("/nonexistent/plan.txt"));
    CHECK_FALSE(missing.ok);
    CHECK(missing.error.contains(QStringLiteral("/nonexistent/plan.txt")));

    QTemporaryDir dir;
    QFile binary(dir.filePath(QStringLiteral("plan.txt")));
    REQUIRE(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("PK\x03\x04\0\0binary", 12));
    binary.close();
    const auto zip = PlanReader::readFile(binary.fileName());
    CHECK_FALSE(zip.ok);
    CHECK_FALSE(zip.error.isEmpty());
}

TEST_CASE("CRLF line endings read the same as LF", "[plan][reader]")
{
    QString text = header + tsv({"MAJOR MILESTONES\tSTART\tEND\t2022\t\t2023\t", "\t\t\tQ3\tQ4\tQ1\tQ2",
                                 "Row\t7/01/22\t12/31/22\t●\t●\t\t"});
    const auto lf = PlanReader::readText(text, QStringLiteral("t.txt"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const auto crlf = PlanReader::readText(text, QStringLiteral("t.txt"));
    CHECK(lf.plan == crlf.plan);
    CHECK(lf.findings == crlf.findings);
}
