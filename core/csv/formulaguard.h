// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <string_view>
#include <type_traits>

namespace milepost {

// The apostrophe Milepost's CSV puts before text a spreadsheet would evaluate (OWASP's advice):
// text starting with = + - @, a tab or a carriage return, after any apostrophes. Text that
// already starts with apostrophes before such a character gets one more, so that the guard is
// undone exactly: removed() gives back what was written, apostrophes included. Only a file
// known to be Milepost's own may be unguarded; elsewhere a leading apostrophe is the text's own.
class FormulaGuard final
{
public:
    static constexpr bool isFormulaStart(char16_t c)
    {
        return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    }

    // Leading apostrophes, then a character a spreadsheet starts a formula with. For UTF-8 as for
    // UTF-16: the characters that matter are ASCII.
    template<typename Char>
    static bool needed(const Char *text, qsizetype size)
    {
        qsizetype i = 0;
        while (i < size && text[i] == Char('\''))
            ++i;
        return i < size && isFormulaStart(char16_t(static_cast<std::make_unsigned_t<Char>>(text[i])));
    }
    static bool needed(QStringView text) { return needed(text.utf16(), text.size()); }
    static bool needed(std::string_view utf8) { return needed(utf8.data(), qsizetype(utf8.size())); }

    // Text as written before the guard: one leading apostrophe fewer when the guard put it there.
    static QString removed(QStringView text)
    {
        if (text.startsWith(QLatin1Char('\'')) && needed(text.mid(1)))
            return text.mid(1).toString();
        return text.toString();
    }
    static std::string_view removed(std::string_view utf8)
    {
        if (!utf8.empty() && utf8.front() == '\'' && needed(utf8.substr(1)))
            return utf8.substr(1);
        return utf8;
    }
};

} // namespace milepost
