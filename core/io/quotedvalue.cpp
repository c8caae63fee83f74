// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotedvalue.h"

#include <QLocale>

namespace milepost {

QString QuotedValue::quote(QStringView value)
{
    if (value.size() <= maxWhole)
        return tr("“%1”").arg(value);
    qsizetype shown = shownOfLong;
    if (value.at(shown - 1).isHighSurrogate())
        --shown; // never cut a character in two
    return tr("“%1…” (%2 characters)").arg(value.left(shown), QLocale().toString(value.size()));
}

} // namespace milepost
