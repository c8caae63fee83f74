// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace milepost {

// Something the import report lists row by row: a rejected value, a blank row, a record that
// changed since the last import of the same source, or one that is gone from it.
struct ImportEvent final
{
    Q_DECLARE_TR_FUNCTIONS(ImportEvent)

public:
    enum class Outcome { Rejected, Blank, Changed, Gone };

    Outcome outcome = Outcome::Rejected;
    qint64 line = 0;    // physical line in the file; for Gone, the line in the earlier file
    int column = 0;     // 1-based column; 0 when the event is about the whole row
    QString columnName; // the column's header
    QString key;        // the record's key, parts joined with " | ", when known
    QString value;      // the value as written
    QString reason;

    // "rejected", "blank", "changed", "gone": stable, for the database and saved reports.
    static QString outcomeKey(Outcome outcome);
    static std::optional<Outcome> outcomeFromKey(const QString &key);
    static QString outcomeName(Outcome outcome);

    friend bool operator==(const ImportEvent &, const ImportEvent &) = default;
};

} // namespace milepost
