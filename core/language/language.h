// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace milepost {

// The language Milepost speaks: its own translations (compiled into the program under
// :/translations) and Qt's (qtbase_*.qm, for the standard dialogs and the command line's
// built-in texts), installed on the running application, and the default QLocale that writes
// its dates and numbers. Languages are named by their code: "en", "es".
class Language final
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    static QStringList codes(); // the languages Milepost has, English first
    // The language's own name ("English", "Español"), as a menu lists it.
    static QString nativeName(const QString &code);
    static bool isKnown(const QString &code);

    // The first of the system's languages (LANGUAGE, LANG, the desktop's setting) that Milepost
    // has; English when it has none of them.
    static QString systemLanguage(const QStringList &uiLanguages = QLocale::system().uiLanguages());
    // A person's choice ("" follows the system) resolved to a language Milepost has.
    static QString resolve(const QString &choice);

    // The locale for dates and numbers in that language: the system's own when it speaks that
    // language, else the language as written in the system's country (es_US in Los Angeles).
    static QLocale locale(const QString &code);

    // Makes the application speak `code`, replacing what an earlier call installed. Needs a
    // QCoreApplication. Returns false when Milepost's own translation could not be loaded.
    static bool install(const QString &code);
    static QString installed(); // the language the last install() chose; "en" before any
    // Removes the translators install() added (the default locale stays as it is).
    static void uninstall();

    // Speaks `code` while it lives, then what was spoken before (translators and locale): a
    // report printed in another language than the window's. An empty code changes nothing.
    class Scope final
    {
    public:
        explicit Scope(const QString &code);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        bool m_switched = false;
        bool m_hadTranslator = false;
        QString m_previous;
        QLocale m_locale;
    };
};

} // namespace milepost
