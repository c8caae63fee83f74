// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textencoding.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace milepost {

// How a delimited text file is written: its encoding and the character between fields.
// Fields are quoted with " and a quote inside a quoted field is doubled, as RFC 4180 says;
// records end with CRLF, LF or a lone CR.
struct CsvDialect final
{
    Q_DECLARE_TR_FUNCTIONS(CsvDialect)

public:
    TextEncoding::Id encoding = TextEncoding::Utf8;
    bool byteOrderMark = false; // the file starts with one; the reader skips it
    char delimiter = ',';       // one of , ; tab |

    static constexpr char delimiters[] = {',', ';', '\t', '|'};
    static bool isSupportedDelimiter(char delimiter);
    // "comma", "semicolon", "tab", "pipe": stable names for profiles, reports and the command line.
    static QString delimiterKey(char delimiter);
    static std::optional<char> delimiterFromKey(const QString &key); // also takes the character itself
    // What a person reads: "comma (,)", "tab".
    static QString delimiterName(char delimiter);

    friend bool operator==(const CsvDialect &, const CsvDialect &) = default;
};

} // namespace milepost
