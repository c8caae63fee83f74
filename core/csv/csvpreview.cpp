// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvpreview.h"

#include "csvreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

namespace milepost {

CsvPreview CsvPreview::read(const QString &path, int maxRows, std::optional<TextEncoding::Id> encoding,
                            std::optional<char> delimiter)
{
    CsvPreview preview;
    preview.detection = CsvSniffer::detectFile(path);
    if (!preview.detection.ok) {
        preview.error = preview.detection.error;
        return preview;
    }
    preview.applyOverrides(encoding, delimiter);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return preview;
    }
    preview.readRows(file, QDir::toNativeSeparators(path), maxRows);
    return preview;
}

CsvPreview CsvPreview::readBytes(const QByteArray &bytes, const QString &sourceName, int maxRows,
                                 std::optional<TextEncoding::Id> encoding, std::optional<char> delimiter)
{
    CsvPreview preview;
    // What detectFile() reads of a file: its first sampleSize bytes.
    preview.detection = CsvSniffer::detect(bytes.left(CsvSniffer::sampleSize), bytes.size() <= CsvSniffer::sampleSize);
    if (!preview.detection.ok) {
        preview.error = preview.detection.error;
        return preview;
    }
    preview.applyOverrides(encoding, delimiter);

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    preview.readRows(buffer, sourceName, maxRows);
    return preview;
}

void CsvPreview::applyOverrides(std::optional<TextEncoding::Id> encoding, std::optional<char> delimiter)
{
    if (encoding) {
        if (*encoding != detection.dialect.encoding)
            detection.dialect.byteOrderMark = false;
        detection.dialect.encoding = *encoding;
        detection.encodingReason = tr("chosen");
    }
    if (delimiter) {
        detection.dialect.delimiter = *delimiter;
        detection.delimiterReason = tr("chosen");
    }
}

void CsvPreview::readRows(QIODevice &device, const QString &sourceName, int maxRows)
{
    CsvReader reader(&device, detection.dialect);
    CsvRecord record;
    while ((header.isEmpty() || rows.size() < maxRows) && reader.next(record)) {
        if (header.isEmpty() && record.isBlank())
            continue;
        Row row;
        row.line = record.line();
        for (int i = 0; i < record.fieldCount(); ++i)
            row.fields.append(record.text(i));
        row.problem = record.problemText();
        if (header.isEmpty()) {
            headerLine = row.line;
            header = row.fields;
            if (!row.problem.isEmpty()) {
                error = tr("the header (line %1) cannot be read: %2").arg(row.line).arg(row.problem);
                return;
            }
            continue;
        }
        rows.append(row);
    }
    if (!reader.error().isEmpty()) {
        error = reader.error();
        return;
    }
    if (header.isEmpty()) {
        error = tr("%1 is empty: it has no header line naming its columns").arg(sourceName);
        return;
    }
    ok = true;
}

} // namespace milepost
