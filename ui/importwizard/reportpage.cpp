// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpage.h"

#include "datasets/importreportwriter.h"
#include "importeventmodel.h"
#include "importwizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace milepost {

ReportPage::ReportPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Report"));
    setSubTitle(tr("Every row of the file was stored, rejected or blank. Rejected rows are listed with the line, "
                   "column and reason; fix them in the file and import it again."));
    setFinalPage(true);

    m_counts = new QLabel;
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setAccessibleName(tr("Import counts"));
    m_model = new ImportEventModel(this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false); // one Tab stop: arrows move inside, Tab leaves
    m_table->setAccessibleName(tr("Rejected, blank, changed and gone rows"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_listed = new QLabel;
    m_listed->setWordWrap(true);
    m_listed->setAccessibleName(tr("How many events are listed"));
    m_save = new QPushButton(tr("&Save Report as CSV…"));
    m_save->setAccessibleName(tr("Save the report as a CSV file"));
    m_saved = new QLabel;
    m_saved->setWordWrap(true);
    m_saved->setAccessibleName(tr("Where the report was saved"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_saved, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_listed);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ReportPage::chooseAndSave);
}

void ReportPage::initializePage()
{
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    const ImportReport &report = importWizard->job().report();
    const QLocale locale;
    auto number = [&locale](qint64 value) { return locale.toString(value); };
    QString text = tr("<b>%1 rows read = %2 stored + %3 rejected + %4 blank</b> (header on line %5; %6, %7).")
                       .arg(number(report.rowsRead), number(report.stored), number(report.rejected),
                            number(report.blank), number(report.headerLine), TextEncoding::name(report.dialect.encoding),
                            CsvDialect::delimiterName(report.dialect.delimiter).toHtmlEscaped());
    const QString unit = report.dataset == Dataset::CapitalProjects ? tr("Phases") : tr("Records");
    text += QStringLiteral("<br>")
        + tr("%1 against the last import of “%2”: %3 new, %4 changed, %5 unchanged, %6 gone.")
              .arg(unit, report.source.toHtmlEscaped(), number(report.newRecords), number(report.changedRecords),
                   number(report.unchangedRecords), number(report.goneRecords));
    if (report.dataset == Dataset::CapitalProjects)
        text += QStringLiteral("<br>")
            + tr("Projects: %1 new, %2 changed, %3 unchanged, %4 gone.")
                  .arg(number(report.newProjects), number(report.changedProjects), number(report.unchangedProjects),
                       number(report.goneProjects));
    m_counts->setText(text);
    m_model->setEvents(report.events);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(ImportEventModel::ValueColumn, std::min(m_table->columnWidth(ImportEventModel::ValueColumn), 160));
    if (report.eventCount == 0)
        m_listed->setText(tr("Nothing to list: no row was rejected or blank, and nothing changed or went."));
    else if (report.eventCount > report.events.size())
        m_listed->setText(tr("The first %1 of %2 are listed here; the saved report has all of them.")
                              .arg(number(report.events.size()), number(report.eventCount)));
    else
        m_listed->setText(tr("%n listed; the saved report has the same and the counts above.", nullptr,
                             int(report.eventCount)));
    m_saved->clear();
}

bool ReportPage::saveReport(const QString &path, QString *error)
{
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    return ImportReportWriter::write(importWizard->job().report(), &importWizard->datasets(), path, error);
}

void ReportPage::chooseAndSave()
{
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    const QFileInfo file(importWizard->filePath);
    const QString suggested = file.dir().filePath(file.completeBaseName() + tr("-import-report.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report as CSV"), suggested, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveReport(path, &error))
        m_saved->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    else
        m_saved->setText(tr("⚠ Not saved: %1").arg(error));
}

} // namespace milepost
