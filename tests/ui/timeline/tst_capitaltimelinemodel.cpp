// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"
#include "datasetfixtures.h"

#include "export/csvwriter.h"
#include "report/tablecsvexporter.h"
#include "timeline/capitalprojectlist.h"
#include "timeline/capitaltimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>

using namespace milepost;
using Edge = TimelineRoles::Edge;
using Kind = TimelineRoles::ItemKind;
using State = MilestoneStatus::State;

namespace {

Applicable<QDate> day(int y, int m, int d)
{
    return Applicable<QDate>::known(QDate(y, m, d));
}

CapitalPhase phase(const char *name, const char *status, Applicable<QDate> plannedStart, Applicable<QDate> plannedEnd,
                   Applicable<QDate> actualStart, Applicable<QDate> actualEnd)
{
    CapitalPhase p;
    p.name = QString::fromUtf8(name);
    p.status = QString::fromUtf8(status);
    p.plannedStart = plannedStart;
    p.plannedEnd = plannedEnd;
    p.actualStart = actualStart;
    p.actualEnd = actualEnd;
    return p;
}

// Two districts, written out of order ("10" before "2"), three projects.
QList<CapitalProject> projects()
{
    CapitalProject roof;
    roof.key = QStringLiteral("P-1");
    roof.region = QStringLiteral("10");
    roof.schoolName = QStringLiteral("P.S. 1");
    roof.description = QStringLiteral("Roof replacement");
    roof.phases = {
        phase("Design", "Complete", day(2022, 1, 3), day(2022, 6, 30), day(2022, 1, 3), day(2022, 8, 31)),
        phase("Construction", "In-Progress", day(2022, 9, 1), day(2023, 6, 30), day(2022, 9, 15), {}),
    };
    CapitalProject boiler;
    boiler.key = QStringLiteral("P-2");
    boiler.region = QStringLiteral("2");
    boiler.schoolName = QStringLiteral("I.S. 2");
    boiler.description = QStringLiteral("Boiler conversion");
    boiler.phases = {
        // As the NYC export writes them: no planned start, codes instead of dates.
        phase("Scope", "In-Progress", {}, Applicable<QDate>::notApplicable(QStringLiteral("DOES")), day(2024, 6, 28), {}),
        phase("Construction", "", {}, Applicable<QDate>::notApplicable(QStringLiteral("PNS")),
              Applicable<QDate>::notApplicable(QStringLiteral("PNS")), {}),
    };
    CapitalProject yard;
    yard.key = QStringLiteral("P-3");
    yard.region = QStringLiteral("2");
    yard.schoolName = QStringLiteral("P.S. 3");
    yard.description = QStringLiteral("Schoolyard resurfacing");
    // Began after its planned end: the bar is a point at the planned end.
    yard.phases = {phase("Construction", "In-Progress", {}, day(2023, 3, 31), day(2023, 5, 2), {})};
    return {roof, boiler, yard};
}

// Every district's projects read, as a view scrolled through all of them would read them.
void readAll(CapitalTimelineModel &model)
{
    for (int d = 0; d < model.rowCount(); ++d) {
        while (model.canFetchMore(model.index(d, 0)))
            model.fetchMore(model.index(d, 0));
    }
}

template<typename T>
T role(const QModelIndex &index, int role)
{
    return index.data(role).value<T>();
}

} // namespace

TEST_CASE("capital projects are grouped by district in natural order, phases under their project", "[timeline][capital]")
{
    CapitalTimelineModel model;
    model.setProjects(projects());
    readAll(model);
    // After the reset: Qt 6.4's tester fails a fetchMore() it makes itself while a reset is
    // still being announced (its checks run before it notes the reset as done).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 2);
    const QModelIndex two = model.index(0, 0);
    const QModelIndex ten = model.index(1, 0);
    CHECK(two.data().toString() == QStringLiteral("District 2 (2 projects)"));
    CHECK(ten.data().toString() == QStringLiteral("District 10 (1 project)"));
    REQUIRE(model.rowCount(two) == 2);
    CHECK(model.index(0, 0, two).data().toString() == QStringLiteral("I.S. 2 · Boiler conversion"));
    const QModelIndex roof = model.index(0, 0, ten);
    REQUIRE(model.rowCount(roof) == 2);
    CHECK(model.index(1, 0, roof).data().toString() == QStringLiteral("Construction"));
    CHECK(role<int>(roof, TimelineRoles::ItemKindRole) == int(Kind::Summary));
    CHECK(role<int>(model.index(0, 0, roof), TimelineRoles::ItemKindRole) == int(Kind::Task));
    CHECK(model.index(0, 0, roof).flags() & Qt::ItemNeverHasChildren);
}

TEST_CASE("a phase's bar is its planned dates, the actual dates its second line", "[timeline][capital]")
{
    CapitalTimelineModel model;
    model.setProjects(projects());
    readAll(model);
    model.setAsOf(QDate(2022, 11, 15));
    const QModelIndex roof = model.index(0, 0, model.index(1, 0));
    const QModelIndex design = model.index(0, 0, roof);
    CHECK(role<QDate>(design, TimelineRoles::StartRole) == QDate(2022, 1, 3));
    CHECK(role<QDate>(design, TimelineRoles::EndRole) == QDate(2022, 6, 30));
    CHECK(role<int>(design, TimelineRoles::StartEdgeRole) == int(Edge::Exact));
    CHECK(role<QDate>(design, TimelineRoles::ActualStartRole) == QDate(2022, 1, 3));
    CHECK(role<QDate>(design, TimelineRoles::ActualEndRole) == QDate(2022, 8, 31)); // two months late
    CHECK(role<int>(design, TimelineRoles::StatusRole) == int(State::Done));

    // Running on: the actual line reaches the as-of date.
    const QModelIndex construction = model.index(1, 0, roof);
    CHECK(role<QDate>(construction, TimelineRoles::ActualEndRole) == QDate(2022, 11, 15));
    CHECK(role<int>(construction, TimelineRoles::StatusRole) == int(State::OnTrack));
    CHECK(role<QString>(construction, TimelineRoles::ToolTipRole).contains(QStringLiteral("still running")));

    // The project spans its phases, planned and actual.
    CHECK(role<QDate>(roof, TimelineRoles::StartRole) == QDate(2022, 1, 3));
    CHECK(role<QDate>(roof, TimelineRoles::EndRole) == QDate(2023, 6, 30));
    CHECK(role<QDate>(roof, TimelineRoles::ActualEndRole) == QDate(2022, 11, 15));
    CHECK(role<QString>(roof, TimelineRoles::KeyRole) == QStringLiteral("capital-project:P-1"));
}

TEST_CASE("a phase's status follows the as-of date", "[timeline][capital]")
{
    const CapitalPhase construction
        = phase("Construction", "In-Progress", day(2022, 9, 1), day(2023, 6, 30), day(2022, 9, 15), {});
    const struct
    {
        QDate asOf;
        State state;
    } cases[] = {
        {QDate(2022, 10, 1), State::OnTrack},
        {QDate(2023, 6, 1), State::DueSoon},
        {QDate(2023, 6, 30), State::DueSoon},
        {QDate(2023, 7, 1), State::Overdue},
    };
    for (const auto &c : cases) {
        INFO(c.asOf.toString(Qt::ISODate).toStdString());
        CHECK(CapitalTimelineModel::phaseState(construction, c.asOf) == c.state);
    }
    const CapitalPhase notBegun = phase("Design", "", day(2023, 1, 1), day(2023, 12, 31), {}, {});
    CHECK(CapitalTimelineModel::phaseState(notBegun, QDate(2022, 10, 1)) == State::NotStarted);
    const CapitalPhase complete = phase("Scope", "Complete", {}, day(2021, 9, 13), day(2021, 4, 13), {});
    CHECK(CapitalTimelineModel::phaseState(complete, QDate(2025, 1, 1)) == State::Done);
    const CapitalPhase noEnd = phase("Scope", "In-Progress", {}, Applicable<QDate>::notApplicable(QStringLiteral("DOES")),
                                     day(2024, 6, 28), {});
    CHECK(CapitalTimelineModel::phaseState(noEnd, QDate(2025, 1, 1)) == State::Unknown);
}

TEST_CASE("a date the export marks not applicable is a missing side whose code the tooltip gives", "[timeline][capital]")
{
    CapitalTimelineModel model;
    model.setProjects(projects());
    readAll(model);
    const QModelIndex boiler = model.index(0, 0, model.index(0, 0));
    const QModelIndex scope = model.index(0, 0, boiler);
    CHECK(role<QDate>(scope, TimelineRoles::StartRole) == QDate(2024, 6, 28)); // the actual start, with no planned one
    CHECK(role<int>(scope, TimelineRoles::EndEdgeRole) == int(Edge::Missing));
    CHECK(role<QString>(scope, TimelineRoles::ProblemRole).contains(QStringLiteral("“DOES” (not applicable)")));
    CHECK(role<QString>(scope, TimelineRoles::ToolTipRole).contains(QStringLiteral("“DOES” (not applicable)")));
    // The tree's column shows the code as the export writes it.
    CHECK(model.index(0, CapitalTimelineModel::PlannedEndColumn, boiler).data().toString() == QStringLiteral("DOES"));
    const QModelIndex notStarted = model.index(1, 0, boiler);
    CHECK(role<int>(notStarted, TimelineRoles::StartEdgeRole) == int(Edge::Missing));
    CHECK(model.index(1, CapitalTimelineModel::ActualStartColumn, boiler).data().toString() == QStringLiteral("PNS"));
    CHECK(role<QString>(notStarted, TimelineRoles::ProblemRole).contains(QStringLiteral("“PNS” (not applicable)")));

    // Began after its planned end: a point at the planned end, the actual line after it.
    const QModelIndex yard = model.index(0, 0, model.index(1, 0, model.index(0, 0)));
    CHECK(role<QDate>(yard, TimelineRoles::StartRole) == QDate(2023, 3, 31));
    CHECK(role<QDate>(yard, TimelineRoles::EndRole) == QDate(2023, 3, 31));
    CHECK(role<QDate>(yard, TimelineRoles::ActualStartRole) == QDate(2023, 5, 2));
}

TEST_CASE("a month or a fiscal year is shown as written, its bar spanning all of it", "[timeline][capital][precision]")
{
    struct EnglishLocale
    {
        EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
        ~EnglishLocale() { QLocale::setDefault(QLocale::system()); }
    } english;
    CapitalProject gym;
    gym.key = QStringLiteral("P-4");
    gym.region = QStringLiteral("1");
    gym.schoolName = QStringLiteral("P.S. 4");
    gym.description = QStringLiteral("Gym floor");
    // "May 2009" to "FY2012", begun on a day, ended in "Dec 2011": as DatePrecisions stores them.
    CapitalPhase design = phase("Design", "Complete", day(2009, 5, 1), day(2012, 6, 30), day(2009, 5, 14), day(2011, 12, 31));
    design.plannedStartPrecision = DatePrecision::Month;
    design.plannedEndPrecision = DatePrecision::Year;
    design.actualEndPrecision = DatePrecision::Month;
    gym.phases = {design};
    CapitalTimelineModel model;
    model.setProjects({gym});
    readAll(model);
    const QModelIndex project = model.index(0, 0, model.index(0, 0));
    const QModelIndex row = model.index(0, 0, project);
    CHECK(model.index(0, CapitalTimelineModel::StartColumn, project).data().toString() == QStringLiteral("May 2009"));
    CHECK(model.index(0, CapitalTimelineModel::PlannedEndColumn, project).data().toString() == QStringLiteral("FY2012"));
    CHECK(model.index(0, CapitalTimelineModel::ActualStartColumn, project).data().toString() == QStringLiteral("5/14/2009"));
    CHECK(model.index(0, CapitalTimelineModel::ActualEndColumn, project).data().toString() == QStringLiteral("December 2011"));
    CHECK(role<QDate>(row, TimelineRoles::StartRole) == QDate(2009, 5, 1));
    CHECK(role<QDate>(row, TimelineRoles::EndRole) == QDate(2012, 6, 30));
    CHECK(role<QString>(row, TimelineRoles::ToolTipRole).contains(QStringLiteral("Planned: May 2009 – FY2012")));
}

TEST_CASE("the search keeps matching projects with their phases and districts", "[timeline][capital]")
{
    CapitalTimelineModel model;
    model.setProjects(projects());
    readAll(model);
    model.setSearchText(QStringLiteral("boiler"));
    readAll(model);
    REQUIRE(model.rowCount() == 1);
    REQUIRE(model.rowCount(model.index(0, 0)) == 1);
    CHECK(model.rowCount(model.index(0, 0, model.index(0, 0))) == 2); // both phases
    // A phase name keeps its project and district, and only that phase.
    model.setSearchText(QStringLiteral("design"));
    readAll(model);
    REQUIRE(model.rowCount() == 1);
    const QModelIndex roof = model.index(0, 0, model.index(0, 0));
    REQUIRE(model.rowCount(roof) == 1);
    // The project then spans the phase that is shown.
    CHECK(role<QDate>(roof, TimelineRoles::EndRole) == QDate(2022, 6, 30));
    // Every word, in the row or above it: the construction phases of the roof project.
    model.setSearchText(QStringLiteral("Roof  construction"));
    readAll(model);
    REQUIRE(model.rowCount() == 1);
    const QModelIndex project = model.index(0, 0, model.index(0, 0));
    CHECK(project.data().toString() == QStringLiteral("P.S. 1 · Roof replacement"));
    REQUIRE(model.rowCount(project) == 1);
    CHECK(model.index(0, 0, project).data().toString() == QStringLiteral("Construction"));
    // By the site's key, which no column shows.
    model.setSearchText(QStringLiteral("p-3"));
    readAll(model);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0, model.index(0, 0)).data().toString() == QStringLiteral("P.S. 3 · Schoolyard resurfacing"));
    model.setSearchText(QString());
    readAll(model);
    CHECK(model.rowCount() == 2);
}

TEST_CASE("the whole NYC export is on the timeline", "[timeline][capital][real]")
{
    const QList<CapitalProject> &projects = test::nycProjects();
    CapitalTimelineModel model;
    model.setProjects(projects);
    readAll(model);
    int projectRows = 0;
    int phaseRows = 0;
    int missingEnds = 0;
    for (int d = 0; d < model.rowCount(); ++d) {
        const QModelIndex district = model.index(d, 0);
        projectRows += model.rowCount(district);
        for (int p = 0; p < model.rowCount(district); ++p) {
            const QModelIndex project = model.index(p, 0, district);
            phaseRows += model.rowCount(project);
            for (int f = 0; f < model.rowCount(project); ++f) {
                if (role<int>(model.index(f, 0, project), TimelineRoles::EndEdgeRole) == int(Edge::Missing))
                    ++missingEnds;
            }
        }
    }
    CHECK(projectRows == 6984);
    CHECK(phaseRows == 13152);
    CHECK(model.index(0, 0).data().toString().startsWith(QStringLiteral("District 1 (")));
    // Every "DOES", "PNS" and other code in the planned end is drawn as a missing side.
    int coded = 0;
    for (const CapitalProject &project : projects) {
        for (const CapitalPhase &phase : project.phases)
            coded += !phase.plannedEnd.isKnown();
    }
    CHECK(missingEnds == coded);
    CHECK(coded > 819);
}

TEST_CASE("a district's projects are read a window at a time, in order, as the view asks", "[timeline][capital][lazy]")
{
    // 2,500 projects in one district, 3 in another; each project one phase a day later.
    QList<CapitalProject> many;
    for (int i = 0; i < 2503; ++i) {
        CapitalProject project;
        project.key = QStringLiteral("K-%1").arg(i);
        project.region = i < 2500 ? QStringLiteral("7") : QStringLiteral("2");
        project.schoolName = QStringLiteral("School %1").arg(i);
        project.description = QStringLiteral("Project %1").arg(i);
        project.sourceLine = i + 2;
        const QDate start = QDate(2020, 1, 1).addDays(i);
        project.phases = {phase("Design", "", day(start.year(), start.month(), start.day()),
                                day(start.addDays(30).year(), start.addDays(30).month(), start.addDays(30).day()), {}, {})};
        many.append(project);
    }
    CapitalTimelineModel model;
    model.setProjects(many);
    REQUIRE(model.rowCount() == 2);
    const QModelIndex seven = model.index(1, 0);
    CHECK(seven.data().toString() == QStringLiteral("District 7 (2,500 projects)"));
    // Nothing read yet, but the district says it has rows to open, and spans them all.
    CHECK(model.rowCount(seven) == 0);
    CHECK(model.hasChildren(seven));
    CHECK_FALSE(seven.flags() & Qt::ItemNeverHasChildren);
    CHECK(model.canFetchMore(seven));
    CHECK(role<QDate>(seven, TimelineRoles::StartRole) == QDate(2020, 1, 1));
    CHECK(role<QDate>(seven, TimelineRoles::EndRole) == QDate(2020, 1, 1).addDays(2499 + 30));
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
    model.fetchMore(seven);
    REQUIRE(model.rowCount(seven) == 100);
    int windows = 1;
    while (model.canFetchMore(seven)) {
        model.fetchMore(seven);
        ++windows;
    }
    CHECK(windows == 25);
    REQUIRE(model.rowCount(seven) == 2500);
    // Each row is the project in its place, across the windows, with its phase.
    for (int row = 0; row < 2500; ++row) {
        const QModelIndex project = model.index(row, 0, seven);
        REQUIRE(project.data().toString() == QStringLiteral("School %1 · Project %1").arg(row));
        REQUIRE(model.rowCount(project) == 1);
        REQUIRE(role<QDate>(model.index(0, 0, project), TimelineRoles::StartRole) == QDate(2020, 1, 1).addDays(row));
        REQUIRE(model.parent(model.index(0, 0, project)) == project);
    }
    CHECK(role<QString>(model.index(1234, 0, seven), TimelineRoles::KeyRole) == QStringLiteral("capital-project:K-1234"));
    {
        // Qt's checks of the model, on everything read (Qt 6.4's tester fails the fetchMore() it
        // makes itself while it checks a change: it is given the model once the rows are in).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.fetchMore(model.index(0, 0));
        CHECK(model.rowCount(model.index(0, 0)) == 3);
    }
    // A search reads from the first window again: the district then counts what matches (154
    // numbers below 2,500 hold "12").
    model.setSearchText(QStringLiteral("school 12"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("District 7 (154 projects)"));
    CHECK(model.rowCount(model.index(0, 0)) == 0);
}

namespace {

// Projects in memory, some of which are gone when their window is read (removed by an import
// after the districts were read).
class ThinningSource final : public CapitalTimelineSource
{
public:
    explicit ThinningSource(QList<CapitalProject> projects)
        : m_list(std::move(projects))
    {
    }
    std::optional<QList<CapitalTimelineDistrict>> districts(const CapitalTimelineMatch &match, QString *error,
                                                            const std::atomic_bool *cancelled) const override
    {
        return m_list.districts(match, error, cancelled);
    }
    std::optional<QList<CapitalProject>> projects(const QList<qint64> &keys, QString *error) const override
    {
        QList<qint64> left;
        for (qint64 key : keys) {
            if (key % 7 != 3)
                left.append(key);
        }
        return m_list.projects(left, error);
    }

private:
    CapitalProjectList m_list;
};

} // namespace

TEST_CASE("projects gone by the time their window is read are passed over, none read twice", "[timeline][capital][lazy]")
{
    QList<CapitalProject> many;
    for (int i = 0; i < 250; ++i) {
        CapitalProject project;
        project.key = QStringLiteral("K-%1").arg(i);
        project.region = QStringLiteral("7");
        project.schoolName = QStringLiteral("School %1").arg(i);
        project.description = QStringLiteral("Project %1").arg(i);
        project.phases = {phase("Design", "", day(2020, 1, 1), day(2020, 2, 1), {}, {})};
        many.append(project);
    }
    CapitalTimelineModel model;
    model.setSource(std::make_shared<ThinningSource>(many));
    const QModelIndex seven = model.index(0, 0);
    readAll(model);
    QStringList titles;
    for (int row = 0; row < model.rowCount(seven); ++row)
        titles.append(model.index(row, 0, seven).data().toString());
    QStringList expected;
    for (int i = 0; i < 250; ++i) {
        if (i % 7 != 3)
            expected.append(QStringLiteral("School %1 · Project %1").arg(i));
    }
    CHECK(titles == expected);
    CHECK_FALSE(model.canFetchMore(seven));
}

TEST_CASE("the capital timeline exports every phase with its district and project, none read before",
          "[timeline][capital][csv]")
{
    CapitalTimelineModel model;
    model.setProjects(projects());
    REQUIRE(model.rowCount(model.index(0, 0)) == 0); // no project read yet
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvOptions options;
    options.byteOrderMark = false;
    CsvWriter writer(&buffer, options);
    CHECK(TableCsvExporter::write(&model, nullptr, writer) == 5);
    REQUIRE(writer.finish());
    const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    // Two levels of parents, as the header says, on every phase's line.
    CHECK(lines.at(0).startsWith(QStringLiteral("District,Project,")));
    CHECK(lines.at(1).startsWith(QStringLiteral("District 2 (2 projects),I.S. 2 · Boiler conversion,Scope,")));
    CHECK(lines.at(5).startsWith(QStringLiteral("District 10 (1 project),P.S. 1 · Roof replacement,Construction,")));
}
