// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

// milepost figures [--as-of DATE] [--local-district NAME] [--board-district NAME]
//                  [--school NAME] [--source NAME] [--json] [--db PATH]
// Prints the dashboard's key figures, computed by the same core functions the dashboard uses
// (core/dashboard), headless. --as-of is shared with report, which registers it; --source with
// import, which registers it.
class FiguresCommand final
{
    Q_DECLARE_TR_FUNCTIONS(FiguresCommand)

public:
    static const QString name; // "figures"

    void addOptions(QCommandLineParser &parser) const;
    static QString helpText();
    // databasePath empty: the user's own database, which must exist.
    int run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath,
            bool json) const;

private:
    QCommandLineOption m_localDistrictOption{QStringLiteral("local-district"),
                                             tr("figures: count only this Local District."), tr("name")};
    QCommandLineOption m_boardDistrictOption{QStringLiteral("board-district"),
                                             tr("figures: count only this Board District."), tr("name")};
    QCommandLineOption m_schoolOption{QStringLiteral("school"), tr("figures: count only this school."), tr("name")};
};

} // namespace milepost
