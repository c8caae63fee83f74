// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressconflictdialog.h"

#include "progresscontroller.h"

#include "common/datetext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace milepost {

namespace {

QString shown(ProgressField::Id field, const QString &canonical)
{
    const QString text = ProgressField::displayValue(field, canonical);
    return text.isEmpty() ? ProgressConflictDialog::tr("(not recorded)") : text;
}

} // namespace

ProgressConflictDialog::ProgressConflictDialog(ProgressController *controller, const QList<ProgressUpdate> &refused,
                                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("progressConflictDialog"));
    setWindowTitle(tr("Saved by Someone Else"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Someone else saved progress on the same milestone while you were editing it. Nothing "
                                "was overwritten: the window shows their values. Yours are below, beside theirs."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Your values and the values saved now"));
    m_table->setHorizontalHeaderLabels({tr("Milestone"), tr("Field"), tr("Yours (not saved)"), tr("Theirs (saved)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_savedBy = new QLabel(this);
    m_savedBy->setObjectName(QStringLiteral("conflictSavedBy"));
    m_savedBy->setWordWrap(true);
    layout->addWidget(m_savedBy);

    QStringList savedBy;
    for (const ProgressUpdate &mine : refused) {
        QString error;
        const auto current = controller->current(mine.milestoneId, &error);
        const auto history = controller->history(mine.milestoneId, &error);
        if (!current || !history) {
            savedBy.append(error);
            continue;
        }
        QString title = tr("milestone %1").arg(mine.milestoneId);
        QStringList authors;
        for (const ProgressEntry &entry : *history) { // newest first
            if (!entry.milestoneTitle.isEmpty())
                title = entry.milestoneTitle;
            if (entry.version > mine.expectedVersion)
                authors.append(tr("%1 at %2").arg(entry.enteredBy, DateText::dateTime(entry.enteredAt.toLocalTime())));
        }
        if (!authors.isEmpty())
            savedBy.append(tr("“%1” was saved since you read it by %2.").arg(title, authors.join(tr(", then "))));
        for (auto it = mine.values.cbegin(); it != mine.values.cend(); ++it) {
            QString canonical;
            QString reason;
            if (!ProgressField::normalise(it.key(), it.value(), &canonical, &reason))
                canonical = it.value();
            addRow(title, ProgressField::label(it.key()), shown(it.key(), canonical), shown(it.key(), current->value(it.key())));
        }
        if (!mine.note.trimmed().isEmpty())
            addRow(title, tr("Note"), mine.note.trimmed(), current->note.isEmpty() ? tr("(none)") : current->note);
        ProgressUpdate again = mine;
        again.expectedVersion = current->version;
        m_mineAgain.append(again);
    }
    m_savedBy->setText(savedBy.join(QLatin1Char('\n')));
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(this);
    m_keepTheirs = buttons->addButton(tr("&Keep Theirs"), QDialogButtonBox::RejectRole);
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirsButton"));
    m_saveMine = buttons->addButton(tr("&Save Mine Instead"), QDialogButtonBox::AcceptRole);
    m_saveMine->setObjectName(QStringLiteral("saveMineButton"));
    m_saveMine->setToolTip(tr("Record your values as a new update; the history keeps theirs"));
    m_saveMine->setEnabled(!m_mineAgain.isEmpty());
    m_keepTheirs->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 360);
}

void ProgressConflictDialog::addRow(const QString &milestone, const QString &field, const QString &yours,
                                    const QString &theirs)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList texts{milestone, field, yours, theirs};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = new QTableWidgetItem(texts.at(column));
        // The fields whose values differ stand out without a colour of their own.
        if (yours != theirs && column >= YoursColumn) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        m_table->setItem(row, column, item);
    }
}

} // namespace milepost
