// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

class QDialog;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QVBoxLayout;

namespace milepost {

class DateField;

// The parts every editor of recorded values ends with (Record Progress…, Edit Milestone…, Edit
// Objective…): a note, the as-of date the edit speaks for (never after today), the label that
// says why the values cannot be saved, and Save and Cancel.
class EditorParts final
{
public:
    // label: the caller's translated "&Note:" and "&As of:".
    static QPlainTextEdit *addNote(QDialog *dialog, QFormLayout *form, const QString &label, const QString &placeholder);
    static DateField *addAsOf(QDialog *dialog, QFormLayout *form, const QString &label, const QDate &today,
                              const QString &toolTip);
    // The problem label and the buttons, at the foot of layout.
    static QLabel *addFooter(QDialog *dialog, QVBoxLayout *layout);
    // Shows why (hidden when empty); true when there is nothing to say.
    static bool showProblem(QLabel *label, const QString &why);
};

} // namespace milepost
