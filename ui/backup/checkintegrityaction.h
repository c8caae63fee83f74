// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QString>

namespace milepost {

// Help > Check Database Integrity…: SQLite's full integrity check on a thread of its own (about
// 3 s on a 300 MB database), with a progress dialog that can cancel it, and the result in words.
class CheckIntegrityAction final : public QAction
{
    Q_OBJECT

public:
    CheckIntegrityAction(QString databasePath, QWidget *parent);

private:
    void check();

    QString m_databasePath;
    QWidget *m_parentWidget = nullptr;
};

} // namespace milepost
