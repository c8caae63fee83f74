// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvrecord.h"

namespace milepost {

std::string_view CsvRecord::field(int index) const
{
    const std::size_t i = std::size_t(index);
    const std::size_t begin = i == 0 ? 0 : m_ends[i - 1];
    return std::string_view(m_data).substr(begin, m_ends[i] - begin);
}

bool CsvRecord::isBlank() const
{
    if (m_problem != Problem::None)
        return false;
    for (const char c : m_data) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

void CsvRecord::clear(qint64 line)
{
    m_data.clear();
    m_ends.clear();
    m_lineOffsets.clear();
    m_quoted.clear();
    m_line = line;
    m_lastLine = line;
    m_problem = Problem::None;
    m_problemField = -1;
}

void CsvRecord::setProblem(Problem problem, int field)
{
    if (m_problem != Problem::None)
        return; // the first problem is the one to report
    m_problem = problem;
    m_problemField = field;
}

QString CsvRecord::problemText() const
{
    const QString column = QString::number(m_problemField + 1);
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::UnterminatedQuote:
        return tr("the quoted field in column %1, opened on line %2, is never closed: the file ends inside it")
            .arg(column, QString::number(fieldLine(m_problemField)));
    case Problem::TextAfterQuote:
        return tr("column %1 has text after its closing quote; a quote inside a quoted field must be doubled")
            .arg(column);
    case Problem::TooLong:
        return tr("the record is longer than Milepost reads in one row (lines %1–%2); the rest of it was skipped")
            .arg(QString::number(m_line), QString::number(m_lastLine));
    case Problem::NulByte:
        return tr("column %1 contains a NUL byte (character 0), which is not text").arg(column);
    case Problem::InvalidEncoding:
        return tr("column %1 is not valid text in the file's encoding; the file may be in another encoding")
            .arg(column);
    }
    return {};
}

} // namespace milepost
