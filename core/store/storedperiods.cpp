// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedperiods.h"

#include "datasetrecordrows.h"
#include "statement.h"

namespace milepost {

int StoredPeriods::number(const Statement &statement, int column)
{
    m_key.clear();
    for (int part = column; part <= column + 2; ++part)
        m_key.append(statement.columnUtf8(part)).push_back('\n');
    bool added = false;
    const int number = m_keys.number(m_key, &added);
    if (added)
        m_periods.push_back(DatasetRecordRows::period(statement, column));
    return number;
}

} // namespace milepost
