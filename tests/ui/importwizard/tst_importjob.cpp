// SPDX-License-Identifier: GPL-3.0-or-later
// The background import: results arrive on the caller's thread, Cancel rolls back.
#include "catchcompat.h"

#include "datasets/builtinprofiles.h"
#include "datasets/importjob.h"
#include "store/database.h"
#include "store/datasetrepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using namespace milepost;

namespace {

// The NYC export ten times over (each copy its own site codes): long enough to cancel.
QString bigFile(const QTemporaryDir &dir)
{
    QFile in(QStringLiteral(MILEPOST_DATA_DIR "/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = in.readAll().split('\n');
    lines.removeAll(QByteArray());
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(lines.first() + '\n');
    for (int copy = 0; copy < 10; ++copy) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            line.insert(line.indexOf(',', line.indexOf(',') + 1), "-" + QByteArray::number(copy));
            out.write(line + '\n');
        }
    }
    return path;
}

DatasetImporter::Request nycRequest()
{
    DatasetImporter::Request request;
    request.path = QStringLiteral(MILEPOST_DATA_DIR "/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv");
    request.profile = BuiltInProfiles::nycSca();
    return request;
}

} // namespace

TEST_CASE("an import job runs in the background and reports on the caller's thread", "[importjob]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("job.milepost"));
    QString error;
    auto database = Database::open(path, &error);
    REQUIRE(database);

    ImportJob job;
    QSignalSpy finished(&job, &ImportJob::finished);
    QSignalSpy progressed(&job, &ImportJob::progressed);
    Qt::HANDLE signalThread = nullptr;
    QObject::connect(&job, &ImportJob::finished, [&signalThread] { signalThread = QThread::currentThreadId(); });
    REQUIRE(job.start(path, nycRequest()));
    CHECK(job.isRunning());
    REQUIRE(finished.wait(120000));
    CHECK(signalThread == QThread::currentThreadId());
    CHECK(job.report().ok);
    CHECK(job.report().rowsRead == 13153);
    CHECK_FALSE(progressed.isEmpty());
    // This thread's own connection sees what the job committed.
    CHECK(DatasetRepository(*database).recordCount(Dataset::CapitalProjects) == 13152);
}

TEST_CASE("a cancelled import job changes nothing", "[importjob]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cancel.milepost"));
    QString error;
    auto database = Database::open(path, &error);
    REQUIRE(database);

    ImportJob job;
    QSignalSpy finished(&job, &ImportJob::finished);
    DatasetImporter::Request request = nycRequest();
    request.path = bigFile(dir);
    REQUIRE(job.start(path, request));
    job.cancel();
    REQUIRE(finished.wait(120000));
    CHECK_FALSE(job.report().ok);
    CHECK(job.report().cancelled);
    CHECK(DatasetRepository(*database).recordCount(Dataset::CapitalProjects) == 0);
    CHECK(DatasetRepository(*database).sources().isEmpty());
}

TEST_CASE("an import job needs a database file", "[importjob]")
{
    ImportJob job;
    CHECK_FALSE(job.start(QStringLiteral(":memory:"), nycRequest()));
    CHECK(job.report().error.contains(QStringLiteral("in memory")));
}
