// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phase.h"
#include "planimportresult.h"

#include <QCoreApplication>
#include <QString>

namespace milepost {

// Reads a plan report as text (the 100-Day Plan report: "# PHASE | Title" headings with
// OBJECTIVE, STATUS, NARRATIVE and IMPLEMENTATION PLAN tables), or a bare tab-separated
// milestone table pasted from Word or a PDF (title, start, end, quarter marks).
class PlanReader final
{
    Q_DECLARE_TR_FUNCTIONS(PlanReader)

public:
    struct Options
    {
        // A pasted table has no headings: its milestones go to one objective in this phase,
        // titled after the file unless pastedTitle is set.
        Phase pastedPhase = Phase::Act;
        QString pastedTitle;
    };

    static PlanImportResult readFile(const QString &path, const Options &options);
    static PlanImportResult readFile(const QString &path) { return readFile(path, Options{}); }
    static PlanImportResult readText(const QString &text, const QString &sourceName, const Options &options);
    static PlanImportResult readText(const QString &text, const QString &sourceName)
    {
        return readText(text, sourceName, Options{});
    }
};

} // namespace milepost
