// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandate.h"

#include "quartercalendar.h"

#include "io/quotedvalue.h"

#include <QLocale>
#include <QRegularExpression>

namespace milepost {

namespace {

// Month names as the report writes them; plans are English documents, so this does not
// follow the user's locale.
int monthFromName(const QString &name)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.toLower();
    if (lower.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        const QLatin1String prefix(names[i]);
        if (lower.startsWith(prefix)) {
            static const char *const full[] = {"january", "february", "march", "april", "may", "june", "july",
                                               "august", "september", "october", "november", "december"};
            const QLatin1String whole(full[i]);
            if (lower == prefix || lower == whole || (i == 8 && lower == QLatin1String("sept")))
                return i + 1;
        }
    }
    return 0;
}

int expandYear(QStringView digits, TwoDigitYearRule rule)
{
    const int value = digits.toInt();
    return digits.size() == 2 ? rule.expand(value) : value;
}

} // namespace

PlanDate PlanDate::exact(const QDate &date, const QString &raw)
{
    if (!date.isValid())
        return invalid(raw, Problem::ImpossibleDate, tr("not a calendar date"));
    PlanDate d;
    d.m_kind = Kind::Exact;
    d.m_problem = Problem::None;
    d.m_first = d.m_last = date;
    d.m_raw = raw.isEmpty() ? date.toString(Qt::ISODate) : raw;
    return d;
}

PlanDate PlanDate::month(int year, int month, const QString &raw)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return invalid(raw, Problem::ImpossibleDate, tr("no such month"));
    PlanDate d;
    d.m_kind = Kind::Month;
    d.m_problem = Problem::None;
    d.m_first = first;
    d.m_last = first.addMonths(1).addDays(-1);
    d.m_raw = raw.isEmpty() ? first.toString(QStringLiteral("yyyy-MM")) : raw;
    return d;
}

PlanDate PlanDate::quarter(YearQuarter quarter, const QString &raw)
{
    const auto calendar = QuarterCalendar::calendar();
    const QDate first = calendar.firstDay(quarter);
    const QDate last = calendar.lastDay(quarter);
    // QDate has no year 0: "0000 Q2" names no days at all.
    if (!quarter.isValid() || !first.isValid() || !last.isValid())
        return invalid(raw, Problem::ImpossibleDate, tr("no such quarter"));
    PlanDate d;
    d.m_kind = Kind::Quarter;
    d.m_problem = Problem::None;
    d.m_first = first;
    d.m_last = last;
    d.m_raw = raw.isEmpty() ? QStringLiteral("%1-Q%2").arg(quarter.year, 4, 10, QLatin1Char('0')).arg(quarter.quarter) : raw;
    return d;
}

PlanDate PlanDate::ongoing(const QString &raw)
{
    PlanDate d;
    d.m_kind = Kind::Ongoing;
    d.m_problem = Problem::None;
    d.m_raw = raw.isEmpty() ? QStringLiteral("Ongoing") : raw;
    return d;
}

PlanDate PlanDate::notApplicable(const QString &raw)
{
    PlanDate d;
    d.m_kind = Kind::NotApplicable;
    d.m_problem = Problem::None;
    d.m_raw = raw.isEmpty() ? QStringLiteral("N/A") : raw;
    return d;
}

PlanDate PlanDate::invalid(const QString &raw, Problem problem, const QString &reason)
{
    PlanDate d;
    d.m_kind = Kind::Invalid;
    d.m_problem = problem == Problem::None ? Problem::Unrecognised : problem;
    d.m_raw = raw;
    d.m_reason = reason;
    return d;
}

PlanDate PlanDate::parse(const QString &text, TwoDigitYearRule rule)
{
    const QString raw = text.trimmed();
    if (raw.isEmpty())
        return invalid(raw, Problem::Missing, tr("no value"));

    // Lower case never makes a text shorter: past 14 characters ("not applicable") it is neither.
    if (raw.size() <= 14) {
        const QString lower = raw.toLower();
        if (lower == QLatin1String("ongoing"))
            return ongoing(raw);
        if (lower == QLatin1String("n/a") || lower == QLatin1String("na") || lower == QLatin1String("not applicable"))
            return notApplicable(raw);
    }

    static const QRegularExpression us(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression isoMonth(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarterFirst(QStringLiteral("^q([1-4])[-/ ]?(\\d{2}|\\d{4})$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})[- ]?q([1-4])$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthDayYear(QStringLiteral("^([A-Za-z]+)\\.? (\\d{1,2}),? (\\d{4})$"));
    static const QRegularExpression monthYear(QStringLiteral("^([A-Za-z]+)\\.?,? (\\d{4})$"));

    auto impossible = [&raw] {
        return invalid(raw, Problem::ImpossibleDate, tr("%1 is not a day on the calendar").arg(QuotedValue::quote(raw)));
    };

    // Each expression needs a first character and a separator that most text lacks: look before
    // running seven of them (a cell of a table is parsed as a date or a quarter on every row).
    // Text that starts outside ASCII still goes through every expression that could take a digit.
    const char16_t first = raw.front().unicode();
    const bool digitFirst = (first >= u'0' && first <= u'9') || first >= 0x80;
    const bool letterFirst = (first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z');
    const bool hasQ = raw.contains(QLatin1Char('q'), Qt::CaseInsensitive);

    if (digitFirst && raw.contains(QLatin1Char('/'))) {
        if (const auto m = us.match(raw); m.hasMatch()) {
            const QDate date(expandYear(m.capturedView(3), rule), m.capturedView(1).toInt(), m.capturedView(2).toInt());
            return date.isValid() ? exact(date, raw) : impossible();
        }
    }
    if (digitFirst && raw.contains(QLatin1Char('-'))) {
        if (const auto m = iso.match(raw); m.hasMatch()) {
            const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
            return date.isValid() ? exact(date, raw) : impossible();
        }
        if (const auto m = isoMonth.match(raw); m.hasMatch()) {
            const int monthNumber = m.capturedView(2).toInt();
            return monthNumber >= 1 && monthNumber <= 12 ? month(m.capturedView(1).toInt(), monthNumber, raw)
                                                         : impossible();
        }
    }
    if (hasQ && (first == u'q' || first == u'Q')) {
        if (const auto m = quarterFirst.match(raw); m.hasMatch())
            return quarter({expandYear(m.capturedView(2), rule), m.capturedView(1).toInt()}, raw);
    }
    if (hasQ && digitFirst) {
        if (const auto m = yearFirst.match(raw); m.hasMatch())
            return quarter({m.capturedView(1).toInt(), m.capturedView(2).toInt()}, raw);
    }
    if (letterFirst) {
        if (const auto m = monthDayYear.match(raw); m.hasMatch()) {
            if (const int monthNumber = monthFromName(m.captured(1))) {
                const QDate date(m.capturedView(3).toInt(), monthNumber, m.capturedView(2).toInt());
                return date.isValid() ? exact(date, raw) : impossible();
            }
        }
        if (const auto m = monthYear.match(raw); m.hasMatch()) {
            if (const int monthNumber = monthFromName(m.captured(1)))
                return month(m.capturedView(2).toInt(), monthNumber, raw);
        }
    }
    return invalid(raw, Problem::Unrecognised,
                   tr("%1 is neither a date (M/D/YY, YYYY-MM-DD, Q2-22) nor Ongoing or N/A").arg(QuotedValue::quote(raw)));
}

YearQuarter PlanDate::calendarQuarter() const
{
    return QuarterCalendar::calendar().quarterOf(m_first);
}

QString PlanDate::canonical() const
{
    switch (m_kind) {
    case Kind::Exact:
        return m_first.toString(Qt::ISODate);
    case Kind::Month:
        return m_first.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter:
        // Four digits, as parse() reads them: "0222-Q2", never "222-Q2".
        return QStringLiteral("%1-Q%2").arg(m_first.year(), 4, 10, QLatin1Char('0')).arg(calendarQuarter().quarter);
    case Kind::Ongoing:
        return QStringLiteral("Ongoing");
    case Kind::NotApplicable:
        return QStringLiteral("N/A");
    case Kind::Invalid:
        break;
    }
    return m_raw;
}

QString PlanDate::displayText() const
{
    switch (m_kind) {
    case Kind::Exact: {
        // The locale's short format, but never with a two-digit year.
        QString format = QLocale().dateFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        return QLocale().toString(m_first, format);
    }
    case Kind::Month:
        return QLocale().toString(m_first, QStringLiteral("MMMM yyyy"));
    case Kind::Quarter:
        return QuarterCalendar::calendar().label(calendarQuarter());
    case Kind::Ongoing:
        return tr("Ongoing");
    case Kind::NotApplicable:
        return tr("N/A");
    case Kind::Invalid:
        break;
    }
    return m_raw;
}

QString PlanDate::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Exact:
        return tr("date");
    case Kind::Month:
        return tr("month");
    case Kind::Quarter:
        return tr("quarter");
    case Kind::Ongoing:
        return tr("ongoing");
    case Kind::NotApplicable:
        return tr("not applicable");
    case Kind::Invalid:
        break;
    }
    return tr("invalid");
}

} // namespace milepost
