// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantreemodel.h"

#include "common/exportrole.h"

#include "common/counttext.h"
#include "plan/phasenames.h"
#include "progress/progressdisplay.h"
#include "time/quartercalendar.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

#include <algorithm>
#include <limits>

namespace milepost {

namespace {

// An index's internal id names its parent: the low two bits say which level the index is on,
// the rest is the phase row (for objectives) or the objective index (for milestones).
enum class Tag : quintptr { Phase = 0, Objective = 1, Milestone = 2 };

constexpr quintptr makeId(Tag tag, int value)
{
    return (quintptr(value) << 2) | quintptr(tag);
}

Tag tagOf(const QModelIndex &index)
{
    return Tag(index.internalId() & 3);
}

int valueOf(const QModelIndex &index)
{
    return int(index.internalId() >> 2);
}

// Undated values sort after every date: Ongoing first, then N/A, then what could not be read.
constexpr qint64 ongoingSortKey = std::numeric_limits<qint64>::max() - 2;
constexpr qint64 notApplicableSortKey = std::numeric_limits<qint64>::max() - 1;
constexpr qint64 invalidSortKey = std::numeric_limits<qint64>::max();

QString objectiveTitle(const Objective &objective)
{
    const QString subtitle = objective.subtitle.trimmed();
    if (subtitle.isEmpty())
        return objective.title;
    // The report writes subtitles as "(Certificated Employees: ...)": keep its parentheses.
    if (subtitle.startsWith(QLatin1Char('(')) && subtitle.endsWith(QLatin1Char(')')))
        return PlanTreeModel::tr("%1 %2", "objective title, parenthesised subtitle").arg(objective.title, subtitle);
    return PlanTreeModel::tr("%1 — %2", "objective title, subtitle").arg(objective.title, subtitle);
}

// "In progress · est. June 2023": the report's wording is long; the column shows what it means
// and the tooltip and details keep the words as written.
QString statusText(const ObjectiveStatus &status)
{
    if (!status.estimatedCompletion().isValid() || status.state() == ObjectiveStatus::State::Unknown)
        return status.text();
    return PlanTreeModel::tr("%1 · est. %2", "status, estimated completion")
        .arg(ObjectiveStatus::stateName(status.state()), status.estimatedCompletion().displayText());
}

QString statusToolTip(const ObjectiveStatus &status)
{
    QString tip = status.text() + QLatin1Char('\n')
        + PlanTreeModel::tr("Status: %1").arg(ObjectiveStatus::stateName(status.state()));
    if (status.estimatedCompletion().isValid())
        tip += QLatin1Char('\n')
            + PlanTreeModel::tr("Estimated completion: %1").arg(status.estimatedCompletion().displayText());
    return tip;
}

} // namespace

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void PlanTreeModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_milestoneIds.clear();
    m_progress.clear();
    m_groups.clear();
    m_objectiveLocations.clear();
    m_objectiveLocations.resize(m_plan.objectives.size());
    // Phases in the report's order; a phase without objectives gets no row.
    for (Phase phase : allPhases) {
        PhaseGroup group;
        group.phase = phase;
        for (int i = 0; i < m_plan.objectives.size(); ++i) {
            const Objective &objective = m_plan.objectives.at(i);
            if (objective.phase != phase)
                continue;
            m_objectiveLocations[i] = Location{int(m_groups.size()), int(group.objectives.size())};
            group.objectives.append(i);
            group.milestoneCount += objective.milestones.size();
        }
        if (!group.objectives.isEmpty())
            m_groups.append(group);
    }
    endResetModel();
}

void PlanTreeModel::setMilestoneIds(const QList<QList<qint64>> &milestoneIds)
{
    m_milestoneIds = milestoneIds;
}

qint64 PlanTreeModel::milestoneId(int objective, int milestone) const
{
    return m_milestoneIds.value(objective).value(milestone, 0);
}

void PlanTreeModel::setProgress(const QHash<qint64, ProgressState> &states, const QDate &asOf)
{
    m_progress = states;
    m_progressAsOf = asOf;
    for (int o = 0; o < m_plan.objectives.size(); ++o) {
        const qsizetype count = m_plan.objectives.at(o).milestones.size();
        if (count > 0)
            Q_EMIT dataChanged(milestoneIndex(o, 0, StatusColumn), milestoneIndex(o, int(count - 1), OwnerColumn));
    }
}

void PlanTreeModel::setBaseline(const QHash<qint64, BaselineDates> &dates)
{
    m_baseline = dates;
    for (int o = 0; o < m_plan.objectives.size(); ++o) {
        const qsizetype count = m_plan.objectives.at(o).milestones.size();
        if (count > 0)
            Q_EMIT dataChanged(milestoneIndex(o, 0, TitleColumn), milestoneIndex(o, int(count - 1), TitleColumn));
    }
}

std::optional<BaselineDates> PlanTreeModel::baselineDates(int objective, int milestone) const
{
    const auto found = m_baseline.constFind(milestoneId(objective, milestone));
    if (found == m_baseline.cend())
        return std::nullopt;
    return *found;
}

QDate PlanTreeModel::progressAsOf() const
{
    return m_progressAsOf.isValid() ? m_progressAsOf : QDate::currentDate();
}

const ProgressState *PlanTreeModel::recordedState(int objective, int milestone) const
{
    const auto found = m_progress.constFind(milestoneId(objective, milestone));
    return found == m_progress.cend() || !found->isRecorded() ? nullptr : &*found;
}

ShownStatus PlanTreeModel::shownStatus(int objective, int milestone) const
{
    const Objective &o = m_plan.objectives.at(objective);
    return ShownStatus::of(o.milestones.at(milestone), o.status, recordedState(objective, milestone), progressAsOf());
}

QModelIndex PlanTreeModel::objectiveIndex(int objective, int column) const
{
    if (objective < 0 || objective >= m_objectiveLocations.size() || column < 0 || column >= ColumnCount)
        return {};
    const Location location = m_objectiveLocations.at(objective);
    return createIndex(location.row, column, makeId(Tag::Objective, location.phaseRow));
}

QModelIndex PlanTreeModel::milestoneIndex(int objective, int milestone, int column) const
{
    if (objective < 0 || objective >= m_plan.objectives.size() || column < 0 || column >= ColumnCount)
        return {};
    if (milestone < 0 || milestone >= m_plan.objectives.at(objective).milestones.size())
        return {};
    return createIndex(milestone, column, makeId(Tag::Milestone, objective));
}

QModelIndex PlanTreeModel::indexForSourceLine(int line) const
{
    if (line <= 0)
        return {};
    for (int i = 0; i < m_plan.objectives.size(); ++i) {
        const Objective &objective = m_plan.objectives.at(i);
        if (objective.sourceLine == line)
            return objectiveIndex(i);
        for (int m = 0; m < objective.milestones.size(); ++m) {
            if (objective.milestones.at(m).sourceLine == line)
                return milestoneIndex(i, m);
        }
    }
    return {};
}

QString PlanTreeModel::quartersText(const QList<YearQuarter> &quarters)
{
    QList<YearQuarter> sorted;
    for (const YearQuarter &quarter : quarters) {
        if (quarter.isValid())
            sorted.append(quarter);
    }
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());

    const QuarterCalendar calendar = QuarterCalendar::calendar();
    QStringList runs;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype last = i;
        while (last + 1 < sorted.size() && sorted.at(last + 1).ordinal() == sorted.at(last).ordinal() + 1)
            ++last;
        if (last == i)
            runs.append(calendar.label(sorted.at(i)));
        else
            runs.append(tr("%1 – %2", "first and last quarter of a run")
                            .arg(calendar.label(sorted.at(i)), calendar.label(sorted.at(last))));
        i = last + 1;
    }
    return runs.join(tr(", ", "between runs of quarters"));
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, makeId(Tag::Phase, 0));
    switch (tagOf(parent)) {
    case Tag::Phase:
        return createIndex(row, column, makeId(Tag::Objective, parent.row()));
    case Tag::Objective:
        return createIndex(row, column, makeId(Tag::Milestone, objectiveIndexOf(parent)));
    case Tag::Milestone:
        break;
    }
    return {};
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    switch (tagOf(child)) {
    case Tag::Phase:
        return {};
    case Tag::Objective:
        return createIndex(valueOf(child), 0, makeId(Tag::Phase, 0));
    case Tag::Milestone:
        return objectiveIndex(valueOf(child));
    }
    return {};
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    switch (tagOf(parent)) {
    case Tag::Phase:
        return int(m_groups.at(parent.row()).objectives.size());
    case Tag::Objective:
        return int(m_plan.objectives.at(objectiveIndexOf(parent)).milestones.size());
    case Tag::Milestone:
        break;
    }
    return 0;
}

int PlanTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

PlanTreeModel::ItemKind PlanTreeModel::kindOf(const QModelIndex &index) const
{
    switch (tagOf(index)) {
    case Tag::Phase:
        return ItemKind::Phase;
    case Tag::Objective:
        return ItemKind::Objective;
    case Tag::Milestone:
        break;
    }
    return ItemKind::Milestone;
}

int PlanTreeModel::objectiveIndexOf(const QModelIndex &index) const
{
    switch (tagOf(index)) {
    case Tag::Phase:
        return -1;
    case Tag::Objective:
        return m_groups.at(valueOf(index)).objectives.at(index.row());
    case Tag::Milestone:
        break;
    }
    return valueOf(index);
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ItemKind kind = kindOf(index);
    const int objective = objectiveIndexOf(index);
    switch (role) {
    case ItemKindRole:
        return QVariant::fromValue(kind);
    case PhaseRole:
        return int(kind == ItemKind::Phase ? m_groups.at(index.row()).phase : m_plan.objectives.at(objective).phase);
    case ObjectiveIndexRole:
        return objective;
    case MilestoneIndexRole:
        return kind == ItemKind::Milestone ? index.row() : -1;
    case SourceLineRole:
        if (kind == ItemKind::Phase)
            return 0;
        if (kind == ItemKind::Objective)
            return m_plan.objectives.at(objective).sourceLine;
        return m_plan.objectives.at(objective).milestones.at(index.row()).sourceLine;
    default:
        break;
    }
    if (role == ExportRole)
        return exportData(index, kind, objective);
    if (kind == ItemKind::Milestone && (index.column() == StatusColumn || index.column() == PercentColumn
                                        || index.column() == OwnerColumn || role == MilestoneIdRole || role == StatusComputedRole || role == StatusKeyRole))
        return progressData(objective, index.row(), index.column(), role);
    if (role == SearchTextRole && kind != ItemKind::Phase)
        role = Qt::DisplayRole;
    switch (kind) {
    case ItemKind::Phase:
        return phaseData(m_groups.at(index.row()), index.column(), role);
    case ItemKind::Objective:
        return objectiveData(m_plan.objectives.at(objective), index.column(), role);
    case ItemKind::Milestone:
        break;
    }
    return milestoneData(m_plan.objectives.at(objective).milestones.at(index.row()), index.column(), role);
}

QVariant PlanTreeModel::exportData(const QModelIndex &index, ItemKind kind, int objective) const
{
    const int column = index.column();
    if (kind == ItemKind::Phase)
        return column == TitleColumn ? PhaseNames::display(m_groups.at(index.row()).phase) : QString();
    if (kind == ItemKind::Objective)
        return data(index, Qt::DisplayRole).toString();
    const Milestone &milestone = m_plan.objectives.at(objective).milestones.at(index.row());
    switch (column) {
    case PercentColumn: {
        const ProgressState *recorded = recordedState(objective, index.row());
        const std::optional<int> percent = recorded ? recorded->percent() : std::nullopt;
        return percent ? QVariant(*percent) : QVariant(QString());
    }
    case OwnerColumn: {
        const ProgressState *recorded = recordedState(objective, index.row());
        return recorded ? recorded->owner() : QString();
    }
    case StartColumn:
        return exportValue(milestone.start);
    case EndColumn:
        return exportValue(milestone.end);
    default:
        break;
    }
    return data(index, Qt::DisplayRole).toString();
}

QVariant PlanTreeModel::phaseData(const PhaseGroup &group, int column, int role) const
{
    const QString counts = tr("%1 · %2", "objective count, milestone count")
                               .arg(CountText::objectives(group.objectives.size()),
                                    CountText::milestones(group.milestoneCount));
    switch (role) {
    case Qt::DisplayRole:
        // The title column has the room for the counts; the status column would cut them off.
        if (column == TitleColumn)
            return tr("%1   (%2)", "phase name, counts").arg(PhaseNames::display(group.phase), counts);
        return {};
    case SearchTextRole:
        return column == TitleColumn ? PhaseNames::display(group.phase) : QString();
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(PhaseNames::display(group.phase), counts);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case SortRole:
        // Phases keep the report's order whichever column sorts.
        return int(group.phase);
    default:
        break;
    }
    return {};
}

QVariant PlanTreeModel::objectiveData(const Objective &objective, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return objectiveTitle(objective);
        if (column == StatusColumn)
            return statusText(objective.status);
        return {};
    case Qt::ToolTipRole:
        if (column == TitleColumn)
            return objectiveTitle(objective);
        if (column == StatusColumn)
            return statusToolTip(objective.status);
        return {};
    case SortRole:
        if (column == TitleColumn)
            return objectiveTitle(objective);
        if (column == StatusColumn)
            return objective.status.text();
        return {};
    default:
        break;
    }
    return {};
}

QVariant PlanTreeModel::milestoneData(const Milestone &milestone, int column, int role) const
{
    switch (column) {
    case TitleColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return milestone.title;
        if (role == Qt::ToolTipRole) {
            if (milestone.section.isEmpty())
                return milestone.title;
            return tr("%1\n\nSection: %2").arg(milestone.title, milestone.section);
        }
        return {};
    case StartColumn:
        return dateData(milestone.start, false, role);
    case EndColumn:
        return dateData(milestone.end, true, role);
    case QuartersColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return quartersText(milestone.quarters);
        if (role == SortRole) {
            const auto first = std::min_element(milestone.quarters.cbegin(), milestone.quarters.cend());
            return first == milestone.quarters.cend() ? invalidSortKey : qint64(first->ordinal());
        }
        return {};
    default:
        break;
    }
    return {};
}

QVariant PlanTreeModel::progressData(int objective, int milestone, int column, int role) const
{
    const ProgressState *recorded = recordedState(objective, milestone);
    switch (role) {
    case MilestoneIdRole:
        return milestoneId(objective, milestone);
    case StatusComputedRole:
        return shownStatus(objective, milestone).isComputed();
    case StatusKeyRole:
        return shownStatus(objective, milestone).key();
    default:
        break;
    }
    if (column == OwnerColumn) {
        const QString owner = recorded ? recorded->owner() : QString();
        const QString office = recorded ? recorded->office() : QString();
        switch (role) {
        case Qt::DisplayRole:
        case SearchTextRole:
            if (owner.isEmpty())
                return office;
            return office.isEmpty() ? owner : tr("%1 (%2)", "owner, office").arg(owner, office);
        case Qt::EditRole:
            return owner;
        case SortRole:
            return owner.isEmpty() ? office.toCaseFolded() : owner.toCaseFolded();
        case Qt::ToolTipRole:
            if (owner.isEmpty() && office.isEmpty())
                return tr("No owner recorded");
            return tr("Owner: %1\nOffice: %2", "as recorded")
                .arg(owner.isEmpty() ? tr("not recorded") : owner, office.isEmpty() ? tr("not recorded") : office);
        default:
            break;
        }
        return {};
    }
    if (column == PercentColumn) {
        const std::optional<int> percent = recorded ? recorded->percent() : std::nullopt;
        switch (role) {
        case Qt::DisplayRole:
        case SearchTextRole:
            return ProgressDisplay::percentText(recorded);
        case Qt::EditRole:
            return percent ? *percent : -1;
        case SortRole:
            return percent ? *percent : -1;
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return percent ? tr("%1% complete, as recorded").arg(*percent) : tr("No percent complete recorded");
        default:
            break;
        }
        return {};
    }
    const ShownStatus shown = shownStatus(objective, milestone);
    switch (role) {
    case Qt::DisplayRole:
    case SearchTextRole:
        return ProgressDisplay::shortText(shown);
    case Qt::EditRole:
        return shown.recorded() ? ProgressStatus::key(*shown.recorded()) : QString();
    case Qt::FontRole:
        return ProgressDisplay::font(shown);
    case Qt::ToolTipRole:
        return ProgressDisplay::toolTip(shown, recorded);
    case Qt::AccessibleTextRole:
        return shown.label();
    case SortRole:
        return int(ProgressDisplay::colourState(shown));
    default:
        break;
    }
    return {};
}

QVariant PlanTreeModel::dateData(const PlanDate &date, bool isEnd, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        if (date.isValid())
            return date.displayText();
        return date.raw().isEmpty() ? tr("(missing)") : date.raw();
    case Qt::DecorationRole:
        if (date.isValid())
            return {};
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Qt::ToolTipRole: {
        if (date.isValid())
            return PlanDate::kindName(date.kind());
        const QString reason = date.reason().isEmpty() ? tr("no date given") : date.reason();
        if (date.raw().isEmpty())
            return tr("Missing date: %1").arg(reason);
        return tr("“%1” could not be read: %2").arg(date.raw(), reason);
    }
    case DateProblemRole:
        return !date.isValid();
    case Qt::EditRole:
        // What an edit in place starts from: the canonical text (2022-10-15, 2023-06, 2022-Q3,
        // ongoing), which PlanEditField reads back; an unreadable date as the plan wrote it.
        return date.isValid() ? date.canonical() : date.raw();
    case SortRole:
        switch (date.kind()) {
        case PlanDate::Kind::Exact:
        case PlanDate::Kind::Month:
        case PlanDate::Kind::Quarter:
            return isEnd ? date.lastDay().toJulianDay() : date.firstDay().toJulianDay();
        case PlanDate::Kind::Ongoing:
            return ongoingSortKey;
        case PlanDate::Kind::NotApplicable:
            return notApplicableSortKey;
        case PlanDate::Kind::Invalid:
            break;
        }
        return invalidSortKey;
    default:
        break;
    }
    return {};
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == LevelNamesRole)
        return QStringList{tr("Phase"), tr("Objective")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case PercentColumn:
        return tr("Done %");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case QuartersColumn:
        return tr("Quarters");
    case OwnerColumn:
        return tr("Owner");
    default:
        break;
    }
    return {};
}

Qt::ItemFlags PlanTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (kindOf(index) == ItemKind::Milestone) {
        result |= Qt::ItemNeverHasChildren;
        const bool progressColumn
            = index.column() == StatusColumn || index.column() == PercentColumn || index.column() == OwnerColumn;
        const bool dateColumn = m_planEditable && (index.column() == StartColumn || index.column() == EndColumn);
        if (m_editable && (progressColumn || dateColumn) && milestoneId(objectiveIndexOf(index), index.row()) != 0)
            result |= Qt::ItemIsEditable;
    }
    return result;
}

bool PlanTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const qint64 id = milestoneId(objectiveIndexOf(index), index.row());
    if (index.column() == StartColumn || index.column() == EndColumn) {
        const PlanEditField::Id field = index.column() == StartColumn ? PlanEditField::Id::PlannedStart
                                                                      : PlanEditField::Id::PlannedEnd;
        QString canonical;
        QString reason;
        if (!PlanEditField::normalise(field, value.toString(), &canonical, &reason)) {
            Q_EMIT planEditRefused(reason);
            return false;
        }
        if (canonical == data(index, Qt::EditRole).toString())
            return false;
        Q_EMIT planEditRequested(id, field, canonical);
        return true;
    }
    if (index.column() == StatusColumn) {
        const QString key = value.toString();
        if (key == data(index, Qt::EditRole).toString())
            return false;
        Q_EMIT progressEditRequested(id, ProgressField::Id::Status, key);
    } else if (index.column() == OwnerColumn) {
        const QString owner = value.toString().simplified();
        if (owner == data(index, Qt::EditRole).toString())
            return false;
        Q_EMIT progressEditRequested(id, ProgressField::Id::Owner, owner);
    } else {
        const int percent = value.toInt();
        if (percent == data(index, Qt::EditRole).toInt())
            return false;
        Q_EMIT progressEditRequested(id, ProgressField::Id::Percent, percent < 0 ? QString() : QString::number(percent));
    }
    // The stored value comes back through setProgress once it is saved.
    return false;
}

QHash<int, QByteArray> PlanTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ItemKindRole, "itemKind");
    names.insert(PhaseRole, "phase");
    names.insert(ObjectiveIndexRole, "objectiveIndex");
    names.insert(MilestoneIndexRole, "milestoneIndex");
    names.insert(SourceLineRole, "sourceLine");
    names.insert(SortRole, "sortKey");
    names.insert(DateProblemRole, "dateProblem");
    names.insert(SearchTextRole, "searchText");
    names.insert(MilestoneIdRole, "milestoneId");
    names.insert(StatusComputedRole, "statusComputed");
    names.insert(StatusKeyRole, "statusKey");
    return names;
}

} // namespace milepost
