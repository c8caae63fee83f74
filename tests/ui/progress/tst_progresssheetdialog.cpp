// SPDX-License-Identifier: GPL-3.0-or-later
// File › Import Update Sheet…: a sheet an office made in a day-first spreadsheet, its columns
// chosen by hand, its dates read as the person says, every change shown before it is stored,
// stored as one undo step.
#include "progresswindowfixture.h"

#include "../englishplurals.h"
#include "progress/progresssheetdialog.h"
#include "progress/progresssheetexportdialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QRadioButton>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace milepost;
using namespace milepost::test;

namespace {

void choose(QComboBox *box, const QString &text)
{
    REQUIRE(box);
    const int index = box->findText(text);
    INFO(text.toStdString());
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

QString summary(const ProgressSheetDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("sheetSummary"))->text();
}

} // namespace

TEST_CASE("an update sheet is previewed, its columns and dates chosen, then stored as one undo step", "[ui][progress][sheet]")
{
    EnglishPlurals english;
    ProgressWindow fixture;
    MainWindow &window = fixture.open();
    const qint64 first = fixture.ids.at(1).at(0);
    const qint64 second = fixture.ids.at(1).at(1);
    const QString path = fixture.dir.filePath(QStringLiteral("oficina.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Hito;Estado;Inicio real;Comentario\r\n%1;at risk;04/06/2022;Proveedor tardío\r\n%2;on track;;\r\n"
                              "%3;finished;;\r\n")
                   .arg(first)
                   .arg(second)
                   .arg(fixture.ids.at(0).at(0))
                   .toLatin1());
    file.close();

    REQUIRE(window.progressActions()->importSheetAction());
    ProgressSheetDialog dialog(window.progressController(), &window);
    dialog.show();
    dialog.openSheet(path);
    // No column is named Id: nothing can be imported until one is chosen.
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(summary(dialog).contains(QStringLiteral("Nothing can be imported")));

    choose(dialog.columnBox(ProgressSheet::Id), QStringLiteral("1: Hito"));
    choose(dialog.columnBox(ProgressSheet::Status), QStringLiteral("2: Estado"));
    choose(dialog.columnBox(ProgressSheet::ActualStart), QStringLiteral("3: Inicio real"));
    choose(dialog.columnBox(ProgressSheet::Note), QStringLiteral("4: Comentario"));
    // 04/06/2022 reads both ways: the dialog asks.
    CHECK(dialog.reading().dateOrderInDoubt);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(summary(dialog).contains(QStringLiteral("Choose how the dates are written")));

    choose(dialog.datesBox(), QStringLiteral("Day first (D/M/YYYY)"));
    REQUIRE(dialog.reading().report.ok);
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.importButton()->text() == QStringLiteral("Import 2 Updates"));
    CHECK(summary(dialog).startsWith(QStringLiteral("3 rows read: 2 will be updated, 0 unchanged, 1 rejected, 0 blank.")));
    auto *changes = dialog.findChild<QTreeWidget *>(QStringLiteral("sheetChanges"));
    REQUIRE(changes->topLevelItemCount() == 4);
    CHECK(changes->topLevelItem(1)->text(2) == QStringLiteral("Actual start"));
    CHECK(dialog.reading().changes.at(1).after == ProgressField::displayValue(ProgressField::Id::ActualStart, QStringLiteral("2022-06-04")));
    auto *rejections = dialog.findChild<QTreeWidget *>(QStringLiteral("sheetRejections"));
    REQUIRE(rejections->topLevelItemCount() == 1);
    CHECK(rejections->topLevelItem(0)->text(0) == QStringLiteral("4"));
    CHECK(rejections->topLevelItem(0)->text(2).contains(QStringLiteral("finished")));
    CHECK(fixture.count(QStringLiteral("milestone_updates")) == 0); // the preview stores nothing
    dialog.resize(1000, 640);
    QApplication::processEvents();
    REQUIRE(QDir().mkpath(QString::fromUtf8(MILEPOST_TEST_OUTPUT_DIR)));
    REQUIRE(dialog.grab().save(QString::fromUtf8(MILEPOST_TEST_OUTPUT_DIR) + QStringLiteral("/progress-sheet-dialog.png")));

    dialog.importButton()->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fixture.count(QStringLiteral("milestone_updates")) == 2);
    CHECK(fixture.current(first).actualStart() == QDate(2022, 6, 4));
    CHECK(fixture.current(first).note == QStringLiteral("Proveedor tardío"));
    CHECK(fixture.current(second).status() == ProgressStatus::Value::OnTrack);
    CHECK(fixture.history(first).constFirst().enteredBy == QStringLiteral("Ana"));

    // One undo takes the whole sheet back, with new entries in the journal.
    QUndoStack *stack = window.progressController()->undoStack();
    REQUIRE(stack->count() == 1);
    CHECK(stack->undoText() == QStringLiteral("updates from oficina.csv"));
    window.progressActions()->undoAction()->trigger();
    CHECK_FALSE(fixture.current(first).actualStart().isValid());
    CHECK_FALSE(fixture.current(second).status());
    CHECK(fixture.count(QStringLiteral("milestone_updates")) == 4);
}

TEST_CASE("an update sheet changed by someone else since its preview stores nothing and is read again", "[ui][progress][sheet]")
{
    ProgressWindow fixture;
    MainWindow &window = fixture.open();
    const qint64 first = fixture.ids.at(1).at(0);
    const QString path = fixture.dir.filePath(QStringLiteral("sheet.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Id,Status\n%1,done\n").arg(first).toUtf8());
    file.close();
    ProgressSheetDialog dialog(window.progressController(), &window);
    dialog.openSheet(path);
    REQUIRE(dialog.importButton()->isEnabled());

    ProgressUpdate other;
    other.milestoneId = first;
    other.asOf = QDate(2022, 11, 1);
    other.enteredBy = QStringLiteral("Ben");
    other.set(ProgressField::Id::Status, QStringLiteral("at risk"));
    REQUIRE(fixture.progress->record(other, QDate(2022, 12, 1)).ok());

    whenModal<QMessageBox>([](QMessageBox *box) {
        CHECK(box->text().contains(QStringLiteral("Nothing was stored")));
        box->accept();
    });
    dialog.importButton()->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(fixture.current(first).status() == ProgressStatus::Value::AtRisk);
    CHECK(fixture.count(QStringLiteral("milestone_updates")) == 1);
    // Read again: the preview shows the value as it is now.
    REQUIRE(dialog.reading().changes.size() == 1);
    CHECK(dialog.reading().changes.at(0).before == QStringLiteral("At risk"));
}

TEST_CASE("an office's update sheet goes out from the File menu and comes back through the preview", "[ui][progress][sheet]")
{
    EnglishPlurals english;
    ProgressWindow fixture;
    const qint64 dashboard = fixture.ids.at(1).at(0);
    const qint64 academies = fixture.ids.at(1).at(1);
    for (const auto &[id, office] : {std::pair{dashboard, QStringLiteral("Human Resources")}, std::pair{academies, QStringLiteral("Facilities")}}) {
        ProgressUpdate update;
        update.milestoneId = id;
        update.asOf = QDate(2022, 9, 1);
        update.enteredBy = QStringLiteral("Ana");
        update.set(ProgressField::Id::Office, office);
        REQUIRE(fixture.progress->record(update, QDate(2022, 12, 1)).ok());
    }
    MainWindow &window = fixture.open();
    const QString path = fixture.dir.filePath(QStringLiteral("hr.csv"));
    QStringList offices;
    QString written;
    std::function<void()> answer = [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *choice = qobject_cast<ProgressSheetExportDialog *>(modal)) {
            for (int i = 0; i < choice->officeBox()->count(); ++i)
                offices.append(choice->officeBox()->itemText(i));
            choice->officeButton()->setChecked(true);
            choice->officeBox()->setCurrentText(QStringLiteral("human resources"));
            CHECK(choice->suggestedName() == QStringLiteral("update-sheet-human-resources"));
            REQUIRE(choice->grab().save(QString::fromUtf8(MILEPOST_TEST_OUTPUT_DIR) + QStringLiteral("/progress-sheet-export.png")));
            choice->accept();
        } else if (auto *files = qobject_cast<QFileDialog *>(modal)) {
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            REQUIRE(name);
            name->setText(path);
            QMetaObject::invokeMethod(files, "accept");
        } else if (auto *box = qobject_cast<QMessageBox *>(modal); box && box->objectName() == QLatin1String("updateSheetWrittenBox")) {
            written = box->text();
            box->accept();
            return;
        }
        QTimer::singleShot(20, answer);
    };
    QTimer::singleShot(20, answer);
    CHECK(window.progressActions()->exportSheet());
    CHECK(offices == QStringList{QStringLiteral("Facilities"), QStringLiteral("Human Resources")});
    CHECK(written.startsWith(QStringLiteral("Wrote an update sheet of 1 milestone to ")));

    // The office fills in its row as a spreadsheet saves it, and it comes back.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    file.close();
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).startsWith(QString::number(dashboard) + QLatin1Char(',')));
    REQUIRE(lines.at(1).endsWith(QStringLiteral(",,,,,,,,")));
    lines[1] = lines.at(1).chopped(8) + QStringLiteral(",done,100,,2022-10-20,,,Launched.,2022-10-31");
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    file.close();

    ProgressSheetDialog dialog(window.progressController(), &window);
    dialog.openSheet(path);
    REQUIRE(dialog.reading().report.ok);
    CHECK(dialog.reading().changes.size() == 4); // status, percent, actual end, note
    dialog.importButton()->click();
    CHECK(fixture.current(dashboard).status() == ProgressStatus::Value::Done);
    CHECK(fixture.current(dashboard).actualEnd() == QDate(2022, 10, 20));
    CHECK(fixture.current(dashboard).asOf == QDate(2022, 10, 31));
}
