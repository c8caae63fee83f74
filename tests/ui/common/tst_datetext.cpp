// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "common/datetext.h"
#include "timeline/timelinetoolbar.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QTest>

using namespace milepost;

TEST_CASE("dates in the window follow the locale with the year in full", "[ui][datetext]")
{
    CHECK(DateText::format(QLocale(QLocale::English, QLocale::UnitedStates)) == QStringLiteral("M/d/yyyy"));
    CHECK(DateText::date(QDate(2022, 10, 15), QLocale(QLocale::English, QLocale::UnitedStates)) == QStringLiteral("10/15/2022"));
    CHECK(DateText::date(QDate(2026, 12, 1), QLocale(QLocale::Swedish, QLocale::Sweden)) == QStringLiteral("2026-12-01"));

    const QList<QLocale> locales{QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::English, QLocale::UnitedKingdom),
                                 QLocale(QLocale::Spanish, QLocale::Mexico), QLocale(QLocale::Spanish, QLocale::UnitedStates),
                                 QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::Swedish, QLocale::Sweden),
                                 QLocale(QLocale::Korean, QLocale::SouthKorea), QLocale(QLocale::Vietnamese, QLocale::Vietnam),
                                 QLocale(QLocale::Chinese, QLocale::China), QLocale(QLocale::Filipino, QLocale::Philippines)};
    for (const QLocale &locale : locales) {
        const QString format = DateText::format(locale);
        INFO(locale.name().toStdString() << ": " << locale.dateFormat(QLocale::ShortFormat).toStdString() << " -> "
                                         << format.toStdString());
        CHECK(format.contains(QLatin1String("yyyy")));
        CHECK_FALSE(format.contains(QLatin1String("yyyyy")));
        // What the window writes, it reads back to the same day, in any century.
        for (const QDate day : {QDate(1999, 3, 5), QDate(2022, 10, 15), QDate(2075, 12, 31)})
            CHECK(locale.toDate(DateText::date(day, locale), format) == day);
    }
}

TEST_CASE("typing a whole date over the as-of field sets every part of it", "[ui][datetext]")
{
    // Reported: typing 2022-10-15 over the whole text gave 2026-10-15 (QDateEdit drops the first
    // keys typed over a full selection). The field shows the year in full and takes the whole date,
    // whether a part fills its section (10, 15) or not (3, 5), in the locale's order.
    struct Typed
    {
        QLocale locale;
        const char *keys;
        QDate expected;
    };
    const Typed cases[]{
        {QLocale(QLocale::English, QLocale::UnitedStates), "10/15/2022", QDate(2022, 10, 15)},
        {QLocale(QLocale::English, QLocale::UnitedStates), "3/5/2022", QDate(2022, 3, 5)},
        {QLocale(QLocale::English, QLocale::UnitedStates), "12/31/1999", QDate(1999, 12, 31)},
        {QLocale(QLocale::Swedish, QLocale::Sweden), "2022-10-15", QDate(2022, 10, 15)},
        {QLocale(QLocale::Spanish, QLocale::Mexico), "15/10/2022", QDate(2022, 10, 15)},
    };
    for (const Typed &typed : cases) {
        QLocale::setDefault(typed.locale);
        QWidget owner;
        TimelineToolBar toolBar(&owner);
        QDateEdit *edit = toolBar.asOfEdit();
        edit->setDate(QDate(2026, 12, 1));
        toolBar.show();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QString::fromLatin1(typed.keys));
        QTest::keyClick(edit, Qt::Key_Return);
        INFO(typed.locale.name().toStdString() << " typed " << typed.keys << ", shown " << edit->text().toStdString());
        CHECK(edit->date() == typed.expected);
        CHECK(edit->text() == DateText::date(typed.expected));
    }
    QLocale::setDefault(QLocale::c());
}
