// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprofile.h"

#include "dateformat.h"
#include "datasetschema.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace milepost {

namespace {

// Version 2 adds units, value maps, patterns and wide columns. A profile that uses none of them
// is still written as version 1, which every Milepost reads; one that does is written as 2, which
// a Milepost that knows only 1 refuses rather than reading amounts in thousands as dollars.
constexpr int jsonVersion = 1;
constexpr int jsonVersionWithValueRules = 2;

} // namespace

const ColumnMapping *ImportProfile::mappingFor(const QString &field) const
{
    for (const ColumnMapping &mapping : columns) {
        if (mapping.field == field)
            return &mapping;
    }
    return nullptr;
}

void ImportProfile::setMapping(const ColumnMapping &mapping)
{
    for (ColumnMapping &existing : columns) {
        if (existing.field == mapping.field) {
            existing = mapping;
            return;
        }
    }
    columns.append(mapping);
}

void ImportProfile::removeMapping(const QString &field)
{
    columns.removeIf([&field](const ColumnMapping &mapping) { return mapping.field == field; });
}

bool ImportProfile::validate(QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (decimalSeparator != '.' && decimalSeparator != ',')
        return fail(tr("the decimal separator must be . or ,"));
    if (delimiter && !CsvDialect::isSupportedDelimiter(*delimiter))
        return fail(tr("the delimiter must be a comma, semicolon, tab or pipe"));
    QSet<QString> seen;
    for (const ColumnMapping &mapping : columns) {
        const DatasetField *field = DatasetSchema::field(dataset, mapping.field);
        if (!field)
            return fail(tr("%1 has no field “%2”").arg(Dataset::name(dataset), mapping.field));
        if (seen.contains(mapping.field))
            return fail(tr("the field %1 is mapped twice").arg(field->label()));
        seen.insert(mapping.field);
        if (mapping.isFixed() && !mapping.column.isEmpty())
            return fail(tr("%1 has both a column (“%2”) and a value (“%3”); choose one")
                            .arg(field->label(), mapping.column, mapping.value));
        if (mapping.occurrence < 1)
            return fail(tr("the column for %1 has an invalid occurrence").arg(field->label()));
        if (!mapping.extract.isEmpty()) {
            const QRegularExpression pattern(mapping.extract);
            if (!pattern.isValid())
                return fail(tr("the pattern “%1” for %2 is not a regular expression: %3")
                                .arg(mapping.extract, field->label(), pattern.errorString()));
            if (mapping.isFixed())
                return fail(tr("%1 has a value; a pattern takes part of a column").arg(field->label()));
        }
        if (mapping.unit != ColumnMapping::Unit::Ones && field->kind != DatasetField::Kind::Money)
            return fail(tr("%1 is not an amount; only amounts have a unit").arg(field->label()));
        if (field->kind == DatasetField::Kind::Date) {
            QString formatError;
            if (mapping.dateFormat.trimmed().isEmpty())
                return fail(tr("choose the date format of the column “%1” (%2)").arg(mapping.column, field->label()));
            if (!DateFormat::fromPattern(mapping.dateFormat, TwoDigitYearRule{twoDigitYearPivot}, &formatError).isValid())
                return fail(tr("the date format of %1 is not usable: %2").arg(field->label(), formatError));
        }
    }
    if (wide.isSet()) {
        const DatasetField *named = DatasetSchema::field(dataset, wide.field);
        const DatasetField *value = DatasetSchema::field(dataset, wide.valueField);
        if (!named || !value)
            return fail(tr("%1 has no field “%2”").arg(Dataset::name(dataset), named ? wide.valueField : wide.field));
        if (wide.field == wide.valueField)
            return fail(tr("a wide file's column names and cells must give two different fields"));
        if (seen.contains(wide.field) || seen.contains(wide.valueField))
            return fail(tr("%1 comes from the wide columns; it cannot also be mapped")
                            .arg(seen.contains(wide.field) ? named->label() : value->label()));
        const QRegularExpression pattern(wide.pattern);
        if (wide.pattern.isEmpty() || !pattern.isValid())
            return fail(tr("the pattern “%1” of the wide columns is not a regular expression%2")
                            .arg(wide.pattern, pattern.isValid() ? QString() : QStringLiteral(": ") + pattern.errorString()));
        if (named->kind == DatasetField::Kind::Date)
            return fail(tr("%1 is a date; a wide file's column names give a year, a grade or a period").arg(named->label()));
        seen.insert(wide.field);
        seen.insert(wide.valueField);
    }
    for (const DatasetField &field : DatasetSchema::fields(dataset)) {
        if (field.required && !seen.contains(QString::fromLatin1(field.key)))
            return fail(tr("choose the column for %1; every row needs it").arg(field.label()));
    }
    if (dataset == Dataset::CapitalProjects && !seen.contains(QStringLiteral("project_key"))
        && !(seen.contains(QStringLiteral("site_code")) && seen.contains(QStringLiteral("description"))))
        return fail(tr("choose the column for Project Key, or those for Site Code and Description, so that the "
                       "phase rows of one project can be told apart from another's"));
    return true;
}

bool ImportProfile::usesValueRules() const
{
    return wide.isSet() || std::any_of(columns.begin(), columns.end(), [](const ColumnMapping &mapping) {
               return mapping.unit != ColumnMapping::Unit::Ones || !mapping.valueMap.isEmpty() || !mapping.extract.isEmpty();
           });
}

QString ImportProfile::defaultSource() const
{
    QStringList values;
    for (const DatasetField &field : DatasetSchema::fields(dataset)) {
        const ColumnMapping *mapping = mappingFor(QString::fromLatin1(field.key));
        if (mapping && mapping->isFixed())
            values.append(QStringLiteral("%1=%2").arg(QLatin1String(field.key), mapping->value.trimmed()));
    }
    return values.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, values.join(QStringLiteral(", ")));
}

QJsonObject ImportProfile::toJson() const
{
    QJsonArray columnArray;
    for (const ColumnMapping &mapping : columns) {
        QJsonObject column{{QStringLiteral("field"), mapping.field}, {QStringLiteral("column"), mapping.column}};
        if (mapping.occurrence != 1)
            column.insert(QStringLiteral("occurrence"), mapping.occurrence);
        if (!mapping.dateFormat.isEmpty())
            column.insert(QStringLiteral("dateFormat"), mapping.dateFormat);
        if (mapping.isFixed())
            column.insert(QStringLiteral("value"), mapping.value);
        if (!mapping.notApplicableCodes.isEmpty())
            column.insert(QStringLiteral("notApplicable"), QJsonArray::fromStringList(mapping.notApplicableCodes));
        if (mapping.unit != ColumnMapping::Unit::Ones)
            column.insert(QStringLiteral("unit"), ColumnMapping::unitKey(mapping.unit));
        if (!mapping.valueMap.isEmpty()) {
            QJsonArray pairs;
            for (const auto &[from, to] : mapping.valueMap)
                pairs.append(QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
            column.insert(QStringLiteral("valueMap"), pairs);
        }
        if (!mapping.extract.isEmpty())
            column.insert(QStringLiteral("extract"), mapping.extract);
        columnArray.append(column);
    }
    QJsonObject json{
        {QStringLiteral("version"), usesValueRules() ? jsonVersionWithValueRules : jsonVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("dataset"), Dataset::key(dataset)},
        {QStringLiteral("columns"), columnArray},
        {QStringLiteral("decimalSeparator"), QString(QLatin1Char(decimalSeparator))},
        {QStringLiteral("twoDigitYearPivot"), twoDigitYearPivot},
    };
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    if (encoding)
        json.insert(QStringLiteral("encoding"), TextEncoding::name(*encoding));
    if (delimiter)
        json.insert(QStringLiteral("delimiter"), CsvDialect::delimiterKey(*delimiter));
    if (formulaGuarded)
        json.insert(QStringLiteral("formulaGuarded"), true);
    if (wide.isSet())
        json.insert(QStringLiteral("wide"), QJsonObject{{QStringLiteral("field"), wide.field},
                                                        {QStringLiteral("valueField"), wide.valueField},
                                                        {QStringLiteral("pattern"), wide.pattern}});
    return json;
}

std::optional<ImportProfile> ImportProfile::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::optional<ImportProfile>();
    };
    const int version = json.value(QStringLiteral("version")).toInt();
    if (version != jsonVersion && version != jsonVersionWithValueRules)
        return fail(tr("the profile was saved by another version of Milepost"));
    ImportProfile profile;
    profile.name = json.value(QStringLiteral("name")).toString();
    profile.description = json.value(QStringLiteral("description")).toString();
    const auto dataset = Dataset::fromKey(json.value(QStringLiteral("dataset")).toString());
    if (!dataset)
        return fail(tr("the profile names no known dataset"));
    profile.dataset = *dataset;
    const QString separator = json.value(QStringLiteral("decimalSeparator")).toString(QStringLiteral("."));
    if (separator != QLatin1String(".") && separator != QLatin1String(","))
        return fail(tr("the decimal separator must be . or ,"));
    profile.decimalSeparator = char(separator.at(0).unicode());
    profile.twoDigitYearPivot = json.value(QStringLiteral("twoDigitYearPivot")).toInt(30);
    profile.formulaGuarded = json.value(QStringLiteral("formulaGuarded")).toBool(false);
    if (json.contains(QStringLiteral("encoding"))) {
        profile.encoding = TextEncoding::fromName(json.value(QStringLiteral("encoding")).toString());
        if (!profile.encoding)
            return fail(tr("the profile names an unknown encoding"));
    }
    if (json.contains(QStringLiteral("delimiter"))) {
        profile.delimiter = CsvDialect::delimiterFromKey(json.value(QStringLiteral("delimiter")).toString());
        if (!profile.delimiter)
            return fail(tr("the profile names an unknown delimiter"));
    }
    for (const QJsonValue &value : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject column = value.toObject();
        ColumnMapping mapping;
        mapping.field = column.value(QStringLiteral("field")).toString();
        mapping.column = column.value(QStringLiteral("column")).toString();
        mapping.occurrence = column.value(QStringLiteral("occurrence")).toInt(1);
        mapping.dateFormat = column.value(QStringLiteral("dateFormat")).toString();
        mapping.value = column.value(QStringLiteral("value")).toString();
        for (const QJsonValue &code : column.value(QStringLiteral("notApplicable")).toArray())
            mapping.notApplicableCodes.append(code.toString());
        if (column.contains(QStringLiteral("unit"))
            && !ColumnMapping::unitFromKey(column.value(QStringLiteral("unit")).toString(), &mapping.unit))
            return fail(tr("the profile names an unknown unit “%1”").arg(column.value(QStringLiteral("unit")).toString()));
        for (const QJsonValue &pair : column.value(QStringLiteral("valueMap")).toArray())
            mapping.valueMap.append({pair.toObject().value(QStringLiteral("from")).toString(),
                                     pair.toObject().value(QStringLiteral("to")).toString()});
        mapping.extract = column.value(QStringLiteral("extract")).toString();
        profile.columns.append(mapping);
    }
    const QJsonObject wide = json.value(QStringLiteral("wide")).toObject();
    profile.wide.field = wide.value(QStringLiteral("field")).toString();
    profile.wide.valueField = wide.value(QStringLiteral("valueField")).toString();
    profile.wide.pattern = wide.value(QStringLiteral("pattern")).toString();
    QString problem;
    if (!profile.validate(&problem))
        return fail(problem);
    return profile;
}

} // namespace milepost
