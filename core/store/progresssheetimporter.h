// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvdialect.h"
#include "progress/progresssheet.h"
#include "progress/progressupdate.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace milepost {

class ProgressRepository;

// Reads a filled-in progress update sheet (ProgressSheet) back: one update per row, for the
// milestone its Id names, setting the fields whose columns to fill in are not empty, with the
// row's Note and its As of date (today when empty).
//
// Every data row is stored, unchanged (the values were already so and there is no note),
// rejected with its line, column and reason (an id that is not in the plan, an unknown status
// word, a percent of 140, a day that cannot be read or is after today, a completion before the
// start, the same milestone twice), or blank (nothing to fill in given); the counts add up to
// the rows read. The rows taken are stored in one transaction: when it fails, nothing is.
//
// The sheet is read in two steps, so that a person sees what will change before it does:
// read() works out every update and change and touches nothing; commit() stores them. A sheet
// that came back through a spreadsheet may be in another encoding or delimiter (detected, as
// for any import), have its own column names (Options::columns), and write its dates as the
// spreadsheet's locale does. Its dates are read one way for the whole sheet: the order of day
// and month is told from every date it reads and the current actual dates Milepost wrote (not
// the planned dates, which keep the plan's own text); a sheet whose dates read both ways is not
// guessed at (Options::dateFormat).
class ProgressSheetImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressSheetImporter)

public:
    using Columns = std::array<int, ProgressSheet::ColumnCount>; // 0-based file columns; -1 none

    struct Rejection
    {
        qint64 line = 0;
        QString column;
        QString reason;
    };
    struct Report
    {
        bool ok = false; // the file was read and the rows taken were stored
        QString error; // why not
        qint64 read = 0;
        qint64 stored = 0;
        qint64 unchanged = 0;
        qint64 rejected = 0;
        qint64 blank = 0;
        QList<Rejection> rejections; // one or more per rejected row, in file order
    };
    struct Options
    {
        std::optional<Columns> columns; // nullopt: found by name in the header, ignoring case
        // Sheet columns the file names otherwise (Id read from "Milestone ID"), over those found
        // by name; a name the header does not have is an error.
        QList<QPair<ProgressSheet::Column, QString>> renamed;
        QString dateFormat; // a DateFormat pattern (D/M/YYYY); empty: told from the sheet
        std::optional<CsvDialect> dialect; // nullopt: detected
    };
    // One value an update would change, as a person reads it.
    struct Change
    {
        qint64 line = 0;
        qint64 milestoneId = 0;
        QString milestone; // its title
        QString field; // the field's label, or "Note"
        QString before; // empty when not recorded
        QString after;
    };
    // What committing the sheet would do. report counts as commit() will (stored: the rows
    // that change something); report.ok is false, with report.error, when the sheet cannot be
    // read or its dates cannot be told (dateOrderInDoubt).
    struct Reading
    {
        Report report;
        QStringList header;
        Columns columns{};
        CsvDialect dialect;
        QString dialectReason; // how the encoding and delimiter were found
        QString dates; // how the sheet's numeric dates are read, for a person; empty when it has none
        bool dateOrderInDoubt = false; // every date reads both ways and no format was given
        QList<Change> changes; // in file order
        QList<ProgressUpdate> updates;
        QList<qint64> lines; // of each update
    };

    ProgressSheetImporter(ProgressRepository &repository, const QString &enteredBy, const QDate &today);

    // The columns of header that ProgressSheet names, ignoring case and spaces around them.
    static Columns columnsByName(const QStringList &header);
    // The sheet column a person names ("Actual start", "actual_start", ignoring case).
    static std::optional<ProgressSheet::Column> columnNamed(const QString &name);

    Reading read(const QString &path, const Options &options = {}) const;
    // Stores what read() found, in one transaction; refused when someone recorded an update for
    // one of its milestones since (nothing is stored then).
    Report commit(const Reading &reading) const;
    Report importFile(const QString &path, const Options &options = {}) const { return commit(read(path, options)); }

private:
    ProgressRepository &m_repository;
    QString m_enteredBy;
    QDate m_today;
};

} // namespace milepost
