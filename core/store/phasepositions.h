// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <string_view>
#include <vector>

namespace milepost {

// Where each phase sits, on average, in the phase lists of the projects that have more than one
// (0 first, 1 last), as CapitalFigures orders the phases under way. Told the phases of one
// project after another, a project's phases side by side in any order: each project's are put
// in the order the store lists them (source line, then name and occurrence; names compared as
// SQLite compares text, byte by byte). Keyed "phase:" and the name trimmed and case-folded.
//
// Told a million phases and more: a name is looked up once per phase (a few dozen names, over
// and over) and then known by its number; nothing is allocated per phase.
class PhasePositions final
{
public:
    // A phase of projectId (ids above 0); one of another project ends the one before.
    void add(qint64 projectId, qint64 line, std::string_view name, qint64 occurrence);
    // The positions of the phases told (the last project ended).
    QHash<QString, double> positions();

private:
    struct Phase
    {
        qint64 line = 0;
        int name = 0; // in m_names
        qint64 occurrence = 0;
    };
    void countProject();

    QHash<QByteArray, int> m_nameNumbers;
    QList<QByteArray> m_names;
    QList<int> m_keyOfName;  // the name's key in m_keys
    QList<QString> m_keys;   // "phase:" and the folded name
    std::vector<double> m_sums;     // per key
    std::vector<qint64> m_counts;   // per key
    std::vector<Phase> m_project;
    qint64 m_projectId = 0;
};

} // namespace milepost
