// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsedbatch.h"
#include "recordkey.h"

#include "io/owncachelines.h"
#include "store/batchhandoff.h"

#include <QString>

#include <thread>
#include <vector>

namespace milepost {

class CsvReader;
class RowParser;

// Reads and parses the rest of a file on a thread of its own, a batch of rows at a time, while
// the caller stores the batches before: on two cores an import then takes about as long as the
// slower of the two halves instead of both together. At most a few batches exist at once, so
// memory stays flat whatever the file size.
class RowPipeline final
{
public:
    static constexpr std::size_t batchRows = 512;
    static constexpr int batchCount = 4;

    // Starts reading at once; reader and parser are the pipeline's until it is destroyed. The
    // reading thread writes them all the time: they should be on cache lines of their own
    // (OwnCacheLines), not beside what the caller's thread writes.
    RowPipeline(CsvReader &reader, RowParser &parser);
    // Stops reading (anything not taken yet is dropped) and waits for the thread.
    ~RowPipeline();
    RowPipeline(const RowPipeline &) = delete;
    RowPipeline &operator=(const RowPipeline &) = delete;

    // The next batch, waiting for it if need be; nullptr at the end of the file or when reading
    // failed (then error() says why). The batch is valid until the next call.
    const ParsedBatch *next();
    // Why reading stopped before the end of the file; empty once next() returned nullptr otherwise.
    const QString &error() const { return m_error; }

private:
    void run();
    bool fill(ParsedBatch &batch);
    // Appends the row parse() made of a record (cells(), its key, its problems unless ok);
    // offsets receives where each cell's text starts in batch.text.
    void add(ParsedBatch &batch, ParsedBatch::Row row, bool ok, const QList<RowParser::Problem> &problems,
             std::vector<std::size_t> &offsets);

    // What the reading thread writes as it goes, apart from the taker's thread (OwnCacheLines).
    struct Reading
    {
        explicit Reading(Dataset::Id dataset)
            : key(dataset)
        {
        }
        RecordKey key;
        std::string keyText; // the row's key as built
        ParsedBatch filling;
    };

    CsvReader &m_reader;
    RowParser &m_parser;
    OwnCacheLines<Reading> m_reading;
    BatchHandoff<ParsedBatch> m_batches;
    QString m_error; // written by the reading thread before it finishes the handoff
    std::thread m_thread;
};

} // namespace milepost
