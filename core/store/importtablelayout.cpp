// SPDX-License-Identifier: GPL-3.0-or-later
#include "importtablelayout.h"

#include "pgcopy.h"
#include "statement.h"

#include <QDate>

#include <algorithm>

namespace milepost {

namespace {

using Kind = DatasetField::Kind;

// "YYYY-MM-DD" of a Julian day, without going through QString or printf: the import writes
// millions of them.
std::string_view isoDate(qint64 julianDay, std::array<char, 16> &buffer)
{
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(julianDay).getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return {};
    char *p = buffer.data();
    p[0] = char('0' + year / 1000);
    p[1] = char('0' + year / 100 % 10);
    p[2] = char('0' + year / 10 % 10);
    p[3] = char('0' + year % 10);
    p[4] = '-';
    p[5] = char('0' + month / 10);
    p[6] = char('0' + month % 10);
    p[7] = '-';
    p[8] = char('0' + day / 10);
    p[9] = char('0' + day % 10);
    return std::string_view(p, 10);
}

// Whether a field's value is stored as an integer rather than as its text.
bool isInteger(Kind kind)
{
    switch (kind) {
    case Kind::Integer:
    case Kind::Money:
    case Kind::Percent:
    case Kind::Flag:
    case Kind::Date: // a day's number (schema version 3)
        return true;
    case Kind::Text:
    case Kind::TextList:
    case Kind::Choice:
    case Kind::Period:
    case Kind::SchoolYear:
        return false;
    }
    return false;
}

} // namespace

ImportTableLayout::ImportTableLayout(const QList<DatasetField> &fields, const QString &table,
                                     std::initializer_list<DatasetField::Level> levels)
    : m_fields(fields)
    , m_table(table)
{
    int parameter = firstParameter;
    for (int i = 0; i < fields.size(); ++i) {
        const DatasetField &field = fields.at(i);
        if (std::find(levels.begin(), levels.end(), field.level) == levels.end())
            continue;
        const QString key = QString::fromLatin1(field.key);
        m_columns.push_back({key, i, Part::Value, parameter++, isInteger(field.kind)});
        if (field.kind == Kind::Period || field.kind == Kind::SchoolYear) {
            m_columns.push_back({key + QStringLiteral("_first"), i, Part::First, parameter++});
            m_columns.push_back({key + QStringLiteral("_last"), i, Part::Last, parameter++});
        }
        if (field.kind == Kind::Date)
            m_columns.push_back({key + QStringLiteral("_precision"), i, Part::Precision, parameter++});
        if (field.codes && !field.required)
            m_columns.push_back({key + QStringLiteral("_code"), i, Part::Code, parameter++});
    }
    m_dates.resize(m_columns.size());
    m_values.resize(m_columns.size());
}

int ImportTableLayout::parameterOf(int field) const
{
    for (const Column &column : m_columns) {
        if (column.field == field && column.part == Part::Value)
            return column.parameter;
    }
    return 0;
}

int ImportTableLayout::fieldOf(const QString &column) const
{
    for (const Column &candidate : m_columns) {
        if (candidate.part == Part::Value && candidate.name == column)
            return candidate.field;
    }
    return -1;
}

QString ImportTableLayout::names() const
{
    QStringList parts;
    for (const Column &column : m_columns)
        parts.append(QLatin1Char('"') + column.name + QLatin1Char('"'));
    return parts.join(QStringLiteral(", "));
}

QString ImportTableLayout::parameters(int offset) const
{
    QStringList parts;
    for (const Column &column : m_columns)
        parts.append(QStringLiteral("?%1").arg(column.parameter + offset));
    return parts.join(QStringLiteral(", "));
}

QString ImportTableLayout::assignments() const
{
    QStringList parts;
    for (const Column &column : m_columns)
        parts.append(QStringLiteral("\"%1\" = ?%2").arg(column.name).arg(column.parameter));
    return parts.join(QStringLiteral(", "));
}

void ImportTableLayout::bind(Statement &statement, std::span<const ParsedCell> cells, int offset, int slot)
{
    // The columns' parameters follow one another from firstParameter (see the constructor).
    statement.bindRow(firstParameter + offset, values(cells, slot));
}

void ImportTableLayout::bind(PgCopy &copy, std::span<const ParsedCell> cells)
{
    for (const BoundValue &value : values(cells, 0)) {
        switch (value.kind) {
        case BoundValue::Kind::Null:
            copy.bindNull(0);
            break;
        case BoundValue::Kind::Integer:
            copy.bindInt64(0, value.integer);
            break;
        case BoundValue::Kind::Utf8:
            copy.bindUtf8(0, value.utf8);
            break;
        }
    }
}

std::span<const BoundValue> ImportTableLayout::values(std::span<const ParsedCell> cells, int slot)
{
    std::array<char, 16> *dates = m_dates.data() + std::size_t(slot) * m_columns.size();
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const Column &column = m_columns[i];
        const ParsedCell &cell = cells[std::size_t(column.field)];
        BoundValue &value = m_values[i];
        value.kind = BoundValue::Kind::Null;
        if (column.part == Part::Code) {
            if (cell.state == ParsedCell::State::NotApplicable) {
                value.kind = BoundValue::Kind::Utf8;
                value.utf8 = cell.text;
            }
            continue;
        }
        if (cell.state != ParsedCell::State::Value)
            continue;
        switch (column.part) {
        case Part::Precision:
            if (cell.precision != DatePrecision::Day) {
                value.kind = BoundValue::Kind::Utf8;
                value.utf8 = DatePrecisions::storageKey(cell.precision);
            }
            break;
        case Part::First:
            value.kind = BoundValue::Kind::Utf8;
            value.utf8 = isoDate(cell.number, dates[i]);
            break;
        case Part::Last:
            value.kind = BoundValue::Kind::Utf8;
            value.utf8 = isoDate(cell.last, dates[i]);
            break;
        case Part::Value:
            if (column.integer) {
                value.kind = BoundValue::Kind::Integer;
                value.integer = cell.number; // a date is its day's number (schema version 3)
            } else {
                value.kind = BoundValue::Kind::Utf8;
                value.utf8 = cell.text;
            }
            break;
        case Part::Code:
            break;
        }
    }
    return m_values;
}

} // namespace milepost
