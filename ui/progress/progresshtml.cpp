// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresshtml.h"

#include "common/counttext.h"
#include "common/datetext.h"
#include "progress/progressstatus.h"

#include <QLocale>
#include <QSet>

namespace milepost {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), valueHtml);
}

QString shownValue(ProgressField::Id field, const QString &canonical)
{
    return canonical.isNull() ? ProgressHtml::tr("(none)") : ProgressField::displayValue(field, canonical);
}

} // namespace

QString ProgressHtml::status(const ShownStatus &shown, const ProgressState *recorded, const QDate &asOf)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    if (shown.isComputed()) {
        html += row(tr("Status"), QStringLiteral("<i>%1</i>").arg(escaped(shown.label())));
        html += row(QString(), QStringLiteral("<small>%1</small>")
                                   .arg(escaped(tr("Nothing recorded as of %1; computed from dates: %2")
                                                    .arg(DateText::date(asOf), shown.reason()))));
    } else {
        html += row(tr("Status"), QStringLiteral("<b>%1</b> <small>(%2)</small>")
                                      .arg(escaped(shown.label()), escaped(tr("recorded as of %1")
                                                                               .arg(recorded->asOf.toString(Qt::ISODate)))));
    }
    if (const QString health = shown.healthText(); !health.isEmpty())
        html += row(tr("Schedule"), escaped(health));
    if (recorded && recorded->isRecorded()) {
        for (ProgressField::Id field : ProgressField::all) {
            if (field != ProgressField::Id::Status && !recorded->value(field).isNull())
                html += row(ProgressField::label(field), escaped(ProgressField::displayValue(field, recorded->value(field))));
        }
        if (!recorded->note.isEmpty())
            html += row(tr("Latest note"), tr("%1 <small>(%2)</small>")
                                               .arg(escaped(recorded->note), escaped(recorded->noteAsOf.toString(Qt::ISODate))));
    }
    return html + QStringLiteral("</table>");
}

QString ProgressHtml::summary(const QList<ProgressEntry> &entries)
{
    QSet<qint64> milestones;
    int statusChanges = 0;
    int completed = 0;
    for (const ProgressEntry &entry : entries) {
        milestones.insert(entry.milestoneId);
        for (const ProgressEntry::Change &change : entry.changes) {
            if (change.field != ProgressField::Id::Status)
                continue;
            ++statusChanges;
            if (change.newValue == ProgressStatus::key(ProgressStatus::Value::Done))
                ++completed;
        }
    }
    // Singular and plural as separate source strings, as CountText does.
    const QString updates = entries.size() == 1 ? tr("1 update") : tr("%1 updates").arg(entries.size());
    const QString changes = statusChanges == 1 ? tr("1 status change") : tr("%1 status changes").arg(statusChanges);
    return tr("%1 on %2: %3, %4 completed", "updates, milestones, status changes, completions")
        .arg(updates, CountText::milestones(milestones.size()), changes)
        .arg(completed);
}

QString ProgressHtml::history(const QList<ProgressEntry> &entries, bool withMilestone)
{
    if (entries.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("No progress recorded yet.")));
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const ProgressEntry &entry : entries) {
        const QString entered = entry.enteredAt.isValid()
            ? DateText::dateTime(entry.enteredAt)
            : QString();
        html += QStringLiteral("<tr><td colspan=\"2\" style=\"padding-top:6px\"><b>%1</b> <small>%2</small></td></tr>")
                    .arg(escaped(tr("As of %1").arg(entry.asOf.toString(Qt::ISODate))),
                         escaped(tr("by %1, entered %2 · version %3").arg(entry.enteredBy, entered).arg(entry.version)));
        if (withMilestone)
            html += QStringLiteral("<tr><td colspan=\"2\" style=\"padding-left:12px\">%1 <small>(%2, id %3)</small></td></tr>")
                        .arg(escaped(entry.milestoneTitle), escaped(entry.objectiveTitle))
                        .arg(entry.milestoneId);
        for (const ProgressEntry::Change &change : entry.changes) {
            html += QStringLiteral("<tr><td style=\"padding-left:12px\">%1</td><td>%2</td></tr>")
                        .arg(escaped(ProgressField::label(change.field)),
                             escaped(tr("%1 → %2", "old value, new value")
                                         .arg(shownValue(change.field, change.oldValue),
                                              shownValue(change.field, change.newValue))));
        }
        if (!entry.note.isEmpty())
            html += QStringLiteral("<tr><td style=\"padding-left:12px\">%1</td><td><i>%2</i></td></tr>")
                        .arg(escaped(tr("Note")), escaped(entry.note));
    }
    return html + QStringLiteral("</table>");
}

} // namespace milepost
