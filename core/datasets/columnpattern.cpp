// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnpattern.h"

namespace milepost {

QString ColumnPattern::taken(const QRegularExpressionMatch &match)
{
    return match.regularExpression().captureCount() > 0 ? match.captured(1) : match.captured(0);
}

QRegularExpression ColumnPattern::wideMatcher(const WideColumns &wide)
{
    return QRegularExpression(QStringLiteral("^(?:%1)$").arg(wide.pattern), QRegularExpression::CaseInsensitiveOption);
}

QString ColumnPattern::wideValue(const QRegularExpression &matcher, const QString &header)
{
    const QString trimmed = header.trimmed();
    const QRegularExpressionMatch match = matcher.match(trimmed);
    if (!match.hasMatch())
        return {};
    return matcher.captureCount() > 0 ? match.captured(1).trimmed() : trimmed;
}

} // namespace milepost
