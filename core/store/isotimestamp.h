// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace milepost {

// The store's timestamps (entered_at, imported_at) as written, QDateTime::toString(Qt::
// ISODateWithMs) of a UTC time: "2024-03-05T12:34:56.789Z". Reading them back with
// QDateTime::fromString costs microseconds each, which a history of a million updates feels.
class IsoTimestamp final
{
public:
    // The time text gives: that exact form read directly, any other through
    // QDateTime::fromString(text, Qt::ISODateWithMs), so the answer is always the same as its.
    static QDateTime parse(const QString &text);
};

} // namespace milepost
