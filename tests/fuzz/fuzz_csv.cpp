// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV sniffer, the reader and the preview, all in memory.
#include "fuzzapplication.h"

#include "csv/csvpreview.h"
#include "csv/csvreader.h"
#include "csv/csvrecord.h"
#include "csv/csvsniffer.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using namespace milepost;

namespace {

struct ReadRecord
{
    std::vector<std::string> fields;
    std::vector<bool> quoted;
    qint64 line = 0;
    qint64 lastLine = 0;
    CsvRecord::Problem problem = CsvRecord::Problem::None;
    int problemField = -1;
    bool blank = false;

    friend bool operator==(const ReadRecord &, const ReadRecord &) = default;
};

// Every record of bytes as the reader returns it, read chunkBytes at a time.
std::vector<ReadRecord> readAll(const QByteArray &bytes, const CsvDialect &dialect, qint64 chunkBytes, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect, chunkBytes);
    CsvRecord record;
    std::vector<ReadRecord> records;
    while (reader.next(record)) {
        ReadRecord read;
        for (int i = 0; i < record.fieldCount(); ++i) {
            read.fields.emplace_back(record.field(i));
            read.quoted.push_back(record.isQuoted(i));
            fuzz::require(record.fieldLine(i) >= record.line() && record.fieldLine(i) <= record.lastLine(),
                          "a field starts within its record's lines");
        }
        read.line = record.line();
        read.lastLine = record.lastLine();
        read.problem = record.problem();
        read.problemField = record.problemField();
        read.blank = record.isBlank();
        fuzz::require(read.lastLine >= read.line, "a record ends on or after the line it starts on");
        fuzz::require(records.empty() || read.line > records.back().lastLine, "records follow each other");
        if (read.problem != CsvRecord::Problem::None)
            fuzz::require(!record.problemText().isEmpty(), "a problem is described");
        records.push_back(std::move(read));
    }
    *error = reader.error();
    return records;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::createApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy, not fromRawData: the reader and sniffer get what a file read would give them.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // The preview the import wizard shows, which sniffs the bytes as a whole file; and the
    // sniffer as for the head of a longer one.
    const CsvPreview preview = CsvPreview::readBytes(bytes, QStringLiteral("fuzz.csv"), 20);
    const CsvSniffer::Detection &whole = preview.detection;
    fuzz::require(whole.ok || !preview.error.isEmpty(), "a failed preview says why");
    if (whole.ok)
        fuzz::require(CsvDialect::isSupportedDelimiter(whole.dialect.delimiter), "the sniffer finds a supported delimiter");
    const CsvSniffer::Detection head = CsvSniffer::detect(bytes, false);
    if (head.ok)
        fuzz::require(CsvDialect::isSupportedDelimiter(head.dialect.delimiter), "the sniffer finds a supported delimiter");

    // Every record, read in one chunk and in small chunks: records, CRLFs, quotes and
    // multi-byte characters cut at a chunk's end must read the same.
    const std::uint8_t selector = size > 0 ? data[size - 1] : 0;
    const CsvDialect dialect = whole.ok ? whole.dialect : CsvDialect{};
    QString wholeError;
    QString chunkedError;
    const auto inOne = readAll(bytes, dialect, CsvReader::chunkSize, &wholeError);
    const qint64 small = CsvReader::minChunkBytes + selector % 13;
    const auto inChunks = readAll(bytes, dialect, small, &chunkedError);
    fuzz::require(inOne == inChunks, "the chunk size does not change the records read");
    fuzz::require(wholeError == chunkedError, "the chunk size does not change the error");

    // The dialect a person can force on the file instead (the last byte chooses it).
    CsvDialect forced;
    forced.encoding = TextEncoding::Id((selector / 13) % 4);
    forced.delimiter = CsvDialect::delimiters[(selector / 52) % std::size(CsvDialect::delimiters)];
    if (!(forced == dialect))
        readAll(bytes, forced, small, &chunkedError);
    return 0;
}
