// SPDX-License-Identifier: GPL-3.0-or-later
#include "filepage.h"

#include "importwizard.h"
#include "progress/progresssheet.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace milepost {

namespace {

// The Data list's entry for a progress update sheet, after the datasets.
constexpr int updateSheetEntry = -1;

} // namespace

FilePage::FilePage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("Milepost reads CSV as Excel and other programs write it: comma, semicolon, tab or pipe "
                   "separated; UTF-8, UTF-16 (\"Unicode text\") or Windows-1252."));

    m_dataset = new QComboBox;
    for (const Dataset::Id dataset : Dataset::all)
        m_dataset->addItem(Dataset::name(dataset), int(dataset));
    m_dataset->setAccessibleName(tr("Dataset"));
    m_path = new QLineEdit;
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("Path of a .csv, .tsv or .txt file"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Browse for the file"));
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem with the file"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *datasetLabel = new QLabel(tr("&Data:"));
    datasetLabel->setBuddy(m_dataset);
    auto *pathLabel = new QLabel(tr("&File:"));
    pathLabel->setBuddy(m_path);
    form->addRow(datasetLabel, m_dataset);
    form->addRow(pathLabel, pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &FilePage::browse);
    connect(m_dataset, &QComboBox::currentIndexChanged, m_error, &QLabel::clear);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        Q_EMIT completeChanged();
    });
}

void FilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Data"), m_path->text(),
                                                      tr("Delimited text (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void FilePage::initializePage()
{
    const auto *importWizard = static_cast<const ImportWizard *>(wizard());
    if (importWizard->offersUpdateSheets() && m_dataset->findData(updateSheetEntry) < 0)
        m_dataset->addItem(tr("Progress updates (an update sheet)"), updateSheetEntry);
}

bool FilePage::isComplete() const
{
    return QFileInfo(m_path->text().trimmed()).isFile();
}

bool FilePage::validatePage()
{
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path != importWizard->filePath) {
        // Another file: what was chosen for the last one does not carry over.
        importWizard->encoding.reset();
        importWizard->delimiter.reset();
    }
    importWizard->filePath = path;
    if (m_dataset->currentData().toInt() == updateSheetEntry) {
        // Read, previewed and stored by the update sheet's own dialog.
        importWizard->handOffUpdateSheet(path);
        return false;
    }
    importWizard->dataset = Dataset::Id(m_dataset->currentData().toInt());
    importWizard->readPreview();
    if (!importWizard->preview.ok) {
        m_error->setText(tr("This file cannot be imported: %1").arg(importWizard->preview.error));
        return false;
    }
    const int sheetEntry = m_dataset->findData(updateSheetEntry);
    if (sheetEntry >= 0 && ProgressSheet::isSheetHeader(importWizard->preview.header)) {
        // Progress read as a dataset would be rejected row by row: say what the file is.
        m_dataset->setCurrentIndex(sheetEntry);
        m_error->setText(tr("This file is a progress update sheet: it has the Id, Objective, Milestone and Status "
                            "columns of the sheets Milepost exports. Data now says so; press Next to see what it "
                            "would change."));
        return false;
    }
    return true;
}

} // namespace milepost
