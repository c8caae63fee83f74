// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandatecolumns.h"

#include "statement.h"
#include "time/quartercalendar.h"

#include <array>
#include <utility>

namespace milepost {

namespace {

// Keys as the schema's CHECK constraints spell them; never translated.
constexpr std::array dateKinds{
    std::pair{PlanDate::Kind::Exact, "exact"},     std::pair{PlanDate::Kind::Month, "month"},
    std::pair{PlanDate::Kind::Quarter, "quarter"}, std::pair{PlanDate::Kind::Ongoing, "ongoing"},
    std::pair{PlanDate::Kind::NotApplicable, "not_applicable"}, std::pair{PlanDate::Kind::Invalid, "invalid"}};
constexpr std::array dateProblems{
    std::pair{PlanDate::Problem::None, "none"}, std::pair{PlanDate::Problem::Missing, "missing"},
    std::pair{PlanDate::Problem::ImpossibleDate, "impossible_date"},
    std::pair{PlanDate::Problem::Unrecognised, "unrecognised"}};

template<typename Value, std::size_t N>
QString keyOf(const std::array<std::pair<Value, const char *>, N> &keys, Value value)
{
    for (const auto &[candidate, key] : keys) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename Value, std::size_t N>
std::optional<Value> valueOf(const std::array<std::pair<Value, const char *>, N> &keys, const QString &key)
{
    for (const auto &[value, candidate] : keys) {
        if (key == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

void bindOptionalText(Statement &statement, int index, const QString &value)
{
    if (value.isNull())
        statement.bindNull(index);
    else
        statement.bindText(index, value);
}

} // namespace

void PlanDateColumns::bind(Statement &statement, int index, const PlanDate &date)
{
    statement.bindText(index, date.raw());
    statement.bindText(index + 1, keyOf(dateKinds, date.kind()));
    bindOptionalText(statement, index + 2, date.isDated() ? date.firstDay().toString(Qt::ISODate) : QString());
    bindOptionalText(statement, index + 3, date.isDated() ? date.lastDay().toString(Qt::ISODate) : QString());
    statement.bindText(index + 4, keyOf(dateProblems, date.problem()));
    statement.bindText(index + 5, date.reason());
}

std::optional<PlanDate> PlanDateColumns::read(const Statement &statement, int column)
{
    const QString raw = statement.columnText(column);
    const auto kind = valueOf(dateKinds, statement.columnText(column + 1));
    const QDate first = QDate::fromString(statement.columnText(column + 2), Qt::ISODate);
    const auto problem = valueOf(dateProblems, statement.columnText(column + 4));
    if (!kind || !problem)
        return std::nullopt;

    PlanDate date;
    switch (*kind) {
    case PlanDate::Kind::Exact:
        date = PlanDate::exact(first, raw);
        break;
    case PlanDate::Kind::Month:
        date = PlanDate::month(first.year(), first.month(), raw);
        break;
    case PlanDate::Kind::Quarter:
        date = PlanDate::quarter(QuarterCalendar::calendar().quarterOf(first), raw);
        break;
    case PlanDate::Kind::Ongoing:
        date = PlanDate::ongoing(raw);
        break;
    case PlanDate::Kind::NotApplicable:
        date = PlanDate::notApplicable(raw);
        break;
    case PlanDate::Kind::Invalid:
        return PlanDate::invalid(raw, *problem, statement.columnText(column + 5));
    }
    // A dated kind without a readable day comes back invalid from the factories.
    if (date.kind() != *kind)
        return std::nullopt;
    return date;
}

} // namespace milepost
