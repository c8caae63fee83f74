// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace milepost {

// "1 objective", "12 milestones": counted nouns for status lines and summaries.
class CountText final
{
    Q_DECLARE_TR_FUNCTIONS(CountText)

public:
    static QString objectives(qsizetype count);
    static QString milestones(qsizetype count);
    static QString findings(qsizetype count);
    static QString rows(qint64 count); // "1 row", "13,152 rows" (grouped as the locale groups)
};

} // namespace milepost
