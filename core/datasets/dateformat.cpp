// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateformat.h"

#include <array>

namespace milepost {

namespace {

QString quoted(std::string_view text)
{
    return QStringLiteral("“%1”").arg(QString::fromUtf8(text.data(), qsizetype(text.size())));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Month names in English, as exports write them; three letters or the whole name.
int monthFromName(std::string_view name)
{
    static constexpr std::array<const char *, 12> names{"january", "february", "march",     "april",
                                                        "may",     "june",     "july",      "august",
                                                        "september", "october", "november", "december"};
    if (name.size() < 3)
        return 0;
    for (std::size_t m = 0; m < names.size(); ++m) {
        const std::string_view full(names[m]);
        if (name.size() != 3 && name.size() != full.size())
            continue;
        bool same = true;
        for (std::size_t i = 0; i < name.size() && same; ++i) {
            const char c = name[i] >= 'A' && name[i] <= 'Z' ? char(name[i] - 'A' + 'a') : name[i];
            same = c == full[i];
        }
        if (same)
            return int(m) + 1;
    }
    return 0;
}

// Whether rest, what follows the date, is a time of day: "T10:15:00Z", "T10:15:00.250+02:00",
// " 10:15", " 10:15:00 AM". The column keeps days: the date is the one written, in the writer's
// time zone, and the time is left out (a timestamp at 23:30 -05:00 is still the 28th it says).
bool isTimeOfDay(std::string_view rest)
{
    if (rest.size() < 3 || (rest[0] != 'T' && rest[0] != ' '))
        return false;
    std::size_t pos = 1;
    // Two digits at pos, at most max; -1 when there are none or they are more.
    auto number = [&](int max) {
        if (pos + 2 > rest.size() || !isDigit(rest[pos]) || !isDigit(rest[pos + 1]))
            return -1;
        const int value = (rest[pos] - '0') * 10 + (rest[pos + 1] - '0');
        pos += 2;
        return value <= max ? value : -1;
    };
    // An hour of one digit, as spreadsheets write it: " 0:00", " 9:05 AM".
    int hour = -1;
    if (pos + 1 < rest.size() && isDigit(rest[pos]) && rest[pos + 1] == ':') {
        hour = rest[pos] - '0';
        ++pos;
    } else {
        hour = number(23);
    }
    if (hour < 0 || pos >= rest.size() || rest[pos] != ':')
        return false;
    ++pos;
    if (number(59) < 0)
        return false;
    if (pos < rest.size() && rest[pos] == ':') {
        ++pos;
        if (number(60) < 0) // 60: a leap second
            return false;
        if (pos < rest.size() && (rest[pos] == '.' || rest[pos] == ',')) {
            ++pos;
            const std::size_t start = pos;
            while (pos < rest.size() && isDigit(rest[pos]))
                ++pos;
            if (pos == start)
                return false;
        }
    }
    const std::string_view zone = rest.substr(pos);
    if (zone.empty() || zone == "Z")
        return true;
    if (zone == " AM" || zone == " PM" || zone == " am" || zone == " pm")
        return hour >= 1 && hour <= 12;
    // +02:00, -0500, +02
    if (zone[0] != '+' && zone[0] != '-')
        return false;
    rest = zone;
    pos = 1;
    if (number(14) < 0)
        return false;
    if (pos == rest.size())
        return true;
    if (rest[pos] == ':')
        ++pos;
    return number(59) >= 0 && pos == rest.size();
}

} // namespace

DateFormat DateFormat::fromPattern(const QString &pattern, TwoDigitYearRule rule, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return DateFormat();
    };
    DateFormat format;
    format.m_pattern = pattern.trimmed();
    format.m_rule = rule;
    int years = 0;
    int months = 0;
    int days = 0;
    const QString p = format.m_pattern;
    for (qsizetype i = 0; i < p.size();) {
        const QChar c = p.at(i);
        qsizetype run = 1;
        while (i + run < p.size() && p.at(i + run) == c)
            ++run;
        using Type = Token::Type;
        Token token;
        if (c == QLatin1Char('Y')) {
            if (run != 1 && run != 2 && run != 4)
                return fail(tr("“%1”: write the year as YYYY, YY or Y").arg(p));
            token.type = run == 4 ? Type::Year4 : run == 2 ? Type::Year2 : Type::YearAny;
            ++years;
        } else if (c == QLatin1Char('M')) {
            if (run > 3)
                return fail(tr("“%1”: write the month as M, MM or MMM").arg(p));
            token.type = run == 3 ? Type::MonthName : run == 2 ? Type::Month2 : Type::Month;
            format.m_monthBeforeDay = days == 0;
            ++months;
        } else if (c == QLatin1Char('D')) {
            if (run > 2)
                return fail(tr("“%1”: write the day as D or DD").arg(p));
            token.type = run == 2 ? Type::Day2 : Type::Day;
            ++days;
        } else if (c.unicode() < 0x80 && !c.isLetterOrNumber()) {
            for (qsizetype k = 0; k < run; ++k)
                format.m_tokens.push_back(Token{Type::Literal, char(c.unicode())});
            i += run;
            continue;
        } else {
            return fail(tr("“%1”: only Y, M, D and punctuation may appear in a date format").arg(p));
        }
        format.m_tokens.push_back(token);
        i += run;
    }
    if (years != 1 || months != 1 || days != 1)
        return fail(tr("“%1” must name the year, the month and the day once each").arg(p));
    return format;
}

QStringList DateFormat::commonPatterns()
{
    return {QStringLiteral("M/D/YYYY"), QStringLiteral("M/D/YY"),   QStringLiteral("M/D/Y"),
            QStringLiteral("YYYY-MM-DD"), QStringLiteral("D/M/YYYY"), QStringLiteral("D/M/YY"),
            QStringLiteral("D.M.YYYY"), QStringLiteral("D-MMM-YYYY"), QStringLiteral("MMM D, YYYY")};
}

bool DateFormat::usesTwoDigitYears() const
{
    for (const Token &token : m_tokens) {
        if (token.type == Token::Type::Year2 || token.type == Token::Type::YearAny)
            return true;
    }
    return false;
}

QString DateFormat::orderName() const
{
    bool yearFirst = false;
    for (const Token &token : m_tokens) {
        if (token.type == Token::Type::Literal)
            continue;
        yearFirst = token.type == Token::Type::Year4 || token.type == Token::Type::Year2
            || token.type == Token::Type::YearAny;
        break;
    }
    if (yearFirst)
        return m_monthBeforeDay ? tr("month before day") : tr("day before month");
    return m_monthBeforeDay ? tr("month first") : tr("day first");
}

bool DateFormat::orderInDoubt() const
{
    using Type = Token::Type;
    bool first = true;
    bool numericFirst = false;
    for (const Token &token : m_tokens) {
        if (token.type == Type::MonthName)
            return false;
        if (token.type == Type::Literal || !first)
            continue;
        first = false;
        numericFirst = token.type == Type::Month || token.type == Type::Month2 || token.type == Type::Day
            || token.type == Type::Day2;
    }
    return numericFirst;
}

DateFormat DateFormat::swapped() const
{
    if (!isValid())
        return {};
    for (const Token &token : m_tokens) {
        if (token.type == Token::Type::MonthName)
            return {};
    }
    QString pattern = m_pattern;
    for (QChar &c : pattern) {
        if (c == QLatin1Char('M'))
            c = QLatin1Char('D');
        else if (c == QLatin1Char('D'))
            c = QLatin1Char('M');
    }
    return fromPattern(pattern, m_rule);
}

QDate DateFormat::parse(const QString &text, QString *reason) const
{
    const QByteArray utf8 = text.toUtf8();
    return parse(std::string_view(utf8.constData(), std::size_t(utf8.size())), reason);
}

QDate DateFormat::parse(std::string_view text, QString *reason) const
{
    auto fail = [&](const QString &why) {
        if (reason)
            *reason = why;
        return QDate();
    };
    auto misfit = [&] {
        return fail(tr("%1 does not fit the date format %2").arg(quoted(text), m_pattern));
    };
    if (!isValid())
        return fail(tr("no date format chosen for %1").arg(quoted(text)));

    int year = 0;
    int month = 0;
    int day = 0;
    std::size_t pos = 0;
    const std::size_t size = text.size();
    auto readDigits = [&](std::size_t min, std::size_t max, int *value) {
        std::size_t count = 0;
        int number = 0;
        while (pos < size && count < max && isDigit(text[pos])) {
            number = number * 10 + (text[pos] - '0');
            ++pos;
            ++count;
        }
        *value = number;
        return count >= min ? count : 0;
    };

    using Type = Token::Type;
    for (const Token &token : m_tokens) {
        switch (token.type) {
        case Type::Literal:
            if (pos >= size || text[pos] != token.literal)
                return misfit();
            ++pos;
            break;
        case Type::Year4:
            if (readDigits(4, 4, &year) != 4 || (pos < size && isDigit(text[pos])))
                return fail(tr("%1 does not fit the date format %2: the year must have four digits")
                                .arg(quoted(text), m_pattern));
            break;
        case Type::Year2:
            if (readDigits(2, 2, &year) != 2 || (pos < size && isDigit(text[pos])))
                return fail(tr("%1 does not fit the date format %2: the year must have two digits")
                                .arg(quoted(text), m_pattern));
            year = m_rule.expand(year);
            break;
        case Type::YearAny: {
            const std::size_t count = readDigits(2, 4, &year);
            if ((count != 2 && count != 4) || (pos < size && isDigit(text[pos])))
                return fail(tr("%1 does not fit the date format %2: the year must have two or four digits")
                                .arg(quoted(text), m_pattern));
            if (count == 2)
                year = m_rule.expand(year);
            break;
        }
        case Type::Month:
        case Type::Month2:
            if (!readDigits(token.type == Type::Month2 ? 2 : 1, 2, &month) || (pos < size && isDigit(text[pos])))
                return misfit();
            break;
        case Type::MonthName: {
            const std::size_t start = pos;
            while (pos < size && ((text[pos] >= 'a' && text[pos] <= 'z') || (text[pos] >= 'A' && text[pos] <= 'Z')))
                ++pos;
            month = monthFromName(text.substr(start, pos - start));
            if (month == 0)
                return fail(tr("%1 does not fit the date format %2: no month is called “%3”")
                                .arg(quoted(text), m_pattern,
                                     QString::fromUtf8(text.data() + start, qsizetype(pos - start))));
            break;
        }
        case Type::Day:
        case Type::Day2:
            if (!readDigits(token.type == Type::Day2 ? 2 : 1, 2, &day) || (pos < size && isDigit(text[pos])))
                return misfit();
            break;
        }
    }
    if (pos != size && !isTimeOfDay(text.substr(pos)))
        return fail(tr("%1 does not fit the date format %2: it goes on after the date").arg(quoted(text), m_pattern));
    if (month < 1 || month > 12) {
        // A day-first file read month-first: say so rather than swap the two.
        if (m_monthBeforeDay && day >= 1 && day <= 12 && month > 12)
            return fail(tr("%1 is not a date in the format %2: there is no month %3 (the file may write the day "
                           "first)")
                            .arg(quoted(text), m_pattern)
                            .arg(month));
        return fail(tr("%1 is not a date in the format %2: there is no month %3")
                        .arg(quoted(text), m_pattern)
                        .arg(month));
    }
    const QDate first(year, month, 1);
    if (!first.isValid())
        return fail(tr("%1 is not a date: the year %2 is out of range").arg(quoted(text)).arg(year));
    if (day < 1 || day > first.daysInMonth())
        return fail(tr("%1 is not a date: %2 has %3 days, not %4")
                        .arg(quoted(text), first.toString(QStringLiteral("MMMM yyyy")))
                        .arg(first.daysInMonth())
                        .arg(day));
    return QDate(year, month, day);
}

} // namespace milepost
