// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldrulesdialog.h"

#include "datasets/columnpattern.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace milepost {

namespace {

constexpr int previewRows = 5;

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

FieldRulesDialog::FieldRulesDialog(const DatasetField &field, const QString &column, const QStringList &firstValues,
                                   const ColumnMapping &rules, QWidget *parent)
    : QDialog(parent)
    , m_field(field)
    , m_hasColumn(!column.isEmpty())
    , m_firstValues(firstValues.mid(0, previewRows))
{
    setWindowTitle(tr("How to Read %1").arg(field.label()));
    auto *intro = new QLabel(m_hasColumn ? tr("%1 is read from the column “%2”.").arg(field.label(), column)
                                         : tr("The file has no column chosen for %1.").arg(field.label()));
    intro->setWordWrap(true);

    m_value = new QLineEdit(m_hasColumn ? QString() : rules.value);
    m_value->setAccessibleName(tr("The same value for every row"));
    m_value->setPlaceholderText(tr("e.g. 2019-20"));
    m_value->setToolTip(tr("A file of one school year or one program has no column for it: every row takes this value."));
    m_value->setEnabled(!m_hasColumn);

    m_extract = new QLineEdit(m_hasColumn ? rules.extract : QString());
    m_extract->setAccessibleName(tr("Pattern that takes part of the column"));
    m_extract->setPlaceholderText(tr("e.g. ^(\\d\\d) for 01 from 01M015"));
    m_extract->setToolTip(tr("A regular expression: the field is its first group in parentheses, or the whole match. A "
                             "value it does not match is rejected with its line."));
    m_extract->setEnabled(m_hasColumn);

    auto *form = new QFormLayout;
    auto *valueLabel = new QLabel(tr("Same &value for every row:"));
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, m_value);
    auto *extractLabel = new QLabel(tr("&Part of the column:"));
    extractLabel->setBuddy(m_extract);
    form->addRow(extractLabel, m_extract);

    if (field.kind == DatasetField::Kind::Money) {
        m_unit = new QComboBox;
        m_unit->addItem(tr("dollars"), int(ColumnMapping::Unit::Ones));
        m_unit->addItem(tr("thousands of dollars"), int(ColumnMapping::Unit::Thousands));
        m_unit->addItem(tr("millions of dollars"), int(ColumnMapping::Unit::Millions));
        m_unit->setCurrentIndex(m_unit->findData(int(rules.unit)));
        m_unit->setAccessibleName(tr("Unit of the amounts"));
        m_unit->setToolTip(tr("In a column of thousands, 1,747 is stored as $1,747,000.00."));
        m_unit->setEnabled(m_hasColumn);
        auto *unitLabel = new QLabel(tr("Amounts are in:"));
        unitLabel->setBuddy(m_unit);
        form->addRow(unitLabel, m_unit);
    }

    m_words = new QTableWidget(0, 2);
    m_words->setHorizontalHeaderLabels({tr("The file writes"), tr("Read as")});
    m_words->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_words->verticalHeader()->hide();
    m_words->setAccessibleName(tr("The file's words read as others"));
    m_words->setEnabled(m_hasColumn);
    if (field.kind == DatasetField::Kind::Choice) {
        QStringList keys;
        for (const DatasetField::Choice &choice : field.choices)
            keys.append(QString::fromLatin1(choice.key));
        m_words->setToolTip(tr("Read as one of: %1. Words are matched without regard to case.")
                                .arg(keys.join(QStringLiteral(", "))));
    } else {
        m_words->setToolTip(tr("Words are matched without regard to case, after the pattern has taken its part."));
    }
    for (const auto &[from, to] : rules.valueMap)
        addWord(from, to);
    auto *addButton = new QPushButton(tr("&Add Word"));
    addButton->setEnabled(m_hasColumn);
    m_removeWord = new QPushButton(tr("&Remove Word"));
    auto *wordButtons = new QHBoxLayout;
    wordButtons->addWidget(addButton);
    wordButtons->addWidget(m_removeWord);
    wordButtons->addStretch(1);
    auto *wordsLabel = new QLabel(tr("The file's &words for Milepost's:"));
    wordsLabel->setBuddy(m_words);

    m_preview = new QLabel;
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setAccessibleName(tr("What the first values are read as"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(wordsLabel);
    layout->addWidget(m_words, 1);
    layout->addLayout(wordButtons);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addButton, &QPushButton::clicked, this, [this] {
        addWord();
        m_words->setCurrentCell(m_words->rowCount() - 1, 0);
        m_words->editItem(m_words->item(m_words->rowCount() - 1, 0));
    });
    connect(m_removeWord, &QPushButton::clicked, this, &FieldRulesDialog::removeWord);
    connect(m_words, &QTableWidget::itemChanged, this, &FieldRulesDialog::updatePreview);
    connect(m_words, &QTableWidget::currentCellChanged, this, &FieldRulesDialog::updatePreview);
    connect(m_value, &QLineEdit::textChanged, this, &FieldRulesDialog::updatePreview);
    connect(m_extract, &QLineEdit::textChanged, this, &FieldRulesDialog::updatePreview);
    resize(520, 440);
    updatePreview();
}

void FieldRulesDialog::addWord(const QString &from, const QString &to)
{
    const int row = m_words->rowCount();
    m_words->insertRow(row);
    m_words->setItem(row, 0, new QTableWidgetItem(from));
    m_words->setItem(row, 1, new QTableWidgetItem(to));
}

void FieldRulesDialog::removeWord()
{
    if (m_words->currentRow() >= 0)
        m_words->removeRow(m_words->currentRow());
    updatePreview();
}

ColumnMapping FieldRulesDialog::rules() const
{
    ColumnMapping rules;
    if (!m_hasColumn) {
        rules.value = m_value->text().trimmed();
        return rules;
    }
    rules.extract = m_extract->text().trimmed();
    if (m_unit)
        rules.unit = ColumnMapping::Unit(m_unit->currentData().toInt());
    for (int row = 0; row < m_words->rowCount(); ++row) {
        const QString from = cellText(m_words, row, 0);
        const QString to = cellText(m_words, row, 1);
        if (!from.isEmpty() || !to.isEmpty())
            rules.valueMap.append({from, to});
    }
    return rules;
}

QString FieldRulesDialog::problem() const
{
    const ColumnMapping current = rules();
    if (!current.extract.isEmpty()) {
        const QRegularExpression pattern(current.extract);
        if (!pattern.isValid())
            return tr("The pattern is not a regular expression: %1.").arg(pattern.errorString());
    }
    QSet<QString> seen;
    for (const auto &[from, to] : current.valueMap) {
        if (from.isEmpty() || to.isEmpty())
            return tr("Give each word both what the file writes and what it is read as.");
        if (seen.contains(from.toCaseFolded()))
            return tr("“%1” is listed twice.").arg(from);
        seen.insert(from.toCaseFolded());
    }
    return {};
}

void FieldRulesDialog::updatePreview()
{
    m_removeWord->setEnabled(m_hasColumn && m_words->currentRow() >= 0);
    const QString problem = this->problem();
    m_ok->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_preview->setText(tr("⚠ %1").arg(problem));
        return;
    }
    const ColumnMapping current = rules();
    if (!m_hasColumn) {
        m_preview->setText(current.value.isEmpty() ? tr("Rows are stored without %1.").arg(m_field.label())
                                                    : tr("Every row: %1").arg(current.value));
        return;
    }
    const QRegularExpression pattern(current.extract);
    QStringList lines;
    for (const QString &cell : m_firstValues) {
        QString text = cell.trimmed();
        if (!current.extract.isEmpty() && !text.isEmpty()) {
            const QRegularExpressionMatch match = pattern.match(text);
            if (!match.hasMatch()) {
                lines.append(tr("%1 → not matched: the row is rejected").arg(cell.trimmed()));
                continue;
            }
            text = ColumnPattern::taken(match).trimmed();
        }
        for (const auto &[from, to] : current.valueMap) {
            if (text.compare(from, Qt::CaseInsensitive) == 0) {
                text = to;
                break;
            }
        }
        lines.append(tr("%1 → %2").arg(cell.trimmed(), text));
    }
    m_preview->setText(lines.isEmpty() ? QString() : tr("First values:\n%1").arg(lines.join(QLatin1Char('\n'))));
}

QString FieldRulesDialog::summary(const ColumnMapping &rules, bool hasColumn)
{
    QStringList parts;
    if (!hasColumn) {
        if (!rules.value.isEmpty())
            parts.append(tr("every row: %1").arg(rules.value));
    } else {
        if (!rules.extract.isEmpty())
            parts.append(tr("part: %1").arg(rules.extract));
        if (rules.unit == ColumnMapping::Unit::Thousands)
            parts.append(tr("in thousands"));
        else if (rules.unit == ColumnMapping::Unit::Millions)
            parts.append(tr("in millions"));
        if (!rules.valueMap.isEmpty())
            parts.append(tr("%n word(s) read as others", nullptr, int(rules.valueMap.size())));
    }
    return parts.isEmpty() ? tr("More…") : parts.join(QStringLiteral("; "));
}

} // namespace milepost
