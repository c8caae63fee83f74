// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <QtGlobal>

namespace milepost {

class CapitalDashboardCells;
class CapitalPlaces;
class CapitalSummaryRows;
class Connection;
class PhasePositions;

// Fills CapitalSummaryTable's capital_summary on SQLite in this process: one pass over the
// projects and their phases, both read in project order, each project's row worked out as soon
// as its last phase is read (and written with the next few, several rows to an INSERT).
// SQLite's own GROUP BY evaluated some twenty aggregates and tests for each of 1.3 million
// phases (2.3 of the 3.3 seconds the summary took); here each phase is a few comparisons. PostgreSQL aggregates on the server (CapitalSummaryTable::build).
//
// Every column is what CapitalSummaryTable's SQL gives, exactly: sums over the values that are
// not NULL (NULL over none), the greatest planned end and its precision, the most days an
// ended phase was late, the first and last planned end of the open phases, the counts, and the
// current phase (the in-progress phase on the greatest source line, of those the greatest name
// by its UTF-8 bytes). ord numbers the projects by source, line and id, from 1.
//
// The rows are worked out by CapitalSummaryRows. Given a connection of its own to read on, the
// reading runs on a thread of its own while this one numbers the projects and writes the rows
// (on two cores, the pass then takes about as long as its reading).
class CapitalSummaryPass final
{
public:
    enum class Outcome { Filled, Failed, TooLarge };

    // What the pass works out besides the summary, each when given.
    struct Also
    {
        // Told every phase read (CapitalDashboardCounts needs where each sits, and would read
        // every phase again).
        PhasePositions *positions = nullptr;
        // Told every project as of the day asOf (CapitalSummaryJudge): the first count after the
        // build, over every project, then reads none back.
        CapitalDashboardCells *cells = nullptr;
        qint64 asOf = 0;
        // Told every project's places (the dashboard filter's), which then need no pass of their own.
        CapitalPlaces *places = nullptr;
        // The projects probably follow their sources and lines in id order, as a source's first
        // import stores them (CapitalSummaryTable::build says when): numbered as they come, not
        // in a pass over every project beforehand (0.14 s at 691,416 projects). At the first that
        // does not, the table is emptied and filled again with the projects numbered first.
        bool inLineOrder = false;
    };

    // Fills table, which must exist and be empty, with the rows worked out by rows (which also
    // judges the statuses). TooLarge when a sum or a difference leaves 64 bits, where SQL's
    // arithmetic differs (an error, or a REAL): the caller empties the table and lets SQL fill
    // it. Failed with error set when the database cannot be read or written (or the count is
    // cancelled). What also names is told only what a pass that fills the table read.
    // reading, when given, is another connection to the same database, in a snapshot of the
    // same data as db's (the caller makes sure); the projects and phases are read through it.
    static Outcome fill(Connection *db, const QString &table, const CapitalSummaryRows &rows, const Also &also,
                        QString *error, Connection *reading = nullptr);
};

} // namespace milepost
