// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesting.h"

#include "report/pageoptionsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
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

// A plan marked from 2022 Q3 to 2023 Q2 whose dates run from January 2020 to November 2023.
ReportKeyFigures figures()
{
    ReportKeyFigures figures;
    figures.firstDay = QDate(2020, 1, 16);
    figures.lastDay = QDate(2023, 11, 30);
    figures.firstMarkedDay = QDate(2022, 7, 1);
    figures.lastMarkedDay = QDate(2023, 6, 30);
    return figures;
}

} // namespace

TEST_CASE("the page options dialog shows the options it was given and returns them unchanged", "[report][dialog]")
{
    ReportPageOptions options;
    options.paperSize = ReportPageOptions::PaperSize::A4;
    options.orientation = ReportPageOptions::Orientation::Portrait;
    options.timelineScale = ReportPageOptions::TimelineScale::FitToPageWidth;
    options.greyscale = true;
    options.rangeFirst = QDate(2022, 7, 1);
    options.rangeLast = QDate(2023, 6, 30);
    options.changesSince = QDate(2022, 9, 30);
    PageOptionsDialog dialog(options, figures());
    CHECK(child<QCheckBox>(dialog, "listChanges")->isChecked());
    CHECK(child<QDateEdit>(dialog, "changesSince")->date() == QDate(2022, 9, 30));
    CHECK(child<QComboBox>(dialog, "paperSize")->currentData().toInt() == int(ReportPageOptions::PaperSize::A4));
    CHECK(child<QRadioButton>(dialog, "portrait")->isChecked());
    CHECK(child<QRadioButton>(dialog, "fitToWidth")->isChecked());
    CHECK(child<QRadioButton>(dialog, "greyscale")->isChecked());
    CHECK(child<QRadioButton>(dialog, "between")->isChecked());
    CHECK(dialog.options() == options);
    dialog.grab().save(testOutputPath(QStringLiteral("page-options-dialog.png")));
}

TEST_CASE("the page options dialog edits every option", "[report][dialog]")
{
    PageOptionsDialog dialog(ReportPageOptions{}, figures());
    auto *planQuarters = child<QRadioButton>(dialog, "planQuarters");
    auto *allDates = child<QRadioButton>(dialog, "allDates");
    auto *between = child<QRadioButton>(dialog, "between");
    auto *from = child<QDateEdit>(dialog, "rangeFrom");
    auto *to = child<QDateEdit>(dialog, "rangeTo");
    CHECK(planQuarters->isChecked());
    // The choices say which quarters each one prints.
    CHECK(planQuarters->text().endsWith(QStringLiteral("2022 Q3 – 2023 Q2")));
    CHECK(allDates->text().endsWith(QStringLiteral("2020 Q1 – 2023 Q4")));
    CHECK_FALSE(from->isEnabled());
    CHECK(dialog.options() == ReportPageOptions{});
    allDates->setChecked(true);
    CHECK(dialog.options().timelineSpan == ReportPageOptions::TimelineSpan::AllDates);
    CHECK_FALSE(dialog.options().rangeFirst.isValid());

    auto *paper = child<QComboBox>(dialog, "paperSize");
    paper->setCurrentIndex(paper->findData(int(ReportPageOptions::PaperSize::Tabloid)));
    child<QRadioButton>(dialog, "portrait")->setChecked(true);
    child<QRadioButton>(dialog, "fitToWidth")->setChecked(true);
    child<QRadioButton>(dialog, "greyscale")->setChecked(true);
    between->setChecked(true);
    CHECK(from->isEnabled());
    from->setDate(QDate(2022, 4, 1));
    to->setDate(QDate(2022, 3, 1)); // before the start: the start follows
    const ReportPageOptions edited = dialog.options();
    CHECK(edited.paperSize == ReportPageOptions::PaperSize::Tabloid);
    CHECK(edited.orientation == ReportPageOptions::Orientation::Portrait);
    CHECK(edited.timelineScale == ReportPageOptions::TimelineScale::FitToPageWidth);
    CHECK(edited.greyscale);
    CHECK(edited.rangeFirst == QDate(2022, 3, 1));
    CHECK(edited.rangeLast == QDate(2022, 3, 1));
    CHECK_FALSE(edited.changesSince.isValid());

    // The "Changes since" section: off until ticked, then the day given.
    auto *listChanges = child<QCheckBox>(dialog, "listChanges");
    auto *since = child<QDateEdit>(dialog, "changesSince");
    CHECK_FALSE(since->isEnabled());
    listChanges->setChecked(true);
    CHECK(since->isEnabled());
    since->setDate(QDate(2022, 10, 15));
    CHECK(dialog.options().changesSince == QDate(2022, 10, 15));
    listChanges->setChecked(false);
    CHECK_FALSE(dialog.options().changesSince.isValid());

    // The report's language: the program's unless one is chosen.
    auto *language = child<QComboBox>(dialog, "reportLanguage");
    CHECK(dialog.options().language.isEmpty());
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    CHECK(language->currentText() == QStringLiteral("Español"));
    CHECK(dialog.options().language == QStringLiteral("es"));
    ReportPageOptions spanish;
    spanish.language = QStringLiteral("es");
    PageOptionsDialog again(spanish, figures());
    CHECK(again.options().language == QStringLiteral("es"));
}

TEST_CASE("every input of the page options dialog has an accessible name", "[report][dialog]")
{
    PageOptionsDialog dialog(ReportPageOptions{}, ReportKeyFigures{});
    for (const QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<const QComboBox *>(widget) || qobject_cast<const QDateEdit *>(widget)) {
            INFO(widget->objectName().toStdString());
            CHECK_FALSE(widget->accessibleName().isEmpty());
        }
        const bool standardButton = qobject_cast<const QDialogButtonBox *>(widget->parentWidget());
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && !standardButton) {
            INFO(button->text().toStdString());
            CHECK(button->text().contains(QLatin1Char('&'))); // reachable with Alt+letter
        }
    }
}
