// SPDX-License-Identifier: GPL-3.0-or-later
#include "period.h"

#include <QLocale>
#include <QRegularExpression>

namespace milepost {

Period Period::schoolYear(int startYear)
{
    Period period;
    if (startYear < 1900 || startYear > 9998)
        return period;
    period.m_kind = Kind::SchoolYear;
    period.m_first = QDate(startYear, 7, 1);
    period.m_last = QDate(startYear + 1, 6, 30);
    return period;
}

Period Period::month(int year, int month)
{
    Period period;
    const QDate first(year, month, 1);
    if (!first.isValid() || year < 1900)
        return period;
    period.m_kind = Kind::Month;
    period.m_first = first;
    period.m_last = first.addDays(first.daysInMonth() - 1);
    return period;
}

Period Period::range(const QDate &first, const QDate &last)
{
    Period period;
    if (!first.isValid() || !last.isValid() || last < first)
        return period;
    period.m_kind = Kind::Range;
    period.m_first = first;
    period.m_last = last;
    return period;
}

Period Period::parse(const QString &text, QString *reason)
{
    auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return Period();
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("no period given"));
    // A well-formed period before 1900 or past 9999 ("0021-22") is refused with its reason, never
    // without one: a row rejected for no stated reason leaves the person guessing.
    auto outOfRange = [&trimmed] {
        return tr("“%1” is outside the years a period can have (1900 to 9999)").arg(trimmed);
    };

    // "2021-22" is a school year and "2022-03" a month; "2011-12" would be both, and is refused.
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    if (const auto match = monthPattern.match(trimmed); match.hasMatch()) {
        const int year = match.captured(1).toInt();
        const int month = match.captured(2).toInt();
        const bool schoolYear = month == (year + 1) % 100;
        if (month >= 1 && month <= 12) {
            if (schoolYear)
                return fail(tr("“%1” could be the school year %1 or a month; write %2-%3 for the school year or "
                               "%2-%4-01/%2-%4-%5 for the month")
                                .arg(trimmed)
                                .arg(year)
                                .arg(year + 1)
                                .arg(match.captured(2))
                                .arg(QDate(year, month, 1).daysInMonth()));
            if (const Period period = Period::month(year, month); period.isValid())
                return period;
            return fail(outOfRange());
        }
    }
    static const QRegularExpression yearPattern(
        QStringLiteral("^(?:(?:SY|FY)\\s*)?(\\d{4})\\s*[-–/]\\s*(\\d{2}|\\d{4})$"), QRegularExpression::CaseInsensitiveOption);
    if (const auto match = yearPattern.match(trimmed); match.hasMatch()) {
        const int start = match.captured(1).toInt();
        const QString endText = match.captured(2);
        const int end = endText.size() == 2 ? (start / 100) * 100 + endText.toInt() : endText.toInt();
        // "2021-22" and "2099-00" are one year apart; "2021-23" is not a school year.
        if (end != start + 1 && !(endText.size() == 2 && end + 100 == start + 1))
            return fail(tr("“%1” is not one school year: the second year must follow the first").arg(trimmed));
        if (const Period period = schoolYear(start); period.isValid())
            return period;
        return fail(outOfRange());
    }
    // A fiscal year by the year it ends in: FY2012 runs from July 2011 to June 2012, the school
    // year 2011-12.
    static const QRegularExpression fiscalPattern(QStringLiteral("^FY\\s*-?\\s*(\\d{4})$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    if (const auto match = fiscalPattern.match(trimmed); match.hasMatch()) {
        if (const Period period = schoolYear(match.captured(1).toInt() - 1); period.isValid())
            return period;
        return fail(outOfRange());
    }
    // "May 2009", "Sep-2021", "Sept. 2021": a month.
    static const QRegularExpression monthNamePattern(QStringLiteral("^([A-Za-z]{3,9})\\.?(?:\\s+|\\s*-\\s*)(\\d{4})$"));
    if (const auto match = monthNamePattern.match(trimmed); match.hasMatch()) {
        const QString name = match.captured(1);
        const QLocale c = QLocale::c();
        for (int month = 1; month <= 12; ++month) {
            if (name.compare(c.monthName(month), Qt::CaseInsensitive) == 0
                || name.compare(c.monthName(month, QLocale::ShortFormat), Qt::CaseInsensitive) == 0
                || (month == 9 && name.compare(QLatin1String("Sept"), Qt::CaseInsensitive) == 0)) {
                if (const Period period = Period::month(match.captured(2).toInt(), month); period.isValid())
                    return period;
                return fail(outOfRange());
            }
        }
        return fail(tr("“%1” is not a period: no month is called “%2”").arg(trimmed, name));
    }
    static const QRegularExpression rangePattern(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\s*/\\s*(\\d{4}-\\d{2}-\\d{2})$"));
    if (const auto match = rangePattern.match(trimmed); match.hasMatch()) {
        const QDate first = QDate::fromString(match.captured(1), Qt::ISODate);
        const QDate last = QDate::fromString(match.captured(2), Qt::ISODate);
        if (!first.isValid() || !last.isValid())
            return fail(tr("“%1” holds a day that does not exist").arg(trimmed));
        if (last < first)
            return fail(tr("“%1” ends before it starts").arg(trimmed));
        return range(first, last);
    }
    return fail(tr("“%1” is not a period: write a school year (2021-22, FY2022), a month (2022-03, March 2022) or a "
                   "range of days (2022-03-15/2022-06-30)")
                    .arg(trimmed));
}

Period Period::parseSchoolYear(const QString &text, QString *reason)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression shortYears(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    if (const auto match = shortYears.match(trimmed); match.hasMatch()) {
        const int start = match.captured(1).toInt();
        if (match.captured(2).toInt() == (start + 1) % 100) {
            if (const Period period = schoolYear(start); period.isValid())
                return period;
        }
    }
    const Period period = parse(trimmed, reason);
    if (period.isValid() && period.kind() != Kind::SchoolYear) {
        if (reason)
            *reason = tr("“%1” is not a school year such as 2021-22").arg(trimmed);
        return {};
    }
    return period;
}

QString Period::canonical() const
{
    switch (m_kind) {
    case Kind::Invalid:
        return {};
    case Kind::SchoolYear:
        // "2011-12" would read as December 2011 too (parse refuses it as ambiguous): such a year
        // is written with both years in full.
        if ((m_first.year() + 1) % 100 >= 1 && (m_first.year() + 1) % 100 <= 12)
            return QStringLiteral("%1-%2").arg(m_first.year()).arg(m_first.year() + 1);
        return QStringLiteral("%1-%2").arg(m_first.year()).arg((m_first.year() + 1) % 100, 2, 10, QLatin1Char('0'));
    case Kind::Month:
        // "2011-12" would read as the school year 2011-12 (parse refuses it as ambiguous): such a
        // month is written by its name, which reads back as the month.
        if (m_first.month() == (m_first.year() + 1) % 100)
            return QLocale::c().toString(m_first, QStringLiteral("MMM yyyy"));
        return m_first.toString(QStringLiteral("yyyy-MM"));
    case Kind::Range:
        return m_first.toString(Qt::ISODate) + QLatin1Char('/') + m_last.toString(Qt::ISODate);
    }
    return {};
}

} // namespace milepost
