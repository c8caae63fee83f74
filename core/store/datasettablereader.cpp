// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasettablereader.h"

#include "database.h"
#include "datasets/datasetschema.h"

#include <QStringList>

namespace milepost {

DatasetTableReader::DatasetTableReader(Database &database, Dataset::Id dataset, Rows rows)
    : m_database(database)
    , m_dataset(dataset)
    , m_rows(rows)
{
}

DatasetTableReader::~DatasetTableReader() = default;

bool DatasetTableReader::start()
{
    m_snapshot = std::make_unique<Transaction>(m_database.handle(), Transaction::Mode::Read);
    if (!m_snapshot->isActive()) {
        m_error = tr("Could not read the %1: %2").arg(Dataset::name(m_dataset).toLower(), m_snapshot->error());
        return false;
    }

    // Build the select list from the schema, so that the columns follow DatasetSchema's order
    // and a field added there is exported without a change here.
    QStringList select;
    m_columns.clear();
    const auto add = [&](const QString &expression) {
        select.append(expression);
        return int(select.size()) - 1;
    };
    QString from;
    QString order;
    if (m_dataset == Dataset::CapitalProjects) {
        const bool projects = m_rows == Rows::Projects;
        for (const DatasetField &field : DatasetSchema::fields(m_dataset)) {
            const bool projectLevel = field.level == DatasetField::Level::Project;
            if (projects && !projectLevel)
                continue;
            const QString table = projectLevel ? QStringLiteral("p.") : QStringLiteral("ph.");
            Column column;
            // A project's key is what identifies it in Milepost: the source's own key, or the
            // one composed from site, type, description and funding when the source had none.
            // Milepost's own CSV needs one on every row.
            if (qstrcmp(field.key, "project_key") == 0)
                column.value = add(QStringLiteral("replace(p.record_key, char(31), ' | ')"));
            else
                column.value = add(table + QLatin1String(field.key));
            if (field.codes)
                column.code = add(table + QLatin1String(field.key) + QStringLiteral("_code"));
            if (field.kind == DatasetField::Kind::Date)
                column.precision = add(table + QLatin1String(field.key) + QStringLiteral("_precision"));
            m_columns.push_back(column);
        }
        if (projects) {
            m_columns.push_back({add(QStringLiteral("(SELECT count(*) FROM capital_phases ph WHERE ph.project_id = p.id)")), -1});
            from = QStringLiteral("capital_projects p");
            order = QStringLiteral("p.id");
        } else {
            // Phases in their table's order (by project, as stored) with each project looked up by
            // id: sorting a million joined rows by file position instead costs more than the
            // export. CROSS JOIN keeps SQLite from turning the loop around.
            from = QStringLiteral("capital_phases ph CROSS JOIN capital_projects p ON p.id = ph.project_id");
            order = QStringLiteral("ph.project_id, ph.source_line");
        }
    } else {
        for (const DatasetField &field : DatasetSchema::fields(m_dataset)) {
            Column column;
            column.value = add(QLatin1String(field.key));
            m_columns.push_back(column);
        }
        from = m_dataset == Dataset::Staffing ? QStringLiteral("staffing") : QStringLiteral("enrollment");
        order = QStringLiteral("source_id, source_line");
    }
    const QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(select.join(QLatin1String(", ")), from, order);
    if (!m_statement.prepare(m_database.handle(), sql)) {
        m_error = tr("Could not read the %1: %2").arg(Dataset::name(m_dataset).toLower(), m_statement.error());
        return false;
    }
    return true;
}

bool DatasetTableReader::next()
{
    if (!m_statement.isValid())
        return false;
    switch (m_statement.step()) {
    case Statement::Result::Row:
        return true;
    case Statement::Result::Done:
        return false;
    case Statement::Result::Error:
        break;
    }
    m_error = tr("Could not read the %1: %2").arg(Dataset::name(m_dataset).toLower(), m_statement.error());
    return false;
}

bool DatasetTableReader::isNull(int value) const
{
    return m_statement.columnIsNull(m_columns.at(std::size_t(value)).value);
}

qint64 DatasetTableReader::integer(int value) const
{
    return m_statement.columnInt64(m_columns.at(std::size_t(value)).value);
}

std::string_view DatasetTableReader::utf8(int value) const
{
    return m_statement.columnUtf8(m_columns.at(std::size_t(value)).value);
}

std::string_view DatasetTableReader::code(int value) const
{
    const int column = m_columns.at(std::size_t(value)).code;
    return column < 0 ? std::string_view() : m_statement.columnUtf8(column);
}

DatePrecision DatasetTableReader::precision(int value) const
{
    const int column = m_columns.at(std::size_t(value)).precision;
    return column < 0 ? DatePrecision::Day : DatePrecisions::fromStorageKey(m_statement.columnUtf8(column));
}

} // namespace milepost
