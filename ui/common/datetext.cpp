// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetext.h"

#include "datasets/period.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace milepost {

QString DateText::format(const QLocale &locale)
{
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    // Replace each run of y (yy, or a lone y some locales use) by yyyy; text in quotes is literal.
    QString result;
    bool quoted = false;
    for (qsizetype i = 0; i < shortFormat.size();) {
        const QChar c = shortFormat.at(i);
        if (c == QLatin1Char('\'')) {
            quoted = !quoted;
            result += c;
            ++i;
            continue;
        }
        if (!quoted && c == QLatin1Char('y')) {
            while (i < shortFormat.size() && shortFormat.at(i) == QLatin1Char('y'))
                ++i;
            result += QLatin1String("yyyy");
            continue;
        }
        result += c;
        ++i;
    }
    return result;
}

QString DateText::date(QDate date, const QLocale &locale)
{
    return locale.toString(date, format(locale));
}

QString DateText::date(QDate date, DatePrecision precision, const QLocale &locale)
{
    switch (precision) {
    case DatePrecision::Day:
        break;
    case DatePrecision::Month:
        return locale.toString(date, QStringLiteral("MMMM yyyy"));
    case DatePrecision::Year:
        return QCoreApplication::translate("DateText", "FY%1", "a fiscal year, July to June, named after the year it ends in")
            .arg(DatePrecisions::periodOf(date, precision).last().year());
    }
    return DateText::date(date, locale);
}

QString DateText::longDate(QDate date, const QLocale &locale)
{
    // Drop the weekday ("dddd, " or "dddd ") and what joins it to the rest, wherever it stands.
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("dddd[,.]?\\s*|[,.]?\\s*dddd"));
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

QString DateText::dateTime(const QDateTime &moment, const QLocale &locale)
{
    const QDateTime local = moment.toLocalTime();
    return date(local.date(), locale) + QLatin1Char(' ') + locale.toString(local.time(), QLocale::ShortFormat);
}

} // namespace milepost
