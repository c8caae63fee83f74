// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

namespace milepost {

// One read of a store at a time on a worker thread, its result handed back on the owner's
// thread. A newer read, or cancel(), drops the one under way: its worker sees the flag within a
// few steps of the store, and a result already on its way is not handed back. The owner holds
// it as a member: the destructor stops the reads and waits for their workers, and a result
// queued for an owner that is gone is dropped with it.
class BackgroundRead final
{
public:
    explicit BackgroundRead(QObject *owner)
        : m_owner(owner)
    {
    }
    ~BackgroundRead()
    {
        cancel();
        for (const QPointer<QThread> &worker : std::as_const(m_workers)) {
            if (worker)
                worker->wait();
        }
    }
    BackgroundRead(const BackgroundRead &) = delete;
    BackgroundRead &operator=(const BackgroundRead &) = delete;

    // Runs work(cancelled) on a worker named name, then done(result) on the owner's thread,
    // unless cancelled meanwhile.
    template<typename Result>
    void start(const QString &name, std::function<Result(const std::atomic_bool &cancelled)> work,
               std::function<void(Result)> done)
    {
        cancel();
        auto cancelled = std::make_shared<std::atomic_bool>(false);
        m_cancelled = cancelled;
        const int generation = m_generation;
        QThread *worker = QThread::create(
            [this, owner = m_owner, work = std::move(work), done = std::move(done), cancelled, generation]() mutable {
                Result result = work(*cancelled);
                if (cancelled->load())
                    return;
                QMetaObject::invokeMethod(
                    owner,
                    [this, result = std::move(result), done = std::move(done), generation]() mutable {
                        if (generation != m_generation)
                            return;
                        m_cancelled.reset();
                        done(std::move(result));
                    },
                    Qt::QueuedConnection);
            });
        worker->setObjectName(name);
        QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
        m_workers.removeAll(QPointer<QThread>());
        m_workers.append(worker);
        worker->start(QThread::LowPriority);
    }

    // Drops the read under way, if any.
    void cancel()
    {
        if (m_cancelled)
            m_cancelled->store(true);
        m_cancelled.reset();
        ++m_generation;
    }
    bool isRunning() const { return m_cancelled != nullptr; }

private:
    QObject *m_owner = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QList<QPointer<QThread>> m_workers;
    int m_generation = 0;
};

} // namespace milepost
