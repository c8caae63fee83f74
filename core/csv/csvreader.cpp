// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "utf8validator.h"

#include <QIODevice>

#include <algorithm>

namespace milepost {

namespace {

constexpr char quote = '"';

} // namespace

CsvReader::CsvReader(QIODevice *device, const CsvDialect &dialect, qint64 chunkBytes)
    : m_device(device)
    , m_dialect(dialect)
    , m_chunkBytes(std::max(chunkBytes, minChunkBytes))
    , m_transcoder(dialect.encoding)
{
    for (const char c : {m_dialect.delimiter, '\r', '\n', '\0'})
        m_stopUnquoted[static_cast<unsigned char>(c)] = true;
    for (const char c : {quote, '\r', '\n', '\0'})
        m_stopQuoted[static_cast<unsigned char>(c)] = true;
}

bool CsvReader::fill()
{
    m_buffer.clear();
    m_pos = 0;
    if (m_atEnd || !m_device)
        return false;

    // A file or a buffer is read no further than its end, so that a small one does not cost a
    // chunk of a megabyte (the sniffer reads its sample four times); a pipe gets a whole chunk.
    const qint64 want = m_device->isSequential() ? m_chunkBytes
                                                 : std::clamp(m_device->bytesAvailable(), minChunkBytes, m_chunkBytes);
    const bool utf8 = m_dialect.encoding == TextEncoding::Utf8;
    char *target = nullptr;
    if (utf8) {
        m_buffer.resize(std::size_t(want));
        target = m_buffer.data();
    } else {
        m_raw.resize(want);
        target = m_raw.data();
    }
    const qint64 count = m_device->read(target, want);
    if (count < 0) {
        m_error = tr("could not read the file: %1").arg(m_device->errorString());
        m_atEnd = true;
        m_buffer.clear();
        return false;
    }
    m_bytesRead += count;
    if (count == 0) {
        m_atEnd = true;
        if (!utf8)
            m_transcoder.finish(m_buffer); // an odd byte or half a surrogate pair at the end
        else
            m_buffer.clear();
        return !m_buffer.empty();
    }

    std::size_t skip = 0;
    if (utf8) {
        m_buffer.resize(std::size_t(count));
        if (m_atStart && m_buffer.size() >= 3 && m_buffer.compare(0, 3, "\xEF\xBB\xBF") == 0)
            m_pos = 3;
    } else {
        const QByteArrayView bytes(m_raw.constData(), count);
        if (m_atStart && count >= 2
            && ((m_dialect.encoding == TextEncoding::Utf16LE && bytes.startsWith("\xFF\xFE"))
                || (m_dialect.encoding == TextEncoding::Utf16BE && bytes.startsWith("\xFE\xFF"))))
            skip = 2;
        m_transcoder.convert(bytes.sliced(qsizetype(skip)), m_buffer);
    }
    m_atStart = false;
    return true;
}

void CsvReader::append(CsvRecord &record, const char *bytes, std::size_t size)
{
    const std::size_t room = maxRecordBytes - record.m_data.size();
    if (size > room) {
        size = room;
        record.setProblem(CsvRecord::Problem::TooLong, -1);
    }
    record.m_data.append(bytes, size);
}

void CsvReader::beginField(CsvRecord &record)
{
    if (int(record.m_ends.size()) + 1 >= maxFields) {
        // Later delimiters become text of the last field, which the problem marks as cut.
        record.setProblem(CsvRecord::Problem::TooLong, -1);
        m_fieldsFull = true;
        return;
    }
    record.m_lineOffsets.push_back(std::uint32_t(m_line - record.m_line));
    record.m_quoted.push_back(false);
}

void CsvReader::endField(CsvRecord &record)
{
    if (m_fieldsFull)
        return;
    record.m_ends.push_back(std::uint32_t(record.m_data.size()));
}

void CsvReader::finishRecord(CsvRecord &record)
{
    if (m_fieldsFull) {
        record.m_ends.push_back(std::uint32_t(record.m_data.size()));
        m_fieldsFull = false;
    }
    if (Utf8Validator::isAscii(record.m_data))
        return;
    for (int i = 0; i < record.fieldCount(); ++i) {
        if (!Utf8Validator::isValid(record.field(i))) {
            record.setProblem(CsvRecord::Problem::InvalidEncoding, i);
            return;
        }
    }
}

bool CsvReader::next(CsvRecord &record)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    bool started = false;
    record.clear(m_line);
    m_fieldsFull = false;
    const char delimiter = m_dialect.delimiter;
    const qint64 readBeforeRecord = m_bytesRead;

    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (fill()) {
                if (started && m_bytesRead - readBeforeRecord > maxRecordInputBytes) {
                    // /dev/zero, or a file of one endless line: reading on would never end.
                    m_error = tr("line %1 does not end within %2 MB: the file is not a table of text lines")
                                  .arg(record.line())
                                  .arg(maxRecordInputBytes >> 20);
                    m_atEnd = true;
                    m_buffer.clear();
                    m_pos = 0;
                    return false;
                }
                continue;
            }
            if (!m_error.isEmpty() || !started)
                return false;
            // The end of the file ends the record.
            if (state == State::Quoted)
                record.setProblem(CsvRecord::Problem::UnterminatedQuote, record.fieldCount());
            endField(record);
            record.m_lastLine = m_line;
            finishRecord(record);
            return true;
        }
        const char *data = m_buffer.data();
        const std::size_t size = m_buffer.size();
        if (!started) {
            // The LF of a CRLF whose CR ended the previous record.
            if (m_lastWasCR && data[m_pos] == '\n') {
                m_lastWasCR = false;
                ++m_pos;
                continue;
            }
            started = true;
            beginField(record);
        }

        switch (state) {
        case State::FieldStart:
            if (data[m_pos] == quote) {
                if (!m_fieldsFull)
                    record.m_quoted.back() = true;
                state = State::Quoted;
                m_lastWasCR = false;
                ++m_pos;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            std::size_t end = m_pos;
            while (end < size && !m_stopUnquoted[static_cast<unsigned char>(data[end])])
                ++end;
            if (end > m_pos) {
                append(record, data + m_pos, end - m_pos);
                m_lastWasCR = false;
            }
            m_pos = end;
            if (end == size)
                continue;
            const char c = data[m_pos++];
            if (c == delimiter) {
                if (m_fieldsFull) {
                    append(record, &c, 1);
                } else {
                    endField(record);
                    beginField(record);
                }
                state = State::FieldStart;
                m_lastWasCR = false;
                continue;
            }
            if (c == '\n' || c == '\r') {
                endField(record);
                record.m_lastLine = m_line;
                ++m_line;
                m_lastWasCR = c == '\r';
                finishRecord(record);
                return true;
            }
            // The byte 0: kept, so that the report can show the value, and flagged.
            record.setProblem(CsvRecord::Problem::NulByte, record.fieldCount());
            append(record, &c, 1);
            m_lastWasCR = false;
            continue;
        }
        case State::Quoted: {
            std::size_t end = m_pos;
            while (end < size && !m_stopQuoted[static_cast<unsigned char>(data[end])])
                ++end;
            if (end > m_pos) {
                append(record, data + m_pos, end - m_pos);
                m_lastWasCR = false;
            }
            m_pos = end;
            if (end == size)
                continue;
            const char c = data[m_pos++];
            if (c == quote) {
                state = State::QuoteInQuoted;
                continue;
            }
            if (c == '\n') {
                if (!m_lastWasCR)
                    ++m_line;
                m_lastWasCR = false;
            } else if (c == '\r') {
                ++m_line;
                m_lastWasCR = true;
            } else {
                record.setProblem(CsvRecord::Problem::NulByte, record.fieldCount());
                m_lastWasCR = false;
            }
            append(record, &c, 1);
            continue;
        }
        case State::QuoteInQuoted: {
            const char c = data[m_pos];
            if (c == quote) {
                append(record, &c, 1);
                ++m_pos;
                state = State::Quoted;
                continue;
            }
            if (c == delimiter || c == '\n' || c == '\r') {
                state = State::Unquoted; // handles the delimiter or line end without a copy
                continue;
            }
            record.setProblem(CsvRecord::Problem::TextAfterQuote, record.fieldCount());
            state = State::Unquoted;
            continue;
        }
        }
    }
}

} // namespace milepost
