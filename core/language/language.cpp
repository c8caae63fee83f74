// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace milepost {

namespace {

const QString english = QStringLiteral("en");

// Owned here for the life of the program: QCoreApplication keeps only pointers.
std::unique_ptr<QTranslator> &ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString &installedCode()
{
    static QString code = english;
    return code;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator)
        QCoreApplication::removeTranslator(translator.get());
    translator.reset();
}

} // namespace

QStringList Language::codes()
{
    return {english, QStringLiteral("es")};
}

QString Language::nativeName(const QString &code)
{
    // Each language in its own words, so a person who reads only that one finds it.
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

bool Language::isKnown(const QString &code)
{
    return codes().contains(code);
}

QString Language::systemLanguage(const QStringList &uiLanguages)
{
    for (const QString &name : uiLanguages) {
        // "es-US", "es_MX", "es", "en-GB": the language is the part before the country.
        const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isKnown(code))
            return code;
    }
    return english;
}

QString Language::resolve(const QString &choice)
{
    return isKnown(choice) ? choice : systemLanguage();
}

QLocale Language::locale(const QString &code)
{
    const QLocale system = QLocale::system();
    const QLocale wanted(code);
    if (system.language() == wanted.language())
        return system;
    // C, or a country where the language has no locale of its own: Qt picks the usual one.
    const QLocale inCountry(wanted.language(), system.territory());
    return inCountry.language() == wanted.language() ? inCountry : wanted;
}

bool Language::install(const QString &code)
{
    remove(ownTranslator());
    remove(qtTranslator());
    const QString language = isKnown(code) ? code : english;
    installedCode() = language;
    QLocale::setDefault(locale(language));

    // Qt's own texts: the command line's "Displays this help", the standard dialogs' buttons.
    // English needs none; a Qt installed without translations only leaves them in English.
    if (language != english) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            qtTranslator() = std::move(qt);
        }
    }
    // English has a file too: the plural forms of "%n imports" and the like.
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/translations/milepost_") + language))
        return false;
    QCoreApplication::installTranslator(own.get());
    ownTranslator() = std::move(own);
    return true;
}

QString Language::installed()
{
    return installedCode();
}

void Language::uninstall()
{
    remove(ownTranslator());
    remove(qtTranslator());
    installedCode() = english;
}

Language::Scope::Scope(const QString &code)
    : m_hadTranslator(ownTranslator() != nullptr)
    , m_previous(installedCode())
{
    if (code.isEmpty() || (m_hadTranslator && code == m_previous))
        return;
    m_switched = true;
    install(code);
}

Language::Scope::~Scope()
{
    if (!m_switched)
        return;
    if (m_hadTranslator)
        install(m_previous);
    else
        uninstall();
    QLocale::setDefault(m_locale);
}

} // namespace milepost
