// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phase.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace milepost {

class PhaseNames final
{
    Q_DECLARE_TR_FUNCTIONS(PhaseNames)

public:
    // "LEARN", "ASSESS", ... as the report and the database spell them.
    static QString key(Phase phase);
    static std::optional<Phase> fromKey(const QString &key);
    // "Learn", "Assess", ... for people.
    static QString display(Phase phase);
};

} // namespace milepost
