// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkintegrityaction.h"

#include "store/integritycheck.h"

#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <utility>

namespace milepost {

CheckIntegrityAction::CheckIntegrityAction(QString databasePath, QWidget *parent)
    : QAction(tr("Check Database &Integrity…"), parent)
    , m_databasePath(std::move(databasePath))
    , m_parentWidget(parent)
{
    setStatusTip(tr("Run SQLite's full integrity check on the database"));
    connect(this, &QAction::triggered, this, &CheckIntegrityAction::check);
}

void CheckIntegrityAction::check()
{
    std::atomic<bool> cancel{false};
    IntegrityCheck::Result result;
    // Its own read-only connection, so the window's stays free for the event loop.
    QThread *worker = QThread::create([this, &cancel, &result] {
        result = IntegrityCheck::runOnFile(m_databasePath, IntegrityCheck::Depth::Full, &cancel);
    });
    QProgressDialog progress(tr("Checking the database…"), tr("Cancel"), 0, 0, m_parentWidget);
    progress.setWindowTitle(tr("Check Database Integrity"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();

    const QString text = IntegrityCheck::describe(result, m_databasePath);
    if (result.ok() || result.outcome == IntegrityCheck::Outcome::Cancelled) {
        QMessageBox::information(m_parentWidget, tr("Check Database Integrity"), text);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Check Database Integrity"), text, QMessageBox::Ok, m_parentWidget);
    box.setDetailedText(result.problems.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace milepost
