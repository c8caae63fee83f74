// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingtimelinemodel.h"

#include "common/exportrole.h"
#include "dashboard/naturalorder.h"
#include "plan/milestonestatus.h"
#include "time/plandate.h"
#include "timeline/staffingtimelinesource.h"

#include <QHash>
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

} // namespace

StaffingTimelineModel::StaffingTimelineModel(QObject *parent)
    : DatasetTimelineModel(parent)
{
}

StaffingTimelineModel::~StaffingTimelineModel() = default;

void StaffingTimelineModel::setRecords(const QList<StaffingRecord> &records)
{
    m_source.reset();
    m_read.cancel();
    m_stopped = false;
    show(records, {});
}

void StaffingTimelineModel::show(const QList<StaffingRecord> &records, const QString &error)
{
    m_records = records;
    m_error = error;
    reset();
    setReading(false);
}

void StaffingTimelineModel::setReading(bool reading)
{
    if (std::exchange(m_reading, reading) != reading)
        Q_EMIT readingChanged(reading);
}

void StaffingTimelineModel::setSource(std::shared_ptr<const StaffingTimelineSource> source)
{
    m_source = std::move(source);
    m_stopped = false;
    m_read.cancel();
    if (!m_source) {
        show({}, {});
        return;
    }
    if (!m_source->readsInBackground()) {
        QString error;
        const std::optional<QList<StaffingRecord>> records = m_source->records(&error);
        show(records.value_or(QList<StaffingRecord>()), error);
        return;
    }
    struct Read
    {
        std::optional<QList<StaffingRecord>> records;
        QString error;
    };
    m_read.start<Read>(
        QStringLiteral("staffingTimelineReader"),
        [source = m_source](const std::atomic_bool &cancelled) {
            Read read;
            read.records = source->records(&read.error, &cancelled);
            return read;
        },
        [this](Read read) { show(read.records.value_or(QList<StaffingRecord>()), read.error); });
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

void StaffingTimelineModel::rebuild()
{
    m_districts.clear();
    m_categories.clear();
    QHash<QString, QList<int>> byDistrict;
    for (int i = 0; i < m_records.size(); ++i) {
        const QString district = m_records.at(i).localDistrict.trimmed();
        if (!byDistrict.contains(district))
            m_districts.append(district);
        byDistrict[district].append(i);
    }
    std::sort(m_districts.begin(), m_districts.end(), NaturalOrder());
    for (int d = 0; d < m_districts.size(); ++d) {
        const int districtNode = addNode(-1, d);
        // Categories in natural order; a category's periods in time order, district-wide rows
        // before a site's.
        QHash<QString, QList<int>> byCategory;
        QStringList categories;
        for (int record : byDistrict.value(m_districts.at(d))) {
            const QString category = m_records.at(record).jobCategory.trimmed();
            if (!byCategory.contains(category))
                categories.append(category);
            byCategory[category].append(record);
        }
        std::sort(categories.begin(), categories.end(), NaturalOrder());
        for (const QString &category : std::as_const(categories)) {
            const int categoryNode = addNode(districtNode, int(m_categories.size()));
            m_categories.append(category);
            QList<int> records = byCategory.value(category);
            std::stable_sort(records.begin(), records.end(), [this](int a, int b) {
                const StaffingRecord &x = m_records.at(a);
                const StaffingRecord &y = m_records.at(b);
                if (x.site.isEmpty() != y.site.isEmpty())
                    return x.site.isEmpty();
                if (x.site != y.site)
                    return NaturalOrder::compare(x.site, y.site) < 0;
                if (x.period.first() != y.period.first())
                    return x.period.first() < y.period.first();
                return x.period.last() > y.period.last(); // a year before the months within it
            });
            for (int record : std::as_const(records)) {
                Node &node = nodeAt(addNode(categoryNode, record));
                node.first = m_records.at(record).period.first();
                node.last = m_records.at(record).period.last();
            }
        }
    }
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
    const QString name = district ? m_districts.at(node.ref) : m_categories.at(node.ref);
    const QString title = district ? (name.isEmpty() ? tr("No Local District given") : tr("Local District %1").arg(name))
                                   : (name.isEmpty() ? tr("No job category given") : name);
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
        const Node &parent = nodes().at(node.parent);
        return QStringLiteral("staffing-category:%1:%2").arg(m_districts.at(parent.ref), name);
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
    const QString title = record.site.isEmpty() ? periodText(record.period)
                                                : tr("%1 · %2", "period, site").arg(periodText(record.period), record.site);
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
