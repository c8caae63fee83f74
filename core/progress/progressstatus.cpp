// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressstatus.h"

#include <QStringList>

namespace milepost {

namespace {

// "On-Track", "on track" and "on_track" all become "on_track".
QString folded(const QString &text)
{
    QString result = text.simplified().toCaseFolded();
    result.replace(QLatin1Char(' '), QLatin1Char('_'));
    result.replace(QLatin1Char('-'), QLatin1Char('_'));
    return result;
}

} // namespace

QString ProgressStatus::key(Value value)
{
    switch (value) {
    case Value::NotStarted:
        return QStringLiteral("not_started");
    case Value::OnTrack:
        return QStringLiteral("on_track");
    case Value::AtRisk:
        return QStringLiteral("at_risk");
    case Value::OffTrack:
        return QStringLiteral("off_track");
    case Value::Done:
        return QStringLiteral("done");
    case Value::Deferred:
        return QStringLiteral("deferred");
    case Value::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

QString ProgressStatus::label(Value value)
{
    switch (value) {
    case Value::NotStarted:
        return tr("Not started");
    case Value::OnTrack:
        return tr("On track");
    case Value::AtRisk:
        return tr("At risk");
    case Value::OffTrack:
        return tr("Off track");
    case Value::Done:
        return tr("Done");
    case Value::Deferred:
        return tr("Deferred");
    case Value::Cancelled:
        break;
    }
    return tr("Cancelled");
}

std::optional<ProgressStatus::Value> ProgressStatus::parse(const QString &text)
{
    const QString wanted = folded(text);
    if (wanted.isEmpty())
        return std::nullopt;
    for (Value value : all) {
        if (wanted == key(value) || wanted == folded(label(value)))
            return value;
    }
    // The usual other spelling of the last one.
    if (wanted == QLatin1String("canceled"))
        return Value::Cancelled;
    return std::nullopt;
}

bool ProgressStatus::isClosed(Value value)
{
    return value == Value::Done || value == Value::Deferred || value == Value::Cancelled;
}

QString ProgressStatus::keyList()
{
    QStringList keys;
    for (Value value : all)
        keys.append(key(value));
    return keys.join(QLatin1String(", "));
}

} // namespace milepost
