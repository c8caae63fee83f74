// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repeatedtexts.h"

#include "datasets/period.h"

#include <deque>
#include <string>

namespace milepost {

class Statement;

// The periods a dataset's rows store, as its text and its first and last day, each read back
// once (DatasetRecordRows::period): a district's history repeats a few periods over many rows.
class StoredPeriods final
{
public:
    // The number of the period of statement's current row stored in column (its text) and the
    // next two (its days): 0, 1, 2... in the order first read.
    int number(const Statement &statement, int column);
    // The period of a number: unreadable when its text and days no longer agree. Stays where it
    // is while more are read.
    const Period &period(int number) const { return m_periods.at(std::size_t(number)); }
    int count() const { return int(m_periods.size()); }

private:
    RepeatedTexts m_keys; // the three columns, one text
    std::string m_key;
    std::deque<Period> m_periods;
};

} // namespace milepost
