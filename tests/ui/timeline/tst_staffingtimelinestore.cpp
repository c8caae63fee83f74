// SPDX-License-Identifier: GPL-3.0-or-later
// The staffing timeline as the app shows it: read from a database file on a worker thread, and
// only once the staffing timeline is shown.

#include "catchcompat.h"
#include "datasetfixtures.h"
#include "readstaffing.h"

#include "plantree/planfilterproxymodel.h"
#include "plantree/plantreemodel.h"
#include "store/staffingtimelinequery.h"
#include "timeline/staffingtimelinemodel.h"
#include "timeline/timelinechart.h"
#include "timeline/timelineview.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QShortcut>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace milepost;
using Subject = TimelineView::Subject;

namespace {

QString outputPath(const QString &name)
{
    const QString directory = QString::fromUtf8(MILEPOST_TEST_OUTPUT_DIR);
    QDir().mkpath(directory);
    return directory + QLatin1Char('/') + name;
}

// The store's source, counting its reads and noting whether one ran on the window's thread.
class WatchedSource final : public StaffingTimelineSource
{
public:
    explicit WatchedSource(std::shared_ptr<const StaffingTimelineSource> inner)
        : m_inner(std::move(inner))
    {
    }
    std::optional<QList<StaffingTimelineCategory>> categories(const StaffingTimelineMatch &match, QString *error,
                                                              const std::atomic_bool *cancelled) const override
    {
        ++reads;
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            ++readsOnWindowThread;
        while (held.load() && !(cancelled && cancelled->load()))
            QThread::msleep(5);
        if (broken.load()) {
            if (error)
                *error = QStringLiteral("database disk image is malformed");
            return std::nullopt;
        }
        return m_inner->categories(match, error, cancelled);
    }
    std::optional<QList<StaffingRecord>> records(const QList<qint64> &keys, QString *error) const override
    {
        rowsRead += int(keys.size());
        return m_inner->records(keys, error);
    }
    bool readsInBackground() const override { return m_inner->readsInBackground(); }

    mutable std::atomic_int reads{0}; // passes over the categories
    mutable std::atomic_int rowsRead{0};
    mutable std::atomic_int readsOnWindowThread{0};
    std::atomic_bool held{false};   // a read waits until it is cancelled
    std::atomic_bool broken{false}; // a read fails, as a damaged file does

private:
    std::shared_ptr<const StaffingTimelineSource> m_inner;
};

// Every row's title and dates, depth first: what the tree shows.
QStringList shownRows(const QAbstractItemModel &model, const QModelIndex &parent = QModelIndex())
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        rows << index.data().toString() + QLatin1Char('|') + index.siblingAtColumn(1).data().toString()
                    + QLatin1Char('|') + index.siblingAtColumn(2).data().toString();
        rows << shownRows(model, index);
    }
    return rows;
}

bool waitUntil(const std::function<bool()> &condition)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < 30000)
        QTest::qWait(10);
    return condition();
}

struct StoredStaffing
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::shared_ptr<WatchedSource> source;
    PlanTreeModel plan;
    PlanFilterProxyModel filter;
    std::unique_ptr<TimelineView> view;
    QString version = QStringLiteral("1");

    StoredStaffing()
    {
        REQUIRE(dir.isValid());
        QString error;
        database = Database::open(dir.filePath(QStringLiteral("staffing.milepost")), &error);
        REQUIRE(database);
        DatasetImporter importer(*database);
        DatasetImporter::Request request;
        request.path = QStringLiteral(MILEPOST_DATA_DIR "/lausd-sample-staffing.csv");
        request.profile = BuiltInProfiles::milepostCsv(Dataset::Staffing);
        REQUIRE(importer.run(request).ok);
        source = std::make_shared<WatchedSource>(std::make_shared<StaffingTimelineQuery>(*database));
        filter.setSourceModel(&plan);
        view = std::make_unique<TimelineView>(&plan, &filter);
        view->resize(1280, 800);
        view->setDatasetLoader([this](bool) { return TimelineView::Datasets{{}, {}, nullptr, version, source}; });
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    }
    StaffingTimelineModel *model() const
    {
        return qobject_cast<StaffingTimelineModel *>(view->shownModel());
    }
};

} // namespace

TEST_CASE("the staffing timeline reads the store on a worker, only when it is shown", "[timeline][staffing][store]")
{
    StoredStaffing t;
    t.view->setSubject(Subject::CapitalProjects);
    QTest::qWait(50);
    CHECK(t.source->reads == 0); // the capital projects' timeline has no use for staffing
    t.view->setSubject(Subject::Plan);
    t.view->setSubject(Subject::Staffing);
    StaffingTimelineModel *model = t.model();
    REQUIRE(model);
    REQUIRE(waitUntil([&] { return !model->isReading() && model->rowCount() > 0; }));
    CHECK(t.source->reads == 1);
    CHECK(t.source->readsOnWindowThread == 0);
    CHECK(model->error().isEmpty());

    // The same rows as the repository's, shown by a model given them in memory.
    // The view read the rows in view and a screen below (here all 96); the test reads any rest.
    CHECK(t.source->rowsRead > 0);
    test::readAll(*model);
    StaffingTimelineModel expected;
    expected.setRecords(test::sampleStaffing());
    test::readAll(expected);
    const QStringList rows = shownRows(*model);
    CHECK(rows.size() > 50);
    CHECK(rows == shownRows(expected));
    QTest::qWait(50);
    CHECK(t.view->grab().save(outputPath(QStringLiteral("timeline-staffing-store.png"))));

    // Shown again with the store unchanged: not read again. F5: read again.
    t.view->setSubject(Subject::Plan);
    t.view->setSubject(Subject::Staffing);
    QTest::qWait(50);
    CHECK(t.source->reads == 1);
    t.version = QStringLiteral("2"); // an import came in
    t.view->hide();
    t.view->show();
    REQUIRE(waitUntil([&] { return t.source->reads == 2 && !model->isReading(); }));
    test::readAll(*model);
    CHECK(shownRows(*model) == rows);
}

TEST_CASE("Esc stops the first read of the staffing, and showing it again reads it", "[timeline][staffing][store]")
{
    StoredStaffing t;
    t.source->held = true;
    t.view->setSubject(Subject::Staffing);
    StaffingTimelineModel *model = t.model();
    REQUIRE(model);
    REQUIRE(waitUntil([&] { return t.source->reads == 1; }));
    CHECK(model->isReading());
    CHECK(t.view->findChild<TimelineChart *>()->placeholderText().contains(QStringLiteral("Reading the staffing")));
    CHECK(t.view->grab().save(outputPath(QStringLiteral("timeline-staffing-reading.png"))));
    QShortcut *stop = t.view->findChild<QShortcut *>(QStringLiteral("stopReadingDatasets"));
    REQUIRE(stop);
    CHECK(stop->isEnabled());
    Q_EMIT stop->activated();
    CHECK_FALSE(model->isReading());
    CHECK(model->wasStopped());
    CHECK(model->rowCount() == 0);
    CHECK(t.view->findChild<TimelineChart *>()->placeholderText().contains(QStringLiteral("was stopped")));

    t.source->held = false;
    t.view->hide();
    t.view->show();
    REQUIRE(waitUntil([&] { return !model->isReading() && model->rowCount() > 0; }));
    CHECK(t.source->reads == 2);
    CHECK_FALSE(model->wasStopped());
}

TEST_CASE("a staffing timeline that cannot be read says why, and F5 reads it again", "[timeline][staffing][store]")
{
    StoredStaffing t;
    t.source->broken = true;
    t.view->setSubject(Subject::Staffing);
    StaffingTimelineModel *model = t.model();
    REQUIRE(model);
    REQUIRE(waitUntil([&] { return t.source->reads == 1 && !model->isReading(); }));
    CHECK(model->rowCount() == 0);
    CHECK(model->error() == QStringLiteral("database disk image is malformed"));
    const QString placeholder = t.view->findChild<TimelineChart *>()->placeholderText();
    CHECK(placeholder.contains(QStringLiteral("could not be read")));
    CHECK(placeholder.contains(QStringLiteral("database disk image is malformed")));
    CHECK(t.view->grab().save(outputPath(QStringLiteral("timeline-staffing-unreadable.png"))));

    t.source->broken = false;
    QTest::keyClick(t.view.get(), Qt::Key_F5);
    REQUIRE(waitUntil([&] { return t.source->reads == 2 && !model->isReading() && model->rowCount() > 0; }));
    CHECK(model->error().isEmpty());
}
