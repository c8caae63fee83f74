// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsedcell.h"
#include "rowparser.h"

#include <QList>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace milepost {

// Rows of a file as RowPipeline read and parsed them, owning their text, so that they can be
// handed from the reading thread to the storing one.
struct ParsedBatch final
{
    enum class Kind : quint8 {
        Parsed,   // every cell read: store it
        Rejected, // problems say why; the cells are there for the key when keyComplete
        Blank,    // nothing on the line; in a wide file, nothing in the row's wide column
        Total,    // a footer: its first value is TOTAL or Grand Total (see RowParser::isTotal)
    };
    struct Row
    {
        Kind kind = Kind::Parsed;
        bool keyComplete = false;
        qint64 line = 0;
        int blankColumn = 0; // Blank in a wide file: the 1-based column that was empty
        std::size_t firstCell = 0; // into cells; fieldCount cells unless Blank
        qsizetype firstProblem = 0; // into problems
        qsizetype problemCount = 0;
        std::size_t keyOffset = 0; // into keys: the row's RecordKey, when its key fields were read
        std::size_t keyLength = 0;
        std::size_t keyHash = 0; // RecordKey::hashOf
    };

    std::vector<Row> rows;
    std::vector<ParsedCell> cells; // each row's cells in DatasetSchema order; text points into text
    std::string text;
    std::string keys;
    QList<RowParser::Problem> problems;
    std::size_t fieldCount = 0;
    qint64 bytesRead = 0; // of the file, when the batch was complete: for progress

    std::span<const ParsedCell> cellsOf(const Row &row) const { return {cells.data() + row.firstCell, fieldCount}; }
    std::string_view keyOf(const Row &row) const { return std::string_view(keys).substr(row.keyOffset, row.keyLength); }
};

} // namespace milepost
