// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datecolumncheck.h"
#include "dateformat.h"
#include "datasetfield.h"
#include "importprofile.h"
#include "parsedcell.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace milepost {

class CsvRecord;

// Turns the records of one file into parsed cells for the store, by a profile resolved against
// the file's header. A row is either fully read or rejected with every value that failed and
// why; nothing is guessed, shifted or rounded.
class RowParser final
{
    Q_DECLARE_TR_FUNCTIONS(RowParser)

public:
    struct Problem
    {
        int column = 0; // 1-based; 0 for the whole row
        QString columnName;
        QString value;
        QString reason;
        // Set when the value proves the column's date format wrong for the whole file (only the
        // format with month and day exchanged reads it): the format the column needs.
        QString neededDateFormat;
    };

    // Resolves profile against header; false and error set when a mapped column is missing or
    // ambiguous (two columns with the same name and the profile does not say which).
    bool prepare(const ImportProfile &profile, const QStringList &header, QString *error);

    Dataset::Id dataset() const { return m_dataset; }
    // One cell per DatasetSchema field of the dataset, in schema order.
    const std::vector<ParsedCell> &cells() const { return m_cells; }
    // The 0-based file column that feeds field, or -1.
    // Safe from another thread while parse() runs.
    int columnOf(int field) const { return m_fileColumns.at(std::size_t(field)); }

    // Parses record into cells(); false when the row is rejected, with problems filled in.
    // keyComplete says whether the cells of the row's key were read, even when the row is
    // rejected: the store then keeps that record's earlier version. In a wide file (see
    // WideColumns) a record holds one row per wide column: wide says which.
    bool parse(const CsvRecord &record, QList<Problem> *problems, bool *keyComplete, int wide = 0);
    // Whether the last rejection was of the whole line (its quoting, its number of fields), not
    // of a value: a wide line rejected so is one row, as its columns cannot be trusted.
    bool lineRejected() const { return m_lineRejected; }

    // How many rows a record of a wide file holds (its wide columns); 0 for an ordinary file.
    int wideCount() const { return int(m_wide.size()); }
    // The 0-based file column of the wide row wide.
    int wideColumn(int wide) const { return m_wide.at(std::size_t(wide)).column; }
    // Whether the wide row wide of record has no value: it is blank, not rejected.
    bool wideBlank(const CsvRecord &record, int wide) const;

    // Whether record is a footer: its first non-empty value is TOTAL, Total or Grand Total, in
    // any case, optionally followed by a colon. Such a row sums others and is not data.
    static bool isTotal(const CsvRecord &record);

    // What the rows parsed so far showed of the order of day and month in each mapped date
    // column whose format leaves it in doubt (see DateColumnCheck), in schema order.
    QList<DateColumnCheck> dateChecks() const;

private:
    struct Column
    {
        const DatasetField *field = nullptr;
        int column = -1;
        DateFormat dateFormat;
        DateFormat swappedFormat; // valid when the order is in doubt
        // The first value that showed the order, and the first that proved it wrong.
        qint64 dates = 0;
        qint64 orderLine = 0;
        QString orderValue;
        qint64 proofLine = 0;
        QString proofValue;
        std::vector<std::string> codes; // UTF-8
        int unitExponent = 0; // the amount's unit: 3 thousands, 6 millions
        std::vector<std::pair<std::string, std::string>> valueMap; // UTF-8: the file's word, Milepost's
        bool rewrites = false; // extracts or has a value map: the cell's text is rewritten first
        bool extracts = false;
        QRegularExpression extract; // ColumnMapping::extract, when extracts
        std::vector<std::vector<std::string>> choiceSpellings; // per choice: key and spellings, UTF-8
        // A value the profile gives instead of a column, parsed once; its text is fixedText.
        bool fixed = false;
        ParsedCell fixedCell;
        std::string fixedText;
        bool required = false;
        bool inKey = false; // identifies the row: see keyComplete
    };

    // The row of a wide file that one of its columns makes: the column, and the value its name
    // gives the wide field, parsed once.
    struct Wide
    {
        int column = -1;
        ParsedCell cell;
        std::string text;
    };

    bool prepareWide(const WideColumns &wide, QString *error);
    bool fieldsFit(const CsvRecord &record) const;
    bool parseCell(std::size_t index, std::string_view raw, QString *reason);
    Problem problemAt(const CsvRecord &record, int column, const QString &reason) const;
    bool parseDate(Column &column, std::string_view text, ParsedCell &cell, QString *reason);

    Dataset::Id m_dataset = Dataset::Staffing;
    QStringList m_header;
    char m_decimalSeparator = '.';
    bool m_unguard = false; // ImportProfile::formulaGuarded
    std::vector<Column> m_columns;
    std::vector<ParsedCell> m_cells;
    std::vector<std::string> m_scratch; // per field, for values that are rewritten (lists, periods)
    std::vector<std::string> m_extracted; // per field, the part of the cell ColumnMapping::extract took
    std::vector<Wide> m_wide;
    std::vector<int> m_fileColumns; // per field, its column as prepare() resolved it: see columnOf()
    int m_wideField = -1;      // the field the wide columns' names give
    int m_wideValueField = -1; // the field their cells give
    bool m_lineRejected = false;
    int m_positions = -1;
    int m_vacancies = -1;
    int m_hires = -1;
    int m_percentComplete = -1;
    std::vector<std::pair<int, int>> m_startEndPairs;
    qint64 m_line = 0;       // of the record being parsed
    QString m_neededFormat;  // set by parseDate for the problem it explains
};

} // namespace milepost
