// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace milepost {

// Reads a whole text file the way staff produce them: UTF-8 with or without a BOM, UTF-16
// with a BOM ("Unicode text" from Excel or Word) or without one, or Windows-1252 when the
// bytes are not UTF-8. Only regular files, and only up to a size limit: /dev/zero or a pipe
// that never ends must not fill the memory.
class TextFile final
{
    Q_DECLARE_TR_FUNCTIONS(TextFile)

public:
    // A plan report is about 200 KB; forty times that is not a plan.
    static constexpr qint64 defaultMaxBytes = 8 * 1024 * 1024;

    struct Contents
    {
        bool ok = false;
        QString error;    // why the file could not be read
        QString text;
        QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"
    };

    static Contents read(const QString &path, qint64 maxBytes = defaultMaxBytes);
    // Reads device to its end, refusing it once it passes maxBytes (the device may never end).
    static Contents read(QIODevice &device, qint64 maxBytes = defaultMaxBytes);
    static Contents decode(const QByteArray &bytes);

private:
    // UTF-16 without a byte order mark: zero bytes at every other position (the high byte of
    // Latin text); false when the bytes do not look like it.
    static bool looksLikeUtf16(const QByteArray &bytes, bool *littleEndian);
    static Contents decodeUtf16(QByteArrayView bytes, bool littleEndian, bool withMark);
};

} // namespace milepost
