// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositoryorder.h"

#include "statement.h"

#include <algorithm>

namespace milepost {

int RepositoryOrder::next(qint64 source, qint64 line, qint64 id)
{
    const int scanned = m_scanned++;
    if (m_read)
        return numberOf(id);
    const Key key{source, line, id};
    if (key < m_previous)
        return outOfOrder;
    m_previous = key;
    return scanned;
}

bool RepositoryOrder::read(Connection *db, const QString &table, QString *error)
{
    std::vector<Key> keys;
    Statement statement(db, QStringLiteral("SELECT source_id, source_line, id FROM %1").arg(table));
    Statement::Result step = Statement::Result::Done;
    while ((step = statement.step()) == Statement::Result::Row)
        keys.push_back({statement.columnInt64(0), statement.columnInt64(1), statement.columnInt64(2)});
    if (step == Statement::Result::Error) {
        if (error)
            *error = statement.error();
        return false;
    }
    std::sort(keys.begin(), keys.end());
    m_numbers.clear();
    m_numbers.reserve(keys.size());
    for (std::size_t number = 0; number < keys.size(); ++number)
        m_numbers.emplace_back(keys[number].id, int(number));
    keys = {};
    std::sort(m_numbers.begin(), m_numbers.end());
    m_read = true;
    return true;
}

int RepositoryOrder::numberOf(qint64 id) const
{
    const auto found = std::lower_bound(m_numbers.cbegin(), m_numbers.cend(), std::pair<qint64, int>(id, -1));
    return found != m_numbers.cend() && found->first == id ? found->second : unknown;
}

} // namespace milepost
