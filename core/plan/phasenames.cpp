// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasenames.h"

namespace milepost {

QString PhaseNames::key(Phase phase)
{
    switch (phase) {
    case Phase::Learn:
        return QStringLiteral("LEARN");
    case Phase::Assess:
        return QStringLiteral("ASSESS");
    case Phase::Communicate:
        return QStringLiteral("COMMUNICATE");
    case Phase::Act:
        break;
    }
    return QStringLiteral("ACT");
}

std::optional<Phase> PhaseNames::fromKey(const QString &key)
{
    const QString upper = key.trimmed().toUpper();
    for (Phase phase : allPhases) {
        if (PhaseNames::key(phase) == upper)
            return phase;
    }
    return std::nullopt;
}

QString PhaseNames::display(Phase phase)
{
    switch (phase) {
    case Phase::Learn:
        return tr("Learn");
    case Phase::Assess:
        return tr("Assess");
    case Phase::Communicate:
        return tr("Communicate");
    case Phase::Act:
        break;
    }
    return tr("Act");
}

} // namespace milepost
