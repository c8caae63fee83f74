// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexportdialog.h"

#include "export/csvwriter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace milepost {

CsvExportDialog::CsvExportDialog(const QString &tableName, const QStringList &datasets, const CsvOptions &options,
                                 QWidget *parent)
    : QDialog(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("csvExportDialog"));
    setWindowTitle(tr("Export CSV"));

    m_what = new QListWidget(this);
    m_what->setObjectName(QStringLiteral("exportWhat"));
    m_what->setAccessibleName(tr("What to export"));
    auto *table = new QListWidgetItem(tr("The %1 table as shown: its visible columns, filter and sort").arg(tableName), m_what);
    table->setData(Qt::UserRole, QString());
    for (const QString &dataset : datasets) {
        auto *item = new QListWidgetItem(datasetTitle(dataset), m_what);
        item->setData(Qt::UserRole, dataset);
    }
    m_what->setCurrentRow(0);
    const int rows = m_what->count();
    m_what->setMinimumHeight(m_what->sizeHintForRow(0) * std::min(rows, 8) + 2 * m_what->frameWidth());
    auto *whatLabel = new QLabel(tr("&Export:"), this);
    whatLabel->setBuddy(m_what);

    m_byteOrderMark = new QCheckBox(tr("&Byte order mark, so that Excel reads accents correctly"), this);
    m_byteOrderMark->setObjectName(QStringLiteral("byteOrderMark"));
    m_byteOrderMark->setChecked(options.byteOrderMark);

    const QDate example(2022, 6, 1);
    m_isoDates = new QRadioButton(tr("&ISO 8601 (%1)").arg(example.toString(Qt::ISODate)), this);
    const QString localeExample = options.locale.toString(example, CsvWriter::localeDateFormat(options.locale));
    m_localeDates = new QRadioButton(tr("As in your &locale (%1)").arg(localeExample), this);
    m_isoDates->setObjectName(QStringLiteral("isoDates"));
    m_localeDates->setObjectName(QStringLiteral("localeDates"));
    (options.dateFormat == CsvOptions::DateFormat::Locale ? m_localeDates : m_isoDates)->setChecked(true);
    auto *dates = new QWidget(this);
    dates->setAccessibleName(tr("Dates"));
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    datesLayout->addWidget(m_isoDates);
    datesLayout->addWidget(m_localeDates);
    datesLayout->addStretch();
    auto *datesGroup = new QButtonGroup(dates);
    datesGroup->addButton(m_isoDates);
    datesGroup->addButton(m_localeDates);

    auto *note = new QLabel(tr("A text cell that a spreadsheet would run as a formula (=, +, -, @) is written "
                               "with a leading apostrophe; numbers keep their sign."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save As…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_what, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *form = new QFormLayout;
    form->addRow(whatLabel, m_what);
    form->addRow(QString(), m_byteOrderMark);
    form->addRow(tr("Dates:"), dates);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString CsvExportDialog::dataset() const
{
    const QListWidgetItem *item = m_what->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

CsvOptions CsvExportDialog::options() const
{
    CsvOptions options = m_options;
    options.byteOrderMark = m_byteOrderMark->isChecked();
    options.dateFormat = m_localeDates->isChecked() ? CsvOptions::DateFormat::Locale : CsvOptions::DateFormat::Iso;
    return options;
}

QString CsvExportDialog::datasetTitle(const QString &dataset)
{
    if (dataset == QLatin1String("milestones"))
        return tr("Every milestone of the plan");
    if (dataset == QLatin1String("objectives"))
        return tr("Every objective of the plan");
    if (dataset == QLatin1String("findings"))
        return tr("The plan's import findings");
    if (dataset == QLatin1String("staffing"))
        return tr("Staffing");
    if (dataset == QLatin1String("enrollment"))
        return tr("Enrollment");
    if (dataset == QLatin1String("phases"))
        return tr("Capital project phases, one row per phase");
    if (dataset == QLatin1String("projects"))
        return tr("Capital projects, one row per project");
    return dataset;
}

} // namespace milepost
