// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileedits.h"

#include "datasetschema.h"
#include "importprofile.h"
#include "mappingsuggester.h"

namespace milepost {

ProfileEdits::ProfileEdits(Dataset::Id dataset)
    : m_dataset(dataset)
{
}

const DatasetField *ProfileEdits::findField(Dataset::Id dataset, const QString &typed)
{
    const QString wanted = MappingSuggester::normalise(typed);
    for (const DatasetField &field : DatasetSchema::fields(dataset)) {
        if (wanted == MappingSuggester::normalise(QString::fromLatin1(field.key))
            || wanted == MappingSuggester::normalise(QString::fromUtf8(field.csvName))
            || wanted == MappingSuggester::normalise(field.label()))
            return &field;
    }
    return nullptr;
}

bool ProfileEdits::add(const QString &assignment, bool isValue, QString *error)
{
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    const QString typed = assignment.left(equals).trimmed();
    const QString text = equals < 0 ? QString() : assignment.mid(equals + 1).trimmed();
    if (equals < 0 || typed.isEmpty() || text.isEmpty()) {
        *error = isValue ? tr("a value is given as FIELD=TEXT, such as period=2019-20, not “%1”").arg(assignment)
                         : tr("a column is given as FIELD=COLUMN, such as count=Enrollment, not “%1”").arg(assignment);
        return false;
    }
    const DatasetField *field = findField(m_dataset, typed);
    if (!field) {
        QStringList keys;
        for (const DatasetField &candidate : DatasetSchema::fields(m_dataset))
            keys.append(QString::fromLatin1(candidate.key));
        *error = tr("%1 has no field “%2”; its fields are %3")
                     .arg(Dataset::key(m_dataset), typed, keys.join(QStringLiteral(", ")));
        return false;
    }
    m_edits.append({QString::fromLatin1(field->key), text, isValue});
    return true;
}

bool ProfileEdits::addColumn(const QString &assignment, QString *error)
{
    return add(assignment, false, error);
}

bool ProfileEdits::addValue(const QString &assignment, QString *error)
{
    return add(assignment, true, error);
}

void ProfileEdits::addNotApplicableCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (!trimmed.isEmpty() && !m_codes.contains(trimmed, Qt::CaseInsensitive))
        m_codes.append(trimmed);
}

bool ProfileEdits::isEmpty() const
{
    return m_edits.isEmpty() && m_codes.isEmpty();
}

void ProfileEdits::apply(ImportProfile *profile) const
{
    for (const Edit &edit : m_edits) {
        const ColumnMapping *existing = profile->mappingFor(edit.field);
        ColumnMapping mapping = existing ? *existing : ColumnMapping();
        mapping.field = edit.field;
        mapping.occurrence = 1;
        if (edit.isValue) {
            mapping.column.clear();
            mapping.value = edit.text;
        } else {
            mapping.column = edit.text;
            mapping.value.clear();
        }
        profile->setMapping(mapping);
        // Milepost's own CSV needs no mapping: a file that does is someone else's, and its
        // leading apostrophes are its own.
        profile->formulaGuarded = false;
    }
    if (m_codes.isEmpty())
        return;
    for (ColumnMapping &mapping : profile->columns) {
        const DatasetField *field = DatasetSchema::field(profile->dataset, mapping.field);
        if (!field || !field->codes || mapping.isFixed())
            continue;
        for (const QString &code : m_codes) {
            if (!mapping.notApplicableCodes.contains(code, Qt::CaseInsensitive))
                mapping.notApplicableCodes.append(code);
        }
    }
}

} // namespace milepost
