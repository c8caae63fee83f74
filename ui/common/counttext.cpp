// SPDX-License-Identifier: GPL-3.0-or-later
#include "counttext.h"

#include <QLocale>

namespace milepost {

// Singular and plural are separate source strings so that English reads right without a
// translation file; other languages get their plural forms from their own translations.
QString CountText::objectives(qsizetype count)
{
    return count == 1 ? tr("1 objective") : tr("%1 objectives").arg(count);
}

QString CountText::milestones(qsizetype count)
{
    return count == 1 ? tr("1 milestone") : tr("%1 milestones").arg(count);
}

QString CountText::findings(qsizetype count)
{
    return count == 1 ? tr("1 finding") : tr("%1 findings").arg(count);
}

QString CountText::rows(qint64 count)
{
    return count == 1 ? tr("1 row") : tr("%1 rows").arg(QLocale().toString(count));
}

} // namespace milepost
