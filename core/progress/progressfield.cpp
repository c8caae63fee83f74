// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressfield.h"

#include "progressstatus.h"
#include "time/plandate.h"

namespace milepost {

QString ProgressField::key(Id field)
{
    switch (field) {
    case Id::Status:
        return QStringLiteral("status");
    case Id::Percent:
        return QStringLiteral("percent");
    case Id::ActualStart:
        return QStringLiteral("actual_start");
    case Id::ActualEnd:
        return QStringLiteral("actual_end");
    case Id::Owner:
        return QStringLiteral("owner");
    case Id::Office:
        break;
    }
    return QStringLiteral("office");
}

QString ProgressField::label(Id field)
{
    switch (field) {
    case Id::Status:
        return tr("Status");
    case Id::Percent:
        return tr("Percent complete");
    case Id::ActualStart:
        return tr("Actual start");
    case Id::ActualEnd:
        return tr("Actual end");
    case Id::Owner:
        return tr("Owner");
    case Id::Office:
        break;
    }
    return tr("Office");
}

std::optional<ProgressField::Id> ProgressField::fromKey(const QString &key)
{
    for (Id field : all) {
        if (ProgressField::key(field) == key)
            return field;
    }
    return std::nullopt;
}

bool ProgressField::normalise(Id field, const QString &input, QString *canonical, QString *reason)
{
    const QString text = input.simplified();
    canonical->clear();
    if (text.isEmpty()) {
        *canonical = QString(); // null: clears the value
        return true;
    }
    switch (field) {
    case Id::Status:
        if (const auto status = ProgressStatus::parse(text)) {
            *canonical = ProgressStatus::key(*status);
            return true;
        }
        *reason = tr("“%1” is not a status; use one of %2").arg(text, ProgressStatus::keyList());
        return false;
    case Id::Percent: {
        QString digits = text;
        if (digits.endsWith(QLatin1Char('%')))
            digits = digits.chopped(1).trimmed();
        bool ok = false;
        const int percent = digits.toInt(&ok);
        if (ok && percent >= 0 && percent <= 100) {
            *canonical = QString::number(percent);
            return true;
        }
        *reason = tr("“%1” is not a percent complete: give a whole number from 0 to 100").arg(text);
        return false;
    }
    case Id::ActualStart:
    case Id::ActualEnd: {
        const PlanDate date = PlanDate::parse(text);
        if (date.kind() == PlanDate::Kind::Exact) {
            *canonical = date.firstDay().toString(Qt::ISODate);
            return true;
        }
        *reason = tr("%1 “%2” is not a day (use YYYY-MM-DD)").arg(label(field), text);
        return false;
    }
    case Id::Owner:
    case Id::Office:
        break;
    }
    *canonical = text;
    return true;
}

QString ProgressField::displayValue(Id field, const QString &canonical)
{
    if (canonical.isEmpty())
        return {};
    switch (field) {
    case Id::Status:
        if (const auto status = ProgressStatus::parse(canonical))
            return ProgressStatus::label(*status);
        break;
    case Id::Percent:
        return tr("%1%", "percent complete").arg(canonical);
    case Id::ActualStart:
    case Id::ActualEnd:
    case Id::Owner:
    case Id::Office:
        break;
    }
    return canonical;
}

} // namespace milepost
