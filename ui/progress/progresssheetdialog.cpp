// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresssheetdialog.h"

#include "progresscontroller.h"

#include "csv/csvdialect.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace milepost {

namespace {

// The columns a person may point at a file's column: the id and those to fill in.
constexpr ProgressSheet::Column mappedColumns[] = {
    ProgressSheet::Id,        ProgressSheet::Status, ProgressSheet::Percent, ProgressSheet::ActualStart,
    ProgressSheet::ActualEnd, ProgressSheet::Owner,  ProgressSheet::Office,  ProgressSheet::Note,
    ProgressSheet::AsOf};

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

ProgressSheetDialog::ProgressSheetDialog(ProgressController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Import Update Sheet"));
    setObjectName(QStringLiteral("progressSheetDialog"));

    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No sheet chosen"));
    m_file->setAccessibleName(tr("Update sheet"));
    auto *choose = new QPushButton(tr("&Choose File…"), this);
    connect(choose, &QPushButton::clicked, this, &ProgressSheetDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_detected = new QLabel(this);
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Which of the file's columns holds each of the sheet's, two columns of pairs.
    auto *columns = new QGridLayout;
    int index = 0;
    for (const ProgressSheet::Column column : mappedColumns) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("sheetColumn%1").arg(int(column)));
        auto *label = new QLabel(tr("%1:").arg(ProgressSheet::name(column)), this);
        label->setBuddy(box);
        box->setAccessibleName(tr("Column for %1").arg(ProgressSheet::name(column)));
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                readAgain(true);
        });
        columns->addWidget(label, index / 2, (index % 2) * 2, Qt::AlignRight);
        columns->addWidget(box, index / 2, (index % 2) * 2 + 1);
        m_columns.append(box);
        ++index;
    }
    columns->setColumnStretch(1, 1);
    columns->setColumnStretch(3, 1);

    m_dates = new QComboBox(this);
    m_dates->setObjectName(QStringLiteral("sheetDates"));
    m_dates->addItem(tr("As the sheet's dates show"), QString());
    m_dates->addItem(tr("Day first (D/M/YYYY)"), QStringLiteral("D/M/YYYY"));
    m_dates->addItem(tr("Month first (M/D/YYYY)"), QStringLiteral("M/D/YYYY"));
    connect(m_dates, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            readAgain(true);
    });
    auto *form = new QFormLayout;
    auto *sheetLabel = new QLabel(tr("&Sheet:"), this);
    sheetLabel->setBuddy(choose);
    form->addRow(sheetLabel, fileRow);
    auto *datesLabel = new QLabel(tr("&Dates are written:"), this);
    datesLabel->setBuddy(m_dates);
    form->addRow(datesLabel, m_dates);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sheetSummary"));
    m_summary->setWordWrap(true);

    auto makeTree = [this](const QStringList &headers, const QString &name) {
        auto *tree = new QTreeWidget(this);
        tree->setObjectName(name);
        tree->setRootIsDecorated(false);
        tree->setUniformRowHeights(true);
        tree->setAlternatingRowColors(true);
        tree->setHeaderLabels(headers);
        tree->setTabKeyNavigation(false);
        return tree;
    };
    m_changes = makeTree({tr("Line"), tr("Milestone"), tr("Field"), tr("Now"), tr("New")}, QStringLiteral("sheetChanges"));
    m_changes->setAccessibleName(tr("Values the import will change"));
    m_rejections = makeTree({tr("Line"), tr("Column"), tr("Reason")}, QStringLiteral("sheetRejections"));
    m_rejections->setAccessibleName(tr("Rows the import will reject"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_changes, tr("Changes"));
    m_tabs->addTab(m_rejections, tr("Rejected"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("sheetImportButton"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &ProgressSheetDialog::importSheet);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addLayout(columns);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(900, 620);
}

QComboBox *ProgressSheetDialog::columnBox(ProgressSheet::Column column) const
{
    for (int i = 0; i < int(std::size(mappedColumns)); ++i) {
        if (mappedColumns[i] == column)
            return m_columns.at(i);
    }
    return nullptr;
}

void ProgressSheetDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Update Sheet"), QFileInfo(m_path).absolutePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openSheet(path);
}

void ProgressSheetDialog::openSheet(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_filling = true;
    m_dates->setCurrentIndex(0);
    m_filling = false;
    readAgain(false);
}

void ProgressSheetDialog::readAgain(bool keepColumns)
{
    ProgressSheetImporter::Options options;
    if (keepColumns && !m_reading.header.isEmpty()) {
        ProgressSheetImporter::Columns chosen;
        chosen.fill(-1);
        for (int i = 0; i < m_columns.size(); ++i)
            chosen[mappedColumns[i]] = m_columns.at(i)->currentData().toInt();
        options.columns = chosen;
    }
    options.dateFormat = m_dates->currentData().toString();
    m_reading = m_controller->readSheet(m_path, options);
    showReading();
}

void ProgressSheetDialog::showReading()
{
    m_filling = true;
    for (int i = 0; i < m_columns.size(); ++i) {
        QComboBox *box = m_columns.at(i);
        box->clear();
        box->addItem(tr("— not in this sheet —"), -1);
        for (int c = 0; c < m_reading.header.size(); ++c)
            box->addItem(tr("%1: %2").arg(c + 1).arg(m_reading.header.at(c).trimmed()), c);
        box->setCurrentIndex(std::max(0, box->findData(m_reading.columns[mappedColumns[i]])));
    }
    m_filling = false;

    QStringList detected;
    if (!m_reading.header.isEmpty())
        detected << tr("Read as %1, %2 (%3).")
                        .arg(TextEncoding::name(m_reading.dialect.encoding),
                             CsvDialect::delimiterName(m_reading.dialect.delimiter), m_reading.dialectReason);
    if (!m_reading.dates.isEmpty())
        detected << m_reading.dates;
    m_detected->setText(detected.join(QLatin1Char(' ')));

    const ProgressSheetImporter::Report &report = m_reading.report;
    m_changes->clear();
    m_rejections->clear();
    QList<QTreeWidgetItem *> items;
    for (const ProgressSheetImporter::Change &change : m_reading.changes)
        items.append(new QTreeWidgetItem({number(change.line), change.milestone, change.field, change.before, change.after}));
    m_changes->addTopLevelItems(items);
    items.clear();
    for (const ProgressSheetImporter::Rejection &rejection : report.rejections)
        items.append(new QTreeWidgetItem({number(rejection.line), rejection.column, rejection.reason}));
    m_rejections->addTopLevelItems(items);
    for (QTreeWidget *tree : {m_changes, m_rejections}) {
        for (int column = 0; column + 1 < tree->columnCount(); ++column)
            tree->resizeColumnToContents(column);
    }
    m_tabs->setTabText(0, tr("Changes (%1)").arg(number(m_reading.changes.size())));
    m_tabs->setTabText(1, tr("Rejected (%1)").arg(number(report.rejections.size())));

    if (m_path.isEmpty()) {
        m_summary->clear();
    } else if (!report.ok) {
        m_summary->setText(m_reading.dateOrderInDoubt
                               ? tr("Nothing can be imported yet: %1. Choose how the dates are written.").arg(report.error)
                               : tr("Nothing can be imported: %1").arg(report.error));
    } else {
        m_summary->setText(tr("%1 rows read: %2 will be updated, %3 unchanged, %4 rejected, %5 blank. Nothing is stored "
                              "until you choose Import.")
                               .arg(number(report.read), number(report.stored), number(report.unchanged),
                                    number(report.rejected), number(report.blank)));
    }
    const bool importable = report.ok && report.stored > 0;
    m_import->setEnabled(importable);
    m_import->setText(importable ? tr("Import %n Update(s)", nullptr, int(report.stored)) : tr("Import"));
    if (report.ok && report.rejected > 0 && m_reading.changes.isEmpty())
        m_tabs->setCurrentIndex(1);
}

void ProgressSheetDialog::importSheet()
{
    const ProgressController::Result result = m_controller->applySheet(m_reading, QFileInfo(m_path).fileName());
    if (result.saved || result.unchanged) {
        accept();
        return;
    }
    QMessageBox::warning(this, tr("Not Imported"),
                         result.stale ? tr("Someone else recorded an update for these milestones since the sheet was "
                                           "read. Nothing was stored; the preview now shows the values as they are.")
                                      : tr("Nothing was stored: %1").arg(result.message));
    readAgain(true);
}

} // namespace milepost
