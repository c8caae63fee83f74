// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvcell.h"
#include "csvoptions.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace milepost {

// Writes RFC 4180 CSV: comma-separated, CRLF after every row, a field quoted when it holds a
// comma, a quote, CR or LF (quotes doubled, line breaks kept inside the quotes), UTF-8 with
// an optional byte order mark.
//
// Text cells that a spreadsheet would evaluate — starting with = + - @, a tab or a carriage
// return — get an apostrophe in front (OWASP's advice). Numbers and dates are never touched:
// -5 the number stays -5, "-5" the text becomes '-5. So that the guard can be undone without
// guessing, text that already starts with apostrophes before such a character gets one more;
// unguard() reverses it exactly.
//
// Output is buffered and written to the device in large blocks; call finish() at the end.
// After a device error every further call does nothing and hasError() stays true.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    explicit CsvWriter(QIODevice *device, const CsvOptions &options = {});
    // Does not write what is still buffered: a writer abandoned after an error leaves the
    // device as it was at the last block.
    ~CsvWriter() = default;
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void addEmpty();
    void addText(QStringView text);
    // Text that is already UTF-8 (straight from SQLite): no conversion on the way.
    void addUtf8Text(QByteArrayView utf8);
    void addInteger(qint64 value);
    void addNumber(double value);
    // value / 10^decimals, exactly: addFixed(-123456, 2) writes -1234.56. With trimZeros,
    // trailing zeros of the fraction go (62.50 -> 62.5, 62.00 -> 62).
    void addFixed(qint64 value, int decimals, bool trimZeros = false);
    // An invalid date is an empty cell.
    void addDate(const QDate &date);
    void addCell(const CsvCell &cell);
    void endRow();

    void writeRow(const QList<CsvCell> &cells);
    void writeHeader(const QStringList &names);

    // Writes out the buffer; false (and errorString() says why) when the device failed.
    bool finish();
    bool hasError() const { return m_failed; }
    const QString &errorString() const { return m_error; }
    qint64 rowCount() const { return m_rows; }

    // Whether text would be written with the apostrophe guard.
    static bool needsGuard(QStringView text);
    // The locale's short date format with a four-digit year: what DateFormat::Locale writes.
    static QString localeDateFormat(const QLocale &locale);
    // Text as written before the guard: one leading apostrophe fewer when the guard put it there.
    static QString unguard(QStringView text);

private:
    void beginCell();
    char *reserve(qsizetype bytes);
    void flush();
    void writeUtf8Field(QByteArrayView utf8, bool guardable);
    QByteArrayView encode(QStringView text);

    QIODevice *m_device = nullptr;
    CsvOptions m_options;
    QString m_localeDateFormat;
    QByteArray m_buffer;
    qsizetype m_used = 0;
    QByteArray m_scratch;
    bool m_rowStarted = false;
    bool m_blankRow = false; // the row so far is one cell with nothing in it
    bool m_failed = false;
    QString m_error;
    qint64 m_rows = 0;
};

} // namespace milepost
