// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesting.h"

#include "export/datasetexporter.h"
#include "report/csvexportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QRadioButton>

using namespace milepost;
using namespace milepost::test;

namespace {

template<typename T>
T *child(const QDialog &dialog, const char *name)
{
    auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("the CSV export dialog offers the table on screen first, then every dataset of the store", "[report][csv][dialog]")
{
    const QStringList datasets = DatasetExporter::datasetNames();
    CsvExportDialog dialog(QStringLiteral("plan"), datasets, CsvOptions{});
    auto *what = child<QListWidget>(dialog, "exportWhat");
    REQUIRE(what->count() == 1 + datasets.size());
    CHECK(what->item(0)->text().contains(QStringLiteral("plan")));
    CHECK(dialog.dataset().isEmpty()); // the table on screen
    for (int row = 0; row < datasets.size(); ++row) {
        INFO(datasets.at(row).toStdString());
        // Every dataset has a title of its own, not its command-line name.
        CHECK(what->item(row + 1)->text() == CsvExportDialog::datasetTitle(datasets.at(row)));
        CHECK(what->item(row + 1)->text() != datasets.at(row));
    }
    what->setCurrentRow(int(datasets.indexOf(QStringLiteral("phases"))) + 1);
    CHECK(dialog.dataset() == QStringLiteral("phases"));
    dialog.grab().save(testOutputPath(QStringLiteral("csv-export-dialog.png")));
}

TEST_CASE("the CSV export dialog starts from the options it is given and returns the edited ones", "[report][csv][dialog]")
{
    CsvExportDialog dialog(QStringLiteral("findings"), {}, CsvOptions{});
    CHECK(child<QListWidget>(dialog, "exportWhat")->count() == 1); // no store: the table only
    auto *bom = child<QCheckBox>(dialog, "byteOrderMark");
    auto *iso = child<QRadioButton>(dialog, "isoDates");
    auto *locale = child<QRadioButton>(dialog, "localeDates");
    CHECK(bom->isChecked());
    CHECK(iso->isChecked());
    CHECK(iso->text().contains(QStringLiteral("2022-06-01")));
    CHECK(dialog.options().byteOrderMark);
    CHECK(dialog.options().dateFormat == CsvOptions::DateFormat::Iso);
    CHECK(dialog.options().guardFormulas); // not an option: always on

    bom->setChecked(false);
    locale->setChecked(true);
    CHECK_FALSE(dialog.options().byteOrderMark);
    CHECK(dialog.options().dateFormat == CsvOptions::DateFormat::Locale);

    CsvOptions saved;
    saved.byteOrderMark = false;
    saved.dateFormat = CsvOptions::DateFormat::Locale;
    saved.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    CsvExportDialog again(QStringLiteral("plan"), {}, saved);
    CHECK_FALSE(child<QCheckBox>(again, "byteOrderMark")->isChecked());
    auto *usDates = child<QRadioButton>(again, "localeDates");
    CHECK(usDates->isChecked());
    CHECK(usDates->text().contains(QStringLiteral("6/1/2022"))); // four-digit year, as written
}

TEST_CASE("every input of the CSV export dialog is named and reachable from the keyboard", "[report][csv][dialog]")
{
    CsvExportDialog dialog(QStringLiteral("plan"), DatasetExporter::datasetNames(), CsvOptions{});
    CHECK_FALSE(child<QListWidget>(dialog, "exportWhat")->accessibleName().isEmpty());
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (qobject_cast<const QDialogButtonBox *>(button->parentWidget())
            && button->text() == QDialogButtonBox(QDialogButtonBox::Cancel).buttons().first()->text())
            continue; // Qt's own Cancel, Esc closes it
        INFO(button->text().toStdString());
        CHECK(button->text().contains(QLatin1Char('&')));
    }
}
