// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "csv/formulaguard.h"

#include <QIODevice>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace milepost {

namespace {

constexpr qsizetype blockSize = 1 << 20;

// Bytes that force a field into quotes.
constexpr std::array<bool, 256> quoteTable = [] {
    std::array<bool, 256> table{};
    table[static_cast<unsigned char>(',')] = true;
    table[static_cast<unsigned char>('"')] = true;
    table[static_cast<unsigned char>('\r')] = true;
    table[static_cast<unsigned char>('\n')] = true;
    return table;
}();

} // namespace

CsvWriter::CsvWriter(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
{
    m_buffer.resize(blockSize);
    if (m_options.dateFormat == CsvOptions::DateFormat::Locale) {
        m_localeDateFormat = localeDateFormat(m_options.locale);
    }
    if (m_options.byteOrderMark) {
        char *out = reserve(3);
        std::memcpy(out, "\xEF\xBB\xBF", 3);
        m_used += 3;
    }
}

bool CsvWriter::needsGuard(QStringView text)
{
    return FormulaGuard::needed(text);
}

QString CsvWriter::unguard(QStringView text)
{
    return FormulaGuard::removed(text);
}

char *CsvWriter::reserve(qsizetype bytes)
{
    if (m_used + bytes > m_buffer.size()) {
        flush();
        if (bytes > m_buffer.size())
            m_buffer.resize(bytes);
    }
    return m_buffer.data() + m_used;
}

void CsvWriter::flush()
{
    if (m_used == 0)
        return;
    if (!m_failed) {
        if (!m_device || !m_device->isWritable()) {
            m_failed = true;
            m_error = tr("the output is not open for writing");
        } else if (m_device->write(m_buffer.constData(), m_used) != m_used) {
            m_failed = true;
            m_error = m_device->errorString();
            if (m_error.isEmpty())
                m_error = tr("not everything could be written");
        }
    }
    m_used = 0;
}

bool CsvWriter::finish()
{
    flush();
    return !m_failed;
}

void CsvWriter::beginCell()
{
    if (m_rowStarted) {
        *reserve(1) = ',';
        ++m_used;
        m_blankRow = false;
    } else {
        m_rowStarted = true;
        m_blankRow = true;
    }
}

void CsvWriter::endRow()
{
    // A row of one empty cell would be a blank line, which readers skip: write "" instead.
    if (m_rowStarted && m_blankRow) {
        std::memcpy(reserve(2), "\"\"", 2);
        m_used += 2;
    }
    char *out = reserve(2);
    out[0] = '\r';
    out[1] = '\n';
    m_used += 2;
    m_rowStarted = false;
    ++m_rows;
}

void CsvWriter::addEmpty()
{
    beginCell();
}

void CsvWriter::writeUtf8Field(QByteArrayView utf8, bool guardable)
{
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    const bool guard = guardable && m_options.guardFormulas && FormulaGuard::needed(data, size);

    beginCell();
    // Worst case: every byte a doubled quote, two quotes around, the guard.
    char *out = reserve(2 * size + 3);
    char *const begin = out;
    // Most fields need no quotes: copy and look for the bytes that would need them in one pass,
    // and go back only when one turns up.
    if (guard)
        *out++ = '\'';
    bool special = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        out[i] = c;
        special |= quoteTable[static_cast<unsigned char>(c)];
    }
    if (!special) {
        out += size;
    } else {
        out = begin;
        *out++ = '"';
        if (guard)
            *out++ = '\'';
        for (qsizetype i = 0; i < size; ++i) {
            if (data[i] == '"')
                *out++ = '"';
            *out++ = data[i];
        }
        *out++ = '"';
    }
    m_used += out - begin;
    if (out != begin)
        m_blankRow = false;
}

void CsvWriter::addUtf8Text(QByteArrayView utf8)
{
    writeUtf8Field(utf8, true);
}

// UTF-16 to UTF-8 into a scratch buffer that is reused from cell to cell; an unpaired
// surrogate becomes U+FFFD, as QString::toUtf8() does.
QByteArrayView CsvWriter::encode(QStringView text)
{
    const qsizetype size = text.size();
    if (m_scratch.size() < size * 3)
        m_scratch.resize(size * 3);
    auto *out = reinterpret_cast<unsigned char *>(m_scratch.data());
    const char16_t *in = text.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = in[i];
        if (c < 0x80) {
            *out++ = static_cast<unsigned char>(c);
            continue;
        }
        if (c < 0x800) {
            *out++ = static_cast<unsigned char>(0xC0 | (c >> 6));
            *out++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
            continue;
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            if (c <= 0xDBFF && i + 1 < size && in[i + 1] >= 0xDC00 && in[i + 1] <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (in[i + 1] - 0xDC00);
                ++i;
                *out++ = static_cast<unsigned char>(0xF0 | (c >> 18));
                *out++ = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
                *out++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
                *out++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
                continue;
            }
            c = 0xFFFD;
        }
        *out++ = static_cast<unsigned char>(0xE0 | (c >> 12));
        *out++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
        *out++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
    }
    return QByteArrayView(m_scratch.constData(), reinterpret_cast<char *>(out) - m_scratch.constData());
}

void CsvWriter::addText(QStringView text)
{
    writeUtf8Field(encode(text), true);
}

void CsvWriter::addInteger(qint64 value)
{
    beginCell();
    char *out = reserve(24);
    const auto result = std::to_chars(out, out + 24, value);
    m_used += result.ptr - out;
    m_blankRow = false;
}

void CsvWriter::addNumber(double value)
{
    if (std::isnan(value)) {
        addText(u"NaN");
        return;
    }
    if (std::isinf(value)) {
        // Text, so "-Infinity" is guarded like any other text starting with a minus sign.
        addText(value > 0 ? u"Infinity" : u"-Infinity");
        return;
    }
    beginCell();
    char *out = reserve(32);
    const auto result = std::to_chars(out, out + 32, value); // shortest text that reads back exactly
    m_used += result.ptr - out;
    m_blankRow = false;
}

void CsvWriter::addFixed(qint64 value, int decimals, bool trimZeros)
{
    beginCell();
    char *out = reserve(48);
    char *const begin = out;
    // Unsigned, so that the smallest qint64 has a magnitude too.
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    if (value < 0)
        *out++ = '-';
    decimals = std::clamp(decimals, 0, 18);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    out = std::to_chars(out, out + 24, magnitude / scale).ptr;
    quint64 fraction = magnitude % scale;
    int digits = decimals;
    if (trimZeros) {
        while (digits > 0 && fraction % 10 == 0) {
            fraction /= 10;
            --digits;
        }
    }
    if (digits > 0) {
        *out++ = '.';
        for (int i = digits - 1; i >= 0; --i) {
            out[i] = char('0' + fraction % 10);
            fraction /= 10;
        }
        out += digits;
    }
    m_used += out - begin;
    m_blankRow = false;
}

QString CsvWriter::localeDateFormat(const QLocale &locale)
{
    // Never a two-digit year: 3/5/22 is read as 1922 by some and 2022 by others.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

void CsvWriter::addDate(const QDate &date)
{
    if (!date.isValid()) {
        addEmpty();
        return;
    }
    if (m_options.dateFormat == CsvOptions::DateFormat::Locale) {
        writeUtf8Field(encode(m_options.locale.toString(date, m_localeDateFormat)), false);
        return;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day); // one calendar conversion instead of three
    if (year < 1 || year > 9999) {
        writeUtf8Field(encode(date.toString(Qt::ISODate)), false);
        return;
    }
    beginCell();
    char *out = reserve(10);
    out[0] = char('0' + year / 1000);
    out[1] = char('0' + year / 100 % 10);
    out[2] = char('0' + year / 10 % 10);
    out[3] = char('0' + year % 10);
    out[4] = '-';
    out[5] = char('0' + month / 10);
    out[6] = char('0' + month % 10);
    out[7] = '-';
    out[8] = char('0' + day / 10);
    out[9] = char('0' + day % 10);
    m_used += 10;
    m_blankRow = false;
}

void CsvWriter::addCell(const CsvCell &cell)
{
    switch (cell.type()) {
    case CsvCell::Type::Empty:
        addEmpty();
        break;
    case CsvCell::Type::Text:
        addText(cell.textValue());
        break;
    case CsvCell::Type::Integer:
        addInteger(cell.integerValue());
        break;
    case CsvCell::Type::Number:
        addNumber(cell.numberValue());
        break;
    case CsvCell::Type::Date:
        addDate(cell.dateValue());
        break;
    }
}

void CsvWriter::writeRow(const QList<CsvCell> &cells)
{
    for (const CsvCell &cell : cells)
        addCell(cell);
    endRow();
}

void CsvWriter::writeHeader(const QStringList &names)
{
    for (const QString &name : names)
        addText(name);
    endRow();
}

} // namespace milepost
