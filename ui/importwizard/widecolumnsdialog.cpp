// SPDX-License-Identifier: GPL-3.0-or-later
#include "widecolumnsdialog.h"

#include "datasets/columnpattern.h"
#include "datasets/datasetschema.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace milepost {

namespace {

bool isNumber(DatasetField::Kind kind)
{
    return kind == DatasetField::Kind::Integer || kind == DatasetField::Kind::Money
        || kind == DatasetField::Kind::Percent;
}

} // namespace

WideColumnsDialog::WideColumnsDialog(Dataset::Id dataset, const QStringList &header, const WideColumns &wide,
                                     QWidget *parent)
    : QDialog(parent)
    , m_dataset(dataset)
    , m_header(header)
{
    setWindowTitle(tr("Columns That Are Rows"));
    auto *intro = new QLabel(tr("A wide file writes one column per year or per grade. Each column whose name matches "
                                "the pattern becomes a row of its own; the other columns are repeated on each."));
    intro->setWordWrap(true);

    m_field = new QComboBox;
    m_field->addItem(tr("— not a wide file —"), QString());
    m_valueField = new QComboBox;
    for (const DatasetField &field : DatasetSchema::fields(dataset)) {
        const QString key = QString::fromLatin1(field.key);
        if (field.kind != DatasetField::Kind::Date && field.kind != DatasetField::Kind::TextList)
            m_field->addItem(field.label(), key);
        if (isNumber(field.kind))
            m_valueField->addItem(field.label(), key);
    }
    m_field->setCurrentIndex(std::max(0, m_field->findData(wide.field)));
    if (m_valueField->findData(wide.valueField) >= 0)
        m_valueField->setCurrentIndex(m_valueField->findData(wide.valueField));
    m_field->setAccessibleName(tr("Field the column names give"));
    m_valueField->setAccessibleName(tr("Field the cells give"));
    m_pattern = new QLineEdit(wide.pattern);
    m_pattern->setAccessibleName(tr("Pattern of the wide columns' names"));
    m_pattern->setPlaceholderText(tr("e.g. Grade (.+)"));
    m_pattern->setToolTip(tr("A regular expression over the whole column name, in any case: the field is its first "
                             "group in parentheses, or the whole name."));

    auto *form = new QFormLayout;
    auto *fieldLabel = new QLabel(tr("Column &names give:"));
    fieldLabel->setBuddy(m_field);
    auto *valueLabel = new QLabel(tr("&Cells give:"));
    valueLabel->setBuddy(m_valueField);
    auto *patternLabel = new QLabel(tr("Columns &whose names match:"));
    patternLabel->setBuddy(m_pattern);
    form->addRow(fieldLabel, m_field);
    form->addRow(valueLabel, m_valueField);
    form->addRow(patternLabel, m_pattern);

    m_preview = new QLabel;
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setAccessibleName(tr("Columns that become rows"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QComboBox::currentIndexChanged, this, &WideColumnsDialog::updatePreview);
    connect(m_valueField, &QComboBox::currentIndexChanged, this, &WideColumnsDialog::updatePreview);
    connect(m_pattern, &QLineEdit::textChanged, this, &WideColumnsDialog::updatePreview);
    resize(520, 420);
    updatePreview();
}

WideColumns WideColumnsDialog::wide() const
{
    const QString field = m_field->currentData().toString();
    if (field.isEmpty())
        return {};
    return {field, m_valueField->currentData().toString(), m_pattern->text().trimmed()};
}

QString WideColumnsDialog::problem() const
{
    const WideColumns chosen = wide();
    if (!chosen.isSet())
        return {};
    if (chosen.valueField.isEmpty())
        return tr("%1 has no number field for the cells.").arg(Dataset::name(m_dataset));
    if (chosen.field == chosen.valueField)
        return tr("The column names and the cells must give two different fields.");
    if (chosen.pattern.isEmpty())
        return tr("Give the pattern of the wide columns' names.");
    const QRegularExpression matcher = ColumnPattern::wideMatcher(chosen);
    if (!QRegularExpression(chosen.pattern).isValid())
        return tr("The pattern is not a regular expression: %1.").arg(QRegularExpression(chosen.pattern).errorString());
    for (const QString &name : m_header) {
        if (!ColumnPattern::wideValue(matcher, name).isEmpty())
            return {};
    }
    return tr("No column's name matches the pattern.");
}

void WideColumnsDialog::updatePreview()
{
    const bool wideFile = !m_field->currentData().toString().isEmpty();
    m_valueField->setEnabled(wideFile);
    m_pattern->setEnabled(wideFile);
    const QString problem = this->problem();
    m_ok->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_preview->setText(tr("⚠ %1").arg(problem));
        return;
    }
    if (!wideFile) {
        m_preview->setText(tr("Each line of the file is one row."));
        return;
    }
    const WideColumns chosen = wide();
    const QRegularExpression matcher = ColumnPattern::wideMatcher(chosen);
    const QString fieldLabel = m_field->currentText();
    QStringList lines;
    for (const QString &name : m_header) {
        const QString value = ColumnPattern::wideValue(matcher, name);
        if (!value.isEmpty())
            lines.append(tr("%1 → %2: %3").arg(name.trimmed(), fieldLabel, value));
    }
    m_preview->setText(tr("%n column(s) become rows:", nullptr, int(lines.size())) + QLatin1Char('\n')
                       + lines.join(QLatin1Char('\n')));
}

} // namespace milepost
