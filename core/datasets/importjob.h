// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetimporter.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace milepost {

// One import run off the caller's thread, so that a window stays responsive and can cancel
// it. The job opens its own connection to the database file (a connection belongs to one
// thread); the caller's connection sees the result once finished() is emitted.
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject *parent = nullptr);
    // Cancels a running import and waits for it to roll back.
    ~ImportJob() override;

    // Starts importing; false (and report().error set) when a job is already running or the
    // database is in memory, which another connection cannot reach.
    bool start(const QString &databasePath, const DatasetImporter::Request &request);
    // Asks the import to stop; it rolls back and finished() follows with report().cancelled.
    void cancel();
    bool isRunning() const;
    // The result; complete once finished() was emitted.
    const ImportReport &report() const { return m_report; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    void deliver(const ImportReport &report);

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    ImportReport m_report;
};

} // namespace milepost
