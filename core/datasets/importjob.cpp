// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "store/database.h"

#include <QElapsedTimer>
#include <QThread>

namespace milepost {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::cancel()
{
    m_cancel = true;
}

bool ImportJob::start(const QString &databasePath, const DatasetImporter::Request &request)
{
    if (isRunning()) {
        m_report.error = tr("An import is already running.");
        return false;
    }
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:")) {
        m_report = ImportReport();
        m_report.error = tr("The database is in memory; an import in the background needs a database file.");
        return false;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancel = false;
    m_report = ImportReport();
    m_thread = QThread::create([this, databasePath, request] {
        ImportReport report;
        QString error;
        std::unique_ptr<Database> database = Database::open(databasePath, &error);
        if (!database) {
            report.file = request.path;
            report.error = error;
        } else {
            QElapsedTimer sinceLast;
            sinceLast.start();
            const auto progress = [this, &sinceLast](qint64 done, qint64 total) {
                // A few updates a second are enough for a progress bar.
                if (done < total && sinceLast.elapsed() < 100)
                    return;
                sinceLast.restart();
                QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progressed(done, total); },
                                          Qt::QueuedConnection);
            };
            DatasetImporter importer(*database);
            report = importer.run(request, progress, [this] { return m_cancel.load(); });
        }
        // The job outlives its thread (its destructor waits for it); a job destroyed before the
        // call is delivered drops it with its other posted events.
        QMetaObject::invokeMethod(this, [this, report] { deliver(report); }, Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void ImportJob::deliver(const ImportReport &report)
{
    m_report = report;
    Q_EMIT finished();
}

} // namespace milepost
