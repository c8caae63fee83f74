// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

// milepost export --dataset NAME --csv OUT.csv [--no-bom] [--locale-dates] [--db PATH]
// Writes a whole dataset as CSV, headless; "-" writes to standard output. A bad argument, a
// missing database or a file that cannot be written: one line on standard error, a non-zero
// exit, and no file (or the earlier file untouched).
class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static const QString name; // "export"

    // --dataset is shared with import, which registers it; export adds the rest.
    void addOptions(QCommandLineParser &parser) const;
    static QString helpText();
    // databasePath empty: the user's own database, which must exist.
    int run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath) const;

private:
    QCommandLineOption m_csvOption{QStringLiteral("csv"), tr("export: write the CSV file <path> (- for standard output)."),
                                   tr("path")};
    QCommandLineOption m_noBomOption{QStringLiteral("no-bom"), tr("export: leave out the UTF-8 byte order mark.")};
    QCommandLineOption m_localeDatesOption{QStringLiteral("locale-dates"),
                                           tr("export: dates in the locale's format instead of YYYY-MM-DD.")};
};

} // namespace milepost
