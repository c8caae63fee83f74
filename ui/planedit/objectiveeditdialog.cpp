// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectiveeditdialog.h"

#include "common/datefield.h"
#include "common/editorparts.h"
#include "progress/progressstatus.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace milepost {

using Field = PlanEditField::Id;

ObjectiveEditDialog::ObjectiveEditDialog(const Objective &objective, const QDate &today, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("objectiveEditDialog"));
    setWindowTitle(tr("Edit Objective"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(objective.title.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *imported = new QLabel(objective.status.text().isEmpty() ? tr("(none)") : objective.status.text().toHtmlEscaped(), this);
    imported->setWordWrap(true);
    imported->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(tr("Status as imported:"), imported);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusBox"));
    m_status->addItem(tr("Not recorded"), QString());
    for (ProgressStatus::Value value : ProgressStatus::all)
        m_status->addItem(ProgressStatus::label(value), ProgressStatus::key(value));
    m_status->setCurrentIndex(std::max(0, m_status->findData(objective.recordedStatus)));
    m_shownStatus = m_status->currentData().toString();
    form->addRow(tr("Recorded &status:"), m_status);
    m_estimate = new QLineEdit(this);
    m_estimate->setObjectName(QStringLiteral("estimateEdit"));
    m_estimate->setPlaceholderText(tr("2023-06, Q2-23 or a day; empty for none"));
    const PlanDate estimate = objective.editedEstimate.value_or(objective.status.estimatedCompletion());
    m_estimate->setText(estimate.isValid() ? estimate.canonical() : QString());
    m_shownEstimate = m_estimate->text();
    form->addRow(tr("&Estimated completion:"), m_estimate);
    m_note = EditorParts::addNote(this, form, tr("&Note:"), tr("Why: what happened, what is needed"));
    m_asOf = EditorParts::addAsOf(this, form, tr("&As of:"), today,
                                  tr("The reporting date the edit speaks for; it may be earlier than today"));
    m_problem = EditorParts::addFooter(this, layout);
    setMinimumWidth(440);
}

PlanEdit ObjectiveEditDialog::edit() const
{
    PlanEdit edit;
    edit.asOf = m_asOf->date();
    edit.note = m_note->toPlainText().trimmed();
    if (m_status->currentData().toString() != m_shownStatus)
        edit.set(Field::ObjectiveStatus, m_status->currentData().toString());
    if (m_estimate->text().simplified() != m_shownEstimate.simplified())
        edit.set(Field::EstimatedCompletion, m_estimate->text());
    return edit;
}

QString ObjectiveEditDialog::problem() const
{
    const PlanEdit wanted = edit();
    QStringList reasons;
    for (auto it = wanted.values.cbegin(); it != wanted.values.cend(); ++it) {
        QString canonical;
        QString reason;
        if (!PlanEditField::normalise(it.key(), it.value(), &canonical, &reason))
            reasons << reason;
    }
    if (reasons.isEmpty() && wanted.values.isEmpty())
        reasons << tr("Nothing was changed: change the status or the estimate, or cancel.");
    return reasons.join(QLatin1Char('\n'));
}

void ObjectiveEditDialog::accept()
{
    if (EditorParts::showProblem(m_problem, problem()))
        QDialog::accept();
}

} // namespace milepost
