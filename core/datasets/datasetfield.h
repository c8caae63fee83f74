// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace milepost {

// One thing a dataset records, such as a phase's planned end or a school's enrollment count:
// what kind of value it holds, whether a row needs it, whether it is part of what identifies a
// row on re-import, and the header names files use for it.
struct DatasetField final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetField)

public:
    enum class Kind {
        Text,       // kept as written, spaces around it trimmed
        TextList,   // comma-separated references, e.g. "DSF0001008800, DSF0000991942"
        Choice,     // one of choices, matched without regard to case
        Integer,    // a whole count, never negative: "1,234"
        Money,      // "$1,234.00", "(1,234.00)" for a negative amount; stored in cents
        Percent,    // "62%", "62.5"; stored in hundredths of a percent
        Date,       // in the column's explicit format
        Period,     // a school year "2021-22", a month "2022-03" or a range "2022-03-15/2022-06-30"
        SchoolYear, // a school year only
        Flag,       // yes/no
    };
    enum class Level { Record, Project, Phase };

    struct Choice
    {
        const char *key;      // stored
        QStringList spellings; // accepted, besides the key, without regard to case
    };

    const char *key = "";     // stable: profiles, the database and Milepost's own CSV use it
    const char *csvName = ""; // the header of Milepost's own CSV: "Planned End"
    Kind kind = Kind::Text;
    bool required = false;
    bool inKey = false;       // part of what identifies a row when a newer export is imported
    bool codes = false;       // may hold a code meaning "not applicable", kept with the value
    Level level = Level::Record;
    QStringList aliases;      // other header names that mean this field (matched normalised)
    QList<Choice> choices;    // for Kind::Choice
    const char *defaultValue = nullptr; // a Choice key an empty or unmapped cell stands for
    bool spanEnd = false;     // a Date that ends a span: a month or year stands for its last day

    QString label() const;    // translated csvName, for the wizard and messages
    static QString kindName(Kind kind);
};

} // namespace milepost
