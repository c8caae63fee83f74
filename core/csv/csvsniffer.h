// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvdialect.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace milepost {

// Works out a file's encoding and delimiter from its first bytes, and says how, so that the
// user sees what was detected and can override it.
class CsvSniffer final
{
    Q_DECLARE_TR_FUNCTIONS(CsvSniffer)

public:
    // What is read to decide: enough for a few hundred rows of any real export.
    static constexpr qint64 sampleSize = 1 << 20;

    struct Detection
    {
        bool ok = false;
        QString error;
        CsvDialect dialect;
        QString encodingReason;  // "byte order mark", "valid UTF-8", ...
        QString delimiterReason; // "14 columns in every row", ...
    };

    // head is the start of the file; complete says whether it is the whole file.
    static Detection detect(const QByteArray &head, bool complete);
    static Detection detectFile(const QString &path);

    // Only the encoding part of detect().
    static CsvDialect detectEncoding(const QByteArray &head, bool complete, QString *reason);
    // Only the delimiter part, for a head in a known encoding.
    static char detectDelimiter(const QByteArray &head, bool complete, const CsvDialect &encoding, QString *reason);
};

} // namespace milepost
