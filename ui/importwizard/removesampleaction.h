// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace milepost {

class Database;

// File > Remove Sample Data: takes the bundled LAUSD sample datasets out of the database, so
// that only the user's own data is counted. Enabled while the sample is there.
class RemoveSampleAction final : public QAction
{
    Q_OBJECT

public:
    RemoveSampleAction(Database &database, QWidget *parent);

    // Enables the action when the sample is in the database.
    void refresh();
    // Removes the sample without asking; false and error set on failure.
    bool removeSample(QString *error);

Q_SIGNALS:
    void removed();

private:
    void confirmAndRemove();

    Database &m_database;
    QWidget *m_parentWidget = nullptr;
};

} // namespace milepost
