// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <string_view>

namespace milepost {

// Where each phase sits, on average, in the phase lists of the projects that have more than one
// (0 first, 1 last), as CapitalFigures orders the phases under way. Told the phases of one
// project after another, a project's phases side by side in any order: each project's are put
// in the order the store lists them (source line, then name and occurrence; names compared as
// SQLite compares text, byte by byte). Keyed "phase:" and the name trimmed and case-folded.
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
        QByteArray name;
        qint64 occurrence = 0;
    };
    void countProject();

    QHash<QString, double> m_sums;
    QHash<QString, qint64> m_counts;
    QHash<QByteArray, QString> m_keys; // of the names seen: a few dozen, over and over
    QList<Phase> m_project;
    qint64 m_projectId = 0;
};

} // namespace milepost
