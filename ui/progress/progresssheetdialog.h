// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/progresssheetimporter.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace milepost {

class ProgressController;

// File › Import Update Sheet…: a filled-in progress sheet read back with a preview. The
// sheet's columns are found by name and can be chosen by hand (a sheet an office made
// itself); its dates are read one way, as the sheet shows them or as chosen when every date
// reads both ways. Before anything is stored, the dialog lists each value that will change
// (milestone, field, now, new) and each rejected row with its line, column and reason. Import
// stores every update in one transaction through the controller, as one step that Edit › Undo
// takes back; when someone recorded an update since the preview, nothing is stored and the
// preview is read again.
class ProgressSheetDialog final : public QDialog
{
    Q_OBJECT

public:
    ProgressSheetDialog(ProgressController *controller, QWidget *parent = nullptr);

    // Reads path (as Choose File… does).
    void openSheet(const QString &path);
    const ProgressSheetImporter::Reading &reading() const { return m_reading; }
    QPushButton *importButton() const { return m_import; }
    QComboBox *columnBox(ProgressSheet::Column column) const;
    QComboBox *datesBox() const { return m_dates; }

private:
    void chooseFile();
    void readAgain(bool keepColumns);
    void showReading();
    void importSheet();

    ProgressController *m_controller = nullptr;
    QString m_path;
    ProgressSheetImporter::Reading m_reading;
    QLineEdit *m_file = nullptr;
    QLabel *m_detected = nullptr;
    QList<QComboBox *> m_columns; // one per ProgressSheet column a person maps, in mappedColumns order
    QComboBox *m_dates = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_changes = nullptr;
    QTreeWidget *m_rejections = nullptr;
    QPushButton *m_import = nullptr;
    bool m_filling = false;
};

} // namespace milepost
