// SPDX-License-Identifier: GPL-3.0-or-later
#include "isotimestamp.h"


namespace milepost {

namespace {

// The number in text[from, from + length), or -1 when a character there is not a digit.
int digits(const QString &text, int from, int length)
{
    int value = 0;
    for (int i = from; i < from + length; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDateTime IsoTimestamp::parse(const QString &text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const int year = digits(text, 0, 4);
        const int month = digits(text, 5, 2);
        const int day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2);
        const int minute = digits(text, 14, 2);
        const int second = digits(text, 17, 2);
        const int millisecond = digits(text, 20, 3);
        const QDate date(year, month, day);
        const QTime time(hour, minute, second, millisecond);
        // Out-of-range parts (a month 13, a second 60) go the long way, as any other text.
        if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 && millisecond >= 0
            && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC); // as fromString gives a trailing Z
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace milepost
