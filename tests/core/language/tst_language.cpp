// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "language/language.h"
#include "plan/milestonestatus.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>

using namespace milepost;

namespace {

// Puts the default locale and the translators back as they were, whatever the test did.
struct LanguageGuard
{
    ~LanguageGuard()
    {
        Language::uninstall();
        QLocale::setDefault(locale);
    }
    QLocale locale;
};

} // namespace

TEST_CASE("the system's language is the first of its languages that Milepost has", "[language]")
{
    CHECK(Language::systemLanguage({QStringLiteral("es-MX"), QStringLiteral("en-US")}) == QStringLiteral("es"));
    CHECK(Language::systemLanguage({QStringLiteral("es_US")}) == QStringLiteral("es"));
    CHECK(Language::systemLanguage({QStringLiteral("fr-CA"), QStringLiteral("es-419"), QStringLiteral("en")})
          == QStringLiteral("es"));
    CHECK(Language::systemLanguage({QStringLiteral("en-GB"), QStringLiteral("es")}) == QStringLiteral("en"));
    // None that Milepost has: English.
    CHECK(Language::systemLanguage({QStringLiteral("fr-FR"), QStringLiteral("de")}) == QStringLiteral("en"));
    CHECK(Language::systemLanguage({}) == QStringLiteral("en"));
}

TEST_CASE("a choice resolves to a language Milepost has", "[language]")
{
    CHECK(Language::resolve(QStringLiteral("es")) == QStringLiteral("es"));
    CHECK(Language::resolve(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(Language::isKnown(Language::resolve(QString())));
    CHECK(Language::isKnown(Language::resolve(QStringLiteral("xx"))));
    CHECK(Language::codes() == QStringList{QStringLiteral("en"), QStringLiteral("es")});
    CHECK(Language::nativeName(QStringLiteral("es")) == QStringLiteral("Español"));
}

TEST_CASE("the locale of a language writes its dates and numbers", "[language]")
{
    const QLocale spanish = Language::locale(QStringLiteral("es"));
    CHECK(spanish.language() == QLocale::Spanish);
    CHECK(spanish.toString(QDate(2026, 12, 1), QStringLiteral("d 'de' MMMM 'de' yyyy")) == QStringLiteral("1 de diciembre de 2026"));
    CHECK(Language::locale(QStringLiteral("en")).language() == QLocale::English);
}

TEST_CASE("installing Spanish translates Milepost's and Qt's strings, English puts them back", "[language]")
{
    LanguageGuard guard;
    REQUIRE(Language::install(QStringLiteral("es")));
    CHECK(Language::installed() == QStringLiteral("es"));
    CHECK(MilestoneStatus::stateName(MilestoneStatus::State::Overdue) == QStringLiteral("Atrasado"));
    CHECK(QLocale().language() == QLocale::Spanish);
    // Plural forms: Spanish has one and other.
    CHECK(QCoreApplication::translate("milepost::ImportedDataDialog", "%n imports.", nullptr, 1) == QStringLiteral("1 importación."));
    CHECK(QCoreApplication::translate("milepost::ImportedDataDialog", "%n imports.", nullptr, 3) == QStringLiteral("3 importaciones."));
    // Qt's own (QCommandLineParser's "Usage: %1"), where the system has Qt's translations.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_es.qm")))
        CHECK(QCoreApplication::translate("QCommandLineParser", "Usage: %1") == QStringLiteral("Uso: %1"));

    REQUIRE(Language::install(QStringLiteral("en")));
    CHECK(MilestoneStatus::stateName(MilestoneStatus::State::Overdue) == QStringLiteral("Overdue"));
    CHECK(QCoreApplication::translate("milepost::ImportedDataDialog", "%n imports.", nullptr, 1) == QStringLiteral("1 import."));
    CHECK(QCoreApplication::translate("QCommandLineParser", "Usage: %1") == QStringLiteral("Usage: %1"));
}
