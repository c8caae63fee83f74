// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfile.h"

#include <QFile>
#include <QStringDecoder>

namespace milepost {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; mapping those by table keeps us free of
// ICU, which QStringDecoder needs for code pages.
QString decodeWindows1252(const QByteArray &bytes)
{
    static const char16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                      0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        text.append(byte >= 0x80 && byte < 0xA0 ? QChar(high[byte - 0x80]) : QChar(char16_t(byte)));
    }
    return text;
}

} // namespace

TextFile::Contents TextFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Contents contents;
        contents.error = tr("cannot open %1: %2").arg(path, file.errorString());
        return contents;
    }
    return decode(file.readAll());
}

TextFile::Contents TextFile::decode(const QByteArray &bytes)
{
    Contents contents;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        contents.text = decoder(bytes.mid(2));
        if (decoder.hasError()) {
            contents.error = tr("the file says it is UTF-16 but is not valid UTF-16");
            return contents;
        }
        contents.encoding = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        contents.ok = true;
        return contents;
    }
    if (bytes.contains('\0')) {
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
        contents.text = decodeWindows1252(bytes);
        contents.encoding = QStringLiteral("Windows-1252");
    }
    contents.ok = true;
    return contents;
}

} // namespace milepost
