// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitaltimelineloader.h"

#include <QCoreApplication>
#include <QThread>

namespace milepost {

CapitalTimelineLoader::CapitalTimelineLoader(QObject *parent)
    : QObject(parent)
{
}

CapitalTimelineLoader::~CapitalTimelineLoader()
{
    for (const QPointer<QThread> &worker : std::as_const(m_workers)) {
        if (worker)
            worker->wait();
    }
}

void CapitalTimelineLoader::load(const QString &target, const std::shared_ptr<CapitalTimelineQuery> &query,
                                 const QList<Group> &all, const QString &searchText)
{
    const int generation = ++m_generation;
    m_loading = true;
    QThread *worker = QThread::create([this, target, query, all, searchText, generation, maker = m_searchMaker] {
        Result result;
        result.query = query;
        result.all = all;
        result.searchText = searchText;
        if (!result.query) {
            std::unique_ptr<CapitalTimelineQuery> opened = CapitalTimelineQuery::open(target, &result.error);
            result.query = std::move(opened);
        }
        if (result.query) {
            const CapitalTimelineQuery::Lock lock(*result.query);
            if (const auto version = result.query->dataVersion(&result.error))
                result.dataVersion = *version;
            if (result.all.isEmpty()) {
                if (const auto groups = result.query->groups({}, &result.error))
                    result.all = *groups;
            }
            if (result.error.isEmpty()) {
                result.search = maker && !searchText.isEmpty() ? maker(searchText, result.all) : Search();
                if (result.search.isEmpty()) {
                    result.groups = result.all;
                } else if (const auto groups = result.query->groups(result.search, &result.error)) {
                    result.groups = *groups;
                }
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, result, generation] {
                if (generation != m_generation)
                    return; // a newer load since
                m_loading = false;
                Q_EMIT loaded(result);
            },
            Qt::QueuedConnection);
    });
    worker->setObjectName(QStringLiteral("capitalTimelineLoader"));
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_workers.removeAll(QPointer<QThread>());
    m_workers.append(worker);
    worker->start(QThread::LowPriority);
}

void CapitalTimelineLoader::wait()
{
    while (m_loading) {
        for (const QPointer<QThread> &worker : std::as_const(m_workers)) {
            if (worker)
                worker->wait();
        }
        QCoreApplication::sendPostedEvents(this);
    }
}

} // namespace milepost
