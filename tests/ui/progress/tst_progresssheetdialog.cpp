// SPDX-License-Identifier: GPL-3.0-or-later
// File › Import Update Sheet…: a sheet an office made in a day-first spreadsheet, its columns
// chosen by hand, its dates read as the person says, every change shown before it is stored,
// stored as one undo step.
#include "progresswindowfixture.h"

#include "../englishplurals.h"
#include "progress/progresssheetdialog.h"

#include <QComboBox>
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
