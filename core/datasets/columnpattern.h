// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widecolumns.h"

#include <QRegularExpression>
#include <QString>

namespace milepost {

// How a pattern takes a value from a cell or a header, one rule for the import and for the
// wizard's preview of it: the first capture group, or the whole match when there is none.
class ColumnPattern final
{
public:
    // The part of match a pattern takes (ColumnMapping::extract, WideColumns::pattern).
    static QString taken(const QRegularExpressionMatch &match);
    // The expression that tells a wide file's columns: the whole trimmed header, any case.
    static QRegularExpression wideMatcher(const WideColumns &wide);
    // The value a wide column's header gives (taken(), trimmed); empty when header does not match.
    static QString wideValue(const QRegularExpression &matcher, const QString &header);
};

} // namespace milepost
