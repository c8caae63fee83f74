// SPDX-License-Identifier: GPL-3.0-or-later
#include "importevent.h"

#include <array>
#include <utility>

namespace milepost {

namespace {

constexpr std::array outcomes{std::pair{ImportEvent::Outcome::Rejected, "rejected"},
                              std::pair{ImportEvent::Outcome::Blank, "blank"},
                              std::pair{ImportEvent::Outcome::Changed, "changed"},
                              std::pair{ImportEvent::Outcome::Gone, "gone"}};

} // namespace

QString ImportEvent::outcomeKey(Outcome outcome)
{
    for (const auto &[value, key] : outcomes) {
        if (value == outcome)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<ImportEvent::Outcome> ImportEvent::outcomeFromKey(const QString &key)
{
    for (const auto &[value, name] : outcomes) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QString ImportEvent::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Rejected:
        return tr("rejected");
    case Outcome::Blank:
        return tr("blank");
    case Outcome::Changed:
        return tr("changed");
    case Outcome::Gone:
        return tr("gone");
    }
    return {};
}

} // namespace milepost
