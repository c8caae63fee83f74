// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalfigures.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <limits>

namespace milepost {

namespace {

using Stage = CapitalProjectSummary::Stage;
using Schedule = CapitalProjectSummary::Schedule;

struct Bucket
{
    const char *key;
    qint64 upTo; // the most days late in the bucket
};
constexpr std::array<Bucket, 6> buckets{{{"on_time", 0},
                                         {"1-30", 30},
                                         {"31-90", 90},
                                         {"91-180", 180},
                                         {"181-365", 365},
                                         {"over_365", std::numeric_limits<qint64>::max()}}};

QString bucketText(const Bucket &bucket)
{
    const QString key = QLatin1String(bucket.key);
    if (key == QLatin1String("on_time"))
        return CapitalFigures::tr("On time or early");
    if (key == QLatin1String("over_365"))
        return CapitalFigures::tr("Over a year");
    const QStringList bounds = key.split(QLatin1Char('-'));
    return CapitalFigures::tr("%1–%2 days", "slip bucket").arg(bounds.at(0), bounds.at(1));
}

QString norm(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

Breakdown::Label labelOr(const QString &text, const QString &missing)
{
    const QString trimmed = text.trimmed();
    return {norm(trimmed), trimmed.isEmpty() ? missing : trimmed};
}

void addAmounts(Breakdown &breakdown, int category, const CapitalProjectSummary &summary, int row)
{
    const std::optional<qint64> amounts[] = {summary.budget, summary.estimate, summary.spent};
    for (int series = 0; series < 3; ++series) {
        if (amounts[series])
            breakdown.at(series, category).add(*amounts[series], row, summary.illustrative);
    }
}

} // namespace

const QString CapitalFigures::budgetKey = QStringLiteral("budget");
const QString CapitalFigures::estimateKey = QStringLiteral("estimate");
const QString CapitalFigures::spentKey = QStringLiteral("spent");
const QString CapitalFigures::endedKey = QStringLiteral("ended");
const QString CapitalFigures::openKey = QStringLiteral("open");

QString CapitalFigures::slipBucketKey(qint64 days)
{
    for (const Bucket &bucket : buckets) {
        if (days <= bucket.upTo)
            return QLatin1String(bucket.key);
    }
    return QLatin1String(buckets.back().key);
}

QString CapitalFigures::stageKey(const CapitalProjectSummary &summary)
{
    switch (summary.stage) {
    case Stage::NotStarted:
        return QStringLiteral("not_started");
    case Stage::InProgress:
        return QStringLiteral("phase:") + norm(summary.currentPhase);
    case Stage::BetweenPhases:
        return QStringLiteral("between_phases");
    case Stage::Completed:
        break;
    }
    return QStringLiteral("completed");
}

CapitalFigures CapitalFigures::compute(const QList<CapitalProject> &projects, const DashboardFilter &filter)
{
    CapitalFigures figures;
    figures.asOf = filter.asOf;
    const QList<Breakdown::Label> money{{budgetKey, tr("Budget")}, {estimateKey, tr("Estimate at completion")},
                                        {spentKey, tr("Spent")}};
    const QList<Breakdown::Label> count{{QStringLiteral("projects"), tr("Projects")}};
    figures.byType = Breakdown({}, count);
    figures.amountsByType = Breakdown({}, money);
    figures.amountsByDistrict = Breakdown({}, money);
    QList<Breakdown::Label> bucketLabels;
    for (const Bucket &bucket : buckets)
        bucketLabels.append({QLatin1String(bucket.key), bucketText(bucket)});
    figures.slipDistribution = Breakdown(bucketLabels, {{endedKey, tr("Measured on ended phases")},
                                                        {openKey, tr("Still open past planned end (at least)")}});

    // Stages: phases under way in order of first appearance, between the fixed ones.
    Breakdown phases({}, count);
    Breakdown stages({{QStringLiteral("not_started"), CapitalProjectSummary::stageName(Stage::NotStarted)}}, count);
    Figure between;
    Figure completed;

    figures.summaries.reserve(projects.size());
    for (int row = 0; row < projects.size(); ++row) {
        const CapitalProject &project = projects.at(row);
        const CapitalProjectSummary summary = CapitalProjectSummary::of(project, filter.asOf);
        figures.summaries.append(summary);
        if (!filter.matches(project))
            continue;
        const bool sample = summary.illustrative;
        figures.projects.add(1, row, sample);

        switch (summary.stage) {
        case Stage::NotStarted:
            stages.at(0, 0).add(1, row, sample);
            break;
        case Stage::InProgress:
            phases.at(0, phases.addCategory({stageKey(summary), summary.currentPhase.trimmed()})).add(1, row, sample);
            break;
        case Stage::BetweenPhases:
            between.add(1, row, sample);
            break;
        case Stage::Completed:
            completed.add(1, row, sample);
            break;
        }

        const Breakdown::Label type = labelOr(project.projectType, tr("(no type)"));
        figures.byType.at(0, figures.byType.addCategory(type)).add(1, row, sample);
        // A project without any amount has no place among the amounts: no empty category for it.
        if (summary.budget || summary.estimate || summary.spent) {
            addAmounts(figures.amountsByType, figures.amountsByType.addCategory(type), summary, row);
            addAmounts(figures.amountsByDistrict,
                       figures.amountsByDistrict.addCategory(labelOr(project.region, tr("(no district)"))), summary,
                       row);
        }
        if (summary.budget)
            figures.budget.add(*summary.budget, row, sample);
        if (summary.estimate)
            figures.estimate.add(*summary.estimate, row, sample);
        if (summary.spent)
            figures.spent.add(*summary.spent, row, sample);
        if (summary.isOverBudget()) {
            figures.overBudget.add(1, row, sample);
            figures.overBudgetAmount.add(summary.comparableEstimate - summary.comparableBudget, row, sample);
        }

        switch (summary.schedule) {
        case Schedule::NoPlannedEnd:
            figures.withoutPlannedEnd.add(1, row, sample);
            break;
        case Schedule::NotYetDue:
            figures.notYetDue.add(1, row, sample);
            break;
        case Schedule::Ended:
        case Schedule::Open: {
            const int series = summary.schedule == Schedule::Open ? 1 : 0;
            figures.slipDistribution.at(series, figures.slipDistribution.categoryIndex(slipBucketKey(summary.slipDays)))
                .add(1, row, sample);
            if (summary.isLate()) {
                figures.late.add(1, row, sample);
                figures.maximumSlipDays = std::max(figures.maximumSlipDays, summary.slipDays);
                if (summary.schedule == Schedule::Open)
                    figures.openLate.add(1, row, sample);
            }
            break;
        }
        }
    }

    // Phases under way in the order projects run through them: by where a phase sits, on
    // average, in the phase lists of projects that have more than one (0 first, 1 last). The
    // order of first appearance would not do: many projects list a single phase.
    QHash<QString, double> positionSum;
    QHash<QString, int> positionCount;
    for (const CapitalProject &project : projects) {
        const qsizetype phaseCount = project.phases.size();
        if (phaseCount < 2)
            continue;
        for (qsizetype i = 0; i < phaseCount; ++i) {
            const QString key = QStringLiteral("phase:") + norm(project.phases.at(i).name);
            positionSum[key] += double(i) / double(phaseCount - 1);
            ++positionCount[key];
        }
    }
    const auto position = [&](const QString &key) {
        const int seen = positionCount.value(key);
        return seen > 0 ? positionSum.value(key) / seen : 0.5;
    };
    QList<int> order;
    for (int c = 0; c < phases.categoryCount(); ++c)
        order.append(c);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return position(phases.categories().at(a).key) < position(phases.categories().at(b).key);
    });
    for (int c : order)
        stages.at(0, stages.addCategory(phases.categories().at(c))) = phases.at(0, c);
    stages.at(0, stages.addCategory({QStringLiteral("between_phases"),
                                     CapitalProjectSummary::stageName(Stage::BetweenPhases)})) = between;
    stages.at(0, stages.addCategory({QStringLiteral("completed"), CapitalProjectSummary::stageName(Stage::Completed)}))
        = completed;
    figures.byStage = stages;
    figures.byType.sortCategoriesByTotal();
    figures.amountsByType.sortCategoriesByTotal();
    figures.amountsByDistrict.sortCategoriesByKey();
    // Where the projects of each figure come from, now that every figure lists them.
    const auto source = [&](int row) { return projects.at(row).source; };
    for (Figure *figure : {&figures.projects, &figures.budget, &figures.estimate, &figures.spent, &figures.overBudget,
                           &figures.overBudgetAmount, &figures.late, &figures.openLate, &figures.notYetDue,
                           &figures.withoutPlannedEnd})
        figure->nameSources(source);
    for (Breakdown *breakdown : {&figures.byStage, &figures.byType, &figures.amountsByType, &figures.amountsByDistrict,
                                 &figures.slipDistribution})
        breakdown->nameSources(source);
    return figures;
}

} // namespace milepost
