// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasepositions.h"

#include <algorithm>
#include <tuple>

namespace milepost {

void PhasePositions::add(qint64 projectId, qint64 line, std::string_view name, qint64 occurrence)
{
    if (projectId != m_projectId)
        countProject();
    m_projectId = projectId;
    m_project.append({line, QByteArray(name.data(), qsizetype(name.size())), occurrence});
}

void PhasePositions::countProject()
{
    const qsizetype n = m_project.size();
    if (n >= 2) {
        std::sort(m_project.begin(), m_project.end(), [](const Phase &a, const Phase &b) {
            return std::tie(a.line, a.name, a.occurrence) < std::tie(b.line, b.name, b.occurrence);
        });
        for (qsizetype i = 0; i < n; ++i) {
            auto key = m_keys.constFind(m_project.at(i).name);
            if (key == m_keys.constEnd())
                key = m_keys.insert(m_project.at(i).name,
                                    QStringLiteral("phase:") + QString::fromUtf8(m_project.at(i).name).trimmed().toCaseFolded());
            m_sums[*key] += double(i) / double(n - 1);
            ++m_counts[*key];
        }
    }
    m_project.clear();
}

QHash<QString, double> PhasePositions::positions()
{
    countProject();
    m_projectId = 0;
    QHash<QString, double> positions;
    for (auto it = m_sums.cbegin(); it != m_sums.cend(); ++it)
        positions.insert(it.key(), it.value() / double(m_counts.value(it.key())));
    return positions;
}

} // namespace milepost
