// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvdialect.h"
#include "csvrecord.h"
#include "utf8transcoder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <array>
#include <string>

class QIODevice;

namespace milepost {

// Reads a delimited text file record by record (RFC 4180 quoting; CRLF, LF or CR line ends;
// a byte order mark skipped), converting it to UTF-8 as it goes. It holds one chunk of the file
// and one record at a time, so memory stays flat whatever the file size. A record that cannot
// be read as it is (a NUL byte, a file cut off inside a quoted field, bytes that are not text
// in the encoding) is still returned, with its problem, so that the caller can report it.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Excel keeps at most 32,767 characters in a cell; a record far beyond that is an
    // unbalanced quote swallowing the file, and is cut here rather than held in memory.
    static constexpr std::size_t maxRecordBytes = 8u << 20;
    // A record still without its end after this much input stops the reading with an error:
    // input that never yields a line (/dev/zero) would otherwise be read for ever.
    static constexpr qint64 maxRecordInputBytes = qint64(maxRecordBytes) * 4;
    static constexpr int maxFields = 16384;
    static constexpr qint64 chunkSize = 1 << 20;
    static constexpr qint64 minChunkBytes = 4;

    // Reads from device, which must be open; the reader does not own it. chunkBytes is how much
    // is read at a time, at least minChunkBytes so that a byte order mark fits in the first:
    // smaller chunks let a test or a fuzzer cut records, CRLFs and multi-byte characters at
    // chunk ends without megabytes of input.
    CsvReader(QIODevice *device, const CsvDialect &dialect, qint64 chunkBytes = chunkSize);

    // The next record into record; false at the end of the file or when reading fails (then
    // error() says why). Reusing one record for every call avoids allocating per row.
    bool next(CsvRecord &record);

    const QString &error() const { return m_error; }
    const CsvDialect &dialect() const { return m_dialect; }
    // Bytes taken from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }
    // The physical line the next record starts on.
    qint64 line() const { return m_line; }

private:
    bool fill();
    void append(CsvRecord &record, const char *bytes, std::size_t size);
    void beginField(CsvRecord &record);
    void endField(CsvRecord &record);
    void finishRecord(CsvRecord &record);

    QIODevice *m_device = nullptr;
    CsvDialect m_dialect;
    qint64 m_chunkBytes = chunkSize;
    Utf8Transcoder m_transcoder;
    QByteArray m_raw;
    std::string m_buffer; // the current chunk, as UTF-8
    std::size_t m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    bool m_lastWasCR = false;
    bool m_atStart = true;
    bool m_atEnd = false;
    bool m_fieldsFull = false;
    QString m_error;
    std::array<bool, 256> m_stopUnquoted{};
    std::array<bool, 256> m_stopQuoted{};
};

} // namespace milepost
