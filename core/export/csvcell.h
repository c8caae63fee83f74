// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <variant>

namespace milepost {

// One typed cell of a CSV row. The type matters: a number keeps its sign, while text that
// starts like a formula is neutralised, so "-5" the number and "-5" the text are written
// differently.
class CsvCell final
{
public:
    enum class Type { Empty, Text, Integer, Number, Date };

    CsvCell() = default;
    static CsvCell text(const QString &value) { return CsvCell(value); }
    static CsvCell integer(qint64 value) { return CsvCell(value); }
    static CsvCell number(double value) { return CsvCell(value); }
    // An invalid date is an empty cell.
    static CsvCell date(const QDate &value) { return value.isValid() ? CsvCell(value) : CsvCell(); }

    Type type() const { return Type(m_value.index()); }
    QString textValue() const { return type() == Type::Text ? std::get<QString>(m_value) : QString(); }
    qint64 integerValue() const { return type() == Type::Integer ? std::get<qint64>(m_value) : 0; }
    double numberValue() const { return type() == Type::Number ? std::get<double>(m_value) : 0.0; }
    QDate dateValue() const { return type() == Type::Date ? std::get<QDate>(m_value) : QDate(); }

    friend bool operator==(const CsvCell &, const CsvCell &) = default;

private:
    explicit CsvCell(const QString &value) : m_value(value) {}
    explicit CsvCell(qint64 value) : m_value(value) {}
    explicit CsvCell(double value) : m_value(value) {}
    explicit CsvCell(const QDate &value) : m_value(value) {}

    // The order of the alternatives is the order of Type.
    std::variant<std::monostate, QString, qint64, double, QDate> m_value;
};

} // namespace milepost
