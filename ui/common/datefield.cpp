// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefield.h"

#include "common/datetext.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace milepost {

DateField::DateField(QWidget *parent)
    : DateField(QDate::currentDate(), parent)
{
}

DateField::DateField(QDate date, QWidget *parent)
    : QDateEdit(date, parent)
{
    setDisplayFormat(DateText::format());
    setCalendarPopup(true);
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const QString typed = event->text();
    const bool printable = !typed.isEmpty() && typed.at(0).isPrint()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    const bool separator = printable && !typed.at(0).isLetterOrNumber();
    const QLineEdit *line = lineEdit();
    if (printable && line->hasSelectedText() && line->selectedText() == line->text() && sectionCount() > 0) {
        // Typing over everything: start again at the first section, so that each typed part
        // (month, day, year in the locale's order) lands in its own section.
        setCurrentSectionIndex(0);
        setSelectedSection(sectionAt(0));
        m_advancedTo = -1;
    }
    if (separator && m_advancedTo >= 0 && currentSectionIndex() == m_advancedTo) {
        m_advancedTo = -1;
        event->accept();
        return;
    }
    const int before = currentSectionIndex();
    QDateEdit::keyPressEvent(event);
    m_advancedTo = printable && !separator && currentSectionIndex() > before ? currentSectionIndex() : -1;
}

bool DateField::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

} // namespace milepost
