// SPDX-License-Identifier: GPL-3.0-or-later
// The staffing and enrollment tables read from the database a window at a time (LazyRecordModel,
// RecordWindowModel): the dashboard read in the background holds no staffing or enrollment row;
// every cell shown, across windows, is the row DatasetRepository reads (the oracle); the rows
// shown are the filter's and the figure's; a sort is done by the database and keeps the rows; a
// busy connection never blocks the window; and a model consistency check
// (QAbstractItemModelTester) over a generated table of 5,000 rows, sorted by every column.
#include "core/store/figuresfixture.h"
#include "dashboardfixture.h"
#include "eventually.h"

#include "dashboardfilterbar.h"
#include "dashboardview.h"
#include "drilldownpanel.h"
#include "enrollmentpage.h"
#include "keyfiguretile.h"
#include "recordwindowmodel.h"
#include "recordwindowsources.h"
#include "staffingpage.h"
#include "store/datasetrepository.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace milepost;
using namespace milepost::test;

namespace {

int columnNamed(const QAbstractItemModel *model, const QString &name)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == name)
            return column;
    }
    FAIL("no column " << name.toStdString());
    return -1;
}

QString countText(const std::optional<qint64> &value)
{
    return value ? QLocale().toString(*value) : QString();
}

// Every row the panel shows is the oracle's row of its number: Local District, site, hires, line.
void checkStaffingCells(const DrillDownPanel *panel, const QList<StaffingRecord> &records)
{
    const QAbstractItemModel *model = panel->view()->model();
    const int district = columnNamed(model, QStringLiteral("Local District"));
    const int site = columnNamed(model, QStringLiteral("Site"));
    const int hires = columnNamed(model, QStringLiteral("Hires"));
    const int line = columnNamed(model, QStringLiteral("Line"));
    const QList<int> rows = panel->shownRows();
    REQUIRE(rows.size() == model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        const StaffingRecord &record = records.at(rows.at(row));
        INFO("row " << row << ", number " << rows.at(row));
        CHECK(model->index(row, district).data().toString() == record.localDistrict);
        CHECK(model->index(row, site).data().toString() == record.site);
        CHECK(model->index(row, hires).data().toString() == countText(record.hires));
        CHECK(model->index(row, line).data().toLongLong() == record.sourceLine);
    }
}

QList<int> sorted(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    return rows;
}

// Sorts the panel's table by column through its header and waits for the database's order.
void sortBy(DrillDownPanel *panel, int column, Qt::SortOrder order)
{
    auto *model = qobject_cast<LazyRecordModel *>(
        qobject_cast<QAbstractProxyModel *>(panel->view()->model())->sourceModel());
    REQUIRE(model);
    QSignalSpy done(model, &LazyRecordModel::sorted);
    panel->view()->horizontalHeader()->setSortIndicator(column, order);
    REQUIRE((!done.isEmpty() || done.wait(10000))); // no column: done at once
}

QString path(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("rows.milepost"));
}

} // namespace

TEST_CASE("the staffing table reads its rows from the database a window at a time, drills and sorts there",
          "[dashboard][lazyrows]")
{
    isolateSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QList<StaffingRecord> records;
    {
        QString error;
        auto database = Database::open(path(dir), &error);
        REQUIRE(database);
        storeStaffing(*database, randomStaffing(20261203, 500), "first");
        storeStaffing(*database, randomStaffing(17, 230), "second");
        records = DatasetRepository(*database).staffing();
    }
    REQUIRE(records.size() == 730); // four windows
    DashboardView view(DashboardView::Loader{});
    view.setBackgroundLoader([&dir](const std::atomic_bool &cancelled) { return DashboardData::read(path(dir), &cancelled); });
    QSignalSpy loaded(&view, &DashboardView::loaded);
    view.resize(1280, 800);
    view.show();
    REQUIRE(loaded.wait(10000));
    CHECK(view.data().staffing.isEmpty()); // left in the database
    CHECK(view.data().enrollment.isEmpty());

    StaffingPage *page = view.staffingPage();
    view.pages()->setCurrentWidget(page);
    DrillDownPanel *panel = page->drillDown();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(panel->shownRowCount() == 730);
    checkStaffingCells(panel, records);

    // A filter: the rows it passes, as the oracle filters them.
    DashboardFilter filter = view.filterBar()->filter();
    filter.localDistrict = QStringLiteral("ne");
    view.filterBar()->setFilter(filter);
    Q_EMIT view.filterBar()->filterChanged(view.filterBar()->filter());
    REQUIRE(loaded.wait(10000));
    const std::optional<QList<int>> matching = view.data().capitalFilter.matchingRows(records);
    REQUIRE(matching);
    REQUIRE(!matching->isEmpty());
    CHECK(panel->shownRows() == *matching);
    checkStaffingCells(panel, records);

    // A figure: exactly its rows, whatever the order.
    QTest::mouseClick(page->findChild<KeyFigureTile *>(QStringLiteral("hiresTile")), Qt::LeftButton);
    REQUIRE(panel->isDrilled());
    const StaffingFigures oracle = StaffingFigures::compute(records, view.data().capitalFilter);
    CHECK(page->figures().hires == oracle.hires);
    CHECK(sorted(panel->shownRows()) == oracle.hires.rows);
    checkStaffingCells(panel, records);

    // Sorted by site in the database: the same rows, in the order of their sites (ignoring case,
    // empty ones last going up or down), equal sites in list order.
    const QAbstractItemModel *model = panel->view()->model();
    const int site = columnNamed(model, QStringLiteral("Site"));
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        sortBy(panel, site, order);
        QList<int> expected = oracle.hires.rows;
        std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
            const QString left = records.at(a).site.toLower();
            const QString right = records.at(b).site.toLower();
            if (left.isEmpty() != right.isEmpty())
                return right.isEmpty();
            return order == Qt::AscendingOrder ? left < right : right < left;
        });
        CHECK(panel->shownRows() == expected);
        checkStaffingCells(panel, records);
    }
    // By the reason a row is not added: worked out from the figures, not the database.
    QTest::mouseClick(page->findChild<KeyFigureTile *>(QStringLiteral("staffingNotCountedTile")), Qt::LeftButton);
    const int reason = columnNamed(model, QStringLiteral("Not added because"));
    sortBy(panel, reason, Qt::AscendingOrder);
    REQUIRE(model->rowCount() == oracle.notAdded.value);
    REQUIRE(model->rowCount() > 1);
    for (int row = 1; row < model->rowCount(); ++row) {
        const QString before = model->index(row - 1, reason).data().toString();
        const QString after = model->index(row, reason).data().toString();
        CHECK(!before.isEmpty());
        CHECK(before.compare(after, Qt::CaseInsensitive) <= 0);
    }
    // Back to the order the rows came in.
    sortBy(panel, -1, Qt::AscendingOrder);
    CHECK(panel->shownRows() == sorted(panel->shownRows()));
    CHECK(panel->shownRows().size() == oracle.notAdded.value);
}

TEST_CASE("a connection busy counting leaves the table's cells empty without waiting, then they are read",
          "[dashboard][lazyrows]")
{
    isolateSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QList<EnrollmentRecord> records;
    {
        QString error;
        auto database = Database::open(path(dir), &error);
        REQUIRE(database);
        storeEnrollment(*database, randomEnrollment(23, 260), "first");
        records = DatasetRepository(*database).enrollment();
    }
    DashboardData data = DashboardData::read(path(dir));
    DashboardFilter filter;
    data.count(filter, {});
    REQUIRE(data.enrollmentListing);
    REQUIRE(data.enrollmentListing->rows.size() == 260);

    RecordWindowModel<EnrollmentRecord> model;
    model.setColumns({{QStringLiteral("School"), [](const EnrollmentRecord &record, int) { return QVariant(record.school); }}});
    RecordWindowSources::readFromDatabase(model, model.columns(), data.capitalQuery,
                                          std::make_shared<const RowListing>(*data.enrollmentListing),
                                          Dataset::Enrollment, &DatasetRowsQuery::enrollment);
    model.setRows(data.enrollmentListing->rows);
    std::atomic_bool held = false;
    std::atomic_bool release = false;
    QThread *counter = QThread::create([&] {
        const CapitalDashboardQuery::Lock lock(*data.capitalQuery);
        held = true;
        while (!release.load())
            QThread::msleep(2);
    });
    counter->start();
    REQUIRE_EVENTUALLY(held.load(), 3000);
    const QModelIndex last = model.index(259, 0);
    QSignalSpy askedAgain(&model, &QAbstractItemModel::dataChanged);
    CHECK_FALSE(last.data().isValid()); // not read, not waited for
    release = true;
    counter->wait();
    delete counter;
    // The view is told to ask again, for the window it could not read (rows 200 to 259).
    REQUIRE_EVENTUALLY(!askedAgain.isEmpty(), 3000);
    CHECK(askedAgain.first().at(0).toModelIndex().row() <= 259);
    CHECK(askedAgain.first().at(1).toModelIndex().row() >= 259);
    CHECK(last.data().toString() == records.at(259).school);
    CHECK(model.index(0, 0).data().toString() == records.at(0).school);
}

TEST_CASE("a generated table of 5,000 staffing rows stays consistent as it is read and sorted by every column",
          "[dashboard][lazyrows]")
{
    const QList<StaffingRecord> records = randomStaffing(99, 5000);
    StaffingPage page; // its columns, over rows in memory
    RecordWindowModel<StaffingRecord> model;
    model.setColumns(page.model()->columns());
    RecordWindowSources::readFromMemory(model, model.columns(), records);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<int> rows;
    for (int row = 0; row < 5000; row += 2)
        rows.append(row); // every other row: numbers are not places
    model.setRows(rows);
    CHECK(model.rowCount() == 2500);
    CHECK(model.index(2499, 2).data().toString() == records.at(4998).site);
    for (int column = 0; column < model.columnCount(); ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QSignalSpy done(&model, &LazyRecordModel::sorted);
            model.sort(column, order);
            REQUIRE(done.wait(10000));
            INFO("column " << column);
            CHECK(sorted(model.rows()) == rows);
            for (int row = 0; row < model.rowCount(); row += 97) {
                const int number = model.index(row, 0).data(RecordTableModel::SourceRowRole).toInt();
                CHECK(model.index(row, 2).data().toString() == records.at(number).site);
            }
        }
    }
}
