// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "csv/csvreader.h"
#include "export/csvwriter.h"
#include "export/plancsvexporter.h"
#include "plan/phasenames.h"
#include "plan/planreader.h"

#include <QBuffer>
#include <QMap>

using namespace milepost;

namespace {

// The milestones CSV read back with the CSV reader, then each objective's rows pasted, as a
// person copies them out of Excel, into the plan reader's pasted-table path: title, start, end
// and the QUARTERS list it understands.
struct ReadBack
{
    QStringList header;
    // "Phase|Objective|Subtitle" in the file's order, each with its pasted table read back.
    QList<std::pair<QString, PlanImportResult>> objectives;
    QList<QStringList> rows;
};

ReadBack readBack(const QByteArray &csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvDialect dialect;
    dialect.byteOrderMark = csv.startsWith("\xEF\xBB\xBF");
    CsvReader reader(&buffer, dialect);
    CsvRecord record;
    ReadBack result;
    QMap<QString, QStringList> pasted;
    QStringList order;
    while (reader.next(record)) {
        REQUIRE(record.problem() == CsvRecord::Problem::None);
        QStringList cells;
        for (int i = 0; i < record.fieldCount(); ++i)
            cells.append(record.text(i));
        if (result.header.isEmpty()) {
            result.header = cells;
            continue;
        }
        REQUIRE(cells.size() == result.header.size());
        result.rows.append(cells);
        const QString key = cells[0] + QLatin1Char('|') + cells[1] + QLatin1Char('|') + cells[2];
        if (!pasted.contains(key)) {
            order.append(key);
            pasted[key] = {QStringLiteral("MILESTONE\tSTART\tEND\tQUARTERS")};
        }
        // Milestone, Start, End, Quarters: the guard undone as an importer does.
        pasted[key].append(QStringList{CsvWriter::unguard(cells[4]), CsvWriter::unguard(cells[5]),
                                       CsvWriter::unguard(cells[6]), CsvWriter::unguard(cells[7])}
                               .join(QLatin1Char('\t')));
    }
    REQUIRE(reader.error().isEmpty());
    for (const QString &key : std::as_const(order)) {
        const QStringList parts = key.split(QLatin1Char('|'));
        PlanReader::Options options;
        options.pastedTitle = parts.value(1);
        result.objectives.append({key, PlanReader::readText(pasted[key].join(QLatin1Char('\n')),
                                                            QStringLiteral("pasted.txt"), options)});
    }
    return result;
}

QByteArray exportMilestones(const Plan &plan, const CsvOptions &options = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, options);
    PlanCsvExporter::writeMilestones(plan, writer);
    REQUIRE(writer.finish());
    return bytes;
}

// Every milestone's title, dates and quarter marks came back; phase, objective and section are
// in their own columns.
void requireSameMilestones(const Plan &plan, const ReadBack &back)
{
    QList<const Objective *> withMilestones;
    for (const Objective &objective : plan.objectives) {
        if (!objective.milestones.isEmpty())
            withMilestones.append(&objective);
    }
    REQUIRE(back.objectives.size() == withMilestones.size());
    int row = 0;
    for (int i = 0; i < withMilestones.size(); ++i) {
        const Objective &objective = *withMilestones[i];
        const auto &[key, result] = back.objectives[i];
        INFO(key.toStdString());
        CHECK(key == PhaseNames::display(objective.phase) + QLatin1Char('|') + objective.title + QLatin1Char('|')
                         + objective.subtitle);
        REQUIRE(result.ok);
        REQUIRE(result.plan.objectives.size() == 1);
        const auto &milestones = result.plan.objectives.first().milestones;
        REQUIRE(milestones.size() == objective.milestones.size());
        for (int m = 0; m < milestones.size(); ++m, ++row) {
            const Milestone &original = objective.milestones[m];
            INFO(original.title.toStdString());
            CHECK(milestones[m].title == original.title);
            CHECK(milestones[m].start == original.start);
            CHECK(milestones[m].end == original.end);
            CHECK(milestones[m].quarters == original.quarters);
            CHECK(back.rows[row][3] == original.section);
            CHECK(back.rows[row][8] == QString::number(original.sourceLine));
        }
    }
}

Milestone milestone(const QString &title, const QString &start, const QString &end, const QList<YearQuarter> &quarters)
{
    Milestone m;
    m.title = title;
    m.start = PlanDate::parse(start);
    m.end = PlanDate::parse(end);
    m.quarters = quarters;
    return m;
}

} // namespace

TEST_CASE("the bundled plan's milestones come back through the pasted-table reader", "[export][roundtrip]")
{
    const auto read = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    REQUIRE(read.ok);
    const QByteArray csv = exportMilestones(read.plan);
    const ReadBack back = readBack(csv);
    CHECK(back.header == PlanCsvExporter::milestoneHeader());
    CHECK(back.rows.size() == read.plan.milestoneCount());
    requireSameMilestones(read.plan, back);
}

TEST_CASE("formula-like titles, quotes, commas and every kind of date survive the round trip", "[export][roundtrip]")
{
    Objective objective;
    objective.phase = Phase::Assess;
    objective.title = QStringLiteral("Budget, \"draft\" – año");
    objective.milestones = {
        milestone(QStringLiteral("=SUM(A1:A9)"), QStringLiteral("6/01/22"), QStringLiteral("Q4-22"), {{2022, 2}, {2022, 3}, {2022, 4}}),
        milestone(QStringLiteral("-10% travel"), QStringLiteral("June 2023"), QStringLiteral("Ongoing"), {{2023, 2}}),
        milestone(QStringLiteral("'=already quoted"), QStringLiteral("N/A"), QStringLiteral("9/31/22"), {}),
        milestone(QStringLiteral("@mention, \"quoted\""), QStringLiteral("2022 Q3"), QStringLiteral("TBD"), {}),
        milestone(QStringLiteral("+1 counselor"), QString(), QStringLiteral("12/31/2023"), {{2023, 4}}),
    };
    // A date read with another two-digit-year rule: 1922 must stay 1922.
    objective.milestones.append(milestone(QStringLiteral("Archive"), QString(), QString(), {}));
    objective.milestones.last().start = PlanDate::parse(QStringLiteral("3/5/22"), TwoDigitYearRule{20});
    Plan plan;
    plan.objectives = {objective};

    for (const bool bom : {true, false}) {
        CsvOptions options;
        options.byteOrderMark = bom;
        const QByteArray csv = exportMilestones(plan, options);
        CHECK(csv.contains("'=SUM(A1:A9)"));
        CHECK(csv.contains("'-10% travel"));
        CHECK(csv.contains(",''=already quoted,"));
        CHECK(csv.contains("1922-03-05"));
        requireSameMilestones(plan, readBack(csv));
    }
}
