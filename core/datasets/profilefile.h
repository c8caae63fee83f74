// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace milepost {

// An import profile as a file to share with colleagues: a JSON object that says what it is,
//   {"milepostImportProfile": 1, "profile": {...ImportProfile::toJson()...}}
// indented for people who read or edit it. Reading checks it as a saved profile is checked
// (ImportProfile::fromJson, which validates it); a built-in profile's copy reads back as a
// profile of its own, no longer built in.
class ProfileFile final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFile)

public:
    static constexpr int formatVersion = 1;
    // A profile is a few kilobytes; a file far larger is something else.
    static constexpr qint64 maxBytes = 1024 * 1024;

    static QByteArray toBytes(const ImportProfile &profile);
    static std::optional<ImportProfile> fromBytes(const QByteArray &bytes, QString *error);

    // Writes through ExportFile: the file appears only once complete. False with error set.
    static bool write(const ImportProfile &profile, const QString &path, QString *error);
    static std::optional<ImportProfile> read(const QString &path, QString *error);
};

} // namespace milepost
