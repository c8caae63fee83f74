// SPDX-License-Identifier: GPL-3.0-or-later
#include "milestoneeditdialog.h"

#include "common/datefield.h"
#include "common/editorparts.h"
#include "planedit/planeditreplay.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace milepost {

using Field = PlanEditField::Id;

namespace {

constexpr std::array milestoneFields{Field::Title, Field::PlannedStart, Field::PlannedEnd, Field::Quarters};

} // namespace

MilestoneEditDialog::MilestoneEditDialog(const QString &objectiveTitle, const std::optional<Milestone> &current,
                                         const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
{
    setObjectName(QStringLiteral("milestoneEditDialog"));
    setWindowTitle(current ? tr("Edit Milestone") : tr("Add Milestone"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(current ? tr("<b>%1</b><br>in %2").arg(current->title.toHtmlEscaped(), objectiveTitle.toHtmlEscaped())
                                       : tr("A new milestone in <b>%1</b>").arg(objectiveTitle.toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_start = new QLineEdit(this);
    m_start->setObjectName(QStringLiteral("plannedStartEdit"));
    m_end = new QLineEdit(this);
    m_end->setObjectName(QStringLiteral("plannedEndEdit"));
    for (QLineEdit *date : {m_start, m_end})
        date->setPlaceholderText(tr("2022-10-15, Oct 2022, Q4-22, Ongoing or N/A"));
    m_quarters = new QLineEdit(this);
    m_quarters->setObjectName(QStringLiteral("quartersEdit"));
    m_quarters->setPlaceholderText(tr("Q3-22, Q4-22; empty for none"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Planned &start:"), m_start);
    form->addRow(tr("Planned &end:"), m_end);
    form->addRow(tr("&Quarters marked:"), m_quarters);
    m_note = EditorParts::addNote(this, form, tr("&Note:"), tr("Why the plan changed"));
    m_asOf = EditorParts::addAsOf(this, form, tr("&As of:"), today,
                                  tr("The reporting date the edit speaks for; it may be earlier than today"));

    if (current) {
        m_title->setText(current->title);
        m_start->setText(current->start.isValid() ? current->start.canonical() : current->start.raw());
        m_end->setText(current->end.isValid() ? current->end.canonical() : current->end.raw());
        m_quarters->setText(PlanEditField::quartersText(current->quarters));
        m_shown = {m_title->text(), m_start->text(), m_end->text(), m_quarters->text()};
    }

    m_problem = EditorParts::addFooter(this, layout);
    setMinimumWidth(460);
}

PlanEdit MilestoneEditDialog::edit() const
{
    PlanEdit edit;
    edit.addsMilestone = !m_current;
    edit.asOf = m_asOf->date();
    edit.note = m_note->toPlainText().trimmed();
    const std::array<QString, 4> typed{m_title->text(), m_start->text(), m_end->text(), m_quarters->text()};
    for (std::size_t i = 0; i < milestoneFields.size(); ++i) {
        // Only what changed: text as shown, or read into the value it had, is left as it is.
        const Field field = milestoneFields.at(i);
        QString canonical;
        QString reason;
        const bool unchanged = m_current
            && (typed.at(i).simplified() == m_shown.at(i).simplified()
                || (PlanEditField::normalise(field, typed.at(i), &canonical, &reason)
                    && canonical == PlanEditReplay::importedValue(*m_current, field)));
        if (!unchanged)
            edit.set(field, typed.at(i));
    }
    return edit;
}

QString MilestoneEditDialog::problem() const
{
    const PlanEdit wanted = edit();
    QStringList reasons;
    QHash<Field, QString> values;
    for (auto it = wanted.values.cbegin(); it != wanted.values.cend(); ++it) {
        QString canonical;
        QString reason;
        if (PlanEditField::normalise(it.key(), it.value(), &canonical, &reason))
            values.insert(it.key(), canonical);
        else
            reasons << reason;
    }
    if (!reasons.isEmpty())
        return reasons.join(QLatin1Char('\n'));
    if (m_current) {
        for (Field field : milestoneFields) {
            if (!values.contains(field))
                values.insert(field, PlanEditReplay::importedValue(*m_current, field));
        }
    }
    const PlanDate start = PlanEditField::dateFromText(values.value(Field::PlannedStart));
    const PlanDate end = PlanEditField::dateFromText(values.value(Field::PlannedEnd));
    if (start.isDated() && end.isDated() && end.lastDay() < start.firstDay())
        return tr("The planned end %1 is before the planned start %2.").arg(end.displayText(), start.displayText());
    if (wanted.values.isEmpty())
        return tr("Nothing was changed: change a value, or cancel.");
    return {};
}

void MilestoneEditDialog::accept()
{
    if (EditorParts::showProblem(m_problem, problem()))
        QDialog::accept();
}

} // namespace milepost
