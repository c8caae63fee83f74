// SPDX-License-Identifier: GPL-3.0-or-later
#include "capitalsummarypass.h"

#include "batchhandoff.h"
#include "capitaldashboardcells.h"
#include "capitaldashboardquery.h"
#include "capitalplaces.h"
#include "capitalsummaryjudge.h"
#include "capitalsummaryrows.h"
#include "phasepositions.h"
#include "statement.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <string_view>
#include <thread>
#include <tuple>
#include <vector>

namespace milepost {

namespace {

using Outcome = CapitalSummaryPass::Outcome;
using Row = CapitalSummaryRows::Row;

Outcome fail(QString *error, const QString &message)
{
    if (error)
        *error = CapitalDashboardQuery::tr("Could not count the capital projects: %1").arg(message);
    return Outcome::Failed;
}

// Rows are written several to an INSERT: written one to a statement, they took a third of the
// pass (0.56 of 1.6 s at 691,416 projects); 32 to a statement saves about a tenth of the pass.
constexpr int summaryColumns = 22;
constexpr std::size_t rowsPerInsert = 32;
// Rows are worked out a batch at a time (a multiple of rowsPerInsert: only the last batch
// leaves fewer); with a reading thread, at most this many batches go round between the two.
// The reader gets that far ahead while the writer numbers the projects, before it can write
// any: at 700,000 projects, numbering takes 0.14 s, in which the reader works out about
// 120,000 rows. With 4 batches it waited instead, and the pass took 0.06-0.08 s longer; the
// rows held cost 45 MiB at most (about half a kilobyte a row).
constexpr std::size_t batchRows = 16 * rowsPerInsert;
constexpr int batchCount = 256;
// Numbered as they come, the writer starts at once, and more batches bought nothing (0.80-0.90 s
// with 8 and 0.82-0.85 s with 256, both 73 MiB at peak): a few bound what a slow writer makes
// the reader hold.
constexpr int comingBatchCount = 16;

QString insertSql(const QString &table, std::size_t rows)
{
    QStringList values;
    for (std::size_t row = 0; row < rows; ++row) {
        QStringList slots;
        for (int column = 1; column <= summaryColumns; ++column)
            slots.append(QStringLiteral("?%1").arg(int(row) * summaryColumns + column));
        values.append(QLatin1Char('(') + slots.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    return QStringLiteral("INSERT INTO %1 (ord, id, source, region, board_district, school_name, site_code, project_type, "
                          "sample, budget, estimate, spent, over_amount, planned_end, planned_end_precision, ended_slip, "
                          "open_first_end, open_last_end, phases, ended, started, current_phase) VALUES %2")
        .arg(table, values.join(QStringLiteral(", ")));
}

void bindOptional(Statement &insert, int index, const std::optional<qint64> &value)
{
    if (value)
        insert.bindInt64(index, *value);
    else
        insert.bindNull(index);
}

// Binds row as the row-th of insert's rows.
void bindRow(Statement &insert, int row, const Row &pending)
{
    const int o = row * summaryColumns;
    const CapitalSummaryRows::Phases &of = pending.phases;
    insert.bindInt64(o + 1, pending.ord);
    insert.bindInt64(o + 2, pending.id);
    insert.bindInt64(o + 3, pending.source);
    for (int text = 0; text < CapitalSummaryRows::projectTexts; ++text) {
        if (pending.textIsNull[std::size_t(text)])
            insert.bindNull(o + 4 + text);
        else
            insert.bindUtf8(o + 4 + text, pending.texts[std::size_t(text)]);
    }
    insert.bindInt64(o + 9, of.sample);
    bindOptional(insert, o + 10, of.budget.value);
    bindOptional(insert, o + 11, of.estimate.value);
    bindOptional(insert, o + 12, of.spent.value);
    bindOptional(insert, o + 13, of.over.value);
    bindOptional(insert, o + 14, of.plannedEnd.value);
    bindOptional(insert, o + 15, of.plannedEndRank.value ? std::optional<qint64>(*of.plannedEndRank.value % 4) : std::nullopt);
    bindOptional(insert, o + 16, of.endedSlip.value);
    bindOptional(insert, o + 17, of.openFirstEnd.value);
    bindOptional(insert, o + 18, of.openLastEnd.value);
    insert.bindInt64(o + 19, of.count);
    insert.bindInt64(o + 20, of.ended);
    insert.bindInt64(o + 21, of.started);
    if (of.currentLine)
        insert.bindUtf8(o + 22, of.currentPhase);
    else
        insert.bindNull(o + 22);
}

// Writes the rows worked out into the summary table, numbering them: each project's ord is its
// place by source, line and id, from 1. The rows come in id order, as the projects numbered.
class Writer
{
public:
    // also's cells and places are told each row.
    Writer(Connection *db, const QString &table, const CapitalSummaryPass::Also &also)
        : m_db(db)
        , m_table(table)
        , m_cells(also.cells)
        , m_asOf(also.asOf)
        , m_places(also.places)
    {
    }

    // The projects' ids in id order, and each one's ord.
    bool number(QString *error)
    {
        struct Key
        {
            qint64 source;
            qint64 line;
            qint64 id;
        };
        std::vector<Key> keys;
        Statement projects(m_db, QStringLiteral("SELECT id, source_id, source_line FROM capital_projects ORDER BY id"));
        Statement::Result step = Statement::Result::Done;
        while ((step = projects.step()) == Statement::Result::Row)
            keys.push_back({projects.columnInt64(1), projects.columnInt64(2), projects.columnInt64(0)});
        if (step == Statement::Result::Error) {
            fail(error, projects.error());
            return false;
        }
        m_ids.resize(keys.size());
        m_ords.resize(keys.size());
        const auto before = [](const Key &a, const Key &b) {
            return std::tie(a.source, a.line, a.id) < std::tie(b.source, b.line, b.id);
        };
        if (std::is_sorted(keys.cbegin(), keys.cend(), before)) {
            // Projects stored in the order of their lines (a first import): ord follows the id.
            std::iota(m_ords.begin(), m_ords.end(), qint64(1));
        } else {
            std::vector<std::size_t> order(keys.size());
            std::iota(order.begin(), order.end(), std::size_t(0));
            std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return before(keys[a], keys[b]); });
            for (std::size_t rank = 0; rank < order.size(); ++rank)
                m_ords[order[rank]] = qint64(rank) + 1;
        }
        for (std::size_t at = 0; at < keys.size(); ++at)
            m_ids[at] = keys[at].id;
        return true;
    }

    // Instead of number(): the projects numbered as they come, in id order, for projects whose
    // sources and lines follow their ids (as a source's first import stores them). write()
    // stops, outOfOrder(), at the first project that does not.
    void numberAsTheyCome() { m_asTheyCome = true; }
    bool outOfOrder() const { return m_outOfOrder; }

    // The next count rows, the first of them the project after the last written.
    bool write(std::vector<Row> &rows, std::size_t count, QString *error)
    {
        for (std::size_t row = 0; row < count; ++row) {
            if (m_asTheyCome) {
                if (!follows(rows[row]))
                    return false;
                rows[row].ord = qint64(++m_next);
            } else {
                // Never within one snapshot; with a reading connection, never when it saw the
                // same data (CapitalSummaryTable compares their versions).
                if (m_next >= m_ids.size() || m_ids[m_next] != rows[row].id)
                    return changed(error);
                rows[row].ord = m_ords[m_next++];
            }
            if (m_cells)
                m_cells->add(CapitalSummaryJudge::judge(rows[row], m_asOf));
            if (m_places)
                addPlaces(rows[row]);
        }
        for (std::size_t first = 0; first < count; first += rowsPerInsert) {
            const std::size_t size = std::min(rowsPerInsert, count - first);
            Statement &insert = size == rowsPerInsert ? m_insert : m_last;
            if (!insert.isValid() && !insert.prepare(m_db, insertSql(m_table, size))) {
                fail(error, insert.error());
                return false;
            }
            for (std::size_t row = 0; row < size; ++row)
                bindRow(insert, int(row), rows[first + row]);
            if (!insert.run()) {
                fail(error, insert.error());
                return false;
            }
            insert.rewind();
        }
        return true;
    }

    // Whether every project numbered was written.
    bool finish(QString *error) { return m_asTheyCome || m_next == m_ids.size() || changed(error); }

private:
    // Whether row comes after the last one numbered as they come, by source, line and id.
    bool follows(const Row &row)
    {
        const auto key = std::tie(row.source, row.line, row.id);
        if (m_next > 0 && key <= std::tie(m_previous.source, m_previous.line, m_previous.id)) {
            m_outOfOrder = true;
            return false;
        }
        m_previous = {row.source, row.line, row.id};
        return true;
    }

    void addPlaces(const Row &row)
    {
        const auto text = [&row](std::size_t which) {
            return row.textIsNull[which] ? std::nullopt : std::optional<std::string_view>(row.texts[which]);
        };
        m_places->add(text(0), text(1), text(2)); // region, board district, school name
    }

    bool changed(QString *error)
    {
        fail(error, CapitalDashboardQuery::tr("the projects changed while they were read"));
        return false;
    }

    Connection *m_db;
    QString m_table;
    CapitalDashboardCells *m_cells;
    qint64 m_asOf;
    CapitalPlaces *m_places;
    std::vector<qint64> m_ids;
    std::vector<qint64> m_ords;
    std::size_t m_next = 0;
    bool m_asTheyCome = false;
    bool m_outOfOrder = false;
    struct
    {
        qint64 source = 0;
        qint64 line = 0;
        qint64 id = 0;
    } m_previous; // the last project numbered as they come
    Statement m_insert; // of rowsPerInsert rows
    Statement m_last;   // of the rows left at the end, fewer
};

Outcome outcomeOf(CapitalSummaryRows::Outcome read)
{
    switch (read) {
    case CapitalSummaryRows::Outcome::Done:
        return Outcome::Filled;
    case CapitalSummaryRows::Outcome::TooLarge:
        return Outcome::TooLarge;
    case CapitalSummaryRows::Outcome::Failed:
    case CapitalSummaryRows::Outcome::Stopped:
        break;
    }
    return Outcome::Failed;
}

// One pass: the projects numbered first, or as they come (asTheyCome), when outOfOrder is set
// if they do not follow their lines.
Outcome fillOnce(Connection *db, const QString &table, const CapitalSummaryRows &rows, const CapitalSummaryPass::Also &also,
                 QString *error, Connection *reading, bool asTheyCome, bool *outOfOrder)
{
    PhasePositions *positions = also.positions;
    Writer writer(db, table, also);
    const auto number = [&](QString *failure) {
        if (!asTheyCome)
            return writer.number(failure);
        writer.numberAsTheyCome();
        return true;
    };
    const auto failedWriting = [&](QString *failure) {
        *outOfOrder = writer.outOfOrder();
        if (!*outOfOrder && error)
            *error = *failure;
        return Outcome::Failed;
    };
    if (!reading) {
        QString writeError;
        if (!number(&writeError))
            return failedWriting(&writeError);
        const CapitalSummaryRows::Outcome read = rows.read(
            db, batchRows, positions,
            [&](std::vector<Row> &batch, std::size_t count) { return writer.write(batch, count, &writeError); }, error);
        if (read == CapitalSummaryRows::Outcome::Stopped)
            return failedWriting(&writeError);
        if (read == CapitalSummaryRows::Outcome::Done && !writer.finish(error))
            return Outcome::Failed;
        return outcomeOf(read);
    }

    // Reading (the projects, every phase, the work per phase) and writing (numbering the
    // projects, the INSERTs, the cells and places) take about as long each: 0.72 and 0.69 s of
    // CPU at 1.3 million phases, numbered as they come. On a thread of its own, through a
    // connection of its own, the reading goes on while this thread numbers and writes.
    BatchHandoff<std::vector<Row>> handoff(asTheyCome ? comingBatchCount : batchCount);
    QString readError;
    CapitalSummaryRows::Outcome read = CapitalSummaryRows::Outcome::Failed;
    std::thread reader([&] {
        read = rows.read(
            reading, batchRows, positions,
            [&handoff](std::vector<Row> &batch, std::size_t count) { return handoff.give(batch, count); }, &readError);
        handoff.finish();
    });
    QString writeError;
    bool written = number(&writeError);
    std::size_t count = 0;
    while (written) {
        std::vector<Row> *batch = handoff.take(&count);
        if (!batch)
            break;
        written = writer.write(*batch, count, &writeError);
    }
    if (!written)
        handoff.stop();
    reader.join();
    if (!written)
        return failedWriting(&writeError);
    if (read != CapitalSummaryRows::Outcome::Done) {
        if (error)
            *error = readError;
        return outcomeOf(read);
    }
    return writer.finish(error) ? Outcome::Filled : Outcome::Failed;
}

} // namespace

CapitalSummaryPass::Outcome CapitalSummaryPass::fill(Connection *db, const QString &table, const CapitalSummaryRows &rows,
                                                     const Also &also, QString *error, Connection *reading)
{
    bool outOfOrder = false;
    if (also.inLineOrder) {
        const Outcome outcome = fillOnce(db, table, rows, also, error, reading, true, &outOfOrder);
        if (!outOfOrder)
            return outcome;
        // Not in the order of their lines after all: the table emptied, and filled again with the
        // projects numbered first; what also names forgets what it was told.
        QString message;
        if (!Statement::execute(db, QStringLiteral("DELETE FROM %1").arg(table), &message))
            return fail(error, message);
        if (also.positions)
            *also.positions = PhasePositions();
        if (also.cells)
            *also.cells = CapitalDashboardCells();
        if (also.places)
            *also.places = CapitalPlaces();
    }
    return fillOnce(db, table, rows, also, error, reading, false, &outOfOrder);
}

} // namespace milepost
