// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace milepost {

class Database;
class PlanImportModel;

// The plan imports in File › Imported Data…: every plan import, newest first (plan file, when,
// by whom, milestones stored), and Remove Plan Import, which takes one out when that gives back
// exactly the state before it and loses nothing recorded (PlanImportHistory); otherwise the
// panel says why not. Delete on the table removes the selected import too.
class PlanImportsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PlanImportsPanel(Database &database, QWidget *parent = nullptr);

    void reload();
    bool select(qint64 runId);
    qint64 selectedRunId() const;
    // Why the selected import cannot be removed, as the panel shows it; empty when it can.
    QString whyNotRemovable() const { return m_why; }
    // What the confirmation asks before removing the run.
    QString confirmation(qint64 runId, QString *error) const;
    // Removes the run without asking; false with error set on failure, the database as it was.
    bool removeRun(qint64 runId, QString *error);
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void removed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void confirmAndRemove();
    void updateButtons();

    Database &m_database;
    PlanImportModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_remove = nullptr;
    QString m_why;
};

} // namespace milepost
