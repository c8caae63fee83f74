// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfilter.h"

#include "progress/shownstatus.h"

#include "plan/phasenames.h"

#include <QRegularExpression>

namespace milepost {

namespace {

constexpr std::array milestoneStates{MilestoneStatus::State::NotStarted, MilestoneStatus::State::OnTrack,
                                     MilestoneStatus::State::DueSoon,    MilestoneStatus::State::Overdue,
                                     MilestoneStatus::State::Done,       MilestoneStatus::State::Deferred,
                                     MilestoneStatus::State::Cancelled,  MilestoneStatus::State::Unknown};
constexpr std::array objectiveStates{ObjectiveStatus::State::NotStarted, ObjectiveStatus::State::InProgress,
                                     ObjectiveStatus::State::Completed, ObjectiveStatus::State::Unknown};

template<typename T, typename Name>
QString orList(const QList<T> &values, Name name)
{
    QStringList names;
    for (const T &value : values)
        names.append(name(value));
    return names.join(ReportFilter::tr(" or "));
}

QString dateText(const QDate &date)
{
    return PlanDate::exact(date).displayText();
}

} // namespace

QStringList ReportFilter::keys()
{
    return {QStringLiteral("phase"), QStringLiteral("status"), QStringLiteral("objective-status"),
            QStringLiteral("search"), QStringLiteral("from"), QStringLiteral("to")};
}

bool ReportFilter::add(const QString &keyValue, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const qsizetype equals = keyValue.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return fail(tr("“%1” is not KEY=VALUE; the keys are %2").arg(keyValue, keys().join(QLatin1String(", "))));
    const QString key = keyValue.left(equals).trimmed().toLower();
    const QString value = keyValue.mid(equals + 1).trimmed();
    if (value.isEmpty())
        return fail(tr("the filter %1 has no value").arg(key));

    if (key == QLatin1String("phase")) {
        const auto phase = PhaseNames::fromKey(value.toUpper());
        if (!phase)
            return fail(tr("“%1” is not a phase; the phases are learn, assess, communicate and act").arg(value));
        addPhase(*phase);
        return true;
    }
    if (key == QLatin1String("status")) {
        bool ok = false;
        const auto state = MilestoneStatus::stateFromKey(value.toLower(), &ok);
        if (!ok) {
            QStringList names;
            for (auto s : milestoneStates)
                names.append(MilestoneStatus::stateKey(s));
            return fail(tr("“%1” is not a milestone status; the statuses are %2").arg(value, names.join(QLatin1String(", "))));
        }
        addState(state);
        return true;
    }
    if (key == QLatin1String("objective-status")) {
        for (auto state : objectiveStates) {
            if (ObjectiveStatus::stateKey(state) == value.toLower()) {
                addObjectiveState(state);
                return true;
            }
        }
        QStringList names;
        for (auto s : objectiveStates)
            names.append(ObjectiveStatus::stateKey(s));
        return fail(tr("“%1” is not an objective status; the statuses are %2").arg(value, names.join(QLatin1String(", "))));
    }
    if (key == QLatin1String("search")) {
        setSearch(m_search.isEmpty() ? value : m_search + QLatin1Char(' ') + value);
        return true;
    }
    if (key == QLatin1String("from") || key == QLatin1String("to")) {
        const PlanDate date = PlanDate::parse(value);
        if (date.kind() != PlanDate::Kind::Exact)
            return fail(tr("%1=%2 is not a day (use YYYY-MM-DD)").arg(key, value));
        if (key == QLatin1String("from"))
            setFrom(date.firstDay());
        else
            setTo(date.firstDay());
        if (m_from.isValid() && m_to.isValid() && m_to < m_from)
            return fail(tr("the filter's to date %1 is before its from date %2").arg(dateText(m_to), dateText(m_from)));
        return true;
    }
    return fail(tr("unknown filter “%1”; the keys are %2").arg(key, keys().join(QLatin1String(", "))));
}

void ReportFilter::setSearch(const QString &text)
{
    m_search = text.simplified();
    m_terms = m_search.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool ReportFilter::isEmpty() const
{
    return m_phases.isEmpty() && m_states.isEmpty() && m_objectiveStates.isEmpty() && m_terms.isEmpty()
        && !m_from.isValid() && !m_to.isValid();
}

bool ReportFilter::hasMilestoneKeys() const
{
    return !m_states.isEmpty() || !m_terms.isEmpty() || m_from.isValid() || m_to.isValid();
}

QStringList ReportFilter::describe() const
{
    QStringList lines;
    if (!m_phases.isEmpty())
        lines.append(tr("Phase: %1").arg(orList(m_phases, PhaseNames::display)));
    if (!m_objectiveStates.isEmpty())
        lines.append(tr("Objective status: %1").arg(orList(m_objectiveStates, ObjectiveStatus::stateName)));
    if (!m_states.isEmpty())
        lines.append(tr("Milestone status: %1").arg(orList(m_states, MilestoneStatus::stateName)));
    if (!m_terms.isEmpty())
        lines.append(tr("Search: “%1”").arg(m_search));
    if (m_from.isValid() && m_to.isValid())
        lines.append(tr("Dates reaching into %1 – %2").arg(dateText(m_from), dateText(m_to)));
    else if (m_from.isValid())
        lines.append(tr("Dates reaching %1 or later").arg(dateText(m_from)));
    else if (m_to.isValid())
        lines.append(tr("Dates reaching %1 or earlier").arg(dateText(m_to)));
    return lines;
}

QStringList ReportFilter::unmatchedTerms(const QString &text, const QStringList &terms) const
{
    QStringList left;
    const QString lower = text.toLower();
    for (const QString &term : terms) {
        if (!lower.contains(term))
            left.append(term);
    }
    return left;
}

bool ReportFilter::milestonePasses(const Objective &objective, const Milestone &milestone, const QDate &asOf,
                                   const ProgressState *recorded, const QStringList &unmatched) const
{
    if (!m_states.isEmpty()
        && !m_states.contains(ShownStatus::of(milestone, objective.status, recorded, asOf).scheduleState()))
        return false;
    if (!unmatched.isEmpty()) {
        const QString text = QStringList{milestone.title, milestone.section, milestone.start.displayText(),
                                         milestone.end.displayText()}
                                 .join(QLatin1Char(' '));
        if (!unmatchedTerms(text, unmatched).isEmpty())
            return false;
    }
    if (m_from.isValid() || m_to.isValid()) {
        // An Ongoing side is open; an undated side (N/A, unreadable) cannot be placed in a range.
        const bool openStart = milestone.start.kind() == PlanDate::Kind::Ongoing;
        const bool openEnd = milestone.end.kind() == PlanDate::Kind::Ongoing;
        if ((!openStart && !milestone.start.isDated()) || (!openEnd && !milestone.end.isDated()))
            return false;
        if (m_to.isValid() && !openStart && milestone.start.firstDay() > m_to)
            return false;
        if (m_from.isValid() && !openEnd && milestone.end.lastDay() < m_from)
            return false;
    }
    return true;
}

Plan ReportFilter::apply(const Plan &plan, const QDate &asOf, const RecordedProgress *progress,
                         RecordedProgress *keptProgress) const
{
    if (isEmpty()) {
        if (keptProgress)
            *keptProgress = progress ? *progress : RecordedProgress();
        return plan;
    }
    const QHash<qint64, ProgressState> states = progress ? progress->statesAsOf(asOf) : QHash<qint64, ProgressState>();
    QList<std::pair<int, QList<int>>> keptIndexes;
    Plan result = plan;
    result.objectives.clear();
    for (int o = 0; o < plan.objectives.size(); ++o) {
        const Objective &objective = plan.objectives.at(o);
        if (!m_phases.isEmpty() && !m_phases.contains(objective.phase))
            continue;
        if (!m_objectiveStates.isEmpty() && !m_objectiveStates.contains(objective.status.state()))
            continue;
        // Words found in the objective need not be found again in each milestone.
        const QStringList unmatched = unmatchedTerms(
            QStringList{PhaseNames::display(objective.phase), objective.title, objective.subtitle}.join(QLatin1Char(' ')),
            m_terms);
        Objective kept = objective;
        kept.milestones.clear();
        QList<int> keptMilestones;
        for (int m = 0; m < objective.milestones.size(); ++m) {
            const auto found = progress ? states.constFind(progress->milestoneId(o, m)) : states.cend();
            const ProgressState *recorded = found != states.cend() ? &*found : nullptr;
            if (milestonePasses(objective, objective.milestones.at(m), asOf, recorded, unmatched)) {
                kept.milestones.append(objective.milestones.at(m));
                keptMilestones.append(m);
            }
        }
        const bool objectiveMatchesSearch = !m_terms.isEmpty() && unmatched.isEmpty();
        if (kept.milestones.isEmpty() && hasMilestoneKeys() && !(objectiveMatchesSearch && objective.milestones.isEmpty()))
            continue;
        result.objectives.append(kept);
        keptIndexes.append({o, keptMilestones});
    }
    if (keptProgress)
        *keptProgress = progress ? progress->filtered(keptIndexes) : RecordedProgress();
    return result;
}

} // namespace milepost
