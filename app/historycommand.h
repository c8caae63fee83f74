// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

// milepost history [--since DATE] [--until DATE] [--milestone ID] [--json] [--db PATH]
// Lists recorded progress updates, newest first (ProgressRepository::entries), headless:
// those with an as-of date after --since and up to and including --until, which are exactly
// the changes that take the state as of --since to the state as of --until. --milestone is
// registered by update.
class HistoryCommand final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    static const QString name; // "history"

    void addOptions(QCommandLineParser &parser) const;
    static QString helpText();
    int run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath,
            bool json) const;

private:
    QCommandLineOption m_sinceOption{QStringLiteral("since"),
                                     tr("history, changes, report: only changes as of a day after this one."), tr("date")};
    QCommandLineOption m_untilOption{QStringLiteral("until"),
                                     tr("history, changes: only changes as of this day or before."), tr("date")};
};

} // namespace milepost
