// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmpage.h"

#include "importwizard.h"

#include "common/counttext.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace milepost {

ConfirmPage::ConfirmPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Confirm"));
    setSubTitle(tr("Milepost reads the whole file once without storing anything, to say what the import will do."));
    // Import commits: the import page that follows has no Back, which would only invite
    // importing twice; a cancelled or failed import is run again there (Try Again).
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_question = new QLabel;
    m_question->setWordWrap(true);
    m_question->setAccessibleName(tr("Import question"));
    QFont bigger = m_question->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    bigger.setBold(true);
    m_question->setFont(bigger);
    m_details = new QLabel;
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("What the import will do"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setFormat(tr("%p% read"));
    m_progress->setAccessibleName(tr("Counting progress"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addSpacing(8);
    layout->addWidget(m_details);
    layout->addWidget(m_progress);
    layout->addStretch(1);
}

void ConfirmPage::initializePage()
{
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    ImportJob &job = importWizard->countJob();
    connect(&job, &ImportJob::progressed, this, &ConfirmPage::progressed, Qt::UniqueConnection);
    connect(&job, &ImportJob::finished, this, &ConfirmPage::finished, Qt::UniqueConnection);

    m_counted = false;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_question->setText(tr("Counting the rows of %1…").arg(QFileInfo(importWizard->filePath).fileName()));
    m_details->clear();
    DatasetImporter::Request request;
    request.path = importWizard->filePath;
    request.profile = importWizard->profile;
    request.encoding = importWizard->encoding;
    request.delimiter = importWizard->delimiter;
    request.source = importWizard->source;
    request.dryRun = true;
    if (!job.start(importWizard->databasePath(), request)) {
        m_question->setText(tr("The file could not be counted."));
        m_details->setText(job.report().error);
        m_progress->setVisible(false);
    }
    Q_EMIT completeChanged();
}

void ConfirmPage::progressed(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void ConfirmPage::finished()
{
    const ImportReport &report = static_cast<ImportWizard *>(wizard())->countJob().report();
    m_progress->setVisible(false);
    m_counted = report.ok;
    if (report.ok) {
        m_question->setText(question(report));
        m_details->setText(details(report));
    } else if (report.cancelled) {
        m_question->setText(tr("Counting was stopped."));
        m_details->clear();
    } else {
        m_question->setText(tr("This file cannot be imported as mapped."));
        m_details->setText(tr("%1\n\nGo back to change the mapping; nothing was changed.").arg(report.error));
    }
    Q_EMIT completeChanged();
}

void ConfirmPage::cleanupPage()
{
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    if (importWizard->countJob().isRunning())
        importWizard->countJob().cancel();
}

bool ConfirmPage::isComplete() const
{
    return m_counted;
}

QString ConfirmPage::question(const ImportReport &report)
{
    return tr("Import %1 into %2?").arg(CountText::rows(report.stored), Dataset::name(report.dataset).toLower());
}

QString ConfirmPage::details(const ImportReport &report)
{
    const QLocale locale;
    QString text = tr("The file has %1: %2 will be stored, %3 rejected, %4 blank and %5 totals.")
                       .arg(CountText::rows(report.rowsRead), locale.toString(report.stored),
                            locale.toString(report.rejected), locale.toString(report.blank),
                            locale.toString(report.totals));
    const QString unit = report.dataset == Dataset::CapitalProjects ? tr("Phases") : tr("Rows");
    const qint64 before = report.changedRecords + report.unchangedRecords + report.goneRecords;
    text += QLatin1String("\n\n");
    if (before == 0 && report.goneProjects == 0) {
        text += tr("“%1” is new to %2: every row stored is added.").arg(report.source, Dataset::name(report.dataset).toLower());
    } else {
        text += tr("%1 against the last import of “%2”: %3 new, %4 changed, %5 unchanged, %6 no longer in the file "
                   "and removed.")
                    .arg(unit, report.source, locale.toString(report.newRecords), locale.toString(report.changedRecords),
                         locale.toString(report.unchangedRecords), locale.toString(report.goneRecords));
        if (report.dataset == Dataset::CapitalProjects)
            text += QLatin1Char(' ')
                + tr("Projects: %1 new, %2 changed, %3 unchanged, %4 removed.")
                      .arg(locale.toString(report.newProjects), locale.toString(report.changedProjects),
                           locale.toString(report.unchangedProjects), locale.toString(report.goneProjects));
    }
    text += QLatin1String("\n\n")
        + tr("The database is backed up first, and File > Imported Data… can remove the import later.");
    return text;
}

} // namespace milepost
