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
    const QByteArray bytes = QByteArray::fromRawData(name.data(), qsizetype(name.size())); // not copied for the lookup
    auto number = m_nameNumbers.constFind(bytes);
    if (number == m_nameNumbers.constEnd()) {
        const QByteArray owned(name.data(), qsizetype(name.size()));
        const QString key = QStringLiteral("phase:") + QString::fromUtf8(owned).trimmed().toCaseFolded();
        qsizetype keyIndex = m_keys.indexOf(key);
        if (keyIndex < 0) {
            keyIndex = m_keys.size();
            m_keys.append(key);
            m_sums.push_back(0);
            m_counts.push_back(0);
        }
        m_names.append(owned);
        m_keyOfName.append(int(keyIndex));
        number = m_nameNumbers.insert(owned, int(m_names.size() - 1));
    }
    m_project.push_back({line, *number, occurrence});
}

void PhasePositions::countProject()
{
    const std::size_t n = m_project.size();
    if (n >= 2) {
        std::sort(m_project.begin(), m_project.end(), [this](const Phase &a, const Phase &b) {
            return std::tie(a.line, m_names.at(a.name), a.occurrence) < std::tie(b.line, m_names.at(b.name), b.occurrence);
        });
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t key = std::size_t(m_keyOfName.at(m_project[i].name));
            m_sums[key] += double(i) / double(n - 1);
            ++m_counts[key];
        }
    }
    m_project.clear();
}

QHash<QString, double> PhasePositions::positions()
{
    countProject();
    m_projectId = 0;
    QHash<QString, double> positions;
    for (std::size_t key = 0; key < m_sums.size(); ++key) {
        if (m_counts[key] > 0)
            positions.insert(m_keys.at(qsizetype(key)), m_sums[key] / double(m_counts[key]));
    }
    return positions;
}

} // namespace milepost
