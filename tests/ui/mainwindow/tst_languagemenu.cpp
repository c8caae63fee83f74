// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "backup/checkintegrityaction.h"
#include "backup/restorebackupaction.h"
#include "dashboard/dashboarddata.h"
#include "dashboard/dashboardview.h"
#include "importwizard/importdataaction.h"
#include "importwizard/removesampleaction.h"
#include "imports/importeddataaction.h"
#include "language/language.h"
#include "mainwindow/languagemenu.h"
#include "mainwindow/mainwindow.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/planrepository.h"
#include "store/progressrepository.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>

#include <map>
#include <memory>

using namespace milepost;

namespace {

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MilepostTests"));
    QCoreApplication::setApplicationName(QStringLiteral("MilepostLanguageTests"));
    QSettings().clear();
}

// The window as the program builds it, with every menu item the command line adds.
struct FullWindow
{
    FullWindow()
    {
        REQUIRE(dir.isValid());
        QString error;
        database = Database::open(dir.filePath(QStringLiteral("language.sqlite")), &error);
        REQUIRE(database);
        plans = std::make_unique<PlanRepository>(*database);
        datasets = std::make_unique<DatasetRepository>(*database);
        progress = std::make_unique<ProgressRepository>(*database);
        window = std::make_unique<MainWindow>(*plans, progress.get());
        window->addDashboard(new DashboardView(
            [this] { return DashboardData::load(*plans, *datasets, progress.get()); }, window.get()));
        window->addImportAction(new ImportDataAction(*database, window.get()));
        window->addImportAction(new RemoveSampleAction(*database, window.get()));
        window->addImportAction(new ImportedDataAction(*database, window.get()));
        window->addImportAction(new RestoreBackupAction(*database, window.get()));
        window->addHelpAction(new CheckIntegrityAction(database->path(), window.get()));
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<PlanRepository> plans;
    std::unique_ptr<DatasetRepository> datasets;
    std::unique_ptr<ProgressRepository> progress;
    std::unique_ptr<MainWindow> window;
};

// The letters after "&" in the menu's items (and its submenus' titles), with the texts that use each.
std::multimap<QChar, QString> mnemonics(const QList<QAction *> &actions)
{
    std::multimap<QChar, QString> letters;
    for (const QAction *action : actions) {
        const QString text = action->text();
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (!action->isSeparator() && action->isVisible() && at >= 0 && at + 1 < text.size())
            letters.emplace(text.at(at + 1).toLower(), text);
    }
    return letters;
}

// Every menu, and the menu bar, gives each of its items a letter of its own.
void requireUniqueAccelerators(QMenuBar *bar)
{
    QList<QList<QAction *>> groups{bar->actions()};
    for (QAction *title : bar->actions()) {
        if (QMenu *menu = title->menu()) {
            groups.append(menu->actions());
            for (QAction *item : menu->actions()) {
                if (item->menu())
                    groups.append(item->menu()->actions());
            }
        }
    }
    for (const QList<QAction *> &group : groups) {
        const std::multimap<QChar, QString> letters = mnemonics(group);
        for (auto it = letters.begin(); it != letters.end(); ++it) {
            INFO(QString(it->first).toStdString() << ": " << it->second.toStdString());
            CHECK(letters.count(it->first) == 1);
        }
    }
}

QAction *languageAction(QMenu *menu, const QString &code)
{
    for (QAction *action : menu->actions()) {
        if (action->isCheckable() && action->data().toString() == code)
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("View > Language remembers the choice for the next start", "[ui][language]")
{
    isolateSettings();
    FullWindow full;
    auto *menu = full.window->findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
    REQUIRE(menu);
    CHECK(full.window->findChild<QMenu *>()); // in the window's menus
    // Nothing chosen: the system's language.
    CHECK(LanguageMenu::storedChoice().isEmpty());
    REQUIRE(languageAction(menu, QString()));
    CHECK(languageAction(menu, QString())->isChecked());
    CHECK(menu->actions().last()->text().contains(QLatin1String("restarts")));

    languageAction(menu, QStringLiteral("es"))->trigger();
    CHECK(QSettings().value(QStringLiteral("language")).toString() == QStringLiteral("es"));
    CHECK(LanguageMenu::storedChoice() == QStringLiteral("es"));
    CHECK(full.window->statusBar()->currentMessage().contains(QLatin1String("restarts")));
    CHECK(Language::resolve(LanguageMenu::storedChoice()) == QStringLiteral("es"));

    // The next start's menu shows the choice.
    LanguageMenu again;
    CHECK(languageAction(&again, QStringLiteral("es"))->isChecked());
    CHECK_FALSE(languageAction(&again, QString())->isChecked());

    // Back to the system: the setting is gone, not stored as a language.
    languageAction(&again, QString())->trigger();
    CHECK_FALSE(QSettings().contains(QStringLiteral("language")));
    CHECK(LanguageMenu::storedChoice().isEmpty());

    // A setting Milepost does not know (edited by hand, a later version's) follows the system.
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("xx"));
    CHECK(LanguageMenu::storedChoice().isEmpty());
    QSettings().clear();
}

TEST_CASE("every menu gives each item its own accelerator, in English and in Spanish", "[ui][language]")
{
    isolateSettings();
    const QLocale locale;
    SECTION("English")
    {
        FullWindow full;
        requireUniqueAccelerators(full.window->menuBar());
    }
    SECTION("Spanish")
    {
        REQUIRE(Language::install(QStringLiteral("es")));
        FullWindow full;
        CHECK(full.window->menuBar()->actions().value(0)->text() == QStringLiteral("&Archivo"));
        requireUniqueAccelerators(full.window->menuBar());
        Language::uninstall();
        QLocale::setDefault(locale);
    }
}
