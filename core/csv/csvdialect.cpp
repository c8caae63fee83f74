// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvdialect.h"

#include <array>
#include <utility>

namespace milepost {

namespace {

constexpr std::array delimiterKeys{std::pair{',', "comma"}, std::pair{';', "semicolon"}, std::pair{'\t', "tab"},
                                   std::pair{'|', "pipe"}};

} // namespace

bool CsvDialect::isSupportedDelimiter(char delimiter)
{
    for (const char candidate : delimiters) {
        if (candidate == delimiter)
            return true;
    }
    return false;
}

QString CsvDialect::delimiterKey(char delimiter)
{
    for (const auto &[character, key] : delimiterKeys) {
        if (character == delimiter)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<char> CsvDialect::delimiterFromKey(const QString &key)
{
    for (const auto &[character, name] : delimiterKeys) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0
            || (key.size() == 1 && key.at(0) == QLatin1Char(character)))
            return character;
    }
    if (key == QLatin1String("\\t"))
        return '\t';
    return std::nullopt;
}

QString CsvDialect::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return tr("comma (,)");
    case ';':
        return tr("semicolon (;)");
    case '\t':
        return tr("tab");
    case '|':
        return tr("pipe (|)");
    default:
        return tr("character %1").arg(QString::number(static_cast<unsigned char>(delimiter)));
    }
}

} // namespace milepost
