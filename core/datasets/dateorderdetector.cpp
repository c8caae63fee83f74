// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateorderdetector.h"

#include "csv/csvreader.h"
#include "fieldparser.h"

#include <QDate>
#include <QDir>
#include <QFile>

namespace milepost {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads digits at pos: at least min, at most max; -1 when fewer than min.
int readNumber(std::string_view text, std::size_t *pos, std::size_t min, std::size_t max, std::size_t *count)
{
    int value = 0;
    std::size_t n = 0;
    while (*pos < text.size() && n < max && isDigit(text[*pos])) {
        value = value * 10 + (text[*pos] - '0');
        ++*pos;
        ++n;
    }
    *count = n;
    return n >= min ? value : -1;
}

} // namespace

void DateOrderDetector::add(const QString &text, qint64 line)
{
    const QByteArray utf8 = text.toUtf8();
    add(std::string_view(utf8.constData(), std::size_t(utf8.size())), line);
}

void DateOrderDetector::add(std::string_view raw, qint64 line)
{
    const std::string_view text = FieldParser::trimmed(raw);
    std::size_t pos = 0;
    std::size_t count = 0;
    const int first = readNumber(text, &pos, 1, 2, &count);
    if (first < 0 || pos >= text.size() || count == 0)
        return;
    const char separator = text[pos];
    if (separator != '/' && separator != '.' && separator != '-')
        return;
    ++pos;
    const int second = readNumber(text, &pos, 1, 2, &count);
    if (second < 0 || pos >= text.size() || text[pos] != separator)
        return;
    ++pos;
    int year = readNumber(text, &pos, 2, 4, &count);
    if (year < 0 || (count != 2 && count != 4) || pos != text.size())
        return;
    const bool twoDigits = count == 2;
    if (twoDigits)
        year += 2000; // only for telling whether a day exists: 29 February
    // Read as month first, as day first: a value is a date in one order, in both, or in neither.
    const bool asMonthFirst = QDate(year, first, second).isValid();
    const bool asDayFirst = QDate(year, second, first).isValid();
    if (!asMonthFirst && !asDayFirst)
        return;
    if (m_dates++ == 0)
        m_separator = separator;
    (twoDigits ? m_twoDigitYears : m_fourDigitYears) = true;
    if (asMonthFirst && asDayFirst)
        return;
    Proof &proof = asMonthFirst ? m_monthFirst : m_dayFirst;
    if (proof.line == 0) {
        proof.line = line;
        proof.value = QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
}

DateOrderDetector::Order DateOrderDetector::order() const
{
    if (m_monthFirst.line > 0 && m_dayFirst.line > 0)
        return Order::Mixed;
    if (m_monthFirst.line > 0)
        return Order::MonthFirst;
    if (m_dayFirst.line > 0)
        return Order::DayFirst;
    return m_dates > 0 ? Order::Ambiguous : Order::None;
}

QString DateOrderDetector::pattern(Order order) const
{
    if (order != Order::MonthFirst && order != Order::DayFirst)
        return {};
    const QString year = m_fourDigitYears && m_twoDigitYears ? QStringLiteral("Y")
        : m_twoDigitYears                                    ? QStringLiteral("YY")
                                                             : QStringLiteral("YYYY");
    const QChar separator = QLatin1Char(m_separator ? m_separator : '/');
    return order == Order::MonthFirst ? QStringLiteral("M%1D%1%2").arg(separator, year)
                                      : QStringLiteral("D%1M%1%2").arg(separator, year);
}

QString DateOrderDetector::describe(const QString &label) const
{
    switch (order()) {
    case Order::None:
        return tr("%1: no value is a date written with numbers for day, month and year").arg(label);
    case Order::MonthFirst:
        return tr("%1: month first (%2), from line %3: %4")
            .arg(label, pattern(Order::MonthFirst), QString::number(m_monthFirst.line), m_monthFirst.value);
    case Order::DayFirst:
        return tr("%1: day first (%2), from line %3: %4")
            .arg(label, pattern(Order::DayFirst), QString::number(m_dayFirst.line), m_dayFirst.value);
    case Order::Ambiguous:
        return tr("%1: ambiguous: no value shows whether the day or the month comes first (every day is the 12th "
                  "or earlier)")
            .arg(label);
    case Order::Mixed:
        return tr("%1: mixed: line %2 has %3 (month first) and line %4 has %5 (day first); no one format reads the "
                  "column")
            .arg(label, QString::number(m_monthFirst.line), m_monthFirst.value, QString::number(m_dayFirst.line),
                 m_dayFirst.value);
    }
    return {};
}

QList<DateOrderDetector> DateOrderDetector::scanFile(const QString &path, const CsvDialect &dialect,
                                                     const QList<int> &columns, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QList<DateOrderDetector> detectors(columns.size());
    CsvReader reader(&file, dialect);
    CsvRecord record;
    bool header = true;
    while (reader.next(record)) {
        if (record.isBlank())
            continue;
        if (header) {
            header = false;
            continue;
        }
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const int column = columns.at(i);
            if (column >= 0 && column < record.fieldCount())
                detectors[i].add(record.field(column), record.line());
        }
    }
    if (!reader.error().isEmpty()) {
        if (error)
            *error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), reader.error());
        return {};
    }
    return detectors;
}

} // namespace milepost
