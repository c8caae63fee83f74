// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowparser.h"

#include "csv/csvrecord.h"
#include "csv/formulaguard.h"
#include "csv/notapplicablecode.h"
#include "columnpattern.h"
#include "datasetschema.h"
#include "fieldparser.h"
#include "mappingsuggester.h"
#include "period.h"

#include <algorithm>
#include <utility>

namespace milepost {

namespace {

// "2011-12": a month, or a school year when the month is the year after's last two digits.
bool isYearAndMonth(std::string_view text)
{
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    return text.size() == 7 && text[4] == '-' && digit(text[0]) && digit(text[1]) && digit(text[2]) && digit(text[3])
        && digit(text[5]) && digit(text[6]);
}

using Kind = DatasetField::Kind;

std::string utf8(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

bool RowParser::prepare(const ImportProfile &profile, const QStringList &header, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QString problem;
    if (!profile.validate(&problem))
        return fail(problem);

    m_dataset = profile.dataset;
    m_header = header;
    m_decimalSeparator = profile.decimalSeparator;
    m_unguard = profile.formulaGuarded;
    const QList<DatasetField> &fields = DatasetSchema::fields(m_dataset);
    m_columns.assign(std::size_t(fields.size()), Column());
    m_cells.assign(std::size_t(fields.size()), ParsedCell());
    m_scratch.assign(std::size_t(fields.size()), std::string());
    m_extracted.assign(std::size_t(fields.size()), std::string());
    m_wide.clear();
    m_wideField = -1;
    m_wideValueField = -1;
    for (int i = 0; i < fields.size(); ++i) {
        Column &column = m_columns[std::size_t(i)];
        column.field = &fields.at(i);
        column.required = column.field->required;
        column.inKey = column.field->inKey;
        for (const DatasetField::Choice &choice : column.field->choices) {
            std::vector<std::string> spellings{std::string(choice.key)};
            for (const QString &spelling : choice.spellings)
                spellings.push_back(utf8(spelling));
            column.choiceSpellings.push_back(spellings);
        }
    }

    const bool projectKeyMapped = profile.mappingFor(QStringLiteral("project_key")) != nullptr;
    for (const ColumnMapping &mapping : profile.columns) {
        const int fieldIndex = DatasetSchema::indexOf(m_dataset, mapping.field);
        Column &column = m_columns[std::size_t(fieldIndex)];
        column.column = MappingSuggester::columnIndex(header, mapping);
        column.fixed = mapping.isFixed();
        if (column.fixed)
            column.fixedText = utf8(mapping.value);
        else if (column.column < 0)
            return fail(tr("the file has no column “%1” (for %2)").arg(mapping.column, column.field->label()));
        else if (mapping.occurrence == 1 && MappingSuggester::isDuplicated(header, column.column))
            return fail(tr("the file has several columns named “%1”; choose which one holds %2")
                            .arg(mapping.column, column.field->label()));
        if (column.field->kind == Kind::Date) {
            column.dateFormat = DateFormat::fromPattern(mapping.dateFormat, TwoDigitYearRule{profile.twoDigitYearPivot});
            if (column.dateFormat.orderInDoubt())
                column.swappedFormat = column.dateFormat.swapped();
        }
        for (const QString &code : mapping.notApplicableCodes) {
            if (!code.trimmed().isEmpty())
                column.codes.push_back(utf8(code.trimmed()));
        }
        column.unitExponent = mapping.unit == ColumnMapping::Unit::Thousands ? 3
            : mapping.unit == ColumnMapping::Unit::Millions                  ? 6
                                                                             : 0;
        for (const auto &[from, to] : mapping.valueMap)
            column.valueMap.emplace_back(utf8(from.trimmed()), utf8(to.trimmed()));
        column.extracts = !mapping.extract.isEmpty();
        if (column.extracts)
            column.extract = QRegularExpression(mapping.extract);
        column.rewrites = column.extracts || !column.valueMap.empty();
        // A mapped project key identifies every row; without one, the site and description do.
        const QString key = mapping.field;
        if (key == QLatin1String("project_key")
            || (!projectKeyMapped && (key == QLatin1String("site_code") || key == QLatin1String("description"))))
            column.required = true;
    }
    // Without a project key column, these compose the key (see DatasetImportSession).
    if (m_dataset == Dataset::CapitalProjects && !projectKeyMapped) {
        for (const char *key : {"site_code", "project_type", "description", "funding"})
            m_columns[std::size_t(DatasetSchema::indexOf(m_dataset, QString::fromLatin1(key)))].inKey = true;
    }

    if (profile.wide.isSet() && !prepareWide(profile.wide, error))
        return false;

    // A word a value map gives must be one the field takes: else every row using it would be
    // rejected for the map's fault.
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        Column &column = m_columns[i];
        if (column.field->kind == Kind::Date)
            continue; // reading a date counts it towards the column's order
        for (const auto &[from, to] : column.valueMap) {
            QString reason;
            const bool rewrites = std::exchange(column.rewrites, false);
            const bool ok = parseCell(i, to, &reason);
            column.rewrites = rewrites;
            if (!ok)
                return fail(tr("“%1” cannot stand for “%2” in %3: %4")
                                .arg(fromUtf8(to), fromUtf8(from), column.field->label(), reason));
        }
    }

    // A fixed value is read as a cell would be, once: one that cannot be read fails here.
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        Column &column = m_columns[i];
        if (!column.fixed)
            continue;
        QString reason;
        if (!parseCell(i, column.fixedText, &reason))
            return fail(tr("the value “%1” for %2 cannot be used: %3")
                            .arg(fromUtf8(column.fixedText), column.field->label(), reason));
        column.fixedCell = m_cells[i];
        column.fixedText = std::string(column.fixedCell.text);
        column.fixedCell.text = {};
    }

    m_fileColumns.clear();
    for (const Column &column : m_columns)
        m_fileColumns.push_back(column.column);

    m_positions = DatasetSchema::indexOf(m_dataset, QStringLiteral("positions"));
    m_vacancies = DatasetSchema::indexOf(m_dataset, QStringLiteral("vacancies"));
    m_hires = DatasetSchema::indexOf(m_dataset, QStringLiteral("hires"));
    m_percentComplete = DatasetSchema::indexOf(m_dataset, QStringLiteral("percent_complete"));
    m_startEndPairs.clear();
    for (const auto &[start, end] : {std::pair{"planned_start", "planned_end"}, std::pair{"actual_start", "actual_end"}}) {
        const int first = DatasetSchema::indexOf(m_dataset, QString::fromLatin1(start));
        const int last = DatasetSchema::indexOf(m_dataset, QString::fromLatin1(end));
        if (first >= 0 && last >= 0)
            m_startEndPairs.emplace_back(first, last);
    }
    return true;
}

bool RowParser::prepareWide(const WideColumns &wide, QString *error)
{
    m_wideField = DatasetSchema::indexOf(m_dataset, wide.field);
    m_wideValueField = DatasetSchema::indexOf(m_dataset, wide.valueField);
    const QRegularExpression pattern = ColumnPattern::wideMatcher(wide);
    const std::size_t named = std::size_t(m_wideField);
    const Column &nameColumn = m_columns[named];
    for (int i = 0; i < m_header.size(); ++i) {
        const QString header = m_header.at(i).trimmed();
        if (!pattern.match(header).hasMatch())
            continue;
        for (const Column &other : m_columns) {
            if (other.column == i) {
                *error = tr("the column “%1” is mapped to %2 and also matches the wide columns’ pattern “%3”")
                             .arg(header, other.field->label(), wide.pattern);
                return false;
            }
        }
        const QString value = ColumnPattern::wideValue(pattern, header);
        const std::string raw = utf8(value); // the parsed cell may point into it until copied below
        QString reason;
        if (value.isEmpty() || !parseCell(named, raw, &reason)) {
            *error = tr("the column “%1” does not give a %2: %3")
                         .arg(header, nameColumn.field->label(),
                              value.isEmpty() ? tr("the pattern's group took nothing from it") : reason);
            return false;
        }
        Wide row;
        row.column = i;
        row.cell = m_cells[named];
        row.text = std::string(row.cell.text);
        row.cell.text = {};
        m_wide.push_back(std::move(row));
    }
    if (m_wide.empty()) {
        *error = tr("no column's name matches the wide columns’ pattern “%1”").arg(wide.pattern);
        return false;
    }
    return true;
}

bool RowParser::fieldsFit(const CsvRecord &record) const
{
    // As many fields as the header, or more that are all empty (a trailing delimiter).
    const int fieldCount = record.fieldCount();
    const int headerSize = int(m_header.size());
    if (fieldCount < headerSize)
        return false;
    for (int i = headerSize; i < fieldCount; ++i) {
        if (!FieldParser::trimmed(record.field(i)).empty())
            return false;
    }
    return true;
}

bool RowParser::wideBlank(const CsvRecord &record, int wide) const
{
    // A line that cannot be split is rejected whole by parse(), not counted blank column by column.
    if (record.problem() != CsvRecord::Problem::None || !fieldsFit(record))
        return false;
    return FieldParser::trimmed(record.field(m_wide.at(std::size_t(wide)).column)).empty();
}

bool RowParser::isTotal(const CsvRecord &record)
{
    // Cheap on data rows: it looks at the first non-empty value only, and most are not 5 to 12
    // characters starting with t or g.
    for (int i = 0; i < record.fieldCount(); ++i) {
        std::string_view text = FieldParser::trimmed(record.field(i));
        if (text.empty())
            continue;
        if (text.back() == ':')
            text = FieldParser::trimmed(text.substr(0, text.size() - 1));
        if (text.size() > 6 && (text.front() == 'g' || text.front() == 'G')) {
            const std::string_view grand = FieldParser::trimmed(text.substr(0, 5));
            const std::string_view rest = FieldParser::trimmed(text.substr(5));
            if (!FieldParser::equalsIgnoringCase(grand, "grand") || rest.size() == text.size() - 5)
                return false; // "grand" must be followed by a space
            text = rest;
        }
        return FieldParser::equalsIgnoringCase(text, "total");
    }
    return false;
}

RowParser::Problem RowParser::problemAt(const CsvRecord &record, int column, const QString &reason) const
{
    Problem problem;
    problem.column = column + 1;
    problem.columnName = column >= 0 && column < m_header.size() ? m_header.at(column).trimmed() : QString();
    // A runaway field can be megabytes long; the report needs enough to recognise it.
    if (column >= 0 && column < record.fieldCount())
        problem.value = CsvRecord::toQString(record.field(column).substr(0, 1000));
    problem.reason = reason;
    return problem;
}

bool RowParser::parseDate(Column &column, std::string_view text, ParsedCell &cell, QString *reason)
{
    const QDate date = column.dateFormat.parse(text, reason);
    if (date.isValid()) {
        ++column.dates;
        // The first day after the 12th shows the order; after it, one test a value.
        if (column.orderLine == 0 && column.swappedFormat.isValid() && date.day() > 12) {
            column.orderLine = m_line;
            column.orderValue = fromUtf8(text);
        }
        cell.number = date.toJulianDay();
        return true;
    }
    // A value only the other order reads: the column is not in this format, and the rows read
    // so far hold dates with month and day exchanged. The import stops on it.
    const QDate other = column.swappedFormat.isValid() ? column.swappedFormat.parse(text) : QDate();
    if (!other.isValid()) {
        // A month ("May 2009") or a school and fiscal year ("FY2012") is kept as one: no day is
        // chosen for it (DatePrecisions).
        QString periodReason;
        const Period period = Period::parse(fromUtf8(text), &periodReason);
        const DatePrecision precision = DatePrecisions::of(period);
        if (precision == DatePrecision::Day) {
            // "2011-12" could be December or the school year: say why rather than only the format.
            if (isYearAndMonth(text))
                *reason = periodReason;
            return false;
        }
        cell.number = DatePrecisions::standIn(period, column.field->spanEnd).toJulianDay();
        cell.precision = precision;
        return true;
    }
    if (column.proofLine == 0) {
        column.proofLine = m_line;
        column.proofValue = fromUtf8(text);
    }
    m_neededFormat = column.swappedFormat.pattern();
    *reason = tr("“%1” can only be %2, written %3 (%4); the column is read %5 (%6)")
                  .arg(fromUtf8(text), other.toString(Qt::ISODate), column.swappedFormat.orderName(),
                       column.swappedFormat.pattern(), column.dateFormat.orderName(), column.dateFormat.pattern());
    return false;
}

QList<DateColumnCheck> RowParser::dateChecks() const
{
    QList<DateColumnCheck> checks;
    for (const Column &column : m_columns) {
        if (!column.swappedFormat.isValid() || column.column < 0)
            continue;
        DateColumnCheck check;
        check.field = QString::fromLatin1(column.field->key);
        check.label = column.field->label();
        check.column = column.column < m_header.size() ? m_header.at(column.column).trimmed() : QString();
        check.format = column.dateFormat.pattern();
        check.order = column.dateFormat.orderName();
        check.dates = column.dates;
        check.line = column.orderLine;
        check.value = column.orderValue;
        if (column.proofLine > 0) {
            check.neededFormat = column.swappedFormat.pattern();
            check.neededOrder = column.swappedFormat.orderName();
            check.proofLine = column.proofLine;
            check.proofValue = column.proofValue;
        }
        checks.append(check);
    }
    return checks;
}

bool RowParser::parseCell(std::size_t index, std::string_view raw, QString *reason)
{
    Column &column = m_columns[index];
    ParsedCell &cell = m_cells[index];
    const DatasetField &field = *column.field;
    cell = ParsedCell();
    std::string_view text = FieldParser::trimmed(raw);
    // Milepost's own CSV: the apostrophe its writer put before a formula-like cell goes, and
    // what follows it is the text as exported (a leading tab included).
    if (m_unguard && !text.empty() && text.front() == '\'')
        text = FormulaGuard::removed(text);
    if (column.rewrites) {
        if (column.extracts && !text.empty()) {
            const QString whole = fromUtf8(text);
            const QRegularExpressionMatch match = column.extract.match(whole);
            if (!match.hasMatch()) {
                *reason = tr("“%1” does not match the pattern “%2” that takes %3 from it")
                              .arg(whole, column.extract.pattern(), field.label());
                return false;
            }
            m_extracted[index] = utf8(ColumnPattern::taken(match));
            text = FieldParser::trimmed(m_extracted[index]);
        }
        for (const auto &[from, to] : column.valueMap) {
            if (FieldParser::equalsIgnoringCase(text, from)) {
                text = to;
                break;
            }
        }
    }
    if (text.empty()) {
        if (column.required) {
            *reason = tr("%1 is empty; every row needs it").arg(field.label());
            return false;
        }
        return true;
    }
    // Milepost's own CSV writes a source's code as "N/A (DOER)" (NotApplicableCode): the code is
    // the source's, whatever codes the profile lists.
    const std::optional<std::string_view> written = m_unguard && field.codes ? NotApplicableCode::read(text)
                                                                             : std::nullopt;
    const bool listed = std::any_of(column.codes.begin(), column.codes.end(), [text](const std::string &code) {
        return FieldParser::equalsIgnoringCase(text, code);
    });
    if (written || listed) {
        if (written)
            text = *written;
        if (column.required) {
            *reason = tr("“%1” marks %2 as not applicable, but every row needs it").arg(fromUtf8(text), field.label());
            return false;
        }
        if (!field.codes) {
            *reason = tr("%1 cannot be marked not applicable (“%2”)").arg(field.label(), fromUtf8(text));
            return false;
        }
        cell.state = ParsedCell::State::NotApplicable;
        cell.text = text;
        return true;
    }

    cell.state = ParsedCell::State::Value;
    switch (field.kind) {
    case Kind::Text:
        cell.text = text;
        return true;
    case Kind::TextList: {
        std::string &out = m_scratch[index];
        out.clear();
        std::size_t start = 0;
        while (start <= text.size()) {
            std::size_t end = text.find(',', start);
            if (end == std::string_view::npos)
                end = text.size();
            const std::string_view item = FieldParser::trimmed(text.substr(start, end - start));
            if (item.empty()) {
                *reason = tr("“%1” has an empty entry in its list").arg(fromUtf8(text));
                return false;
            }
            if (!out.empty())
                out += ", ";
            out += item;
            start = end + 1;
        }
        cell.text = out;
        return true;
    }
    case Kind::Choice:
        for (const std::vector<std::string> &spellings : column.choiceSpellings) {
            for (const std::string &spelling : spellings) {
                if (FieldParser::equalsIgnoringCase(text, spelling)) {
                    cell.text = spellings.front();
                    return true;
                }
            }
        }
        {
            QStringList keys;
            for (const DatasetField::Choice &choice : field.choices)
                keys.append(QString::fromLatin1(choice.key));
            *reason = tr("“%1” is not one of: %2").arg(fromUtf8(text), keys.join(QStringLiteral(", ")));
        }
        return false;
    case Kind::Integer:
        return FieldParser::parseCount(text, m_decimalSeparator, &cell.number, reason);
    case Kind::Money:
        return FieldParser::parseMoney(text, m_decimalSeparator, &cell.number, reason, column.unitExponent);
    case Kind::Percent:
        return FieldParser::parsePercent(text, m_decimalSeparator, &cell.number, reason);
    case Kind::Flag: {
        bool value = false;
        if (!FieldParser::parseFlag(text, &value, reason))
            return false;
        cell.number = value ? 1 : 0;
        return true;
    }
    case Kind::Date:
        return parseDate(column, text, cell, reason);
    case Kind::Period:
    case Kind::SchoolYear: {
        const Period period = field.kind == Kind::SchoolYear ? Period::parseSchoolYear(fromUtf8(text), reason)
                                                             : Period::parse(fromUtf8(text), reason);
        if (!period.isValid())
            return false;
        m_scratch[index] = utf8(period.canonical());
        cell.text = m_scratch[index];
        cell.number = period.first().toJulianDay();
        cell.last = period.last().toJulianDay();
        return true;
    }
    }
    return false;
}

bool RowParser::parse(const CsvRecord &record, QList<Problem> *problems, bool *keyComplete, int wide)
{
    problems->clear();
    *keyComplete = false;
    m_line = record.line();
    m_lineRejected = true;
    if (record.problem() != CsvRecord::Problem::None) {
        problems->append(problemAt(record, record.problemField(), record.problemText()));
        return false;
    }
    if (!fieldsFit(record)) {
        problems->append(problemAt(record, -1,
                                   tr("the row has %1 fields but the header has %2; a value may have moved to another "
                                      "column")
                                       .arg(record.fieldCount())
                                       .arg(m_header.size())));
        return false;
    }
    m_lineRejected = false;
    if (!m_wide.empty()) {
        // The row of one wide column: its cell is read as the value field's column, and the
        // value its name gives is fixed. (columnOf() answers from m_fileColumns, untouched here.)
        const Wide &row = m_wide[std::size_t(wide)];
        m_columns[std::size_t(m_wideValueField)].column = row.column;
        Column &named = m_columns[std::size_t(m_wideField)];
        named.fixed = true;
        named.fixedCell = row.cell;
        named.fixedText = row.text;
    }

    bool keyOk = true;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const Column &column = m_columns[i];
        ParsedCell &cell = m_cells[i];
        if (column.column < 0) {
            cell = column.fixed ? column.fixedCell : ParsedCell();
            if (column.fixed)
                cell.text = column.fixedText;
        } else if (QString reason; !parseCell(i, record.field(column.column), &reason)) {
            problems->append(problemAt(record, column.column, reason));
            if (!m_neededFormat.isEmpty())
                problems->last().neededDateFormat = std::exchange(m_neededFormat, QString());
            keyOk = keyOk && !column.inKey;
            continue;
        }
        // What an empty cell stands for: a row not marked illustrative is not; an enrollment
        // count without a unit counts students.
        if (cell.state == ParsedCell::State::Missing) {
            if (column.field->kind == Kind::Flag) {
                cell.state = ParsedCell::State::Value;
                cell.number = 0;
            } else if (column.field->defaultValue) {
                cell.state = ParsedCell::State::Value;
                cell.text = column.field->defaultValue;
            }
        }
    }
    *keyComplete = keyOk;
    if (!problems->isEmpty())
        return false;

    // Rules across the fields of a row.
    if (m_positions >= 0 && !m_cells[std::size_t(m_positions)].hasValue() && !m_cells[std::size_t(m_vacancies)].hasValue()
        && !m_cells[std::size_t(m_hires)].hasValue()) {
        problems->append(problemAt(record, -1, tr("the row has no positions, vacancies or hires")));
        return false;
    }
    if (m_percentComplete >= 0) {
        const ParsedCell &percent = m_cells[std::size_t(m_percentComplete)];
        if (percent.hasValue() && (percent.number < 0 || percent.number > 10000)) {
            problems->append(problemAt(record, columnOf(m_percentComplete),
                                       tr("a phase cannot be less than 0% or more than 100% complete")));
            return false;
        }
    }
    for (const auto &[start, end] : m_startEndPairs) {
        const ParsedCell &first = m_cells[std::size_t(start)];
        const ParsedCell &last = m_cells[std::size_t(end)];
        if (first.hasValue() && last.hasValue() && last.number < first.number) {
            problems->append(problemAt(record, columnOf(end),
                                       tr("%1 %2 is before %3 %4")
                                           .arg(m_columns[std::size_t(end)].field->label(),
                                                DatePrecisions::csvText(QDate::fromJulianDay(last.number), last.precision),
                                                m_columns[std::size_t(start)].field->label(),
                                                DatePrecisions::csvText(QDate::fromJulianDay(first.number), first.precision))));
            return false;
        }
    }
    return true;
}

} // namespace milepost
