// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace milepost {

// The encodings staff's files come in: UTF-8 (with or without a byte order mark), UTF-16
// ("Unicode text" from Excel) and Windows-1252 (Excel's "CSV" on Western Windows systems).
class TextEncoding final
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)

public:
    enum Id { Utf8, Utf16LE, Utf16BE, Windows1252 };

    // Stable names, used in saved profiles and reports: "UTF-8", "UTF-16LE", "UTF-16BE",
    // "Windows-1252". Never translated.
    static QString name(Id encoding);
    static std::optional<Id> fromName(const QString &name);
    static QStringList names();
};

} // namespace milepost
