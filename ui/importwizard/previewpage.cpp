// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpage.h"

#include "importwizard.h"
#include "previewmodel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace milepost {

PreviewPage::PreviewPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("These are the first rows as Milepost will read them. If the text looks wrong or everything "
                   "is in one column, choose another encoding or delimiter."));

    m_detected = new QLabel;
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detected->setAccessibleName(tr("What was detected"));
    m_encoding = new QComboBox;
    m_encoding->setAccessibleName(tr("Encoding"));
    m_delimiter = new QComboBox;
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_encoding->addItem(tr("As detected"));
    for (const QString &name : TextEncoding::names())
        m_encoding->addItem(name, name);
    m_delimiter->addItem(tr("As detected"));
    for (const char delimiter : CsvDialect::delimiters)
        m_delimiter->addItem(CsvDialect::delimiterName(delimiter), CsvDialect::delimiterKey(delimiter));

    m_model = new PreviewModel(this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false); // one Tab stop: arrows move inside, Tab leaves
    m_table->setAccessibleName(tr("First rows of the file"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Preview summary"));

    auto *form = new QHBoxLayout;
    auto *encodingLabel = new QLabel(tr("&Encoding:"));
    encodingLabel->setBuddy(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"));
    delimiterLabel->setBuddy(m_delimiter);
    form->addWidget(encodingLabel);
    form->addWidget(m_encoding);
    form->addSpacing(16);
    form->addWidget(delimiterLabel);
    form->addWidget(m_delimiter);
    form->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detected);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &PreviewPage::overrideChanged);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &PreviewPage::overrideChanged);
}

void PreviewPage::initializePage()
{
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    m_updating = true;
    m_encoding->setCurrentIndex(importWizard->encoding ? m_encoding->findData(TextEncoding::name(*importWizard->encoding)) : 0);
    m_delimiter->setCurrentIndex(
        importWizard->delimiter ? m_delimiter->findData(CsvDialect::delimiterKey(*importWizard->delimiter)) : 0);
    m_updating = false;
    showPreview();
}

void PreviewPage::overrideChanged()
{
    if (m_updating)
        return;
    auto *importWizard = static_cast<ImportWizard *>(wizard());
    importWizard->encoding = m_encoding->currentIndex() == 0
        ? std::nullopt
        : TextEncoding::fromName(m_encoding->currentData().toString());
    importWizard->delimiter = m_delimiter->currentIndex() == 0
        ? std::nullopt
        : CsvDialect::delimiterFromKey(m_delimiter->currentData().toString());
    importWizard->readPreview();
    showPreview();
}

void PreviewPage::showPreview()
{
    const auto *importWizard = static_cast<ImportWizard *>(wizard());
    const CsvPreview &preview = importWizard->preview;
    const CsvSniffer::Detection &detection = preview.detection;
    m_detected->setText(tr("<b>%1</b> is read as <b>%2</b> (%3), separated by <b>%4</b> (%5).")
                            .arg(QFileInfo(importWizard->filePath).fileName().toHtmlEscaped(),
                                 TextEncoding::name(detection.dialect.encoding), detection.encodingReason.toHtmlEscaped(),
                                 CsvDialect::delimiterName(detection.dialect.delimiter).toHtmlEscaped(),
                                 detection.delimiterReason.toHtmlEscaped()));
    m_model->setPreview(preview);
    if (!preview.ok) {
        m_status->setText(tr("The file cannot be read this way: %1").arg(preview.error));
    } else {
        int problems = 0;
        for (const CsvPreview::Row &row : preview.rows)
            problems += !row.problem.isEmpty() || row.fields.size() != preview.header.size() ? 1 : 0;
        QString text = tr("Header on line %1, %2 columns; the first %3 rows are shown.")
                           .arg(preview.headerLine)
                           .arg(preview.header.size())
                           .arg(preview.rows.size());
        if (problems > 0)
            text += QLatin1Char(' ')
                + tr("%n of them (marked ⚠) cannot be read as they are and would be rejected; point at the line "
                     "number for the reason.",
                     nullptr, problems);
        m_status->setText(text);
    }
    Q_EMIT completeChanged();
}

bool PreviewPage::isComplete() const
{
    return static_cast<const ImportWizard *>(wizard())->preview.ok;
}

} // namespace milepost
