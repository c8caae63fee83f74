// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresseditor.h"

#include "common/counttext.h"
#include "common/datefield.h"
#include "common/editorparts.h"
#include "progress/progressfield.h"
#include "progress/progressstatus.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace milepost {

using Field = ProgressField::Id;

ProgressEditor::ProgressEditor(const QString &title, const ProgressState &current, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
{
    build(title, today);
    if (const auto status = current.status())
        m_status->setCurrentIndex(m_status->findData(ProgressStatus::key(*status)));
    m_percent->setValue(current.percent().value_or(-1));
    m_actualStart->setText(current.value(Field::ActualStart));
    m_actualEnd->setText(current.value(Field::ActualEnd));
    m_owner->setText(current.owner());
    m_office->setText(current.office());
}

ProgressEditor::ProgressEditor(int milestoneCount, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_bulk(true)
{
    build(CountText::milestones(milestoneCount), today);
}

void ProgressEditor::build(const QString &heading, const QDate &today)
{
    setObjectName(QStringLiteral("progressEditor"));
    setWindowTitle(m_bulk ? tr("Record Progress on Several Milestones") : tr("Record Progress"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()), this);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    const QString keep = tr("(leave as it is)");
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusBox"));
    m_status->addItem(m_bulk ? keep : tr("Not recorded (computed from dates)"), QString());
    for (ProgressStatus::Value value : ProgressStatus::all)
        m_status->addItem(ProgressStatus::label(value), ProgressStatus::key(value));
    form->addRow(tr("&Status:"), m_status);

    m_percent = new QSpinBox(this);
    m_percent->setObjectName(QStringLiteral("percentBox"));
    m_percent->setRange(-1, 100);
    m_percent->setSpecialValueText(tr("not recorded"));
    m_percent->setSuffix(tr("%"));
    m_percent->setValue(-1);
    m_actualStart = new QLineEdit(this);
    m_actualStart->setObjectName(QStringLiteral("actualStartEdit"));
    m_actualEnd = new QLineEdit(this);
    m_actualEnd->setObjectName(QStringLiteral("actualEndEdit"));
    for (QLineEdit *edit : {m_actualStart, m_actualEnd})
        edit->setPlaceholderText(tr("YYYY-MM-DD, empty when not known"));
    if (!m_bulk) {
        form->addRow(tr("&Percent complete:"), m_percent);
        form->addRow(tr("Actual s&tart:"), m_actualStart);
        form->addRow(tr("Actual &end:"), m_actualEnd);
    } else {
        m_percent->hide();
        m_actualStart->hide();
        m_actualEnd->hide();
    }
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_office = new QLineEdit(this);
    m_office->setObjectName(QStringLiteral("officeEdit"));
    if (m_bulk) {
        m_owner->setPlaceholderText(keep);
        m_office->setPlaceholderText(keep);
    }
    form->addRow(tr("&Owner (person):"), m_owner);
    form->addRow(tr("O&ffice:"), m_office);
    m_note = EditorParts::addNote(this, form, tr("&Note:"), tr("Why: what happened, what is needed"));
    m_asOf = EditorParts::addAsOf(this, form, tr("&As of:"), today,
                                  tr("The reporting date the update speaks for; it may be earlier than today"));
    m_problem = EditorParts::addFooter(this, layout);
    setMinimumWidth(440);
}

ProgressUpdate ProgressEditor::update() const
{
    ProgressUpdate update;
    update.milestoneId = m_current.milestoneId;
    update.expectedVersion = m_current.version;
    update.asOf = m_asOf->date();
    update.note = m_note->toPlainText().trimmed();
    const QString status = m_status->currentData().toString();
    const QString percent = m_percent->value() < 0 ? QString() : QString::number(m_percent->value());
    if (m_bulk) {
        if (!status.isEmpty())
            update.set(Field::Status, status);
        if (!m_owner->text().trimmed().isEmpty())
            update.set(Field::Owner, m_owner->text());
        if (!m_office->text().trimmed().isEmpty())
            update.set(Field::Office, m_office->text());
        return update;
    }
    const QList<std::pair<Field, QString>> typed{{Field::Status, status},
                                                 {Field::Percent, percent},
                                                 {Field::ActualStart, m_actualStart->text()},
                                                 {Field::ActualEnd, m_actualEnd->text()},
                                                 {Field::Owner, m_owner->text()},
                                                 {Field::Office, m_office->text()}};
    for (const auto &[field, text] : typed) {
        QString canonical;
        QString reason;
        // Only what changed: an unreadable value is passed on so that the store says why.
        if (!ProgressField::normalise(field, text, &canonical, &reason) || canonical != m_current.value(field)
            || canonical.isNull() != m_current.value(field).isNull())
            update.set(field, text);
    }
    return update;
}

QString ProgressEditor::problem() const
{
    const ProgressUpdate wanted = update();
    QStringList reasons;
    ProgressState after = m_current;
    for (auto it = wanted.values.cbegin(); it != wanted.values.cend(); ++it) {
        QString canonical;
        QString reason;
        if (ProgressField::normalise(it.key(), it.value(), &canonical, &reason))
            after.setValue(it.key(), canonical);
        else
            reasons << reason;
    }
    if (reasons.isEmpty() && !m_bulk)
        reasons << after.problem();
    reasons.removeAll(QString());
    if (reasons.isEmpty() && wanted.values.isEmpty() && wanted.note.isEmpty())
        reasons << (m_bulk ? tr("Set a status, an owner or an office, or write a note.")
                           : tr("Nothing was changed: change a value or write a note."));
    return reasons.join(QLatin1Char('\n'));
}

void ProgressEditor::accept()
{
    if (EditorParts::showProblem(m_problem, problem()))
        QDialog::accept();
}

} // namespace milepost
