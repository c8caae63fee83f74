// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeshtml.h"

#include "common/datetext.h"

namespace milepost {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString ChangesHtml::html(const PlanChanges &changes)
{
    if (changes.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(escaped(changes.summary()));
    QString html;
    std::optional<ChangeItem::Kind> group;
    for (const ChangeItem &item : changes.items()) {
        if (item.kind != group) {
            if (group)
                html += QStringLiteral("</table>");
            group = item.kind;
            html += QStringLiteral("<h3 style=\"margin-top:10px; margin-bottom:2px\">%1</h3>")
                        .arg(escaped(tr("%1 (%2)", "group, count").arg(PlanChanges::kindLabel(item.kind)).arg(changes.count(item.kind))));
            html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
        }
        const QString what = item.milestoneId != 0
            ? QStringLiteral("<b>%1</b> <small>(%2, id %3)</small>")
                  .arg(escaped(item.milestoneTitle), escaped(item.objectiveTitle))
                  .arg(item.milestoneId)
            : QStringLiteral("<b>%1</b> <small>(%2)</small>").arg(escaped(item.objectiveTitle), escaped(tr("objective")));
        const QString day = item.latestAsOf.isValid() ? escaped(tr("as of %1").arg(DateText::date(item.latestAsOf))) : QString();
        html += QStringLiteral("<tr><td style=\"padding-top:4px\">%1</td><td align=\"right\" style=\"padding-top:4px\"><small>%2</small></td></tr>")
                    .arg(what, day);
        for (const QString &line : PlanChanges::describe(item))
            html += QStringLiteral("<tr><td colspan=\"2\" style=\"padding-left:14px\">%1</td></tr>").arg(escaped(line));
        for (const ChangeItem::Note &note : item.notes) {
            const QString by = note.by.isEmpty() ? DateText::date(note.asOf) : tr("%1, %2", "who, day").arg(note.by, DateText::date(note.asOf));
            html += QStringLiteral("<tr><td colspan=\"2\" style=\"padding-left:14px\"><i>%1</i> <small>(%2)</small></td></tr>")
                        .arg(escaped(note.text), escaped(by));
        }
    }
    return html + QStringLiteral("</table>");
}

} // namespace milepost
