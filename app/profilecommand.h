// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

// milepost profile export NAME FILE [--db PATH]             a built-in or saved profile as a file
// milepost profile import FILE [--replace] [--db PATH]      a profile file saved in the database
// The file is ProfileFile's JSON, to share a mapping with colleagues.
class ProfileCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    static const QString name; // "profile"

    void addOptions(QCommandLineParser &parser) const;
    static QString helpText();
    int run(const QCommandLineParser &parser, const QStringList &positional, const QString &databasePath) const;

private:
    int exportProfile(const QString &databasePath, const QString &profileName, const QString &file) const;
    int importProfile(const QString &databasePath, const QString &file, bool replace) const;

    QCommandLineOption m_replaceOption{QStringLiteral("replace"),
                                       tr("profile import: replace a saved profile of the same name.")};
};

} // namespace milepost
