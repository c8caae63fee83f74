// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "twodigityearrule.h"
#include "yearquarter.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace milepost {

// A start or end as a plan states it. Plans say more than a date: "Q2-22", "Ongoing", "N/A".
// A value that cannot be read stays invalid with its raw text and the reason, so that
// "9/31/22" is reported rather than turned into October 1st.
class PlanDate final
{
    Q_DECLARE_TR_FUNCTIONS(PlanDate)

public:
    enum class Kind { Exact, Month, Quarter, Ongoing, NotApplicable, Invalid };
    enum class Problem { None, Missing, ImpossibleDate, Unrecognised };

    PlanDate() = default; // invalid: missing

    static PlanDate exact(const QDate &date, const QString &raw = {});
    static PlanDate month(int year, int month, const QString &raw = {});
    static PlanDate quarter(YearQuarter quarter, const QString &raw = {});
    static PlanDate ongoing(const QString &raw = {});
    static PlanDate notApplicable(const QString &raw = {});
    static PlanDate invalid(const QString &raw, Problem problem, const QString &reason);

    // Reads M/D/YY, M/D/YYYY, YYYY-MM-DD, "Q2-22", "2022 Q2", "June 2023", "August 5, 2022",
    // "Ongoing" and "N/A". Two-digit years follow rule.
    static PlanDate parse(const QString &text, TwoDigitYearRule rule = {});

    Kind kind() const { return m_kind; }
    Problem problem() const { return m_problem; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    // True when the value stands for a span of days (exact day, month or quarter).
    bool isDated() const { return m_kind == Kind::Exact || m_kind == Kind::Month || m_kind == Kind::Quarter; }
    const QString &raw() const { return m_raw; }
    const QString &reason() const { return m_reason; }

    // The first and last day the value covers; invalid dates unless isDated().
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    YearQuarter calendarQuarter() const;

    // A canonical, locale-independent text: "2022-06-01", "2023-06", "2022-Q2", "Ongoing",
    // "N/A", or the raw text when invalid. parse(canonical()) gives the same value back.
    QString canonical() const;
    // What a person reads: "Jun 1, 2022", "June 2023", "2022 Q2", "Ongoing", "N/A", raw text.
    QString displayText() const;
    static QString kindName(Kind kind);

    friend bool operator==(const PlanDate &a, const PlanDate &b)
    {
        return a.m_kind == b.m_kind && a.m_first == b.m_first && a.m_last == b.m_last
            && (a.m_kind != Kind::Invalid || a.m_raw == b.m_raw);
    }

private:
    Kind m_kind = Kind::Invalid;
    Problem m_problem = Problem::Missing;
    QDate m_first;
    QDate m_last;
    QString m_raw;
    QString m_reason;
};

} // namespace milepost
