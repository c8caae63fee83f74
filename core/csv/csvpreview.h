// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvsniffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace milepost {

// The first rows of a delimited file as they will be imported: what was detected, the header
// (the first line that is not blank) and a few data rows, with their line numbers.
class CsvPreview final
{
    Q_DECLARE_TR_FUNCTIONS(CsvPreview)

public:
    struct Row
    {
        qint64 line = 0;
        QStringList fields;
        QString problem; // why the reader could not read it as it is, if it could not
    };

    bool ok = false;
    QString error;
    CsvSniffer::Detection detection; // the dialect used, after any override
    qint64 headerLine = 0;
    QStringList header;
    QList<Row> rows;

    // encoding and delimiter override what detection finds.
    static CsvPreview read(const QString &path, int maxRows, std::optional<TextEncoding::Id> encoding = {},
                           std::optional<char> delimiter = {});
    // The same for a whole file already in memory; sourceName stands for it in messages.
    static CsvPreview readBytes(const QByteArray &bytes, const QString &sourceName, int maxRows,
                                std::optional<TextEncoding::Id> encoding = {}, std::optional<char> delimiter = {});

private:
    void applyOverrides(std::optional<TextEncoding::Id> encoding, std::optional<char> delimiter);
    void readRows(QIODevice &device, const QString &sourceName, int maxRows);
};

} // namespace milepost
