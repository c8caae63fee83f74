// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "export/csvwriter.h"
#include "export/datasetexporter.h"
#include "export/plancsvexporter.h"
#include "plan/planreader.h"
#include "store/database.h"
#include "store/planrepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

using namespace milepost;

namespace {

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;

    Store()
    {
        REQUIRE(dir.isValid());
        QString error;
        database = Database::open(dir.filePath(QStringLiteral("store.milepost")), &error);
        INFO(error.toStdString());
        REQUIRE(database);
    }

    void storePlan(const Plan &plan, const QList<Finding> &findings)
    {
        QString error;
        INFO(error.toStdString());
        REQUIRE(PlanRepository(*database).replacePlan(plan, findings, &error));
    }
};

Plan samplePlan()
{
    Milestone dashboard;
    dashboard.title = QStringLiteral("Publish the “vacancy” dashboard, phase 1");
    dashboard.section = QStringLiteral("Data Dashboard Related");
    dashboard.start = PlanDate::parse(QStringLiteral("6/01/22"));
    dashboard.end = PlanDate::parse(QStringLiteral("Q2-23"));
    dashboard.quarters = {{2022, 2}, {2022, 3}};
    dashboard.sourceLine = 20;
    Milestone formula;
    formula.title = QStringLiteral("=HYPERLINK(\"http://example.com\",\"click\")");
    formula.start = PlanDate::parse(QStringLiteral("Ongoing"));
    formula.end = PlanDate::parse(QStringLiteral("9/31/22"));
    formula.sourceLine = 21;

    Objective objective;
    objective.phase = Phase::Learn;
    objective.title = QStringLiteral("Staffing Plan");
    objective.subtitle = QStringLiteral("Certificated Employees");
    objective.status = ObjectiveStatus::parse(QStringLiteral("In Progress (Estimated completion - June 2023)"));
    objective.narrative = QStringLiteral("First line.\nSecond line.");
    objective.milestones = {dashboard, formula};
    objective.sourceLine = 12;

    Plan plan;
    plan.title = QStringLiteral("100-Day Plan");
    plan.source = QStringLiteral("plan.txt");
    plan.objectives = {objective};
    return plan;
}

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("the milestones dataset has a row per milestone with typed dates", "[export][dataset]")
{
    Store store;
    store.storePlan(samplePlan(), {});
    const QString path = store.dir.filePath(QStringLiteral("milestones.csv"));
    const auto result = DatasetExporter(*store.database).exportToFile(QStringLiteral("milestones"), path);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    CHECK(result.rows == 2);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBFPhase,"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text == QStringLiteral("Phase,Objective,Subtitle,Section,Milestone,Start,End,Quarters,Line,Id\r\n"
                                 "Learn,Staffing Plan,Certificated Employees,Data Dashboard Related,"
                                 "\"Publish the “vacancy” dashboard, phase 1\",2022-06-01,2023-Q2,2022 Q2; 2022 Q3,20,1\r\n"
                                 "Learn,Staffing Plan,Certificated Employees,,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\","
                                 "Ongoing,9/31/22,,21,2\r\n"));
}

TEST_CASE("the objectives dataset keeps multi-line narratives in one field", "[export][dataset]")
{
    Store store;
    store.storePlan(samplePlan(), {});
    const QString path = store.dir.filePath(QStringLiteral("objectives.csv"));
    CsvOptions options;
    options.byteOrderMark = false;
    const auto result = DatasetExporter(*store.database).exportToFile(QStringLiteral("objectives"), path, options);
    REQUIRE(result.ok);
    CHECK(result.rows == 1);
    CHECK(readText(path)
          == QStringLiteral("Phase,Objective,Subtitle,Objective text,Status,State,Estimated completion,Milestones,"
                            "Narrative,Line\r\n"
                            "Learn,Staffing Plan,Certificated Employees,\"\",In Progress (Estimated completion - June 2023),"
                            "In progress,2023-06,2,\"First line.\nSecond line.\",12\r\n")
                 .replace(QStringLiteral("In progress"), ObjectiveStatus::stateName(ObjectiveStatus::State::InProgress))
                 .replace(QStringLiteral(",\"\","), QStringLiteral(",,")));
}

TEST_CASE("the findings dataset guards messages that start like formulas", "[export][dataset]")
{
    Store store;
    store.storePlan(samplePlan(), {{22, 3, Finding::Kind::InvalidDate, QStringLiteral("“9/31/22” is not a day")},
                                   {30, 0, Finding::Kind::UnreadableTable, QStringLiteral("-not a row")}});
    const QString path = store.dir.filePath(QStringLiteral("findings.csv"));
    const auto result = DatasetExporter(*store.database).exportToFile(QStringLiteral("findings"), path);
    REQUIRE(result.ok);
    CHECK(result.rows == 2);
    const QString text = readText(path);
    CHECK(text.contains(QStringLiteral("22,3,%1,“9/31/22” is not a day\r\n").arg(Finding::kindName(Finding::Kind::InvalidDate))));
    CHECK(text.contains(QStringLiteral("30,0,%1,'-not a row\r\n").arg(Finding::kindName(Finding::Kind::UnreadableTable))));
}

TEST_CASE("an unknown dataset, an empty store or a bad path write nothing", "[export][dataset]")
{
    Store store;
    DatasetExporter exporter(*store.database);
    const QString path = store.dir.filePath(QStringLiteral("out.csv"));

    auto result = exporter.exportToFile(QStringLiteral("milestones"), path);
    CHECK_FALSE(result.ok);
    CHECK(result.error.contains(QStringLiteral("no plan")));
    CHECK_FALSE(QFile::exists(path));

    store.storePlan(samplePlan(), {});
    result = exporter.exportToFile(QStringLiteral("budgets"), path);
    CHECK_FALSE(result.ok);
    CHECK(result.error.contains(QStringLiteral("budgets")));
    CHECK_FALSE(QFile::exists(path));

    result = exporter.exportToFile(QStringLiteral("milestones"), store.dir.filePath(QStringLiteral("missing/out.csv")));
    CHECK_FALSE(result.ok);
    CHECK_FALSE(result.error.contains(QLatin1Char('\n')));
    CHECK(QDir(store.dir.path()).entryList({QStringLiteral("*.csv"), QStringLiteral("*.csv.*")}, QDir::Files).isEmpty());
}

TEST_CASE("the bundled plan exports every milestone", "[export][dataset]")
{
    const auto read = PlanReader::readFile(QStringLiteral(MILEPOST_DATA_DIR "/lausd-100-day-plan-report-2022.txt"));
    REQUIRE(read.ok);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    PlanCsvExporter::writeMilestones(read.plan, writer);
    REQUIRE(writer.finish());
    CHECK(writer.rowCount() == 1 + read.plan.milestoneCount());
    CHECK(read.plan.milestoneCount() == 160);
}
