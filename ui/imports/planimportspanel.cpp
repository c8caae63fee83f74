// SPDX-License-Identifier: GPL-3.0-or-later
#include "planimportspanel.h"

#include "planimportmodel.h"

#include "common/datetext.h"
#include "store/planimporthistory.h"

#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace milepost {

PlanImportsPanel::PlanImportsPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new PlanImportModel(this))
{
    setObjectName(QStringLiteral("planImportsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Plan imports</b>"), this);
    auto *intro = new QLabel(tr("Every plan file imported, newest first. A plan import can be removed when it was the "
                                "first of its file and nothing has been recorded on its milestones since: progress, "
                                "plan edits and baselines stay with the milestones, and an earlier edition an import "
                                "replaced was not kept."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(intro);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("planImportsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Plan imports"));
    m_table->installEventFilter(this);
    title->setBuddy(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanImportModel::Plan, QHeaderView::Stretch);
    layout->addWidget(m_table);

    auto *row = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("planImportsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_status, 1);
    m_remove = new QPushButton(tr("Remove &Plan Import…"), this);
    m_remove->setObjectName(QStringLiteral("removePlanImport"));
    m_remove->setAutoDefault(false);
    row->addWidget(m_remove, 0, Qt::AlignTop);
    layout->addLayout(row);

    connect(m_remove, &QPushButton::clicked, this, &PlanImportsPanel::confirmAndRemove);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanImportsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanImportsPanel::updateButtons);
    reload();
}

void PlanImportsPanel::reload()
{
    const qint64 selected = selectedRunId();
    QString error;
    m_model->setRuns(PlanImportHistory(m_database).runs(&error));
    if (!error.isEmpty())
        m_status->setText(error);
    if (!select(selected) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
    if (!error.isEmpty())
        m_status->setText(error);
}

bool PlanImportsPanel::select(qint64 runId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->runAt(row)->id == runId) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

qint64 PlanImportsPanel::selectedRunId() const
{
    const PlanImportHistory::Run *run = m_model->runAt(m_table->currentIndex().row());
    return run ? run->id : 0;
}

void PlanImportsPanel::updateButtons()
{
    const qint64 runId = selectedRunId();
    m_why.clear();
    if (runId == 0) {
        m_remove->setEnabled(false);
        m_status->setText(m_model->rowCount() == 0 ? tr("No plan has been imported into this database.") : QString());
        return;
    }
    QString error;
    const std::optional<QString> why = PlanImportHistory(m_database).whyNotRemovable(runId, &error);
    m_why = why ? *why : error;
    m_remove->setEnabled(why && why->isEmpty());
    m_remove->setToolTip(m_why);
    m_status->setText(m_why.isEmpty() ? tr("%n plan imports. The selected one can be removed.", nullptr, m_model->rowCount())
                                      : tr("%n plan imports. The selected one cannot be removed: %1", nullptr,
                                           m_model->rowCount())
                                            .arg(m_why));
}

QString PlanImportsPanel::confirmation(qint64 runId, QString *error) const
{
    const std::optional<PlanImportHistory::Run> run = PlanImportHistory(m_database).run(runId, error);
    if (!run)
        return {};
    return tr("Remove the import of the plan “%1” (%2, %n milestone(s))?", nullptr, int(run->milestones))
               .arg(QFileInfo(run->file).fileName(), DateText::dateTime(run->importedAt))
        + QLatin1String("\n\n")
        + tr("The plan goes, with its objectives, milestones and findings; this was its file's only import and nothing "
             "has been recorded on it. The database is backed up first (File > Restore Backup…).");
}

bool PlanImportsPanel::removeRun(qint64 runId, QString *error)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = PlanImportHistory(m_database).remove(runId, error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        return false;
    reload();
    Q_EMIT removed();
    return true;
}

void PlanImportsPanel::confirmAndRemove()
{
    const qint64 runId = selectedRunId();
    if (runId == 0 || !m_remove->isEnabled())
        return;
    QString error;
    const QString question = confirmation(runId, &error);
    if (question.isEmpty()) {
        QMessageBox::warning(this, tr("Remove Plan Import"), error);
        return;
    }
    if (QMessageBox::question(this, tr("Remove Plan Import"), question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (!removeRun(runId, &error))
        QMessageBox::warning(this, tr("Remove Plan Import"), error);
    m_table->setFocus();
}

bool PlanImportsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        confirmAndRemove();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace milepost
