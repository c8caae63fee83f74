// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace milepost {

// How a CSV file is written. The defaults are what Excel reads correctly everywhere.
struct CsvOptions final
{
    enum class DateFormat {
        Iso,    // 2022-06-01: unambiguous, sorts as text, read as a date by every spreadsheet
        Locale, // the locale's short format with a four-digit year, e.g. 6/1/2022 for en_US
    };

    // UTF-8 with a byte order mark: without it Excel reads UTF-8 as the ANSI code page and
    // turns "ü" into "Ã¼".
    bool byteOrderMark = true;
    DateFormat dateFormat = DateFormat::Iso;
    // The locale for DateFormat::Locale. Numbers are always written the C way (1234.5), since a
    // decimal comma would need quoting and still be misread by a spreadsheet in another locale.
    QLocale locale;
    // Prefix text cells that a spreadsheet would run as a formula with an apostrophe.
    bool guardFormulas = true;
};

} // namespace milepost
