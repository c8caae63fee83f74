// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejectionsummary.h"

#include <algorithm>

namespace milepost {

bool RejectionSummary::Group::looksLikeCode() const
{
    const QString text = value.trimmed();
    if (text.isEmpty() || text.size() > 12)
        return false;
    return std::none_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

QString RejectionSummary::keyOf(const ImportEvent &event)
{
    QString key = QString::number(event.column) + QLatin1Char('\n');
    const QString value = event.value.trimmed();
    if (value.isEmpty() || !event.reason.contains(value))
        return key + event.reason;
    // The reason with its value taken out, then the value in one case.
    QString reason = event.reason;
    reason.replace(value, QStringLiteral("\x01"));
    return key + reason + QLatin1Char('\n') + value.toCaseFolded();
}

void RejectionSummary::add(const ImportEvent &event)
{
    if (event.outcome != ImportEvent::Outcome::Rejected)
        return;
    const QString key = keyOf(event);
    auto found = m_index.constFind(key);
    if (found == m_index.constEnd()) {
        found = m_index.insert(key, m_groups.size());
        m_groups.push_back({event.column, event.columnName, event.value, event.reason, 0, {}, {}});
    }
    Group &group = m_groups[*found];
    if (event.value != group.value && !group.otherSpellings.contains(event.value)
        && group.otherSpellings.size() < maxLines)
        group.otherSpellings.append(event.value);
    ++group.rows;
    if (group.lines.size() < maxLines)
        group.lines.append(event.line);
}

QList<RejectionSummary::Group> RejectionSummary::groups() const
{
    QList<Group> sorted(m_groups.begin(), m_groups.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const Group &a, const Group &b) { return a.rows > b.rows; });
    return sorted;
}

qint64 RejectionSummary::rowsLike(const ImportEvent &event) const
{
    if (event.outcome != ImportEvent::Outcome::Rejected)
        return 0;
    const auto found = m_index.constFind(keyOf(event));
    return found == m_index.constEnd() ? 0 : m_groups[*found].rows;
}

} // namespace milepost
