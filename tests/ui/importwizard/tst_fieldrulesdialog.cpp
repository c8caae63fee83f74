// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs of the mapping page that say how a field is read beyond its column, driven through
// their widgets as a person would.
#include "catchcompat.h"
#include "ui/englishplurals.h"

#include "datasets/datasetschema.h"
#include "importwizard/fieldrulesdialog.h"
#include "importwizard/widecolumnsdialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace milepost;

namespace {

template<typename Widget>
Widget *named(QWidget *dialog, const QString &accessibleName)
{
    for (Widget *widget : dialog->findChildren<Widget *>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    FAIL("no widget named " << accessibleName.toStdString());
    return nullptr;
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("the rules dialog shows what a pattern and the file's words make of the first values", "[importwizard][rules]")
{
    const test::EnglishPlurals english;
    const DatasetField &district = *DatasetSchema::field(Dataset::Staffing, QStringLiteral("local_district"));
    FieldRulesDialog dialog(district, QStringLiteral("School Code"), {QStringLiteral("01M015"), QStringLiteral("X99")},
                            ColumnMapping(), nullptr);
    // A column is chosen: no value for every row.
    CHECK_FALSE(named<QLineEdit>(&dialog, QStringLiteral("The same value for every row"))->isEnabled());
    auto *pattern = named<QLineEdit>(&dialog, QStringLiteral("Pattern that takes part of the column"));
    auto *preview = named<QLabel>(&dialog, QStringLiteral("What the first values are read as"));
    QTest::keyClicks(pattern, QStringLiteral("^(\\d\\d)"));
    CHECK(preview->text().contains(QStringLiteral("01M015 → 01")));
    CHECK(preview->text().contains(QStringLiteral("X99 → not matched: the row is rejected")));
    CHECK(okButton(&dialog)->isEnabled());

    // The file's words, after the pattern's part.
    auto *words = named<QTableWidget>(&dialog, QStringLiteral("The file's words read as others"));
    QPushButton *add = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("&Add Word"))
            add = button;
    }
    REQUIRE(add);
    add->click();
    REQUIRE(words->rowCount() == 1);
    words->item(0, 0)->setText(QStringLiteral("01"));
    // Half a word: the dialog cannot be closed with it.
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    words->item(0, 1)->setText(QStringLiteral("Central"));
    CHECK(okButton(&dialog)->isEnabled());
    CHECK(preview->text().contains(QStringLiteral("01M015 → Central")));

    const ColumnMapping rules = dialog.rules();
    CHECK(rules.extract == QStringLiteral("^(\\d\\d)"));
    REQUIRE(rules.valueMap.size() == 1);
    CHECK(rules.valueMap.first() == std::pair(QStringLiteral("01"), QStringLiteral("Central")));
    CHECK(rules.value.isEmpty());
    CHECK(FieldRulesDialog::summary(rules, true) == QStringLiteral("part: ^(\\d\\d); 1 word read as another"));

    // A pattern that is not a regular expression is refused with the reason.
    pattern->setText(QStringLiteral("^(\\d"));
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    CHECK(preview->text().startsWith(QStringLiteral("⚠ The pattern is not a regular expression")));
}

TEST_CASE("the rules dialog sets the unit of an amount column and a value for a field with no column",
          "[importwizard][rules]")
{
    const DatasetField &budget = *DatasetSchema::field(Dataset::CapitalProjects, QStringLiteral("budget"));
    ColumnMapping thousands;
    thousands.unit = ColumnMapping::Unit::Thousands;
    FieldRulesDialog amounts(budget, QStringLiteral("Budget ($000)"), {QStringLiteral("1,747")}, thousands, nullptr);
    auto *unit = named<QComboBox>(&amounts, QStringLiteral("Unit of the amounts"));
    CHECK(unit->currentText() == QStringLiteral("thousands of dollars"));
    unit->setCurrentIndex(unit->findText(QStringLiteral("millions of dollars")));
    CHECK(amounts.rules().unit == ColumnMapping::Unit::Millions);
    CHECK(FieldRulesDialog::summary(amounts.rules(), true) == QStringLiteral("in millions"));

    // Only amounts have a unit.
    const DatasetField &period = *DatasetSchema::field(Dataset::Staffing, QStringLiteral("period"));
    FieldRulesDialog fixed(period, QString(), {}, ColumnMapping(), nullptr);
    CHECK(fixed.findChildren<QComboBox *>().isEmpty());
    CHECK_FALSE(named<QLineEdit>(&fixed, QStringLiteral("Pattern that takes part of the column"))->isEnabled());
    QTest::keyClicks(named<QLineEdit>(&fixed, QStringLiteral("The same value for every row")), QStringLiteral("2019-20"));
    CHECK(named<QLabel>(&fixed, QStringLiteral("What the first values are read as"))->text()
          == QStringLiteral("Every row: 2019-20"));
    CHECK(fixed.rules().value == QStringLiteral("2019-20"));
    CHECK(FieldRulesDialog::summary(fixed.rules(), false) == QStringLiteral("every row: 2019-20"));
    CHECK(FieldRulesDialog::summary(ColumnMapping(), false) == QStringLiteral("More…"));
}

TEST_CASE("the wide columns dialog lists the columns that become rows and what each gives", "[importwizard][rules]")
{
    const test::EnglishPlurals english;
    const QStringList header{QStringLiteral("School"), QStringLiteral("Grade K"), QStringLiteral("Grade 1 "),
                             QStringLiteral("Total")};
    WideColumnsDialog dialog(Dataset::Enrollment, header, WideColumns(), nullptr);
    CHECK_FALSE(dialog.wide().isSet());
    CHECK(okButton(&dialog)->isEnabled()); // not a wide file is a choice too
    auto *field = named<QComboBox>(&dialog, QStringLiteral("Field the column names give"));
    field->setCurrentIndex(field->findText(QStringLiteral("Grade")));
    auto *value = named<QComboBox>(&dialog, QStringLiteral("Field the cells give"));
    CHECK(value->currentText() == QStringLiteral("Count"));
    auto *preview = named<QLabel>(&dialog, QStringLiteral("Columns that become rows"));
    CHECK(preview->text() == QStringLiteral("⚠ Give the pattern of the wide columns' names."));
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    QTest::keyClicks(named<QLineEdit>(&dialog, QStringLiteral("Pattern of the wide columns' names")),
                     QStringLiteral("grade (.+)"));
    CHECK(okButton(&dialog)->isEnabled());
    CHECK(preview->text() == QStringLiteral("2 columns become rows:\nGrade K → Grade: K\nGrade 1 → Grade: 1"));
    const WideColumns wide = dialog.wide();
    CHECK(wide == WideColumns{QStringLiteral("grade"), QStringLiteral("count"), QStringLiteral("grade (.+)")});

    named<QLineEdit>(&dialog, QStringLiteral("Pattern of the wide columns' names"))->setText(QStringLiteral("Year (.+)"));
    CHECK(preview->text() == QStringLiteral("⚠ No column's name matches the pattern."));
    CHECK_FALSE(okButton(&dialog)->isEnabled());
}
