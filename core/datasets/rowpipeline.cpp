// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowpipeline.h"

#include "csv/csvreader.h"
#include "csv/csvrecord.h"

namespace milepost {

RowPipeline::RowPipeline(CsvReader &reader, RowParser &parser)
    : m_reader(reader)
    , m_parser(parser)
    , m_reading(parser.dataset())
    , m_batches(batchCount)
{
    m_thread = std::thread([this] { run(); });
}

RowPipeline::~RowPipeline()
{
    m_batches.stop();
    m_thread.join();
}

const ParsedBatch *RowPipeline::next()
{
    std::size_t rows = 0;
    return m_batches.take(&rows);
}

void RowPipeline::run()
{
    for (;;) {
        ParsedBatch &filling = m_reading->filling;
        const bool more = fill(filling);
        if (!filling.rows.empty() && !m_batches.give(filling, filling.rows.size()))
            return; // stopped
        if (!more) {
            m_error = m_reader.error();
            m_batches.finish();
            return;
        }
    }
}

void RowPipeline::add(ParsedBatch &batch, ParsedBatch::Row row, bool ok, const QList<RowParser::Problem> &problems,
                      std::vector<std::size_t> &offsets)
{
    const std::vector<ParsedCell> &parsed = m_parser.cells();
    if (!ok) {
        row.kind = ParsedBatch::Kind::Rejected;
        row.firstProblem = batch.problems.size();
        row.problemCount = problems.size();
        batch.problems.append(problems);
    }
    if (ok || row.keyComplete) {
        std::string &keyText = m_reading->keyText;
        m_reading->key.build(parsed, &keyText);
        row.keyOffset = batch.keys.size();
        row.keyLength = keyText.size();
        row.keyHash = RecordKey::hashOf(keyText);
        batch.keys += keyText;
    }
    row.firstCell = batch.cells.size();
    for (const ParsedCell &cell : parsed) {
        offsets.push_back(batch.text.size());
        batch.text.append(cell.text);
        batch.cells.push_back(cell);
    }
    batch.rows.push_back(row);
}

bool RowPipeline::fill(ParsedBatch &batch)
{
    batch.rows.clear();
    batch.cells.clear();
    batch.text.clear();
    batch.keys.clear();
    batch.problems.clear();
    const std::vector<ParsedCell> &parsed = m_parser.cells();
    batch.fieldCount = parsed.size();
    // Text offsets first: text grows as rows come, and views into it are made at the end.
    std::vector<std::size_t> offsets;
    offsets.reserve(batchRows * batch.fieldCount);

    CsvRecord record;
    QList<RowParser::Problem> problems;
    bool more = true;
    while (batch.rows.size() < batchRows) {
        if (!m_reader.next(record)) {
            more = false;
            break;
        }
        ParsedBatch::Row row;
        row.line = record.line();
        if (record.isBlank()) {
            row.kind = ParsedBatch::Kind::Blank;
            batch.rows.push_back(row);
            continue;
        }
        if (RowParser::isTotal(record)) {
            row.kind = ParsedBatch::Kind::Total;
            batch.rows.push_back(row);
            continue;
        }
        const int wideCount = m_parser.wideCount();
        if (wideCount == 0) {
            add(batch, row, m_parser.parse(record, &problems, &row.keyComplete), problems, offsets);
            continue;
        }
        // A wide record holds one row per wide column.
        for (int wide = 0; wide < wideCount; ++wide) {
            ParsedBatch::Row current = row;
            if (m_parser.wideBlank(record, wide)) {
                current.kind = ParsedBatch::Kind::Blank;
                current.blankColumn = m_parser.wideColumn(wide) + 1;
                batch.rows.push_back(current);
                continue;
            }
            const bool ok = m_parser.parse(record, &problems, &current.keyComplete, wide);
            add(batch, current, ok, problems, offsets);
            if (!ok && m_parser.lineRejected())
                break; // the line's columns cannot be trusted: one rejected row
        }
    }
    const char *text = batch.text.data();
    for (std::size_t i = 0; i < batch.cells.size(); ++i) {
        ParsedCell &cell = batch.cells[i];
        cell.text = std::string_view(text + offsets[i], cell.text.size());
    }
    batch.bytesRead = m_reader.bytesRead();
    return more;
}

} // namespace milepost
