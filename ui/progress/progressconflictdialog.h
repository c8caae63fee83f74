// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progress/progressupdate.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace milepost {

class ProgressController;

// Two people edited the same milestone and the second save was refused (someone else recorded
// an update since the values were read): what the person typed beside what is stored now, field
// by field, with who saved theirs and when. Nothing was overwritten; Keep Theirs (the default)
// drops the person's values, Save Mine Instead records them over theirs as a new update, whose
// history keeps both.
class ProgressConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { MilestoneColumn, FieldColumn, YoursColumn, TheirsColumn, ColumnCount };

    // refused: the updates that were refused as stale, as the person made them.
    ProgressConflictDialog(ProgressController *controller, const QList<ProgressUpdate> &refused,
                           QWidget *parent = nullptr);

    // The refused updates against the versions stored now: saving them records the person's
    // values over theirs.
    const QList<ProgressUpdate> &mineAgain() const { return m_mineAgain; }

    QTableWidget *table() const { return m_table; }
    QLabel *savedByLabel() const { return m_savedBy; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *saveMineButton() const { return m_saveMine; }

private:
    void addRow(const QString &milestone, const QString &field, const QString &yours, const QString &theirs);

    QList<ProgressUpdate> m_mineAgain;
    QTableWidget *m_table = nullptr;
    QLabel *m_savedBy = nullptr;
    QPushButton *m_keepTheirs = nullptr;
    QPushButton *m_saveMine = nullptr;
};

} // namespace milepost
