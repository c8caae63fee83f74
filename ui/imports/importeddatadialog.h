// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/importhistory.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace milepost {

class Database;
class ImportRunModel;
class PlanImportsPanel;

// File > Imported Data…: every dataset import, newest first (source, file, when, by whom, rows
// stored), and Remove, which takes an import out with everything it added and, for a re-import,
// puts back what it replaced (ImportHistory::remove), after a confirmation that names the
// counts. Delete removes the selected import too. Below them, the plan imports
// (PlanImportsPanel).
class ImportedDataDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportedDataDialog(Database &database, QWidget *parent = nullptr);

    // Reads the imports again.
    void reload();
    // Selects the run's row; false when it is not listed.
    bool select(qint64 runId);
    // The run selected, 0 when none is.
    qint64 selectedRunId() const;

    // What the confirmation asks before removing the run; empty with error set when the store
    // cannot say what the removal would do.
    QString confirmation(qint64 runId, QString *error) const;
    // Removes the run without asking (the Remove button's path after the confirmation, and
    // tests); false with error set on failure, the database then as it was.
    bool removeRun(qint64 runId, QString *error);
    PlanImportsPanel *planImports() const { return m_planImports; }

Q_SIGNALS:
    // An import was removed: everything shown must be read again.
    void removed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void confirmAndRemove();
    void updateButtons();

    Database &m_database;
    ImportRunModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_remove = nullptr;
    PlanImportsPanel *m_planImports = nullptr;
};

} // namespace milepost
