// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandetailsview.h"

#include "common/counttext.h"
#include "common/datetext.h"
#include "plan/phasenames.h"
#include "plan/planname.h"
#include "plantree/plantreemodel.h"
#include "progress/progresshtml.h"
#include "progress/progressstatus.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace milepost {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Report text keeps a little Markdown ("**To learn more, download the [Report](#).**"):
// show the emphasis and drop links that lead nowhere. The text is escaped first.
QString paragraphsHtml(const QString &text)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    static const QRegularExpression bold(QStringLiteral("\\*\\*(.+?)\\*\\*"));
    static const QRegularExpression deadLink(QStringLiteral("\\[([^\\]]+)\\]\\(#?\\)"));
    QString html;
    for (const QString &paragraph : text.trimmed().split(blankLines, Qt::SkipEmptyParts)) {
        QString body = escaped(paragraph.trimmed());
        body.replace(bold, QStringLiteral("<b>\\1</b>"));
        body.replace(deadLink, QStringLiteral("\\1"));
        body.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html += QStringLiteral("<p>%1</p>").arg(body);
    }
    return html;
}

QString dateHtml(const PlanDate &date)
{
    if (date.isValid())
        return escaped(date.displayText());
    const QString raw = date.raw().isEmpty() ? PlanDetailsView::tr("(missing)") : date.raw();
    const QString reason = date.reason().isEmpty() ? PlanDetailsView::tr("no date given") : date.reason();
    return QStringLiteral("<span style=\"color:#b3261e\">%1</span> <small>(%2)</small>")
        .arg(escaped(raw), escaped(reason));
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(escaped(label), valueHtml);
}

QString section(const QString &heading)
{
    return QStringLiteral("<h3 style=\"margin-top:14px; margin-bottom:4px\">%1</h3>").arg(escaped(heading));
}

} // namespace

PlanDetailsView::PlanDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("detailsBrowser"));
    m_browser->setAccessibleName(tr("Details"));
    m_browser->setOpenLinks(false);
    m_browser->setFocusPolicy(Qt::StrongFocus);
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_browser->document()->setDocumentMargin(12);

    m_editButton = new QPushButton(tr("&Record Progress…"), this);
    m_editButton->setObjectName(QStringLiteral("editProgressButton"));
    m_editButton->setToolTip(tr("Record the milestone's status, percent, dates, owner and a note (Ctrl+E)"));
    m_editButton->hide();
    connect(m_editButton, &QPushButton::clicked, this, &PlanDetailsView::editProgressRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    layout->addWidget(m_editButton);
    m_planButtons = new QWidget(this);
    m_planButtons->setObjectName(QStringLiteral("planEditButtons"));
    auto *buttons = new QHBoxLayout(m_planButtons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    m_planButtons->hide();
    layout->addWidget(m_planButtons);
}

void PlanDetailsView::setPlanActions(const QList<QAction *> &actions)
{
    auto *buttons = static_cast<QHBoxLayout *>(m_planButtons->layout());
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_planButtons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->insertWidget(buttons->count() - 1, button);
    }
}

void PlanDetailsView::setBody(const QString &html)
{
    m_editButton->hide();
    m_planButtons->hide();
    m_browser->setHtml(QStringLiteral("<html><body>%1</body></html>").arg(html));
}

void PlanDetailsView::showObjective(const Objective &objective, int selectedMilestone, const Progress *progress)
{
    QString html;
    if (selectedMilestone >= 0 && selectedMilestone < objective.milestones.size()) {
        const Milestone &milestone = objective.milestones.at(selectedMilestone);
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"8\" bgcolor=\"%1\"><tr><td>")
                    .arg(palette().color(QPalette::AlternateBase).name());
        html += QStringLiteral("<p style=\"margin:0\"><small>%1</small></p>").arg(escaped(tr("MILESTONE")));
        html += QStringLiteral("<p style=\"margin-top:2px\"><b>%1</b></p>").arg(escaped(milestone.title));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
        html += row(tr("Start"), dateHtml(milestone.start));
        html += row(tr("End"), dateHtml(milestone.end));
        const QString quarters = PlanTreeModel::quartersText(milestone.quarters);
        html += row(tr("Quarters"), quarters.isEmpty() ? escaped(tr("none marked")) : escaped(quarters));
        if (!milestone.section.isEmpty())
            html += row(tr("Section"), escaped(milestone.section));
        if (milestone.sourceLine > 0)
            html += row(tr("Report line"), QString::number(milestone.sourceLine));
        html += QStringLiteral("</table>");
        if (progress) {
            html += ProgressHtml::status(progress->shown, progress->recorded ? &*progress->recorded : nullptr, progress->asOf);
            html += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:2px\"><b>%1</b></p>").arg(escaped(tr("History")));
            html += progress->error.isEmpty() ? ProgressHtml::history(progress->history)
                                              : QStringLiteral("<p>%1</p>").arg(escaped(progress->error));
        }
        html += QStringLiteral("</td></tr></table>");
    }

    html += QStringLiteral("<p style=\"margin-bottom:0\"><small>%1</small></p>")
                .arg(escaped(PhaseNames::display(objective.phase).toUpper()));
    html += QStringLiteral("<h2 style=\"margin-top:2px; margin-bottom:2px\">%1</h2>").arg(escaped(objective.title));
    if (!objective.subtitle.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:0\"><i>%1</i></p>").arg(escaped(objective.subtitle));

    const ObjectiveStatus &status = objective.status;
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top:6px\">");
    html += row(tr("Phase"), escaped(PhaseNames::display(objective.phase)));
    html += row(tr("Status"), status.text().isEmpty() ? escaped(tr("not stated")) : escaped(status.text()));
    html += row(tr("Reads as"), escaped(ObjectiveStatus::stateName(status.state())));
    if (!objective.recordedStatus.isEmpty()) {
        if (const auto recorded = ProgressStatus::parse(objective.recordedStatus))
            html += row(tr("Recorded status"), escaped(ProgressStatus::label(*recorded)));
    }
    if (objective.editedEstimate) {
        html += row(tr("Estimated completion"),
                    objective.editedEstimate->isValid() ? escaped(tr("%1 (edited)").arg(objective.editedEstimate->displayText()))
                                                        : escaped(tr("none (edited)")));
    } else if (status.estimatedCompletion().isValid()) {
        html += row(tr("Estimated completion"), escaped(status.estimatedCompletion().displayText()));
    }
    if (objective.sourceLine > 0)
        html += row(tr("Report line"), QString::number(objective.sourceLine));
    html += QStringLiteral("</table>");

    html += section(tr("Objective"));
    html += objective.objectiveText.isEmpty() ? QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("None stated.")))
                                              : paragraphsHtml(objective.objectiveText);
    html += section(tr("Narrative"));
    html += objective.narrative.isEmpty() ? QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("None given.")))
                                          : paragraphsHtml(objective.narrative);

    html += section(tr("Milestones (%1)").arg(objective.milestones.size()));
    if (objective.milestones.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("This objective has no implementation plan.")));
    } else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
        html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                    .arg(escaped(tr("Milestone")), escaped(tr("Start")), escaped(tr("End")));
        for (int i = 0; i < objective.milestones.size(); ++i) {
            const Milestone &milestone = objective.milestones.at(i);
            const QString style = i == selectedMilestone
                ? QStringLiteral(" bgcolor=\"%1\" style=\"color:%2\"")
                      .arg(palette().color(QPalette::Highlight).name(), palette().color(QPalette::HighlightedText).name())
                : QString();
            html += QStringLiteral("<tr%1><td>%2</td><td style=\"white-space:nowrap\">%3</td>"
                                   "<td style=\"white-space:nowrap\">%4</td></tr>")
                        .arg(style, escaped(milestone.title), dateHtml(milestone.start), dateHtml(milestone.end));
        }
        html += QStringLiteral("</table>");
    }
    setBody(html);
    m_editButton->setVisible(progress && progress->editable);
    m_planButtons->setVisible(m_planButtons->layout()->count() > 1);
}

void PlanDetailsView::showPhase(const Plan &plan, Phase phase)
{
    QString html = QStringLiteral("<p style=\"margin-bottom:0\"><small>%1</small></p>").arg(escaped(tr("PHASE")));
    html += QStringLiteral("<h2 style=\"margin-top:2px\">%1</h2>").arg(escaped(PhaseNames::display(phase)));
    QString rows;
    qsizetype objectives = 0;
    qsizetype milestones = 0;
    for (const Objective &objective : plan.objectives) {
        if (objective.phase != phase)
            continue;
        ++objectives;
        milestones += objective.milestones.size();
        QString title = escaped(objective.title);
        if (!objective.subtitle.isEmpty())
            title += QStringLiteral("<br><small><i>%1</i></small>").arg(escaped(objective.subtitle));
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td></tr>")
                    .arg(title, escaped(objective.status.text()), QString::number(objective.milestones.size()));
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("%1 · %2").arg(CountText::objectives(objectives), CountText::milestones(milestones))));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">"
                           "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"right\">%3</th></tr>")
                .arg(escaped(tr("Objective")), escaped(tr("Status")), escaped(tr("Milestones")));
    html += rows + QStringLiteral("</table>");
    setBody(html);
}

void PlanDetailsView::showPlanOverview(const Plan &plan, const QDateTime &importedAt, qsizetype findingCount)
{
    QString html = QStringLiteral("<p style=\"margin-bottom:0\"><small>%1</small></p>").arg(escaped(tr("PLAN")));
    const QString title = PlanName::of(plan);
    html += QStringLiteral("<h2 style=\"margin-top:2px\">%1</h2>").arg(escaped(title));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    // The document's own heading, where the plan's name differs from it ("100-Day Plan REPORT").
    if (title != plan.title.simplified() && !plan.title.trimmed().isEmpty())
        html += row(tr("Document heading"), escaped(plan.title.simplified()));
    if (!plan.source.isEmpty())
        html += row(tr("Source"), escaped(plan.source));
    if (importedAt.isValid())
        html += row(tr("Imported"), escaped(DateText::longDate(importedAt.toLocalTime().date()) + QLatin1Char(' ')
                                            + QLocale().toString(importedAt.toLocalTime().time(), QLocale::ShortFormat)));
    html += row(tr("Contents"),
                escaped(tr("%1 · %2 · %3")
                            .arg(CountText::objectives(plan.objectives.size()),
                                 CountText::milestones(plan.milestoneCount()), CountText::findings(findingCount))));
    html += QStringLiteral("</table>");

    html += section(tr("Phases"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><th align=\"left\">%1</th>"
                           "<th align=\"right\">%2</th><th align=\"right\">%3</th><th align=\"right\">%4</th>"
                           "<th align=\"right\">%5</th></tr>")
                .arg(escaped(tr("Phase")), escaped(tr("Objectives")), escaped(tr("Completed")),
                     escaped(tr("In progress")), escaped(tr("Milestones")));
    for (Phase phase : allPhases) {
        int objectives = 0;
        int completed = 0;
        int inProgress = 0;
        qsizetype milestones = 0;
        for (const Objective &objective : plan.objectives) {
            if (objective.phase != phase)
                continue;
            ++objectives;
            milestones += objective.milestones.size();
            if (objective.status.state() == ObjectiveStatus::State::Completed)
                ++completed;
            else if (objective.status.state() == ObjectiveStatus::State::InProgress)
                ++inProgress;
        }
        if (objectives == 0)
            continue;
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                    .arg(escaped(PhaseNames::display(phase)))
                    .arg(objectives)
                    .arg(completed)
                    .arg(inProgress)
                    .arg(milestones);
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style=\"margin-top:16px\"><i>%1</i></p>")
                .arg(escaped(tr("Select an objective or a milestone to read its objective, status and narrative.")));
    setBody(html);
}

void PlanDetailsView::showMessage(const QString &title, const QString &text)
{
    setBody(QStringLiteral("<h2>%1</h2>%2").arg(escaped(title), paragraphsHtml(text)));
}

} // namespace milepost
