// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace milepost {

// Which column of a file feeds one dataset field, and how to read it; or, for a field the file
// has no column for, the value every row has (a file of one school year: "2019-20").
struct ColumnMapping final
{
    // What an amount column counts in: "1,747" in a column of thousands is $1,747,000.00.
    enum class Unit { Ones, Thousands, Millions };

    QString field;          // DatasetField::key
    QString column;         // the header as the file writes it; matched trimmed, ignoring case and spaces
    int occurrence = 1;     // which of several columns with that header: 2 for the second "Date"
    QString dateFormat;     // for dates: DateFormat pattern such as "M/D/YYYY"
    QStringList notApplicableCodes; // codes meaning "not applicable" here, e.g. PNS; kept as written
    QString value;          // when set, column is empty and every row has this value for the field
    Unit unit = Unit::Ones; // for amounts
    // The file's words for Milepost's, matched without regard to case: ("Teachers", "certificated").
    QList<std::pair<QString, QString>> valueMap{};
    // A regular expression that takes the field from part of the column: "^(\d\d)" reads 01
    // from 01M015. The first capture group, or the whole match when it has none.
    QString extract{};

    bool isFixed() const { return !value.isEmpty(); }

    // "ones", "thousands", "millions", as profiles and the command line write them; false for
    // any other word.
    static QString unitKey(Unit unit);
    static bool unitFromKey(const QString &key, Unit *unit);

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};

} // namespace milepost
