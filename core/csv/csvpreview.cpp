// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvpreview.h"

#include "csvreader.h"

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
    if (encoding) {
        if (*encoding != preview.detection.dialect.encoding)
            preview.detection.dialect.byteOrderMark = false;
        preview.detection.dialect.encoding = *encoding;
        preview.detection.encodingReason = tr("chosen");
    }
    if (delimiter) {
        preview.detection.dialect.delimiter = *delimiter;
        preview.detection.delimiterReason = tr("chosen");
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return preview;
    }
    CsvReader reader(&file, preview.detection.dialect);
    CsvRecord record;
    while ((preview.header.isEmpty() || preview.rows.size() < maxRows) && reader.next(record)) {
        if (preview.header.isEmpty() && record.isBlank())
            continue;
        Row row;
        row.line = record.line();
        for (int i = 0; i < record.fieldCount(); ++i)
            row.fields.append(record.text(i));
        row.problem = record.problemText();
        if (preview.header.isEmpty()) {
            preview.headerLine = row.line;
            preview.header = row.fields;
            if (!row.problem.isEmpty()) {
                preview.error = tr("the header (line %1) cannot be read: %2").arg(row.line).arg(row.problem);
                return preview;
            }
            continue;
        }
        preview.rows.append(row);
    }
    if (!reader.error().isEmpty()) {
        preview.error = reader.error();
        return preview;
    }
    if (preview.header.isEmpty()) {
        preview.error = tr("%1 is empty: it has no header line naming its columns").arg(QDir::toNativeSeparators(path));
        return preview;
    }
    preview.ok = true;
    return preview;
}

} // namespace milepost
