// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyedrows.h"

#include "importtablelayout.h"
#include "pgconnection.h"
#include "pgcopy.h"

#include <QStringList>

namespace milepost {

namespace {

// The parameters ImportTableLayout leaves to the statements (1 to 5); a row's own are offset by
// its position, the source and the run are shared by all rows.
enum Parameter { Source = 1, Key = 2, Line = 3, Run = 4, Id = 5 };

QString parameter(int number)
{
    return QStringLiteral("?%1").arg(number);
}

} // namespace

KeyedRows::KeyedRows(Connection *db, ImportTableLayout &layout, qint64 sourceId, qint64 runId)
    : m_db(db)
    , m_layout(layout)
    , m_sourceId(sourceId)
    , m_runId(runId)
{
}

KeyedRows::~KeyedRows()
{
    // Nothing of a statement may stay in progress when the session rolls back or commits.
    if (m_storedKey.isValid())
        m_storedKey.reset();
}

bool KeyedRows::prepare(std::size_t capacity)
{
    const QString table = m_layout.table();
    Statement next(m_db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table));
    if (next.step() != Statement::Result::Row) {
        m_error = next.error();
        return false;
    }
    m_nextId = next.columnInt64(0);
    next.reset();
    if (!m_storedKey.prepare(m_db, QStringLiteral("SELECT record_key = ?2, source_line FROM %1 WHERE id = ?1").arg(table))) {
        m_error = m_storedKey.error();
        return false;
    }
    m_held.resize(capacity);
    return true;
}

bool KeyedRows::isStoredKey(qint64 id, std::string_view key, qint64 *line)
{
    for (std::size_t i = 0; i < m_heldCount; ++i) {
        const Row &held = m_held[i];
        if (held.id == id) {
            *line = held.line;
            return held.key == key;
        }
    }
    m_storedKey.reset();
    m_storedKey.bindInt64(1, id);
    m_storedKey.bindUtf8(2, key);
    const Statement::Result row = m_storedKey.step();
    if (row == Statement::Result::Error && m_error.isEmpty())
        m_error = m_storedKey.error();
    if (row != Statement::Result::Row || m_storedKey.columnInt64(0) != 1)
        return false;
    *line = m_storedKey.columnInt64(1);
    return true;
}

KeyedRows::Lookup KeyedRows::lookUp(std::string_view key, std::size_t hash)
{
    Lookup lookup;
    lookup.hash = hash;
    lookup.id = m_ids.find(lookup.hash, [&](qint64 id) { return isStoredKey(id, key, &lookup.line); });
    lookup.ok = m_error.isEmpty();
    return lookup;
}

qint64 KeyedRows::add(const Lookup &lookup, std::span<const ParsedCell> cells, std::string_view key, qint64 line)
{
    Row &held = m_held[m_heldCount++];
    held.cells = cells;
    held.key.assign(key); // reuses the string's memory
    held.id = m_nextId++;
    held.line = line;
    return m_ids.insert(lookup.hash, held.id) ? held.id : 0;
}

std::span<const KeyedRows::Row> KeyedRows::take()
{
    const std::span<const Row> held(m_held.data(), m_heldCount);
    m_heldCount = 0;
    return held;
}

QString KeyedRows::columns() const
{
    return QStringLiteral("id, source_id, record_key, %1, source_line, created_run, changed_run, seen_run")
        .arg(m_layout.names());
}

QString KeyedRows::insertSql(int rows) const
{
    QStringList values;
    for (int row = 0; row < rows; ++row) {
        const int o = row * m_layout.lastParameter();
        values.append(QStringLiteral("(%1, ?%2, %3, %4, %5, ?%6, ?%6, ?%6)")
                          .arg(parameter(Id + o))
                          .arg(Source)
                          .arg(parameter(Key + o), m_layout.parameters(o), parameter(Line + o))
                          .arg(Run));
    }
    return QStringLiteral("INSERT OR FAIL INTO %1 (%2) VALUES %3")
        .arg(m_layout.table(), columns(), values.join(QStringLiteral(", ")));
}

void KeyedRows::bindShared(Statement &statement) const
{
    statement.bindInt64(Source, m_sourceId);
    statement.bindInt64(Run, m_runId);
}

void KeyedRows::bind(Statement &statement, const Row &row, int position)
{
    const int o = position * m_layout.lastParameter();
    statement.bindInt64(Id + o, row.id);
    statement.bindUtf8(Key + o, row.key);
    statement.bindInt64(Line + o, row.line);
    m_layout.bind(statement, row.cells, o, position);
}

bool KeyedRows::copy(PgCopy &copy, std::span<const Row> rows, QString *error)
{
    for (const Row &row : rows) {
        copy.bindInt64(0, row.id);
        copy.bindInt64(0, m_sourceId);
        copy.bindUtf8(0, row.key);
        m_layout.bind(copy, row.cells);
        copy.bindInt64(0, row.line);
        for (int i = 0; i < 3; ++i)
            copy.bindInt64(0, m_runId);
        copy.endRow();
    }
    return copy.send(*static_cast<PgConnection *>(m_db), m_layout.table(), columns(), error);
}

} // namespace milepost
