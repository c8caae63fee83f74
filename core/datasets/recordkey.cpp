// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordkey.h"

#include "datasetschema.h"

namespace milepost {

RecordKey::RecordKey(Dataset::Id dataset)
    : m_capital(dataset == Dataset::CapitalProjects)
{
    if (m_capital) {
        m_projectKeyField = DatasetSchema::indexOf(dataset, QStringLiteral("project_key"));
        // Exports without a project key write one row per phase, each repeating the project's
        // building, type, description and funding references; together they tell projects apart.
        for (const char *key : {"site_code", "project_type", "description", "funding"})
            m_fields.push_back(DatasetSchema::indexOf(dataset, QString::fromLatin1(key)));
        return;
    }
    const QList<DatasetField> &fields = DatasetSchema::fields(dataset);
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).inKey)
            m_fields.push_back(i);
    }
}

void RecordKey::build(std::span<const ParsedCell> cells, std::string *out) const
{
    if (m_capital) {
        const ParsedCell &projectKey = cells[std::size_t(m_projectKeyField)];
        if (projectKey.hasValue()) {
            out->assign(projectKey.text);
            return;
        }
    }
    out->clear();
    bool first = true;
    for (const int field : m_fields) {
        if (!first)
            *out += separator;
        first = false;
        const ParsedCell &cell = cells[std::size_t(field)];
        // A project's composite key keeps a not-applicable code as it was written; a record's
        // key has values only.
        if (m_capital ? cell.state != ParsedCell::State::Missing : cell.state == ParsedCell::State::Value)
            *out += cell.text;
    }
}

} // namespace milepost
