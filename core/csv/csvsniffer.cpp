// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvsniffer.h"

#include "csvreader.h"
#include "utf8validator.h"

#include <QBuffer>
#include <QFile>
#include <QHash>

#include <string_view>

namespace milepost {

namespace {

// The rows of the sample that decide the delimiter; a real export repeats itself long before.
constexpr int sampleRecords = 200;

struct Score
{
    char delimiter = ',';
    int columns = 1;      // the header's field count
    int rows = 0;         // non-blank rows read after the header
    int matching = 0;     // of which with the header's field count
};

Score scoreDelimiter(const QByteArray &head, bool complete, const CsvDialect &encoding, char delimiter)
{
    CsvDialect dialect = encoding;
    dialect.delimiter = delimiter;
    QBuffer buffer;
    buffer.setData(head);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    CsvRecord record;
    Score score;
    score.delimiter = delimiter;
    bool haveHeader = false;
    int pendingCount = -1; // the last record is held back: in a cut sample it may be cut too
    for (int read = 0; read <= sampleRecords && reader.next(record);) {
        if (record.isBlank())
            continue;
        if (!haveHeader) {
            score.columns = record.fieldCount();
            haveHeader = true;
            continue;
        }
        if (pendingCount >= 0) {
            ++score.rows;
            score.matching += pendingCount == score.columns ? 1 : 0;
        }
        pendingCount = record.fieldCount();
        ++read;
    }
    if (pendingCount >= 0 && (complete || score.rows == 0)) {
        ++score.rows;
        score.matching += pendingCount == score.columns ? 1 : 0;
    }
    return score;
}

} // namespace

CsvDialect CsvSniffer::detectEncoding(const QByteArray &head, bool complete, QString *reason)
{
    CsvDialect dialect;
    auto say = [reason](const QString &text) {
        if (reason)
            *reason = text;
    };
    if (head.startsWith("\xEF\xBB\xBF")) {
        dialect.encoding = TextEncoding::Utf8;
        dialect.byteOrderMark = true;
        say(tr("UTF-8 byte order mark"));
        return dialect;
    }
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        dialect.encoding = head.startsWith("\xFF\xFE") ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
        dialect.byteOrderMark = true;
        say(tr("UTF-16 byte order mark"));
        return dialect;
    }

    // UTF-16 without a byte order mark: text in Latin script has a zero in every other byte.
    const qsizetype pairs = std::min<qsizetype>(head.size(), 4096) / 2;
    if (pairs >= 2) {
        qsizetype evenZeros = 0;
        qsizetype oddZeros = 0;
        for (qsizetype i = 0; i < pairs; ++i) {
            evenZeros += head.at(2 * i) == '\0' ? 1 : 0;
            oddZeros += head.at(2 * i + 1) == '\0' ? 1 : 0;
        }
        if (oddZeros * 10 >= pairs * 4 && evenZeros * 10 < pairs) {
            dialect.encoding = TextEncoding::Utf16LE;
            say(tr("UTF-16 little-endian (every other byte is zero; no byte order mark)"));
            return dialect;
        }
        if (evenZeros * 10 >= pairs * 4 && oddZeros * 10 < pairs) {
            dialect.encoding = TextEncoding::Utf16BE;
            say(tr("UTF-16 big-endian (every other byte is zero; no byte order mark)"));
            return dialect;
        }
    }

    const std::string_view bytes(head.constData(), std::size_t(head.size()));
    if (Utf8Validator::isAscii(bytes)) {
        dialect.encoding = TextEncoding::Utf8;
        say(complete ? tr("plain ASCII, read as UTF-8")
                     : tr("plain ASCII in the first %1 KB, read as UTF-8").arg(head.size() / 1024));
        return dialect;
    }
    if (Utf8Validator::firstInvalid(bytes, !complete) == Utf8Validator::valid) {
        dialect.encoding = TextEncoding::Utf8;
        say(tr("valid UTF-8"));
        return dialect;
    }
    dialect.encoding = TextEncoding::Windows1252;
    say(tr("not valid UTF-8, read as Windows-1252"));
    return dialect;
}

char CsvSniffer::detectDelimiter(const QByteArray &head, bool complete, const CsvDialect &encoding, QString *reason)
{
    Score best;
    bool found = false;
    for (const char candidate : CsvDialect::delimiters) {
        // A delimiter whose byte is nowhere in the head splits no record (in UTF-8, UTF-16 and
        // Windows-1252 alike each of , ; tab | is written with its ASCII byte): one column.
        if (!head.contains(candidate))
            continue;
        const Score score = scoreDelimiter(head, complete, encoding, candidate);
        if (score.columns < 2)
            continue;
        // The delimiter that gives the header's column count in the most rows wins; between
        // equals, the one that splits into more columns, then the order , ; tab |.
        const auto better = [](const Score &a, const Score &b) {
            const qint64 left = qint64(a.matching) * std::max(b.rows, 1);
            const qint64 right = qint64(b.matching) * std::max(a.rows, 1);
            if (left != right)
                return left > right;
            return a.columns > b.columns;
        };
        if (!found || better(score, best)) {
            best = score;
            found = true;
        }
    }
    if (!found) {
        if (reason)
            *reason = tr("no , ; tab or | found in the header: one column");
        return ',';
    }
    if (reason) {
        if (best.rows == 0)
            *reason = tr("%1 columns in the header").arg(best.columns);
        else if (best.matching == best.rows)
            *reason = tr("%1 columns in the header and in all %2 rows sampled").arg(best.columns).arg(best.rows);
        else
            *reason = tr("%1 columns in the header and in %2 of %3 rows sampled")
                          .arg(best.columns)
                          .arg(best.matching)
                          .arg(best.rows);
    }
    return best.delimiter;
}

CsvSniffer::Detection CsvSniffer::detect(const QByteArray &head, bool complete)
{
    Detection detection;
    detection.dialect = detectEncoding(head, complete, &detection.encodingReason);
    detection.dialect.delimiter = detectDelimiter(head, complete, detection.dialect, &detection.delimiterReason);
    detection.ok = true;
    return detection;
}

CsvSniffer::Detection CsvSniffer::detectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Detection detection;
        detection.error = tr("cannot open %1: %2").arg(path, file.errorString());
        return detection;
    }
    const QByteArray head = file.read(sampleSize);
    if (file.error() != QFileDevice::NoError) {
        Detection detection;
        detection.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return detection;
    }
    return detect(head, file.atEnd());
}

} // namespace milepost
