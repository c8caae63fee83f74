// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorparts.h"

#include "datefield.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace milepost {

QPlainTextEdit *EditorParts::addNote(QDialog *dialog, QFormLayout *form, const QString &label, const QString &placeholder)
{
    auto *note = new QPlainTextEdit(dialog);
    note->setObjectName(QStringLiteral("noteEdit"));
    note->setTabChangesFocus(true);
    note->setPlaceholderText(placeholder);
    note->setFixedHeight(dialog->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(label, note);
    return note;
}

DateField *EditorParts::addAsOf(QDialog *dialog, QFormLayout *form, const QString &label, const QDate &today,
                                const QString &toolTip)
{
    auto *asOf = new DateField(today, dialog);
    asOf->setObjectName(QStringLiteral("asOfEdit"));
    asOf->setCalendarPopup(true);
    asOf->setMaximumDate(today);
    asOf->setToolTip(toolTip);
    form->addRow(label, asOf);
    return asOf;
}

QLabel *EditorParts::addFooter(QDialog *dialog, QVBoxLayout *layout)
{
    auto *problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("problemLabel"));
    problem->setWordWrap(true);
    problem->hide();
    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return problem;
}

bool EditorParts::showProblem(QLabel *label, const QString &why)
{
    label->setText(why);
    label->setVisible(!why.isEmpty());
    return why.isEmpty();
}

} // namespace milepost
