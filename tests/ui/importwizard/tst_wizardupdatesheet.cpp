// SPDX-License-Identifier: GPL-3.0-or-later
// Progress update sheets in the import wizard: listed beside the datasets when offered, told
// from their header when chosen as a dataset, and handed on to the update sheet's own dialog.
#include "catchcompat.h"

#include "importwizard/importdataaction.h"
#include "importwizard/importwizard.h"
#include "progress/progresssheet.h"
#include "store/database.h"
#include "store/datasetrepository.h"
#include "store/profilerepository.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace milepost;

namespace {

constexpr int updateSheetEntry = -1;

template<typename Widget>
Widget *named(QWizard &wizard, const QString &accessibleName)
{
    for (Widget *widget : wizard.currentPage()->findChildren<Widget *>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    return path;
}

QByteArray sheetBytes()
{
    return ProgressSheet::header().join(QLatin1Char(',')).toUtf8()
        + "\r\n17,LEARN,Listening tour,2022-07-01,2022-09-30,,,,,,,,Done,100,,2022-09-28,,,Finished early,2022-10-01\r\n";
}

struct Stores
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<ProfileRepository> profiles;
    std::unique_ptr<DatasetRepository> datasets;

    Stores()
    {
        REQUIRE(dir.isValid());
        QString error;
        database = Database::open(dir.filePath(QStringLiteral("sheet.milepost")), &error);
        REQUIRE(database);
        profiles = std::make_unique<ProfileRepository>(*database);
        datasets = std::make_unique<DatasetRepository>(*database);
    }
};

} // namespace

TEST_CASE("the wizard lists update sheets only when it can hand them on", "[importwizard][progress]")
{
    Stores stores;
    const bool offered = GENERATE(false, true);
    ImportWizard wizard(*stores.profiles, *stores.datasets, stores.database->connectionString());
    wizard.setOffersUpdateSheets(offered);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto *data = named<QComboBox>(wizard, QStringLiteral("Dataset"));
    REQUIRE(data);
    CHECK((data->findData(updateSheetEntry) >= 0) == offered);
}

TEST_CASE("an update sheet chosen as a dataset is recognised, then handed on", "[importwizard][progress]")
{
    Stores stores;
    const QString path = writeFile(stores.dir, QStringLiteral("learn-office.csv"), sheetBytes());
    ImportWizard wizard(*stores.profiles, *stores.datasets, stores.database->connectionString());
    wizard.setOffersUpdateSheets(true);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto *data = named<QComboBox>(wizard, QStringLiteral("Dataset"));
    REQUIRE(data);
    data->setCurrentIndex(data->findData(int(Dataset::CapitalProjects)));
    named<QLineEdit>(wizard, QStringLiteral("File to import"))->setText(path);

    wizard.next();
    // Not read as capital projects: the page says what the file is and stays.
    CHECK(wizard.currentId() == ImportWizard::FilePageId);
    CHECK(data->currentData().toInt() == updateSheetEntry);
    CHECK(named<QLabel>(wizard, QStringLiteral("Problem with the file"))->text().contains(QStringLiteral("update sheet")));
    CHECK(wizard.updateSheetPath().isEmpty());

    wizard.next();
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK_FALSE(wizard.isVisible());
    CHECK(wizard.updateSheetPath() == path);
}

TEST_CASE("a dataset file is not taken for an update sheet", "[importwizard][progress]")
{
    Stores stores;
    const QString path = writeFile(stores.dir, QStringLiteral("capital.csv"),
                                   "Id,Project,Status\r\n1,New roof,Planned\r\n");
    ImportWizard wizard(*stores.profiles, *stores.datasets, stores.database->connectionString());
    wizard.setOffersUpdateSheets(true);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto *data = named<QComboBox>(wizard, QStringLiteral("Dataset"));
    data->setCurrentIndex(data->findData(int(Dataset::CapitalProjects)));
    named<QLineEdit>(wizard, QStringLiteral("File to import"))->setText(path);
    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::PreviewPageId);
    CHECK(wizard.updateSheetPath().isEmpty());
}

TEST_CASE("File > Import Data hands an update sheet to the update sheet's dialog", "[importwizard][progress]")
{
    Stores stores;
    const QString path = writeFile(stores.dir, QStringLiteral("sheet.csv"), sheetBytes());
    QWidget parent;
    ImportDataAction action(*stores.database, &parent);
    QStringList opened;
    action.setUpdateSheetImport([&opened](const QString &sheet) { opened.append(sheet); });

    bool driven = false;
    QTimer::singleShot(0, [&] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        REQUIRE(wizard);
        auto *data = named<QComboBox>(*wizard, QStringLiteral("Dataset"));
        data->setCurrentIndex(data->findData(updateSheetEntry));
        named<QLineEdit>(*wizard, QStringLiteral("File to import"))->setText(path);
        driven = true;
        wizard->next();
    });
    action.trigger();
    CHECK(driven);
    CHECK(opened == QStringList{path});
}
