// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace milepost {

class Connection;
class PhasePositions;

// The rows of CapitalSummaryTable's capital_summary as CapitalSummaryPass works them out: the
// projects and their phases read in project order (capital_phases is keyed by project first, so
// neither read is sorted), each project's row complete as soon as its last phase is read. Only
// reads: CapitalSummaryPass writes the rows, on the same connection or, while this reads on a
// connection of its own on another thread, on its own.
class CapitalSummaryRows final
{
public:
    // SQL's sum() over the values that are not NULL: NULL over none. False when it leaves 64 bits.
    struct Sum
    {
        std::optional<qint64> value;
        bool add(qint64 more);
    };

    // SQL's min() and max() over the values that are not NULL.
    struct Extreme
    {
        std::optional<qint64> value;
        void most(qint64 other);
        void least(qint64 other);
    };

    // One project's phases, as they are read.
    struct Phases
    {
        Sum budget;
        Sum estimate;
        Sum spent;
        Sum over; // estimate less budget, over the phases that give both
        Extreme plannedEnd;
        Extreme plannedEndRank; // CapitalSummaryTable's plannedEndRank(): the day, then the precision
        Extreme endedSlip;
        Extreme openFirstEnd;
        Extreme openLastEnd;
        qint64 sample = 0;
        qint64 count = 0;
        qint64 ended = 0;
        qint64 started = 0;
        std::optional<qint64> currentLine; // of the current phase, when there is one
        std::string currentPhase;

        // As new, keeping the current phase's buffer.
        void clear();
    };

    static constexpr int projectTexts = 5; // region, board district, school name, site code, project type

    // A project's row: its own columns and its phases' totals. The texts are copies (the
    // projects' statement moves on) in buffers that are reused from batch to batch.
    struct Row
    {
        qint64 ord = 0; // not read here: CapitalSummaryPass numbers the projects
        qint64 id = 0;
        qint64 source = 0;
        qint64 line = 0; // the project's source line
        std::array<std::string, projectTexts> texts;
        std::array<bool, projectTexts> textIsNull{};
        Phases phases;
    };

    enum class Outcome {
        Done,
        Failed,   // the database could not be read (error says why) or was changed meanwhile
        TooLarge, // a sum or a difference leaves 64 bits: SQL's arithmetic must decide
        Stopped,  // deliver returned false
    };

    // Told a full batch of rows (count of them: batchRows, fewer at the end). It may swap the
    // vector's content for another of at least as many rows; false stops the reading.
    using Deliver = std::function<bool(std::vector<Row> &rows, std::size_t count)>;

    // Each status judged by CapitalProjectSummary the first time it is read (a list of the
    // distinct statuses beforehand was a pass over every phase: 0.11 s at 1.3 million).
    CapitalSummaryRows() = default;
    // ended and started: the statuses that say a phase has ended, and that it has started
    // without having ended; any other says neither (as SQL's IN lists say).
    CapitalSummaryRows(const QStringList &ended, const QStringList &started);

    // Reads every project and its phases on db, batchRows rows to a delivery. The phases read
    // are told to positions when given.
    Outcome read(Connection *db, std::size_t batchRows, PhasePositions *positions, const Deliver &deliver,
                 QString *error) const;

private:
    std::optional<std::pair<QStringList, QStringList>> m_listed; // ended, started
};

} // namespace milepost
