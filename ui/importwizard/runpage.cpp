// SPDX-License-Identifier: GPL-3.0-or-later
#include "runpage.h"

#include "importwizard.h"
#include "store/datasetrepository.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace milepost {

namespace {

QString runningSubTitle()
{
    return RunPage::tr("The import runs in one transaction: until it has finished, nothing in Milepost changes, and "
                       "Cancel leaves everything as it was.");
}

} // namespace

RunPage::RunPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Import"));
    setSubTitle(runningSubTitle());

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("What will be imported"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setFormat(tr("%p% read"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Import status"));
    m_cancel = new QPushButton(tr("&Cancel Import"));
    m_cancel->setAccessibleName(tr("Cancel the import"));
    m_retry = new QPushButton(tr("&Try Again"));
    m_retry->setAccessibleName(tr("Run the import again"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_retry, &QPushButton::clicked, this, &RunPage::start);
}

void RunPage::initializePage()
{
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    ImportJob &job = importWizard->job();
    connect(&job, &ImportJob::progressed, this, &RunPage::progressed, Qt::UniqueConnection);
    connect(&job, &ImportJob::finished, this, &RunPage::finished, Qt::UniqueConnection);
    connect(m_cancel, &QPushButton::clicked, &job, &ImportJob::cancel, Qt::UniqueConnection);

    bool known = false;
    for (const DatasetRepository::Source &source : importWizard->datasets().sources()) {
        known = known || (source.dataset == importWizard->dataset && source.name == importWizard->source);
    }
    QString summary = tr("Import <b>%1</b> into %2 with the profile “%3”, as the source “%4”.")
                          .arg(QFileInfo(importWizard->filePath).fileName().toHtmlEscaped(),
                               Dataset::name(importWizard->dataset).toLower().toHtmlEscaped(),
                               importWizard->profile.name.toHtmlEscaped(), importWizard->source.toHtmlEscaped());
    summary += QStringLiteral("<br>")
        + (known ? tr("This source was imported before: its rows are updated by key, and rows this file no longer "
                      "has are removed. The report lists what is new, changed and gone.")
                 : tr("This source is new: every row the file has is added."));
    m_summary->setText(summary);
    start();
}

void RunPage::start()
{
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    DatasetImporter::Request request;
    request.path = importWizard->filePath;
    request.profile = importWizard->profile;
    request.encoding = importWizard->encoding;
    request.delimiter = importWizard->delimiter;
    request.source = importWizard->source;
    m_done = false;
    m_progress->setValue(0);
    m_retry->setVisible(false);
    m_cancel->setVisible(true);
    setSubTitle(runningSubTitle());
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    if (!importWizard->job().start(importWizard->databasePath(), request)) {
        m_status->setText(tr("The import could not start: %1").arg(importWizard->job().report().error));
        m_cancel->setEnabled(false);
        m_retry->setVisible(true);
        Q_EMIT completeChanged();
        return;
    }
    m_status->setText(tr("Reading %1…").arg(QFileInfo(importWizard->filePath).fileName()));
    m_cancel->setEnabled(true);
    Q_EMIT completeChanged();
}

void RunPage::progressed(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    const QLocale locale;
    m_status->setText(tr("%1 of %2 read").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
}

void RunPage::finished()
{
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    const ImportReport &report = importWizard->job().report();
    m_cancel->setEnabled(false);
    m_done = report.ok;
    if (report.ok) {
        m_progress->setValue(1000);
        const QLocale locale;
        m_status->setText(tr("Done: %1 rows read, %2 stored, %3 rejected, %4 blank, %5 totals. Next shows the report.")
                              .arg(locale.toString(report.rowsRead), locale.toString(report.stored),
                                   locale.toString(report.rejected), locale.toString(report.blank),
                                   locale.toString(report.totals)));
        // Nothing is left to cancel: the closing button must not claim to undo the import.
        m_cancel->setVisible(false);
        setSubTitle(tr("The import is stored. Close keeps it; File > Imported Data… removes it with everything it "
                       "added."));
        setButtonText(QWizard::CancelButton, tr("&Close"));
        Q_EMIT importWizard->imported();
    } else {
        m_status->setText(report.cancelled ? tr("Cancelled. Nothing was changed.")
                                           : tr("Not imported, and nothing was changed: %1").arg(report.error));
        m_retry->setVisible(true);
    }
    Q_EMIT completeChanged();
}

void RunPage::cleanupPage()
{
    // Going back while importing stops the import.
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    if (importWizard->job().isRunning())
        importWizard->job().cancel();
}

bool RunPage::isComplete() const
{
    return m_done;
}

} // namespace milepost
