// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfile.h"

#include "windows1252.h"

#include <QFile>
#include <QStringDecoder>

namespace milepost {

TextFile::Contents TextFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Contents contents;
        contents.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return contents;
    }
    Contents contents = decode(file.readAll());
    if (!contents.ok)
        contents.error = tr("cannot read %1: %2").arg(path, contents.error);
    return contents;
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
        contents.text = Windows1252::decode(bytes);
        contents.encoding = QStringLiteral("Windows-1252");
    }
    contents.ok = true;
    return contents;
}

} // namespace milepost
