// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace milepost {

class Database;

// File > Imported Data…: opens ImportedDataDialog, where imports are listed and removed.
class ImportedDataAction final : public QAction
{
    Q_OBJECT

public:
    ImportedDataAction(Database &database, QWidget *parent);

Q_SIGNALS:
    // An import was removed: everything shown must be read again.
    void removed();

private:
    void showDialog();

    Database &m_database;
    QWidget *m_parentWidget = nullptr;
};

} // namespace milepost
