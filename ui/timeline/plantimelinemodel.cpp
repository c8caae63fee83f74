// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantimelinemodel.h"

#include "plan/milestonechecker.h"
#include "plan/phasenames.h"
#include "plantree/plantreemodel.h"
#include "progress/progressdisplay.h"
#include "time/quartercalendar.h"

#include <algorithm>

namespace milepost {

namespace {

using Edge = TimelineRoles::Edge;

Edge edgeOf(const PlanDate &date)
{
    switch (date.kind()) {
    case PlanDate::Kind::Exact:
        return Edge::Exact;
    case PlanDate::Kind::Month:
    case PlanDate::Kind::Quarter:
        return Edge::Soft;
    case PlanDate::Kind::Ongoing:
        return Edge::Open;
    case PlanDate::Kind::NotApplicable:
    case PlanDate::Kind::Invalid:
        break;
    }
    return Edge::Missing;
}

QString dayText(const QDate &date)
{
    return PlanDate::exact(date).displayText();
}

// What a start or end says, in full: "2023 Q1 (Jan 1, 2023 – Mar 31, 2023)".
QString describe(const PlanDate &date)
{
    switch (date.kind()) {
    case PlanDate::Kind::Exact:
        return date.displayText();
    case PlanDate::Kind::Month:
    case PlanDate::Kind::Quarter:
        return PlanTimelineModel::tr("%1 (%2 – %3)", "imprecise date, its first and last day")
            .arg(date.displayText(), dayText(date.firstDay()), dayText(date.lastDay()));
    case PlanDate::Kind::Ongoing:
        return PlanTimelineModel::tr("Ongoing");
    case PlanDate::Kind::NotApplicable:
        return PlanTimelineModel::tr("“%1” (not applicable)").arg(date.raw().isEmpty() ? date.displayText() : date.raw());
    case PlanDate::Kind::Invalid:
        break;
    }
    const QString reason = date.reason().isEmpty() ? PlanTimelineModel::tr("no date given") : date.reason();
    if (date.raw().isEmpty())
        return PlanTimelineModel::tr("missing (%1)").arg(reason);
    return PlanTimelineModel::tr("“%1” could not be read: %2").arg(date.raw(), reason);
}

// The marks of a milestone, and the quarters of window (the span of its table's marked
// quarters) that its dates cover for MilestoneChecker::minimumUnmarkedDays or more but the plan
// leaves unmarked: the same rule as the import's findings.
QList<TimelineMark> marksOf(const Milestone &milestone, YearQuarter windowFirst = {}, YearQuarter windowLast = {})
{
    const QuarterCalendar calendar = QuarterCalendar::calendar();
    const bool comparable = edgeOf(milestone.start) != Edge::Missing && edgeOf(milestone.end) != Edge::Missing;
    QList<TimelineMark> marks;
    for (const YearQuarter &quarter : milestone.quarters) {
        if (!quarter.isValid())
            continue;
        TimelineMark mark;
        mark.first = calendar.firstDay(quarter);
        mark.last = calendar.lastDay(quarter);
        if (comparable) {
            // Open sides reach as far as needed; the dates reach a quarter when they overlap it.
            const bool afterStart = milestone.start.kind() == PlanDate::Kind::Ongoing
                || mark.last >= milestone.start.firstDay();
            const bool beforeEnd = milestone.end.kind() == PlanDate::Kind::Ongoing
                || mark.first <= milestone.end.lastDay();
            mark.agreesWithDates = afterStart && beforeEnd;
        }
        marks.append(mark);
    }
    const bool ordered = !milestone.start.isDated() || !milestone.end.isDated()
        || milestone.start.firstDay() <= milestone.end.lastDay();
    if (!comparable || !ordered || !windowFirst.isValid() || !windowLast.isValid())
        return marks;
    const QDate from = milestone.start.isDated() ? milestone.start.firstDay() : calendar.firstDay(windowFirst);
    const QDate to = milestone.end.isDated() ? milestone.end.lastDay() : calendar.lastDay(windowLast);
    for (YearQuarter quarter = windowFirst; quarter <= windowLast; quarter = quarter.next()) {
        if (milestone.quarters.contains(quarter))
            continue;
        const QDate first = std::max(from, calendar.firstDay(quarter));
        const QDate last = std::min(to, calendar.lastDay(quarter));
        if (first > last || first.daysTo(last) + 1 < MilestoneChecker::minimumUnmarkedDays)
            continue;
        TimelineMark mark;
        mark.first = calendar.firstDay(quarter);
        mark.last = calendar.lastDay(quarter);
        mark.agreesWithDates = false;
        mark.marked = false;
        marks.append(mark);
    }
    std::sort(marks.begin(), marks.end(), [](const TimelineMark &a, const TimelineMark &b) { return a.first < b.first; });
    return marks;
}

} // namespace

void PlanTimelineModel::Span::add(const Milestone &milestone)
{
    ++milestones;
    const PlanDate &start = milestone.start;
    const PlanDate &end = milestone.end;
    // A milestone with only one readable side still shows where it is.
    const PlanDate &early = start.isDated() ? start : end;
    const PlanDate &late = end.isDated() ? end : start;
    if (early.isDated() && (!first.isValid() || early.firstDay() < first)) {
        first = early.firstDay();
        if (startEdge != Edge::Open)
            startEdge = edgeOf(early);
    }
    if (late.isDated() && (!last.isValid() || late.lastDay() > last)) {
        last = late.lastDay();
        if (endEdge != Edge::Open)
            endEdge = edgeOf(late);
    }
    // Work that was already going, or goes on, keeps the whole group open on that side.
    if (start.kind() == PlanDate::Kind::Ongoing)
        startEdge = Edge::Open;
    if (end.kind() == PlanDate::Kind::Ongoing)
        endEdge = Edge::Open;
}

PlanTimelineModel::PlanTimelineModel(const PlanTreeModel *planModel, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_planModel(planModel)
    , m_asOf(QDate::currentDate())
{
    if (planModel) {
        // Marked stale before anyone sees the new plan, rebuilt on first use: views of the
        // proxies between may ask for dates while the reset is still going round.
        connect(planModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_spansStale = true; });
        connect(planModel, &QAbstractItemModel::modelReset, this, [this] {
            m_spansStale = true;
            Q_EMIT timelineChanged();
        });
    }
}

QDate PlanTimelineModel::firstDay() const
{
    ensureSpans();
    return m_planSpan.first;
}

QDate PlanTimelineModel::lastDay() const
{
    ensureSpans();
    return m_planSpan.last;
}

void PlanTimelineModel::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    Q_EMIT timelineChanged();
}

void PlanTimelineModel::setStatusOptions(const MilestoneStatus::Options &options)
{
    m_statusOptions = options;
    Q_EMIT timelineChanged();
}

void PlanTimelineModel::setFindings(const QList<Finding> &findings)
{
    m_findingsByLine.clear();
    for (const Finding &finding : findings)
        m_findingsByLine[finding.line].append(finding);
    Q_EMIT timelineChanged();
}

void PlanTimelineModel::ensureSpans() const
{
    if (!m_spansStale)
        return;
    m_spansStale = false;
    m_objectiveSpans.clear();
    m_phaseSpans.clear();
    m_planSpan = {};
    if (!m_planModel)
        return;
    const Plan &plan = m_planModel->plan();
    m_objectiveSpans.resize(plan.objectives.size());
    m_objectiveWindows.clear();
    m_objectiveWindows.resize(plan.objectives.size());
    for (int i = 0; i < plan.objectives.size(); ++i) {
        const Objective &objective = plan.objectives.at(i);
        // The report keeps no table header: the quarters its rows mark stand for the window.
        Window &window = m_objectiveWindows[i];
        for (const Milestone &milestone : objective.milestones) {
            for (const YearQuarter &quarter : milestone.quarters) {
                if (!quarter.isValid())
                    continue;
                if (!window.first.isValid() || quarter < window.first)
                    window.first = quarter;
                if (!window.last.isValid() || quarter > window.last)
                    window.last = quarter;
            }
        }
        Span &phase = m_phaseSpans[int(objective.phase)];
        for (const Milestone &milestone : objective.milestones) {
            m_objectiveSpans[i].add(milestone);
            phase.add(milestone);
            m_planSpan.add(milestone);
        }
    }
}

QVariant PlanTimelineModel::data(const QModelIndex &index, int role) const
{
    // A screen reader on the timeline's tree hears each row's dates and status, as the bar shows them.
    if (role == Qt::AccessibleDescriptionRole && index.column() == 0)
        return data(index, TimelineRoles::ToolTipRole);
    if (role < TimelineRoles::ItemKindRole || role > TimelineRoles::BaselineEndRole || !m_planModel)
        return QIdentityProxyModel::data(index, role);
    // A plan draws no labels: answered before any mapping, as the painter asks for them on every
    // row. (Its actual dates and set-aside milestones come from recorded progress, below.)
    if (role == TimelineRoles::LabelRole)
        return {};
    const QModelIndex source = mapToSource(index.siblingAtColumn(0));
    if (!source.isValid())
        return {};
    ensureSpans();
    // Painting asks for a few roles of every row in view: build titles and keys only for the
    // roles that show them.
    const bool wantsTitle = role == TimelineRoles::ToolTipRole;
    const bool wantsKey = role == TimelineRoles::KeyRole;
    const QString title = wantsTitle ? source.data(Qt::DisplayRole).toString() : QString();
    const Plan &plan = m_planModel->plan();
    const auto kind = source.data(PlanTreeModel::ItemKindRole).value<PlanTreeModel::ItemKind>();
    if (kind == PlanTreeModel::ItemKind::Phase) {
        const int phase = source.data(PlanTreeModel::PhaseRole).toInt();
        const QString key = wantsKey ? QStringLiteral("phase:") + PhaseNames::key(Phase(phase)) : QString();
        return summaryData(m_phaseSpans.value(phase), title, key, role);
    }

    const int objective = source.data(PlanTreeModel::ObjectiveIndexRole).toInt();
    if (objective < 0 || objective >= plan.objectives.size())
        return {};
    if (kind == PlanTreeModel::ItemKind::Objective) {
        const Objective &o = plan.objectives.at(objective);
        const QString key = wantsKey ? QStringLiteral("objective:%1:%2:%3").arg(PhaseNames::key(o.phase), o.title, o.subtitle)
                                     : QString();
        return summaryData(m_objectiveSpans.value(objective), title, key, role);
    }
    return milestoneData(objective, source.data(PlanTreeModel::MilestoneIndexRole).toInt(), title, role);
}

QVariant PlanTimelineModel::summaryData(const Span &span, const QString &title, const QString &key, int role) const
{
    switch (role) {
    case TimelineRoles::ItemKindRole:
        return int(TimelineRoles::ItemKind::Summary);
    case TimelineRoles::StartRole:
        return span.first;
    case TimelineRoles::EndRole:
        return span.last;
    case TimelineRoles::StartEdgeRole:
        return int(span.startEdge);
    case TimelineRoles::EndEdgeRole:
        return int(span.endEdge);
    case TimelineRoles::KeyRole:
        return key;
    case TimelineRoles::ToolTipRole: {
        QString tip = title;
        if (span.first.isValid() && span.last.isValid()) {
            tip += QLatin1Char('\n') + tr("Spans %1 – %2", "first and last day of a group").arg(dayText(span.first), dayText(span.last));
            if (span.startEdge == Edge::Open || span.endEdge == Edge::Open)
                tip += QLatin1Char('\n') + tr("Some of its work is ongoing.");
        } else {
            tip += QLatin1Char('\n') + tr("No dated milestones.");
        }
        return tip;
    }
    default:
        break;
    }
    return {};
}

QVariant PlanTimelineModel::milestoneData(int objective, int milestone, const QString &title, int role) const
{
    const Objective &o = m_planModel->plan().objectives.at(objective);
    if (milestone < 0 || milestone >= o.milestones.size())
        return {};
    const Milestone &m = o.milestones.at(milestone);
    switch (role) {
    case TimelineRoles::ItemKindRole:
        return int(TimelineRoles::ItemKind::Task);
    case TimelineRoles::StartRole:
        return m.start.isDated() ? m.start.firstDay() : QDate();
    case TimelineRoles::EndRole:
        return m.end.isDated() ? m.end.lastDay() : QDate();
    case TimelineRoles::StartEdgeRole:
        return int(edgeOf(m.start));
    case TimelineRoles::EndEdgeRole:
        return int(edgeOf(m.end));
    case TimelineRoles::BaselineStartRole:
    case TimelineRoles::BaselineEndRole: {
        const auto baseline = m_planModel->baselineDates(objective, milestone);
        if (!baseline)
            return QDate();
        return role == TimelineRoles::BaselineStartRole ? baseline->start : baseline->end;
    }
    case TimelineRoles::StatusRole: {
        const ProgressState *recorded = m_planModel->recordedState(objective, milestone);
        if (!recorded) // the date rule alone, without building its reason
            return int(MilestoneStatus::stateOf(m, o.status, m_asOf, m_statusOptions));
        return int(ProgressDisplay::colourState(ShownStatus::of(m, o.status, recorded, m_asOf, m_statusOptions)));
    }
    case TimelineRoles::SetAsideRole: {
        const ProgressState *recorded = m_planModel->recordedState(objective, milestone);
        const auto status = recorded ? recorded->status() : std::nullopt;
        return status == ProgressStatus::Value::Deferred || status == ProgressStatus::Value::Cancelled;
    }
    case TimelineRoles::StatusReasonRole:
        return ShownStatus::of(m, o.status, m_planModel->recordedState(objective, milestone), m_asOf, m_statusOptions).reason();
    case TimelineRoles::ActualStartRole: {
        const ProgressState *recorded = m_planModel->recordedState(objective, milestone);
        return recorded ? recorded->actualStart() : QDate();
    }
    case TimelineRoles::ActualEndRole: {
        const ProgressState *recorded = m_planModel->recordedState(objective, milestone);
        if (!recorded || !recorded->actualStart().isValid())
            return QDate();
        if (recorded->actualEnd().isValid())
            return recorded->actualEnd();
        // Set aside (Deferred, Cancelled): the work stopped when that was recorded; else it runs on.
        const auto status = recorded->status();
        if ((status == ProgressStatus::Value::Deferred || status == ProgressStatus::Value::Cancelled)
            && recorded->asOf.isValid())
            return std::max(recorded->actualStart(), std::min(recorded->asOf, m_asOf));
        return m_asOf;
    }
    case TimelineRoles::ProblemRole:
        return problemText(m);
    case TimelineRoles::MarksRole: {
        const Window window = m_objectiveWindows.value(objective);
        return QVariant::fromValue(marksOf(m, window.first, window.last));
    }
    case TimelineRoles::ToolTipRole:
        return toolTip(m, objective, title,
                       ShownStatus::of(m, o.status, m_planModel->recordedState(objective, milestone), m_asOf, m_statusOptions));
    case TimelineRoles::KeyRole:
        return QStringLiteral("milestone:%1:%2:%3:%4")
            .arg(PhaseNames::key(o.phase), o.title, o.subtitle, m.title);
    default:
        break;
    }
    return {};
}

QString PlanTimelineModel::problemText(const Milestone &milestone) const
{
    QStringList lines;
    if (edgeOf(milestone.start) == Edge::Missing)
        lines << tr("Start: %1").arg(describe(milestone.start));
    if (edgeOf(milestone.end) == Edge::Missing)
        lines << tr("End: %1").arg(describe(milestone.end));
    if (lines.isEmpty())
        return {};
    // The import's own words about the row, with where to find it in the report.
    for (const Finding &finding : m_findingsByLine.value(milestone.sourceLine)) {
        if (finding.column > 0)
            lines << tr("Finding at line %1, column %2: %3").arg(finding.line).arg(finding.column).arg(finding.message);
        else
            lines << tr("Finding at line %1: %2").arg(finding.line).arg(finding.message);
    }
    return lines.join(QLatin1Char('\n'));
}

QString PlanTimelineModel::toolTip(const Milestone &milestone, int objective, const QString &title, const ShownStatus &status) const
{
    QStringList lines;
    lines << title;
    lines << tr("Start: %1").arg(describe(milestone.start));
    lines << tr("End: %1").arg(describe(milestone.end));
    lines << tr("Status as of %1: %2 — %3", "as-of date, status, reason").arg(dayText(m_asOf), status.label(), status.reason());
    if (const QString health = status.healthText(); !health.isEmpty())
        lines << tr("Schedule: %1").arg(health);
    if (!milestone.quarters.isEmpty()) {
        QString marks = tr("Marked quarters: %1").arg(PlanTreeModel::quartersText(milestone.quarters));
        QStringList outside;
        QStringList unmarked;
        const QuarterCalendar calendar = QuarterCalendar::calendar();
        const Window window = m_objectiveWindows.value(objective);
        for (const TimelineMark &mark : marksOf(milestone, window.first, window.last)) {
            if (!mark.agreesWithDates)
                (mark.marked ? outside : unmarked) << calendar.label(calendar.quarterOf(mark.first));
        }
        if (!outside.isEmpty())
            marks += QLatin1Char('\n') + tr("Marked but outside the dates: %1").arg(outside.join(tr(", ")));
        if (!unmarked.isEmpty())
            marks += QLatin1Char('\n') + tr("Covered by the dates but not marked: %1").arg(unmarked.join(tr(", ")));
        lines << marks;
    }
    for (const Finding &finding : m_findingsByLine.value(milestone.sourceLine))
        lines << tr("Finding at line %1: %2").arg(finding.line).arg(finding.message);
    return lines.join(QLatin1Char('\n'));
}

QHash<int, QByteArray> PlanTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QIdentityProxyModel::roleNames();
    names.insert(TimelineRoles::ItemKindRole, "timelineKind");
    names.insert(TimelineRoles::StartRole, "timelineStart");
    names.insert(TimelineRoles::EndRole, "timelineEnd");
    names.insert(TimelineRoles::StartEdgeRole, "timelineStartEdge");
    names.insert(TimelineRoles::EndEdgeRole, "timelineEndEdge");
    names.insert(TimelineRoles::StatusRole, "timelineStatus");
    names.insert(TimelineRoles::StatusReasonRole, "timelineStatusReason");
    names.insert(TimelineRoles::ProblemRole, "timelineProblem");
    names.insert(TimelineRoles::MarksRole, "timelineMarks");
    names.insert(TimelineRoles::ToolTipRole, "timelineToolTip");
    names.insert(TimelineRoles::KeyRole, "timelineKey");
    return names;
}

} // namespace milepost
