// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace milepost {

// Something an import noticed and the user should see: never a silent fix.
struct Finding final
{
    Q_DECLARE_TR_FUNCTIONS(Finding)

public:
    enum class Kind {
        InvalidDate,        // looks like a date but is not one: 9/31/22
        UnrecognisedValue,  // neither a date nor a known word
        MissingValue,       // an empty start or end
        EndBeforeStart,
        MarksDisagree,      // the ● marks and the dates tell different stories
        UnreadableTable,    // a table, or a row of one, that could not be read
    };

    int line = 0;
    int column = 0; // 1-based column of a table row, 0 when the finding is about a whole line
    Kind kind = Kind::UnreadableTable;
    QString message;

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key, bool *ok = nullptr);
    static QString kindName(Kind kind);

    friend bool operator==(const Finding &, const Finding &) = default;
};

} // namespace milepost
