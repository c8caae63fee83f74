// SPDX-License-Identifier: GPL-3.0-or-later
#include "textencoding.h"

#include <array>
#include <utility>

namespace milepost {

namespace {

constexpr std::array encodings{std::pair{TextEncoding::Utf8, "UTF-8"}, std::pair{TextEncoding::Utf16LE, "UTF-16LE"},
                               std::pair{TextEncoding::Utf16BE, "UTF-16BE"},
                               std::pair{TextEncoding::Windows1252, "Windows-1252"}};

} // namespace

QString TextEncoding::name(Id encoding)
{
    for (const auto &[id, name] : encodings) {
        if (id == encoding)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<TextEncoding::Id> TextEncoding::fromName(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const auto &[id, known] : encodings) {
        if (wanted.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return id;
    }
    // The names other programs use for the same encodings.
    if (wanted.compare(QLatin1String("utf8"), Qt::CaseInsensitive) == 0)
        return Utf8;
    if (wanted.compare(QLatin1String("cp1252"), Qt::CaseInsensitive) == 0
        || wanted.compare(QLatin1String("windows1252"), Qt::CaseInsensitive) == 0)
        return Windows1252;
    return std::nullopt;
}

QStringList TextEncoding::names()
{
    QStringList result;
    for (const auto &entry : encodings)
        result.append(QString::fromLatin1(entry.second));
    return result;
}

} // namespace milepost
