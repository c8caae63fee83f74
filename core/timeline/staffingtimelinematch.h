// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/period.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace milepost {

// A search of the staffing timeline, as the plan outline searches: a row is kept when each word
// is in its title or its ancestors' (its Local District's and job category's), ignoring case
// ("teacher 2021" finds the teachers' rows of school year 2021-22). The titles are the view's
// (translated): the match is given them.
class StaffingTimelineMatch final
{
public:
    struct Titles
    {
        std::function<QString(const QString &district)> district;
        std::function<QString(const QString &category)> category;
        std::function<QString(const Period &period, const QString &site)> record;
    };

    StaffingTimelineMatch() = default;
    // The words of search (at most 64).
    StaffingTimelineMatch(const QString &search, Titles titles);

    bool isEmpty() const { return m_words.isEmpty(); }
    // Whether a row of this district (trimmed), job category (trimmed), period and site is kept.
    bool keeps(const QString &district, const QString &category, const Period &period, const QString &site) const;

private:
    quint64 wordsIn(const QString &text) const;

    QStringList m_words;
    quint64 m_all = 0;
    Titles m_titles;
    // By name: a title per row would cost a tr() each.
    mutable QHash<QString, quint64> m_districtWords;
    mutable QHash<QString, quint64> m_categoryWords;
};

} // namespace milepost
