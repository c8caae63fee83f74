// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileedits.h"

#include "datasetschema.h"
#include "importprofile.h"
#include "mappingsuggester.h"

#include <QRegularExpression>

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

const DatasetField *ProfileEdits::split(const QString &assignment, QChar separator, const QString &usage,
                                        QString *text, QString *error) const
{
    const qsizetype at = assignment.indexOf(separator);
    const QString typed = assignment.left(at).trimmed();
    *text = at < 0 ? QString() : assignment.mid(at + 1).trimmed();
    if (at < 0 || typed.isEmpty() || text->isEmpty()) {
        *error = tr("%1, not “%2”").arg(usage, assignment);
        return nullptr;
    }
    const DatasetField *field = findField(m_dataset, typed);
    if (!field) {
        QStringList keys;
        for (const DatasetField &candidate : DatasetSchema::fields(m_dataset))
            keys.append(QString::fromLatin1(candidate.key));
        *error = tr("%1 has no field “%2”; its fields are %3")
                     .arg(Dataset::key(m_dataset), typed, keys.join(QStringLiteral(", ")));
    }
    return field;
}

bool ProfileEdits::add(const QString &assignment, bool isValue, QString *error)
{
    QString text;
    const DatasetField *field =
        split(assignment, QLatin1Char('='),
              isValue ? tr("a value is given as FIELD=TEXT, such as period=2019-20")
                      : tr("a column is given as FIELD=COLUMN, such as count=Enrollment"),
              &text, error);
    if (!field)
        return false;
    m_edits.append({QString::fromLatin1(field->key), text, isValue, {}});
    return true;
}

bool ProfileEdits::addExtract(const QString &assignment, QString *error)
{
    const QString usage = tr("a part of a column is given as FIELD=COLUMN:PATTERN, such as local_district=School "
                             "Code:^(\\d\\d)");
    QString text;
    const DatasetField *field = split(assignment, QLatin1Char('='), usage, &text, error);
    if (!field)
        return false;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString column = text.left(colon).trimmed();
    const QString pattern = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    if (column.isEmpty() || pattern.isEmpty()) {
        *error = tr("%1, not “%2”").arg(usage, assignment);
        return false;
    }
    const QRegularExpression expression(pattern);
    if (!expression.isValid()) {
        *error = tr("“%1” is not a regular expression: %2").arg(pattern, expression.errorString());
        return false;
    }
    m_edits.append({QString::fromLatin1(field->key), column, false, pattern});
    return true;
}

bool ProfileEdits::addUnit(const QString &assignment, QString *error)
{
    QString text;
    const DatasetField *field =
        split(assignment, QLatin1Char('='), tr("a unit is given as FIELD=thousands, such as budget=thousands"), &text, error);
    if (!field)
        return false;
    ValueEdit edit{QString::fromLatin1(field->key), ColumnMapping::Unit::Ones, {}, {}};
    if (!ColumnMapping::unitFromKey(text, &edit.unit)) {
        *error = tr("“%1” is not a unit; use ones, thousands or millions").arg(text);
        return false;
    }
    if (field->kind != DatasetField::Kind::Money) {
        *error = tr("%1 is not an amount; only amounts have a unit").arg(field->label());
        return false;
    }
    m_valueEdits.append(edit);
    return true;
}

bool ProfileEdits::addValueMapping(const QString &assignment, QString *error)
{
    const QString usage = tr("a value map is given as FIELD:FROM=TO, such as employee_group:Teachers=certificated");
    QString text;
    const DatasetField *field = split(assignment, QLatin1Char(':'), usage, &text, error);
    if (!field)
        return false;
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const QString from = text.left(equals).trimmed();
    const QString to = equals < 0 ? QString() : text.mid(equals + 1).trimmed();
    if (equals < 0 || from.isEmpty() || to.isEmpty()) {
        *error = tr("%1, not “%2”").arg(usage, assignment);
        return false;
    }
    m_valueEdits.append({QString::fromLatin1(field->key), ColumnMapping::Unit::Ones, from, to});
    return true;
}

bool ProfileEdits::setWide(const QString &assignment, QString *error)
{
    const QString usage = tr("wide columns are given as FIELD=PATTERN or FIELD:VALUE_FIELD=PATTERN, such as "
                             "grade:count=Grade (.+)");
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    if (equals < 0) {
        *error = tr("%1, not “%2”").arg(usage, assignment);
        return false;
    }
    const QString fields = assignment.left(equals);
    const qsizetype colon = fields.indexOf(QLatin1Char(':'));
    QString pattern;
    const DatasetField *field =
        split(colon < 0 ? assignment : fields.left(colon) + assignment.mid(equals), QLatin1Char('='), usage, &pattern, error);
    if (!field)
        return false;
    const DatasetField *value = nullptr;
    if (colon >= 0) {
        value = findField(m_dataset, fields.mid(colon + 1).trimmed());
        if (!value) {
            *error = tr("%1 has no field “%2”").arg(Dataset::key(m_dataset), fields.mid(colon + 1).trimmed());
            return false;
        }
    } else {
        for (const DatasetField &candidate : DatasetSchema::fields(m_dataset)) {
            const bool number = candidate.kind == DatasetField::Kind::Integer || candidate.kind == DatasetField::Kind::Money;
            if (number && value) {
                *error = tr("%1 has several number fields; say which the cells give: FIELD:VALUE_FIELD=PATTERN")
                             .arg(Dataset::key(m_dataset));
                return false;
            }
            if (number)
                value = &candidate;
        }
        if (!value) {
            *error = tr("%1 has no number field; say which the cells give: FIELD:VALUE_FIELD=PATTERN")
                         .arg(Dataset::key(m_dataset));
            return false;
        }
    }
    const QRegularExpression expression(pattern);
    if (!expression.isValid()) {
        *error = tr("“%1” is not a regular expression: %2").arg(pattern, expression.errorString());
        return false;
    }
    m_wide = {QString::fromLatin1(field->key), QString::fromLatin1(value->key), pattern};
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
    return m_edits.isEmpty() && m_codes.isEmpty() && m_valueEdits.isEmpty() && !m_wide.isSet();
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
        mapping.extract = edit.extract;
        profile->setMapping(mapping);
        // Milepost's own CSV needs no mapping: a file that does is someone else's, and its
        // leading apostrophes are its own.
        profile->formulaGuarded = false;
    }
    if (m_wide.isSet()) {
        profile->wide = m_wide;
        profile->removeMapping(m_wide.field);
        profile->removeMapping(m_wide.valueField);
        profile->formulaGuarded = false;
    }
    for (const ValueEdit &edit : m_valueEdits) {
        const ColumnMapping *existing = profile->mappingFor(edit.field);
        if (!existing || existing->isFixed())
            continue; // checkApplied says so
        ColumnMapping mapping = *existing;
        if (edit.from.isEmpty()) {
            mapping.unit = edit.unit;
        } else {
            mapping.valueMap.removeIf([&edit](const std::pair<QString, QString> &pair) {
                return pair.first.compare(edit.from, Qt::CaseInsensitive) == 0;
            });
            mapping.valueMap.append({edit.from, edit.to});
        }
        profile->setMapping(mapping);
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

bool ProfileEdits::checkApplied(const ImportProfile &profile, QString *error) const
{
    for (const ValueEdit &edit : m_valueEdits) {
        const ColumnMapping *mapping = profile.mappingFor(edit.field);
        if (mapping && !mapping->isFixed())
            continue;
        const DatasetField *field = DatasetSchema::field(m_dataset, edit.field);
        *error = tr("%1 for %2: no column of the file is read as %2; map one with --map %3=COLUMN")
                     .arg(edit.from.isEmpty() ? tr("a unit") : tr("a value map"), field->label(), edit.field);
        return false;
    }
    return true;
}

} // namespace milepost
