// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace milepost {

// One record of a delimited file as CsvReader read it: its fields as UTF-8 (quotes removed,
// doubled quotes undone, line breaks inside quotes kept), the physical lines it spans, and the
// first thing wrong with it. The fields are views into the record and are valid until the
// reader reuses it.
class CsvRecord final
{
    Q_DECLARE_TR_FUNCTIONS(CsvRecord)

public:
    enum class Problem {
        None,
        UnterminatedQuote,  // the file ends inside a quoted field
        TextAfterQuote,     // "abc"def: the closing quote is not followed by a delimiter
        TooLong,            // longer than CsvReader::maxRecordBytes or maxFields; the rest was skipped
        NulByte,            // a field holds the byte 0
        InvalidEncoding,    // a field is not valid text in the file's encoding
    };

    int fieldCount() const { return int(m_ends.size()); }
    std::string_view field(int index) const;
    QString text(int index) const { return toQString(field(index)); }
    // Whether the field was written in quotes: "" is an empty field someone meant to write.
    bool isQuoted(int index) const { return m_quoted.at(std::size_t(index)); }

    // 1-based physical line numbers: where the record starts and ends, and where a field starts.
    qint64 line() const { return m_line; }
    qint64 lastLine() const { return m_lastLine; }
    qint64 fieldLine(int index) const { return m_line + m_lineOffsets.at(std::size_t(index)); }

    // A line with nothing on it, or with nothing but delimiters and spaces: what a spreadsheet
    // writes for an empty row.
    bool isBlank() const;

    Problem problem() const { return m_problem; }
    int problemField() const { return m_problemField; } // 0-based; -1 when it is about the record
    // Why the record could not be read as it is, for a person; empty when problem() is None.
    QString problemText() const;

    static QString toQString(std::string_view utf8) { return QString::fromUtf8(utf8.data(), qsizetype(utf8.size())); }

private:
    friend class CsvReader;

    void clear(qint64 line);
    void setProblem(Problem problem, int field);

    std::string m_data;
    std::vector<std::uint32_t> m_ends;        // end offset of each field in m_data
    std::vector<std::uint32_t> m_lineOffsets; // line of each field's start, relative to m_line
    std::vector<bool> m_quoted;
    qint64 m_line = 0;
    qint64 m_lastLine = 0;
    Problem m_problem = Problem::None;
    int m_problemField = -1;
};

} // namespace milepost
