// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressdisplay.h"

namespace milepost {

MilestoneStatus::State ProgressDisplay::colourState(const ShownStatus &shown)
{
    using State = MilestoneStatus::State;
    if (!shown.recorded())
        return shown.computed();
    switch (*shown.recorded()) {
    case ProgressStatus::Value::NotStarted:
        return State::NotStarted;
    case ProgressStatus::Value::OnTrack:
        return State::OnTrack;
    case ProgressStatus::Value::AtRisk:
        return State::DueSoon;
    case ProgressStatus::Value::OffTrack:
        return State::Overdue;
    case ProgressStatus::Value::Done:
        return State::Done;
    case ProgressStatus::Value::Deferred:
    case ProgressStatus::Value::Cancelled:
        break;
    }
    return State::Unknown;
}

QString ProgressDisplay::shortText(const ShownStatus &shown)
{
    if (!shown.recorded())
        return MilestoneStatus::stateName(shown.computed());
    const QString label = ProgressStatus::label(*shown.recorded());
    const qint64 days = shown.healthDays();
    switch (shown.health()) {
    case ShownStatus::Health::PastDue:
        return tr("%1 · %2 d past end", "recorded status, days since the planned end").arg(label).arg(days);
    case ShownStatus::Health::LateStart:
        return tr("%1 · %2 d past start", "recorded status, days since the planned start").arg(label).arg(days);
    case ShownStatus::Health::FinishedLate:
        return tr("%1 · %2 d late", "recorded status, days after the planned end").arg(label).arg(days);
    case ShownStatus::Health::Unknown:
    case ShownStatus::Health::OnSchedule:
    case ShownStatus::Health::Closed:
        break;
    }
    return label;
}

QString ProgressDisplay::toolTip(const ShownStatus &shown, const ProgressState *recorded)
{
    QStringList lines{shown.label(), shown.reason()};
    if (shown.isComputed())
        lines << tr("Nothing is recorded for this milestone as of this date: the status is computed from its dates.");
    if (const QString health = shown.healthText(); !health.isEmpty())
        lines << tr("Schedule: %1").arg(health);
    if (recorded && recorded->isRecorded()) {
        for (ProgressField::Id field : ProgressField::all) {
            if (field == ProgressField::Id::Status || recorded->value(field).isNull())
                continue;
            lines << tr("%1: %2").arg(ProgressField::label(field), ProgressField::displayValue(field, recorded->value(field)));
        }
        if (!recorded->note.isEmpty())
            lines << tr("Note (%1): %2").arg(recorded->noteAsOf.toString(Qt::ISODate), recorded->note);
    }
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QFont ProgressDisplay::font(const ShownStatus &shown)
{
    QFont font;
    font.setItalic(shown.isComputed());
    return font;
}

QString ProgressDisplay::percentText(const ProgressState *recorded)
{
    if (!recorded || recorded->value(ProgressField::Id::Percent).isNull())
        return {};
    return ProgressField::displayValue(ProgressField::Id::Percent, recorded->value(ProgressField::Id::Percent));
}

} // namespace milepost
