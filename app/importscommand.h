// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

// milepost imports [--json] [--db PATH]          the dataset imports stored, newest first
// milepost imports remove RUN_ID [--db PATH]     one import removed with everything it added,
//                                                what a refresh replaced put back (ImportHistory)
class ImportsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ImportsCommand)

public:
    static const QString name; // "imports"

    static QString helpText();
    int run(const QStringList &positional, const QString &databasePath, bool json) const;

private:
    int list(const QString &databasePath, bool json) const;
    int remove(const QString &databasePath, const QString &runId) const;
};

} // namespace milepost
