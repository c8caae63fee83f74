// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace milepost {

// Reads a whole text file the way staff produce them: UTF-8 with or without a BOM, UTF-16
// with a BOM ("Unicode text" from Excel or Word), or Windows-1252 when the bytes are not UTF-8.
class TextFile final
{
    Q_DECLARE_TR_FUNCTIONS(TextFile)

public:
    struct Contents
    {
        bool ok = false;
        QString error;    // why the file could not be read
        QString text;
        QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"
    };

    static Contents read(const QString &path);
    static Contents decode(const QByteArray &bytes);
};

} // namespace milepost
