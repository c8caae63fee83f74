// SPDX-License-Identifier: GPL-3.0-or-later
// Progress update sheets: the template out, filled in, and back in; every row stored, unchanged,
// rejected with line, column and reason, or blank; counts that add up.
#include "progressfixture.h"

#include "export/progresstemplateexporter.h"
#include "progress/progresssheet.h"
#include "store/progresssheetimporter.h"

#include <QFile>

using namespace milepost;
using namespace milepost::test;
using Field = ProgressField::Id;

namespace {

const QDate today(2024, 12, 31);

QStringList readLines(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    return lines;
}

void writeLines(const QString &path, const QStringList &lines)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
}

// The template's row for a milestone, with its eight columns to fill in given.
QString filled(const QString &templateRow, const QStringList &values)
{
    const QString empties = QStringLiteral(",,,,,,,,");
    REQUIRE(templateRow.endsWith(empties));
    QStringList cells = values;
    while (cells.size() < 8)
        cells.append(QString());
    return templateRow.chopped(empties.size()) + QLatin1Char(',') + cells.join(QLatin1Char(','));
}

} // namespace

TEST_CASE("a progress sheet goes out with current values and comes back filled in", "[store][progress][sheet]")
{
    ProgressStore store;
    recordProgress(*store.progress, store.ids.at(0), QDate(2024, 2, 1),
                   {{Field::Status, QStringLiteral("on track")}, {Field::Owner, QStringLiteral("Ana Ruiz")},
                    {Field::ActualStart, QStringLiteral("2024-01-20")}});
    const QString out = store.dir.filePath(QStringLiteral("template.csv"));
    auto exported = ProgressTemplateExporter(*store.database).exportToFile(out, QString());
    INFO(exported.error.toStdString());
    REQUIRE(exported.ok);
    CHECK(exported.rows == 4);
    QStringList lines = readLines(out);
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0) == ProgressSheet::header().join(QLatin1Char(',')));
    CHECK(lines.at(1).startsWith(QStringLiteral("%1,").arg(store.ids.at(0))));
    CHECK(lines.at(1).contains(QStringLiteral(",On track,,2024-01-20,,Ana Ruiz,,,")));

    // One owner's sheet.
    const QString mine = store.dir.filePath(QStringLiteral("ana.csv"));
    exported = ProgressTemplateExporter(*store.database).exportToFile(mine, QStringLiteral("ana  RUIZ"));
    REQUIRE(exported.ok);
    CHECK(exported.rows == 1);

    // Filled in: a good row, a blank one, a completion before the start, a percent of 140,
    // an unknown id, an unknown status word, an as-of date after today, the same milestone
    // twice, an unchanged value.
    const QString in = store.dir.filePath(QStringLiteral("filled.csv"));
    writeLines(in, {lines.at(0),
                    filled(lines.at(1), {QStringLiteral("At risk"), QStringLiteral("50"), {}, {}, {}, {}, QStringLiteral("Halfway."),
                                         QStringLiteral("2024-06-01")}),
                    lines.at(2),
                    filled(lines.at(3), {QStringLiteral("done"), {}, QStringLiteral("2024-07-02"), QStringLiteral("2024-07-01")}),
                    filled(lines.at(4), {{}, QStringLiteral("140")}),
                    QStringLiteral("999,x,y,,,,,,,,,,on track,,,,,,,"),
                    filled(lines.at(2), {QStringLiteral("finished")}),
                    filled(lines.at(2), {{}, QStringLiteral("10"), {}, {}, {}, {}, {}, QStringLiteral("2025-02-01")}),
                    filled(lines.at(1), {QStringLiteral("done")}),
                    filled(lines.at(2), {{}, {}, {}, {}, {}, QStringLiteral("Human Resources")})});
    ProgressSheetImporter importer(*store.progress, QStringLiteral("Office of the Chief"), today);
    const auto report = importer.importFile(in);
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.read == 9);
    CHECK(report.stored == 2);
    CHECK(report.unchanged == 0);
    CHECK(report.blank == 1);
    CHECK(report.rejected == 6);
    CHECK(report.read == report.stored + report.unchanged + report.rejected + report.blank);
    REQUIRE(report.rejections.size() == 6);
    auto rejection = [&report](int i) {
        const auto &r = report.rejections.at(i);
        return QStringLiteral("%1|%2|%3").arg(r.line).arg(r.column, r.reason);
    };
    CHECK(rejection(0).startsWith(QStringLiteral("4|Actual end|")));
    CHECK(rejection(0).contains(QStringLiteral("before the actual start")));
    CHECK(rejection(1).startsWith(QStringLiteral("5|Percent|")));
    CHECK(rejection(1).contains(QStringLiteral("140")));
    CHECK(rejection(2).startsWith(QStringLiteral("6|Id|")));
    CHECK(rejection(2).contains(QStringLiteral("999")));
    CHECK(rejection(3).startsWith(QStringLiteral("7|Status|")));
    CHECK(rejection(3).contains(QStringLiteral("finished")));
    CHECK(rejection(4).startsWith(QStringLiteral("8|As of|")));
    CHECK(rejection(5).startsWith(QStringLiteral("9|Id|")));
    CHECK(rejection(5).contains(QStringLiteral("line 2")));

    QString error;
    const ProgressState first = *store.progress->current(store.ids.at(0), &error);
    CHECK(first.status() == ProgressStatus::Value::AtRisk);
    CHECK(first.percent() == 50);
    CHECK(first.owner() == QStringLiteral("Ana Ruiz"));
    CHECK(first.note == QStringLiteral("Halfway."));
    CHECK(first.asOf == QDate(2024, 6, 1));
    CHECK(store.progress->history(store.ids.at(0), &error)->constFirst().enteredBy
          == (store.database->isServer() ? store.database->permissions().role : QStringLiteral("Office of the Chief")));
    CHECK(store.progress->current(store.ids.at(1), &error)->office() == QStringLiteral("Human Resources"));
    CHECK_FALSE(store.progress->current(store.ids.at(2), &error)->isRecorded());
    CHECK_FALSE(store.progress->current(store.ids.at(3), &error)->isRecorded());

    // And out again: the sheet shows what came in.
    REQUIRE(ProgressTemplateExporter(*store.database).exportToFile(out, QString()).ok);
    lines = readLines(out);
    CHECK(lines.at(1).contains(QStringLiteral(",At risk,50%,2024-01-20,,Ana Ruiz,,Halfway.,")));
}

TEST_CASE("a progress sheet that is not one, or whose rows all fail, stores nothing", "[store][progress][sheet]")
{
    ProgressStore store;
    const QString in = store.dir.filePath(QStringLiteral("other.csv"));
    writeLines(in, {QStringLiteral("Name,Value"), QStringLiteral("a,1")});
    ProgressSheetImporter importer(*store.progress, QStringLiteral("Ana"), today);
    auto report = importer.importFile(in);
    CHECK_FALSE(report.ok);
    CHECK(report.error.contains(QStringLiteral("“Id”")));

    writeLines(in, {QStringLiteral("Id,Status,Percent"), QStringLiteral("%1,on track,101").arg(store.ids.at(0)),
                    QStringLiteral("%1,,").arg(store.ids.at(1)), QStringLiteral("%1,gone,").arg(store.ids.at(2))});
    report = importer.importFile(in);
    REQUIRE(report.ok);
    CHECK(report.read == 3);
    CHECK(report.rejected == 2);
    CHECK(report.blank == 1);
    CHECK(report.stored == 0);
    CHECK(store.count(QStringLiteral("milestone_updates")) == 0);
}
