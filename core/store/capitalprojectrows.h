// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/capitalproject.h"

#include <QString>

namespace milepost {

class Statement;

// How a capital project and a phase are read back from their tables, for every reader of
// them (DatasetRepository, CapitalTimelineQuery): the columns to select, in this order, and the
// row read from the statement's current row.
class CapitalProjectRows final
{
public:
    // id, the project's columns and its source's name, from capital_projects.
    static QString projectColumns();
    // The project of the statement's row (projectColumns() from column 0); its phases are not read.
    static CapitalProject project(const Statement &statement);
    static qint64 projectId(const Statement &statement) { return idAt(statement); }

    // project_id and the phase's columns, from capital_phases.
    static QString phaseColumns();
    // The phase of the statement's row (phaseColumns() from column 0).
    static CapitalPhase phase(const Statement &statement);
    static qint64 phaseProjectId(const Statement &statement) { return idAt(statement); }

private:
    static qint64 idAt(const Statement &statement);
};

} // namespace milepost
