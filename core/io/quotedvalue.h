// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace milepost {

// A value quoted in a message, in “curly quotes”: whole when it is short, its beginning and its
// length when it is long, so that one bad line the size of the file does not become a message
// the size of the file.
class QuotedValue final
{
    Q_DECLARE_TR_FUNCTIONS(QuotedValue)

public:
    static constexpr qsizetype maxWhole = 80;
    static constexpr qsizetype shownOfLong = 60;

    static QString quote(QStringView value);
};

} // namespace milepost
