// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace milepost {

// The span of days a staffing figure or an enrollment count is about: a school year
// ("2021-22", July 1, 2021 to June 30, 2022, the district's school and fiscal year), a month
// ("2022-03") or a range of days ("2022-03-15/2022-06-30", ISO 8601 interval notation).
class Period final
{
    Q_DECLARE_TR_FUNCTIONS(Period)

public:
    enum class Kind { Invalid, SchoolYear, Month, Range };

    Period() = default;
    static Period schoolYear(int startYear);
    static Period month(int year, int month);
    static Period range(const QDate &first, const QDate &last); // invalid unless first <= last

    // Reads "2021-22", "2021-2022", "SY 2021-22", "FY 2021-22", "FY2022" (the fiscal year ending in
    // June 2022: the school year 2021-22), "2022-03", "March 2022", "Mar-2022",
    // "2022-03-15/2022-06-30". A month or a year stays a month or a year: no day is chosen.
    // Returns an invalid period and sets reason when text is none of them.
    static Period parse(const QString &text, QString *reason = nullptr);
    // parse() for a value that can only be a school year: "2008-09" is then the school year
    // 2008-09, not possibly September 2008. Any other kind of period is refused with a reason.
    static Period parseSchoolYear(const QString &text, QString *reason = nullptr);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    // "2021-22", "2022-03", "2022-03-15/2022-06-30": parse(canonical()) gives the period back.
    // What would read both ways ("2011-12") is written apart: the month "Dec 2011", the school
    // year "2011-2012".
    QString canonical() const;

    friend bool operator==(const Period &, const Period &) = default;

private:
    Kind m_kind = Kind::Invalid;
    QDate m_first;
    QDate m_last;
};

} // namespace milepost
