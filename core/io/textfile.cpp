// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfile.h"

#include "windows1252.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

namespace milepost {

TextFile::Contents TextFile::read(const QString &path, qint64 maxBytes)
{
    auto failed = [&path](const QString &reason) {
        Contents contents;
        contents.error = tr("cannot read %1: %2").arg(path, reason);
        return contents;
    };
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return failed(info.isDir() ? tr("it is a folder") : tr("it is not a regular file (a device or a pipe)"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    Contents contents = read(file, maxBytes);
    if (contents.ok && file.error() != QFileDevice::NoError)
        return failed(file.errorString());
    if (!contents.ok)
        contents.error = tr("cannot read %1: %2").arg(path, contents.error);
    return contents;
}

TextFile::Contents TextFile::read(QIODevice &device, qint64 maxBytes)
{
    QByteArray bytes;
    constexpr qint64 chunk = 64 * 1024;
    for (;;) {
        const QByteArray more = device.read(qMin(chunk, maxBytes + 1 - bytes.size()));
        if (more.isEmpty()) {
            if (device.atEnd() || !device.waitForReadyRead(-1))
                break;
            continue;
        }
        bytes.append(more);
        if (bytes.size() > maxBytes) {
            Contents contents;
            contents.error = tr("it is larger than %1, too large for a plan report")
                                 .arg(QLocale().formattedDataSize(maxBytes, 0));
            return contents;
        }
    }
    return decode(bytes);
}

bool TextFile::looksLikeUtf16(const QByteArray &bytes, bool *littleEndian)
{
    const qsizetype length = qMin<qsizetype>(bytes.size(), 64 * 1024) & ~qsizetype(1);
    if (length < 2)
        return false;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < length; i += 2) {
        zeroEven += bytes[i] == '\0';
        zeroOdd += bytes[i + 1] == '\0';
    }
    const qsizetype units = length / 2;
    // Mostly Latin text: most high bytes are zero and almost no low byte is.
    const auto looks = [units](qsizetype zeroHigh, qsizetype zeroLow) {
        return zeroHigh * 10 >= units * 3 && zeroLow * 50 <= units;
    };
    if (looks(zeroOdd, zeroEven)) {
        *littleEndian = true;
        return true;
    }
    if (looks(zeroEven, zeroOdd)) {
        *littleEndian = false;
        return true;
    }
    return false;
}

TextFile::Contents TextFile::decodeUtf16(QByteArrayView bytes, bool littleEndian, bool withMark)
{
    Contents contents;
    QStringDecoder decoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless);
    contents.text = decoder(bytes);
    if (decoder.hasError() || bytes.size() % 2 != 0) {
        contents.text.clear();
        contents.error = withMark ? tr("the file says it is UTF-16 but is not valid UTF-16")
                                  : tr("the file looks like UTF-16 without a byte order mark but is not valid UTF-16");
        return contents;
    }
    contents.encoding = littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    contents.ok = true;
    return contents;
}

TextFile::Contents TextFile::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(QByteArrayView(bytes).sliced(2), bytes.startsWith("\xFF\xFE"), true);
    Contents contents;
    if (bytes.contains('\0')) {
        bool littleEndian = true;
        if (looksLikeUtf16(bytes, &littleEndian))
            return decodeUtf16(bytes, littleEndian, false);
        contents.error = tr("the file holds binary data, not text");
        return contents;
    }
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(bom ? bytes.mid(3) : bytes);
    if (!utf8.hasError()) {
        contents.text = text;
        contents.encoding = QStringLiteral("UTF-8");
    } else {
        contents.text = Windows1252::decode(bytes);
        contents.encoding = QStringLiteral("Windows-1252");
    }
    contents.ok = true;
    return contents;
}

} // namespace milepost
