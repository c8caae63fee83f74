// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace milepost {

struct CapitalPhase;
struct CapitalProject;

// A search of the capital projects timeline, as the plan outline searches: a row matches when
// each word is in its text or its ancestors' (a district's title; a project's school,
// description, type, site and key; a phase's name and status in the export), ignoring case,
// and rows are kept with their ancestors ("boiler construction" finds the construction phases
// of boiler projects). Words are bits: a row's bits are the words its text and its ancestors'
// hold; it matches when it holds all().
class CapitalTimelineMatch final
{
public:
    using DistrictTitle = std::function<QString(const QString &region)>;

    CapitalTimelineMatch() = default;
    // The words of search (at most 64), and the title a district's region is shown with.
    CapitalTimelineMatch(const QString &search, DistrictTitle districtTitle);

    bool isEmpty() const { return m_words.isEmpty(); }
    quint64 all() const { return m_all; }
    // The words a project and its district hold.
    quint64 projectWords(const CapitalProject &project) const;
    // The words a phase's own text holds.
    quint64 phaseWords(const CapitalPhase &phase) const;
    // Whether a phase is kept: it, its project and its district hold every word between them.
    bool keeps(quint64 projectWords, const CapitalPhase &phase) const;
    // The district a project is under: its region, trimmed (an empty one has no district).
    static QString districtOf(const CapitalProject &project);

private:
    quint64 wordsIn(const QString &text) const;

    QStringList m_words;
    quint64 m_all = 0;
    DistrictTitle m_districtTitle;
    mutable QHash<QString, quint64> m_districtWords; // by region: a title per project would cost a tr() each
};

} // namespace milepost
