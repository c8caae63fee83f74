// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresssheetexportdialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace milepost {

ProgressSheetExportDialog::ProgressSheetExportDialog(const QStringList &owners, const QStringList &offices, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Update Sheet"));
    setObjectName(QStringLiteral("progressSheetExportDialog"));
    auto *intro = new QLabel(tr("An update sheet lists each milestone with its id, the values recorded now and empty "
                                "columns for an office to fill in. It opens in Excel; Import Update Sheet… reads it back."),
                             this);
    intro->setWordWrap(true);

    m_whole = new QRadioButton(tr("&Every milestone of the plan"), this);
    m_ownerButton = new QRadioButton(tr("The milestones of one &owner:"), this);
    m_officeButton = new QRadioButton(tr("The milestones of one o&ffice:"), this);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *button : {m_whole, m_ownerButton, m_officeButton})
        group->addButton(button);
    m_whole->setChecked(true);
    auto makeBox = [this](const QStringList &names, const QString &accessibleName) {
        auto *box = new QComboBox(this);
        box->setEditable(true);
        box->addItems(names);
        box->setAccessibleName(accessibleName);
        box->lineEdit()->setPlaceholderText(tr("Type a name"));
        return box;
    };
    m_owner = makeBox(owners, tr("Owner"));
    m_office = makeBox(offices, tr("Office"));

    auto *choices = new QGridLayout;
    choices->addWidget(m_whole, 0, 0, 1, 2);
    choices->addWidget(m_ownerButton, 1, 0);
    choices->addWidget(m_owner, 1, 1);
    choices->addWidget(m_officeButton, 2, 0);
    choices->addWidget(m_office, 2, 1);
    choices->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(group, &QButtonGroup::buttonToggled, this, &ProgressSheetExportDialog::updateEnabled);
    connect(m_owner, &QComboBox::currentTextChanged, this, &ProgressSheetExportDialog::updateEnabled);
    connect(m_office, &QComboBox::currentTextChanged, this, &ProgressSheetExportDialog::updateEnabled);
    // Choosing a name chooses its button.
    connect(m_owner, &QComboBox::activated, m_ownerButton, [this] { m_ownerButton->setChecked(true); });
    connect(m_office, &QComboBox::activated, m_officeButton, [this] { m_officeButton->setChecked(true); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(choices);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    updateEnabled();
}

ProgressTemplateExporter::Selection ProgressSheetExportDialog::selection() const
{
    ProgressTemplateExporter::Selection selection;
    if (m_ownerButton->isChecked())
        selection.owner = m_owner->currentText().simplified();
    else if (m_officeButton->isChecked())
        selection.office = m_office->currentText().simplified();
    return selection;
}

QString ProgressSheetExportDialog::suggestedName() const
{
    const ProgressTemplateExporter::Selection chosen = selection();
    QString whose = (chosen.owner.isEmpty() ? chosen.office : chosen.owner).toLower();
    static const QRegularExpression notWord(QStringLiteral("[^\\w]+"));
    whose.replace(notWord, QStringLiteral("-"));
    whose.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return whose.isEmpty() ? tr("update-sheet") : tr("update-sheet-%1").arg(whose);
}

void ProgressSheetExportDialog::updateEnabled()
{
    const bool named = (!m_ownerButton->isChecked() || !m_owner->currentText().trimmed().isEmpty())
        && (!m_officeButton->isChecked() || !m_office->currentText().trimmed().isEmpty());
    auto *buttons = findChild<QDialogButtonBox *>();
    if (buttons && !buttons->buttons().isEmpty()) {
        for (QAbstractButton *button : buttons->buttons()) {
            if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                button->setEnabled(named);
        }
    }
}

} // namespace milepost
