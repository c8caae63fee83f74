// SPDX-License-Identifier: GPL-3.0-or-later
// File > Imported Data…: the imports listed newest first, Remove with a confirmation that names
// the counts, from the keyboard too, and the views told to read the database again.
#include "catchcompat.h"

#include "datasets/builtinprofiles.h"
#include "datasets/datasetimporter.h"
#include "imports/importeddataaction.h"
#include "imports/importeddatadialog.h"
#include "imports/importrunmodel.h"
#include "store/database.h"
#include "mainwindow/mainwindow.h"
#include "store/datasetrepository.h"
#include "store/planrepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace milepost;

namespace {

class Fixture
{
public:
    Fixture()
    {
        REQUIRE(m_dir.isValid());
        QString error;
        m_database = Database::open(m_dir.filePath(QStringLiteral("imports.milepost")), &error);
        REQUIRE(m_database);
    }

    Database &database() { return *m_database; }

    qint64 import(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        DatasetImporter::Request request;
        request.path = path;
        request.profile = BuiltInProfiles::milepostCsv(Dataset::Enrollment);
        const ImportReport report = DatasetImporter(*m_database).run(request);
        INFO(report.error.toStdString());
        REQUIRE(report.ok);
        return report.runId;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

const QByteArray header = "School Year,Local District,School,Program,Grade,Unit,Count,Illustrative,Note\n";

QPushButton *removeButton(ImportedDataDialog &dialog)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == ImportedDataDialog::tr("&Remove…"))
            return button;
    }
    FAIL("no Remove button");
    return nullptr;
}

} // namespace

TEST_CASE("the imported data dialog lists the imports and removes a refresh, putting back what it replaced",
          "[imports]")
{
    Fixture fixture;
    const qint64 first = fixture.import(QStringLiteral("v1.csv"), header + "2021-22,C,,Magnet,,,13610,no,\n"
                                                                            + "2021-22,NE,,Magnet,,,12384,no,\n");
    const qint64 second = fixture.import(QStringLiteral("v2.csv"), header + "2021-22,C,,Magnet,,,13611,no,\n"
                                                                             + "2021-22,NW,,Magnet,,,17177,no,\n"
                                                                             + "2021-22,S,,Magnet,,,900,no,\n");
    ImportedDataDialog dialog(fixture.database());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableView *>();
    REQUIRE(table);
    QAbstractItemModel *model = table->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, 0).data(ImportRunModel::RunIdRole).toLongLong() == second); // newest first
    CHECK(model->index(0, ImportRunModel::File).data().toString() == QStringLiteral("v2.csv"));
    CHECK(model->index(0, ImportRunModel::Stored).data().toString() == QStringLiteral("3"));
    CHECK(model->index(0, ImportRunModel::DatasetName).data().toString() == Dataset::name(Dataset::Enrollment));
    CHECK(model->index(1, ImportRunModel::Source).data().toString().contains(QStringLiteral("refreshed later")));
    CHECK(dialog.selectedRunId() == second);
    CHECK(removeButton(dialog)->isEnabled());
    // The import the refresh replaced cannot go first.
    REQUIRE(dialog.select(first));
    CHECK_FALSE(removeButton(dialog)->isEnabled());
    REQUIRE(dialog.select(second));

    QString error;
    const QString question = dialog.confirmation(second, &error);
    INFO(question.toStdString());
    CHECK(question.startsWith(QStringLiteral("Remove the import of “v2.csv” into enrollment (source “milepost-enrollment”")));
    CHECK(question.contains(QStringLiteral("The 2 rows it added will be removed, and the 2 rows it changed or removed "
                                           "will be put back as they were.")));

    dialog.resize(1280, 800);
    QCoreApplication::processEvents();
    const QString directory = QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/imports");
    QDir().mkpath(directory);
    CHECK(dialog.grab().save(directory + QStringLiteral("/imported-data-dialog.png")));

    QSignalSpy removed(&dialog, &ImportedDataDialog::removed);
    REQUIRE(dialog.removeRun(second, &error));
    CHECK(removed.count() == 1);
    REQUIRE(model->rowCount() == 1);
    CHECK(dialog.selectedRunId() == first);
    CHECK(removeButton(dialog)->isEnabled());
    const QList<EnrollmentRecord> records = DatasetRepository(fixture.database()).enrollment();
    REQUIRE(records.size() == 2);
    CHECK(records.at(0).count == 13610);
    CHECK(records.at(1).localDistrict == QStringLiteral("NE"));
}

TEST_CASE("Delete on the list asks with the counts, and No keeps the import, Yes removes it", "[imports]")
{
    Fixture fixture;
    fixture.import(QStringLiteral("v1.csv"), header + "2021-22,C,,Magnet,,,13610,no,\n");
    ImportedDataDialog dialog(fixture.database());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableView *>();
    REQUIRE(table);
    CHECK(table->hasFocus());
    QSignalSpy removed(&dialog, &ImportedDataDialog::removed);

    const auto answer = [](QMessageBox::StandardButton button, QString *text) {
        QTimer::singleShot(0, [button, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            *text = box->text();
            box->button(button)->click();
        });
    };
    QString asked;
    answer(QMessageBox::No, &asked);
    QTest::keyClick(table, Qt::Key_Delete);
    INFO(asked.toStdString());
    CHECK(asked.contains(QStringLiteral("The 1 row it added will be removed, and the source with them")));
    CHECK(removed.isEmpty());
    CHECK(table->model()->rowCount() == 1);

    answer(QMessageBox::Yes, &asked);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(removed.count() == 1);
    CHECK(table->model()->rowCount() == 0);
    CHECK(DatasetRepository(fixture.database()).recordCount(Dataset::Enrollment) == 0);
    bool saysEmpty = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        saysEmpty = saysEmpty || label->text().contains(QStringLiteral("Nothing has been imported"));
    CHECK(saysEmpty);
}

TEST_CASE("Imported Data… sits in the File menu, and a removal in its dialog is announced to the window",
          "[imports][mainwindow]")
{
    QStandardPaths::setTestModeEnabled(true); // keep the window's settings away from the user's
    Fixture fixture;
    fixture.import(QStringLiteral("v1.csv"), header + "2021-22,C,,Magnet,,,13610,no,\n");
    PlanRepository plans(fixture.database());
    MainWindow window(plans);
    auto *action = new ImportedDataAction(fixture.database(), &window);
    window.addImportAction(action);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QMenu *file = window.menuBar()->actions().first()->menu();
    REQUIRE(file);
    CHECK(file->actions().contains(action));
    CHECK(action->text() == QStringLiteral("I&mported Data…"));
    file->popup(window.mapToGlobal(QPoint(0, window.menuBar()->height())));
    QCoreApplication::processEvents();
    const QString directory = QStringLiteral(MILEPOST_TEST_OUTPUT_DIR "/imports");
    QDir().mkpath(directory);
    CHECK(file->grab().save(directory + QStringLiteral("/file-menu.png")));
    file->hide();

    // The dialog opens modal: remove the only import from the keyboard, confirm, close.
    QSignalSpy removed(action, &ImportedDataAction::removed);
    bool sawDialog = false;
    QTimer::singleShot(0, [&sawDialog] {
        auto *dialog = qobject_cast<ImportedDataDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        sawDialog = true;
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(dialog->findChild<QTableView *>(), Qt::Key_Delete);
        dialog->reject();
    });
    action->trigger();
    CHECK(sawDialog);
    CHECK(removed.count() == 1);
    CHECK(DatasetRepository(fixture.database()).recordCount(Dataset::Enrollment) == 0);
}
