// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitaltimelinemodel.h"

#include "common/exportrole.h"
#include "dashboard/capitalprojectsummary.h"
#include "common/datetext.h"
#include "timeline/capitalphasebar.h"
#include "timeline/capitalprojectlist.h"
#include "timeline/capitaltimelinematch.h"

#include <QLocale>

#include <utility>


namespace milepost {

namespace {

using Edge = TimelineRoles::Edge;
using State = MilestoneStatus::State;

// How soon a planned end counts as due soon, as for milestones.
constexpr int dueSoonDays = 30;

// "Jun 28, 2024", "May 2009", "“PNS” (not applicable)", "not given".
QString describe(const Applicable<QDate> &date, DatePrecision precision)
{
    if (date.isKnown())
        return DateText::date(date.value(), precision);
    if (date.isNotApplicable())
        return CapitalTimelineModel::tr("“%1” (not applicable)", "code the export gives instead of a date").arg(date.code());
    return CapitalTimelineModel::tr("not given");
}

// What the tree's date columns show: the day, month or year, or the code as written.
QString cellText(const Applicable<QDate> &date, DatePrecision precision)
{
    if (date.isKnown())
        return DateText::date(date.value(), precision);
    return date.code();
}

// Counted nouns in full: tr()'s %n would need a translation loaded to read "1 day".
QString daysText(qint64 days)
{
    return days == 1 ? CapitalTimelineModel::tr("1 day") : CapitalTimelineModel::tr("%1 days").arg(QLocale().toString(days));
}

QString projectsText(qsizetype count)
{
    return count == 1 ? CapitalTimelineModel::tr("1 project")
                      : CapitalTimelineModel::tr("%1 projects").arg(QLocale().toString(qint64(count)));
}

QString moneyText(const Applicable<Money> &amount)
{
    if (amount.isKnown())
        return amount.value().toString();
    if (amount.isNotApplicable())
        return amount.code();
    return CapitalTimelineModel::tr("not given");
}

// The projects a district's row reads at a time: a screenful and more, fast to read.
constexpr int projectsPerFetch = 100;

} // namespace

CapitalTimelineModel::CapitalTimelineModel(QObject *parent)
    : DatasetTimelineModel(parent)
{
}

QString CapitalTimelineModel::districtTitle(const QString &region)
{
    const QString name = region.trimmed();
    if (name.isEmpty())
        return tr("No district given");
    bool number = false;
    name.toInt(&number);
    return number ? tr("District %1", "a geographic school district's number").arg(name) : name;
}

CapitalTimelineModel::~CapitalTimelineModel() = default;

void CapitalTimelineModel::setSource(std::shared_ptr<const CapitalTimelineSource> source)
{
    m_source = std::move(source);
    read();
}

void CapitalTimelineModel::searchChanged()
{
    read();
}

void CapitalTimelineModel::stopReading()
{
    if (!m_reading)
        return;
    m_read.cancel(); // rows already on their way are dropped
    m_reading = false;
    m_stopped = true;
    Q_EMIT readingChanged(false);
}

void CapitalTimelineModel::read()
{
    m_read.cancel();
    m_stopped = false;
    if (!m_source || !m_source->readsInBackground()) {
        m_worked.reset();
        reset(); // rebuild() reads
        if (std::exchange(m_reading, false))
            Q_EMIT readingChanged(false);
        return;
    }
    // A pass over the store: on a worker with a connection of its own, the rows of the last read
    // shown meanwhile; a newer read cancels this one.
    struct Read
    {
        std::optional<QList<CapitalTimelineDistrict>> districts;
        QString error;
    };
    m_read.start<Read>(
        QStringLiteral("capitalTimelineReader"),
        [source = m_source, search = searchText()](const std::atomic_bool &cancelled) {
            Read read;
            const CapitalTimelineMatch match(search, &CapitalTimelineModel::districtTitle);
            read.districts = source->districts(match, &read.error, &cancelled);
            return read;
        },
        [this](Read read) {
            m_worked = read.districts ? std::move(read.districts) : QList<CapitalTimelineDistrict>();
            reset();
            m_error = read.error;
            m_worked.reset();
            m_reading = false;
            Q_EMIT readingChanged(false);
        });
    if (!std::exchange(m_reading, true))
        Q_EMIT readingChanged(true);
}

void CapitalTimelineModel::setProjects(const QList<CapitalProject> &projects)
{
    setSource(std::make_shared<CapitalProjectList>(projects));
}

qint64 CapitalTimelineModel::projectCount() const
{
    qint64 count = 0;
    for (const CapitalTimelineDistrict &district : m_districts)
        count += district.projects.size();
    return count;
}

MilestoneStatus::State CapitalTimelineModel::phaseState(const CapitalPhase &phase, const QDate &asOf, QString *reason)
{
    const auto because = [reason](const QString &text) {
        if (reason)
            *reason = text;
    };
    if (CapitalProjectSummary::hasEnded(phase)) {
        because(phase.actualEnd.isKnown() ? tr("ended %1").arg(describe(phase.actualEnd, phase.actualEndPrecision))
                                          : tr("the export says it is complete"));
        return State::Done;
    }
    const bool started = CapitalProjectSummary::hasStarted(phase);
    if (!phase.plannedEnd.isKnown()) {
        because(tr("no planned end to measure against"));
        return State::Unknown;
    }
    const QDate end = phase.plannedEnd.value();
    if (end < asOf) {
        because(tr("not ended %1 after its planned end").arg(daysText(end.daysTo(asOf))));
        return State::Overdue;
    }
    if (asOf.daysTo(end) <= dueSoonDays) {
        because(asOf == end ? tr("planned to end today") : tr("planned to end in %1").arg(daysText(asOf.daysTo(end))));
        return State::DueSoon;
    }
    if (started) {
        because(tr("begun, planned to end %1").arg(describe(phase.plannedEnd, phase.plannedEndPrecision)));
        return State::OnTrack;
    }
    because(tr("not begun yet"));
    return State::NotStarted;
}

void CapitalTimelineModel::rebuild()
{
    // Districts in natural order ("District 2" before "District 10"), each with the span of
    // its projects; the projects when the district is opened.
    m_districts.clear();
    m_projects.clear();
    m_keysRead.clear();
    m_error.clear();
    if (!m_source)
        return;
    if (m_worked) {
        m_districts = *m_worked; // read on a worker
    } else {
        const CapitalTimelineMatch match(searchText(), &CapitalTimelineModel::districtTitle);
        const std::optional<QList<CapitalTimelineDistrict>> districts = m_source->districts(match, &m_error);
        if (!districts)
            return;
        m_districts = *districts;
    }
    m_keysRead = QList<int>(m_districts.size(), 0);
    for (int d = 0; d < m_districts.size(); ++d) {
        Node &node = nodeAt(addNode(-1, d));
        static_cast<TimelineSpan &>(node) = m_districts.at(d).span;
    }
}

bool CapitalTimelineModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() == 0 && node(parent).level == 0)
        return !m_districts.at(node(parent).ref).projects.isEmpty();
    return DatasetTimelineModel::hasChildren(parent);
}

bool CapitalTimelineModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != 0 || node(parent).level != 0)
        return false;
    const Node &district = node(parent);
    return m_keysRead.value(district.ref) < m_districts.at(district.ref).projects.size();
}

void CapitalTimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || (m_fetchesHeld && !node(parent).children.isEmpty()))
        return;
    const int districtNode = int(parent.internalId());
    const CapitalTimelineDistrict &district = m_districts.at(node(parent).ref);
    const int loaded = int(node(parent).children.size());
    const QList<qint64> keys = district.projects.mid(m_keysRead.value(node(parent).ref), projectsPerFetch);
    const std::optional<QList<CapitalProject>> projects = m_source->projects(keys, &m_error);
    if (!projects)
        return;
    // Keys whose projects are gone (removed since the districts were read) are passed over, not
    // read again with the next window.
    m_keysRead[node(parent).ref] += int(keys.size());
    if (projects->isEmpty())
        return;
    // The same rule as the source's: a phase is kept when it, its project and its district hold
    // every word of the search between them.
    const CapitalTimelineMatch match(searchText(), &CapitalTimelineModel::districtTitle);
    beginInsertRows(parent, loaded, loaded + int(projects->size()) - 1);
    const int firstNew = int(nodes().size());
    for (const CapitalProject &project : *projects) {
        const int p = int(m_projects.size());
        m_projects.append(project);
        const int projectNode = addNode(districtNode, p);
        const quint64 words = match.projectWords(project);
        for (int f = 0; f < project.phases.size(); ++f) {
            const CapitalPhase &phase = project.phases.at(f);
            if (!match.isEmpty() && !match.keeps(words, phase))
                continue;
            static_cast<TimelineSpan &>(nodeAt(addNode(projectNode, p, f))) = CapitalPhaseBar::of(phase);
        }
    }
    spanSummaries(firstNew);
    endInsertRows();
}

int CapitalTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant CapitalTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == LevelNamesRole)
        return QStringList{tr("District"), tr("Project")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return DatasetTimelineModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("District, project, phase");
    case StartColumn:
        return tr("Start");
    case PlannedEndColumn:
        return tr("Planned end");
    case ActualStartColumn:
        return tr("Actual start");
    case ActualEndColumn:
        return tr("Actual end");
    case StatusColumn:
        return tr("Status");
    default:
        break;
    }
    return {};
}

QVariant CapitalTimelineModel::nodeData(const Node &node, int column, int role) const
{
    switch (node.level) {
    case 0:
        return districtData(node, column, role);
    case 1:
        return projectData(node, column, role);
    default:
        break;
    }
    return phaseData(node, column, role);
}

QString CapitalTimelineModel::spanText(const Node &node) const
{
    QStringList lines;
    if (node.first.isValid())
        lines << tr("Planned: %1 – %2")
                     .arg(DateText::date(node.first, node.firstPrecision), DateText::date(node.last, node.lastPrecision));
    else
        lines << tr("No planned dates.");
    if (node.actualFirst.isValid()) {
        const QDate end = actualEnd(node);
        lines << (node.actualOpen ? tr("Actual: from %1, still running as of %2").arg(dayText(node.actualFirst), dayText(asOf()))
                                  : tr("Actual: %1 – %2").arg(dayText(node.actualFirst), dayText(end)));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant CapitalTimelineModel::districtData(const Node &node, int column, int role) const
{
    const QString &region = m_districts.at(node.ref).region;
    const qsizetype projects = m_districts.at(node.ref).projects.size();
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return tr("%1 (%2)", "district, its number of projects").arg(districtTitle(region), projectsText(projects));
        if (column == StartColumn && node.first.isValid())
            return DateText::date(node.first, node.firstPrecision);
        if (column == PlannedEndColumn && node.last.isValid())
            return DateText::date(node.last, node.lastPrecision);
        return {};
    case TimelineRoles::StartRole:
        return node.first;
    case TimelineRoles::EndRole:
        return node.last;
    case TimelineRoles::StartEdgeRole:
    case TimelineRoles::EndEdgeRole:
        return int(node.first.isValid() ? Edge::Exact : Edge::Missing);
    case TimelineRoles::KeyRole:
        return QStringLiteral("capital-district:") + region;
    case Qt::ToolTipRole:
    case TimelineRoles::ToolTipRole:
        return districtTitle(region) + QLatin1Char('\n') + projectsText(projects)
            + QLatin1Char('\n') + spanText(node);
    default:
        break;
    }
    return {};
}

QVariant CapitalTimelineModel::projectData(const Node &node, int column, int role) const
{
    const CapitalProject &project = m_projects.at(node.ref);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            if (project.schoolName.isEmpty())
                return project.description;
            return tr("%1 · %2", "school, project description").arg(project.schoolName, project.description);
        case StartColumn:
            return node.first.isValid() ? DateText::date(node.first, node.firstPrecision) : QString();
        case PlannedEndColumn:
            return node.last.isValid() ? DateText::date(node.last, node.lastPrecision) : QString();
        case ActualStartColumn:
            return node.actualFirst.isValid() ? dayText(node.actualFirst) : QString();
        case StatusColumn:
            return CapitalProjectSummary::stageName(CapitalProjectSummary::of(project, asOf()).stage);
        default:
            break;
        }
        return {};
    case TimelineRoles::StartRole:
        return node.first;
    case TimelineRoles::EndRole:
        return node.last;
    case TimelineRoles::StartEdgeRole:
    case TimelineRoles::EndEdgeRole:
        return int(node.first.isValid() ? Edge::Exact : Edge::Missing);
    case TimelineRoles::ActualStartRole:
        return node.actualFirst;
    case TimelineRoles::ActualEndRole:
        return node.actualFirst.isValid() ? actualEnd(node) : QDate();
    case TimelineRoles::KeyRole:
        return QStringLiteral("capital-project:") + project.key;
    case Qt::ToolTipRole:
    case TimelineRoles::ToolTipRole: {
        const CapitalProjectSummary summary = CapitalProjectSummary::of(project, asOf());
        QStringList lines;
        lines << project.schoolName << project.description;
        if (!project.projectType.isEmpty())
            lines << tr("Type: %1").arg(project.projectType);
        lines << spanText(node);
        QString stage = tr("As of %1: %2").arg(dayText(asOf()), CapitalProjectSummary::stageName(summary.stage));
        if (!summary.currentPhase.isEmpty())
            stage += tr(" (%1)", "current phase").arg(summary.currentPhase);
        lines << stage;
        if (summary.isLate())
            lines << tr("Later than planned by %1").arg(daysText(summary.slipDays))
                    + (summary.schedule == CapitalProjectSummary::Schedule::Open ? tr(" and counting") : QString());
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    return {};
}

QVariant CapitalTimelineModel::phaseData(const Node &node, int column, int role) const
{
    const CapitalProject &project = m_projects.at(node.ref);
    const CapitalPhase &phase = project.phases.at(node.ref2);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return phase.occurrence > 1 ? tr("%1 (round %2)", "phase name, its occurrence").arg(phase.name).arg(phase.occurrence)
                                        : phase.name;
        case StartColumn:
            // Where the bar starts: the planned start, or the actual one when none is planned.
            if (node.first.isValid())
                return DateText::date(node.first, node.firstPrecision);
            return phase.plannedStart.isNotApplicable() ? phase.plannedStart.code() : phase.actualStart.code();
        case PlannedEndColumn:
            return cellText(phase.plannedEnd, phase.plannedEndPrecision);
        case ActualStartColumn:
            return cellText(phase.actualStart, phase.actualStartPrecision);
        case ActualEndColumn:
            return cellText(phase.actualEnd, phase.actualEndPrecision);
        case StatusColumn:
            return phase.status;
        default:
            break;
        }
        return {};
    case TimelineRoles::StartRole:
        return node.first;
    case TimelineRoles::EndRole:
        return node.last;
    case TimelineRoles::StartEdgeRole:
        return int(node.first.isValid() ? Edge::Exact : Edge::Missing);
    case TimelineRoles::EndEdgeRole:
        return int(node.last.isValid() ? Edge::Exact : Edge::Missing);
    case TimelineRoles::StatusRole:
        return int(phaseState(phase, asOf()));
    case TimelineRoles::StatusReasonRole: {
        QString reason;
        phaseState(phase, asOf(), &reason);
        return reason;
    }
    case TimelineRoles::ActualStartRole:
        return node.actualFirst;
    case TimelineRoles::ActualEndRole:
        return node.actualFirst.isValid() ? actualEnd(node) : QDate();
    case TimelineRoles::ProblemRole: {
        QStringList lines;
        if (!node.first.isValid())
            lines << tr("Planned start: %1; actual start: %2")
                         .arg(describe(phase.plannedStart, phase.plannedStartPrecision),
                              describe(phase.actualStart, phase.actualStartPrecision));
        if (!node.last.isValid())
            lines << tr("Planned end: %1").arg(describe(phase.plannedEnd, phase.plannedEndPrecision));
        return lines.join(QLatin1Char('\n'));
    }
    case TimelineRoles::KeyRole:
        return QStringLiteral("capital-phase:%1:%2:%3").arg(project.key, phase.name).arg(phase.occurrence);
    case Qt::ToolTipRole:
    case TimelineRoles::ToolTipRole: {
        QStringList lines;
        lines << tr("%1 — %2", "phase, school").arg(phase.name, project.schoolName.isEmpty() ? project.description : project.schoolName);
        lines << tr("Planned: %1 – %2")
                     .arg(describe(phase.plannedStart, phase.plannedStartPrecision),
                          describe(phase.plannedEnd, phase.plannedEndPrecision));
        lines << tr("Actual: %1 – %2").arg(describe(phase.actualStart, phase.actualStartPrecision),
                                            phase.actualEnd.isKnown() || phase.actualEnd.isNotApplicable()
                                                ? describe(phase.actualEnd, phase.actualEndPrecision)
                                                : (CapitalProjectSummary::hasEnded(phase) ? tr("not given") : tr("still running")));
        if (!phase.status.isEmpty())
            lines << tr("Status in the export: %1").arg(phase.status);
        QString reason;
        const State state = phaseState(phase, asOf(), &reason);
        lines << tr("As of %1: %2 — %3", "as-of date, status, reason").arg(dayText(asOf()), MilestoneStatus::stateName(state), reason);
        lines << tr("Budget %1 · estimate %2 · spent %3")
                     .arg(moneyText(phase.budget), moneyText(phase.estimateAtCompletion), moneyText(phase.spent));
        if (phase.illustrative)
            lines << tr("Sample data (illustrative)");
        return lines.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    return {};
}

} // namespace milepost
