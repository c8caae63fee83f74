// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingtimelinemodel.h"

#include "common/exportrole.h"
#include "plan/milestonestatus.h"
#include "time/plandate.h"
#include "timeline/staffingrecordlist.h"
#include "timeline/staffingtimelinematch.h"

#include <QLocale>

#include <algorithm>
#include <utility>

namespace milepost {

namespace {

using Edge = TimelineRoles::Edge;
using State = MilestoneStatus::State;

QString countText(const std::optional<qint64> &count)
{
    return count ? QLocale().toString(*count) : QString();
}

QString periodText(const Period &period)
{
    switch (period.kind()) {
    case Period::Kind::SchoolYear:
        return StaffingTimelineModel::tr("School year %1").arg(period.canonical());
    case Period::Kind::Month:
        return QLocale().toString(period.first(), QStringLiteral("MMMM yyyy"));
    case Period::Kind::Range:
        return StaffingTimelineModel::tr("%1 – %2", "first and last day of a period")
            .arg(PlanDate::exact(period.first()).displayText(), PlanDate::exact(period.last()).displayText());
    case Period::Kind::Invalid:
        break;
    }
    return period.canonical();
}

QString groupName(StaffingRecord::EmployeeGroup group)
{
    return group == StaffingRecord::EmployeeGroup::Certificated ? StaffingTimelineModel::tr("certificated")
                                                                : StaffingTimelineModel::tr("classified");
}

// The rows a category's row reads at a time: a screenful and more, fast to read.
constexpr int recordsPerFetch = 100;

StaffingTimelineMatch matchOf(const QString &search)
{
    return StaffingTimelineMatch(search, {&StaffingTimelineModel::districtTitle, &StaffingTimelineModel::categoryTitle,
                                          &StaffingTimelineModel::recordTitle});
}

} // namespace

StaffingTimelineModel::StaffingTimelineModel(QObject *parent)
    : DatasetTimelineModel(parent)
{
}

StaffingTimelineModel::~StaffingTimelineModel() = default;

void StaffingTimelineModel::setRecords(const QList<StaffingRecord> &records)
{
    m_source = std::make_shared<StaffingRecordList>(records);
    m_given = records;
    read();
}

void StaffingTimelineModel::setSource(std::shared_ptr<const StaffingTimelineSource> source)
{
    m_source = std::move(source);
    m_given.clear();
    read();
}

void StaffingTimelineModel::searchChanged()
{
    read();
}

void StaffingTimelineModel::setReading(bool reading)
{
    if (std::exchange(m_reading, reading) != reading)
        Q_EMIT readingChanged(reading);
}

void StaffingTimelineModel::read()
{
    m_read.cancel();
    m_stopped = false;
    if (!m_source || !m_source->readsInBackground()) {
        m_worked.reset();
        reset(); // rebuild() reads
        setReading(false);
        return;
    }
    // A pass over the store: on a worker with a connection of its own, the rows of the last
    // read shown meanwhile; a newer read cancels this one.
    struct Read
    {
        std::optional<QList<StaffingTimelineCategory>> categories;
        QString error;
    };
    m_read.start<Read>(
        QStringLiteral("staffingTimelineReader"),
        [source = m_source, search = searchText()](const std::atomic_bool &cancelled) {
            Read read;
            read.categories = source->categories(matchOf(search), &read.error, &cancelled);
            return read;
        },
        [this](Read read) {
            m_worked = read.categories ? std::move(read.categories) : QList<StaffingTimelineCategory>();
            reset();
            m_error = read.error;
            m_worked.reset();
            setReading(false);
        });
    setReading(true);
}

void StaffingTimelineModel::stopReading()
{
    if (!m_reading)
        return;
    m_read.cancel();
    m_stopped = true;
    setReading(false);
}

qint64 StaffingTimelineModel::recordCount() const
{
    qint64 count = 0;
    for (const StaffingTimelineCategory &category : m_categories)
        count += category.records.size();
    return count;
}

QString StaffingTimelineModel::countsText(const StaffingRecord &record)
{
    QStringList parts;
    if (record.hires)
        parts << tr("%1 hired", "count").arg(countText(record.hires));
    if (record.vacancies)
        parts << tr("%1 vacant", "count").arg(countText(record.vacancies));
    if (record.positions)
        parts << tr("%1 positions", "count").arg(countText(record.positions));
    return parts.join(tr(" · "));
}

QString StaffingTimelineModel::districtTitle(const QString &district)
{
    return district.isEmpty() ? tr("No Local District given") : tr("Local District %1").arg(district);
}

QString StaffingTimelineModel::categoryTitle(const QString &category)
{
    return category.isEmpty() ? tr("No job category given") : category;
}

QString StaffingTimelineModel::recordTitle(const Period &period, const QString &site)
{
    return site.isEmpty() ? periodText(period) : tr("%1 · %2", "period, site").arg(periodText(period), site);
}

void StaffingTimelineModel::rebuild()
{
    // Local Districts, each with its job categories and their spans; a category's rows when
    // it comes into view.
    m_categories.clear();
    m_districts.clear();
    m_records.clear();
    m_keysRead.clear();
    m_error.clear();
    if (!m_source)
        return;
    if (m_worked) {
        m_categories = *m_worked; // read on a worker
    } else {
        std::optional<QList<StaffingTimelineCategory>> categories = m_source->categories(matchOf(searchText()), &m_error);
        if (!categories)
            return;
        m_categories = std::move(*categories);
    }
    m_keysRead = QList<int>(m_categories.size(), 0);
    int districtNode = -1;
    for (int c = 0; c < m_categories.size(); ++c) {
        const StaffingTimelineCategory &category = m_categories.at(c);
        if (c == 0 || category.district != m_categories.at(c - 1).district) {
            districtNode = addNode(-1, int(m_districts.size()));
            m_districts.append(category.district);
        }
        static_cast<TimelineSpan &>(nodeAt(addNode(districtNode, c))) = category.span;
    }
}

bool StaffingTimelineModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() == 0 && node(parent).level == 1)
        return !m_categories.at(node(parent).ref).records.isEmpty();
    return DatasetTimelineModel::hasChildren(parent);
}

bool StaffingTimelineModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != 0 || node(parent).level != 1)
        return false;
    const int category = node(parent).ref;
    return m_keysRead.value(category) < m_categories.at(category).records.size();
}

void StaffingTimelineModel::fetchMore(const QModelIndex &parent)
{
    if (m_fetchesHeld || !canFetchMore(parent))
        return;
    const int categoryNode = int(parent.internalId());
    const int category = node(parent).ref;
    const int loaded = int(node(parent).children.size());
    const QList<qint64> keys = m_categories.at(category).records.mid(m_keysRead.value(category), recordsPerFetch);
    const std::optional<QList<StaffingRecord>> records = m_source->records(keys, &m_error);
    if (!records)
        return;
    // Keys whose rows are gone (removed since the categories were read) are passed over, not
    // read again with the next window.
    m_keysRead[category] += int(keys.size());
    if (records->isEmpty())
        return;
    beginInsertRows(parent, loaded, loaded + int(records->size()) - 1);
    const int firstNew = int(nodes().size());
    for (const StaffingRecord &record : *records) {
        Node &node = nodeAt(addNode(categoryNode, int(m_records.size())));
        node.first = record.period.first();
        node.last = record.period.last();
        m_records.append(record);
    }
    spanSummaries(firstNew);
    endInsertRows();
}

int StaffingTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant StaffingTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == LevelNamesRole)
        return QStringList{tr("Local District"), tr("Job category")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return DatasetTimelineModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Local District, job category, period");
    case StartColumn:
        return tr("From");
    case EndColumn:
        return tr("To");
    case HiresColumn:
        return tr("Hires");
    case VacanciesColumn:
        return tr("Vacancies");
    case PositionsColumn:
        return tr("Positions");
    default:
        break;
    }
    return {};
}

QVariant StaffingTimelineModel::nodeData(const Node &node, int column, int role) const
{
    return node.level == entryLevel ? recordData(node, column, role) : groupData(node, column, role);
}

QVariant StaffingTimelineModel::groupData(const Node &node, int column, int role) const
{
    const bool district = node.level == 0;
    const QString name = district ? m_districts.at(node.ref) : m_categories.at(node.ref).category;
    const QString title = district ? districtTitle(name) : categoryTitle(name);
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return title;
        if (column == StartColumn && node.first.isValid())
            return dayText(node.first);
        if (column == EndColumn && node.last.isValid())
            return dayText(node.last);
        return {};
    case TimelineRoles::StartRole:
        return node.first;
    case TimelineRoles::EndRole:
        return node.last;
    case TimelineRoles::StartEdgeRole:
    case TimelineRoles::EndEdgeRole:
        return int(node.first.isValid() ? Edge::Exact : Edge::Missing);
    case TimelineRoles::KeyRole: {
        if (district)
            return QStringLiteral("staffing-district:") + name;
        return QStringLiteral("staffing-category:%1:%2").arg(m_categories.at(node.ref).district, name);
    }
    case Qt::ToolTipRole:
    case TimelineRoles::ToolTipRole: {
        QString tip = title;
        if (node.first.isValid())
            tip += QLatin1Char('\n') + tr("Periods reported: %1 – %2").arg(dayText(node.first), dayText(node.last));
        return tip;
    }
    default:
        break;
    }
    return {};
}

QVariant StaffingTimelineModel::recordData(const Node &node, int column, int role) const
{
    const StaffingRecord &record = m_records.at(node.ref);
    const QString title = recordTitle(record.period, record.site);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return title;
        case StartColumn:
            return dayText(node.first);
        case EndColumn:
            return dayText(node.last);
        case HiresColumn:
            return countText(record.hires);
        case VacanciesColumn:
            return countText(record.vacancies);
        case PositionsColumn:
            return countText(record.positions);
        default:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= HiresColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TimelineRoles::StartRole:
        return node.first;
    case TimelineRoles::EndRole:
        return node.last;
    case TimelineRoles::StartEdgeRole:
    case TimelineRoles::EndEdgeRole:
        return int(Edge::Exact);
    case TimelineRoles::StatusRole:
        if (node.last < asOf())
            return int(State::Done);
        return int(node.first <= asOf() ? State::OnTrack : State::NotStarted);
    case TimelineRoles::LabelRole:
        return countsText(record);
    case TimelineRoles::KeyRole:
        return QStringLiteral("staffing:%1:%2:%3:%4")
            .arg(record.localDistrict, record.jobCategory, record.site, record.period.canonical());
    case Qt::ToolTipRole:
    case TimelineRoles::ToolTipRole: {
        QStringList lines;
        lines << tr("%1, %2 (%3), Local District %4")
                     .arg(title, record.jobCategory, groupName(record.employeeGroup), record.localDistrict);
        lines << tr("%1 – %2").arg(dayText(node.first), dayText(node.last));
        const QString counts = countsText(record);
        lines << (counts.isEmpty() ? tr("No counts given.") : counts);
        const QString when = node.last < asOf() ? tr("over") : node.first <= asOf() ? tr("under way") : tr("ahead");
        lines << tr("As of %1 the period is %2.").arg(dayText(asOf()), when);
        if (!record.note.isEmpty())
            lines << record.note;
        if (record.illustrative)
            lines << tr("Sample data (illustrative)");
        return lines.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    return {};
}

} // namespace milepost
