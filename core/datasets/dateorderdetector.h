// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvdialect.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <string_view>

namespace milepost {

// Tells from every value of a date column whether it is written month first (06/28/2024) or
// day first (28/06/2024): one value with a day after the 12th proves the order for the whole
// column. Values such as 04/06/2025 read both ways; a column of only those is ambiguous, and a
// column with proofs of both orders is mixed: no one format reads it. Values that are not
// numeric day-month-year dates (2024-06-28, 28-Jun-2024, codes) are not counted.
class DateOrderDetector final
{
    Q_DECLARE_TR_FUNCTIONS(DateOrderDetector)

public:
    enum class Order {
        None,       // no numeric day-month-year value
        MonthFirst, // proved, and nothing proves the other order
        DayFirst,
        Ambiguous,  // every value reads both ways
        Mixed,      // proofs of both orders
    };
    struct Proof
    {
        qint64 line = 0; // 0: none
        QString value;
    };

    // One value as the file writes it (spaces around it are ignored), and its line.
    void add(std::string_view text, qint64 line);
    void add(const QString &text, qint64 line);

    Order order() const;
    const Proof &monthFirstProof() const { return m_monthFirst; }
    const Proof &dayFirstProof() const { return m_dayFirst; }
    qint64 dateCount() const { return m_dates; }

    // The DateFormat pattern for order, with the separator and the year's digits the values
    // use: D/M/YYYY, M.D.YY; empty for None and Mixed.
    QString pattern(Order order) const;
    // The pattern of the detected order; empty unless it is MonthFirst or DayFirst.
    QString detectedPattern() const { return pattern(order()); }
    // For the wizard and the command line: "Start date: day first (D/M/YYYY), from line 12:
    // 28/06/2024", or why no format can be told.
    QString describe(const QString &label) const;

    // Every value of columns (0-based) of the file at path, read with dialect after the
    // header (the first line that is not blank); one detector per column, in the order given.
    // Empty, and error set, when the file cannot be read.
    static QList<DateOrderDetector> scanFile(const QString &path, const CsvDialect &dialect, const QList<int> &columns,
                                             QString *error);

private:
    Proof m_monthFirst;
    Proof m_dayFirst;
    qint64 m_dates = 0;
    char m_separator = 0; // of the first date seen
    bool m_fourDigitYears = false;
    bool m_twoDigitYears = false;
};

} // namespace milepost
