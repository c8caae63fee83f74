// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/progressstate.h"
#include "progress/progressupdate.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace milepost {

// Edits a progress update: status, percent complete (optional, 0 to 100), actual start and
// end, owner (a person and an office), a note and the as-of date it reports on (today unless
// changed; never after today).
//
// For one milestone it starts from the values recorded now and asks for the fields changed.
// For several (a bulk edit) it offers status, owner, office and the note, each left as it is
// unless set; every milestone gets one update with the same values.
class ProgressEditor final : public QDialog
{
    Q_OBJECT

public:
    // One milestone: its title and what is recorded now (version included).
    ProgressEditor(const QString &title, const ProgressState &current, const QDate &today, QWidget *parent = nullptr);
    // Several milestones at once.
    ProgressEditor(int milestoneCount, const QDate &today, QWidget *parent = nullptr);

    // The update as filled in: only the fields changed (one milestone) or set (several); the
    // milestone id, expected version and author are for the caller to fill in for several.
    ProgressUpdate update() const;

    void accept() override;

    QComboBox *statusBox() const { return m_status; }
    QSpinBox *percentBox() const { return m_percent; }
    QLineEdit *actualStartEdit() const { return m_actualStart; }
    QLineEdit *actualEndEdit() const { return m_actualEnd; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QLineEdit *officeEdit() const { return m_office; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void build(const QString &heading, const QDate &today);
    // Why the values cannot be saved; empty when they can.
    QString problem() const;

    bool m_bulk = false;
    ProgressState m_current;
    QComboBox *m_status = nullptr;
    QSpinBox *m_percent = nullptr;
    QLineEdit *m_actualStart = nullptr;
    QLineEdit *m_actualEnd = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_office = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace milepost
