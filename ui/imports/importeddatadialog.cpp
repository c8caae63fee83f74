// SPDX-License-Identifier: GPL-3.0-or-later
#include "importeddatadialog.h"

#include "importrunmodel.h"
#include "planimportspanel.h"

#include "common/counttext.h"
#include "common/datetext.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace milepost {

ImportedDataDialog::ImportedDataDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_model(new ImportRunModel(this))
{
    setWindowTitle(tr("Imported Data"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every file imported into staffing, enrollment or capital projects, newest first. "
                                "Removing an import takes out every row it added; for a re-import of a source, the "
                                "rows it changed or removed come back as they were. Only the latest import of a "
                                "source can be removed. The database is backed up first."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab moves on to the buttons
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Imports"));
    m_table->installEventFilter(this);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportRunModel::File, QHeaderView::Stretch);
    layout->addWidget(m_table);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_planImports = new PlanImportsPanel(database, this);
    connect(m_planImports, &PlanImportsPanel::removed, this, &ImportedDataDialog::removed);
    layout->addSpacing(8);
    layout->addWidget(m_planImports);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_remove = buttons->addButton(tr("&Remove…"), QDialogButtonBox::ActionRole);
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, &ImportedDataDialog::confirmAndRemove);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportedDataDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportedDataDialog::updateButtons);

    reload();
    m_table->setFocus();
    resize(960, 640);
}

void ImportedDataDialog::reload()
{
    const qint64 selected = selectedRunId();
    QString error;
    m_model->setRuns(ImportHistory(m_database).runs(&error));
    if (!error.isEmpty())
        m_status->setText(error);
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("Nothing has been imported into this database."));
    else
        m_status->setText(tr("%n imports.", nullptr, m_model->rowCount()));
    if (!select(selected) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

bool ImportedDataDialog::select(qint64 runId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->runAt(row)->id == runId) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

qint64 ImportedDataDialog::selectedRunId() const
{
    const ImportHistory::Run *run = m_model->runAt(m_table->currentIndex().row());
    return run ? run->id : 0;
}

void ImportedDataDialog::updateButtons()
{
    const ImportHistory::Run *run = m_model->runAt(m_table->currentIndex().row());
    m_remove->setEnabled(run && run->removable());
    m_remove->setToolTip(run ? ImportRunModel::whyNotRemovable(*run) : QString());
}

QString ImportedDataDialog::confirmation(qint64 runId, QString *error) const
{
    ImportHistory history(m_database);
    const std::optional<ImportHistory::Run> run = history.run(runId, error);
    const std::optional<ImportHistory::Effect> effect = run ? history.effectOfRemoving(runId, error) : std::nullopt;
    if (!effect)
        return {};
    const QLocale locale;
    QString text = tr("Remove the import of “%1” into %2 (source “%3”, %4)?")
                       .arg(QFileInfo(run->file).fileName(), Dataset::name(run->dataset).toLower(), run->source,
                            DateText::dateTime(run->importedAt, locale));
    text += QLatin1String("\n\n");
    if (effect->lastOfSource)
        text += tr("The %1 it added will be removed, and the source with them: this is its only import.")
                    .arg(CountText::rows(effect->removedRows));
    else
        text += tr("The %1 it added will be removed, and the %2 it changed or removed will be put back as they were.")
                    .arg(CountText::rows(effect->removedRows), CountText::rows(effect->restoredRows));
    text += QLatin1String("\n\n") + tr("The database is backed up first (File > Restore Backup…).");
    return text;
}

bool ImportedDataDialog::removeRun(qint64 runId, QString *error)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ImportHistory(m_database).remove(runId, error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        return false;
    reload();
    Q_EMIT removed();
    return true;
}

void ImportedDataDialog::confirmAndRemove()
{
    const qint64 runId = selectedRunId();
    const ImportHistory::Run *run = m_model->runAt(m_table->currentIndex().row());
    if (runId == 0 || !run || !run->removable())
        return;
    QString error;
    const QString question = confirmation(runId, &error);
    if (question.isEmpty()) {
        QMessageBox::warning(this, tr("Remove Import"), error);
        return;
    }
    if (QMessageBox::question(this, tr("Remove Import"), question, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (!removeRun(runId, &error))
        QMessageBox::warning(this, tr("Remove Import"), error);
    m_table->setFocus();
}

bool ImportedDataDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        confirmAndRemove();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace milepost
