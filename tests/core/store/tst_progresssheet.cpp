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
    auto exported = ProgressTemplateExporter(*store.database).exportToFile(out, {});
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
    exported = ProgressTemplateExporter(*store.database).exportToFile(mine, {QStringLiteral("ana  RUIZ"), {}});
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
    REQUIRE(ProgressTemplateExporter(*store.database).exportToFile(out, {}).ok);
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

namespace {

// A sheet as a spreadsheet in a day-first locale saves it: semicolons, Windows-1252, dates
// D/M/YYYY, the columns named the sheet's way. rows are the cells after the header.
void writeSheet(const QString &path, const QStringList &rows)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QStringList lines{QStringLiteral("Id;Milestone;Planned end;Actual start now;Status;Percent;Actual start;Actual end;Note;As of")};
    lines += rows;
    const QByteArray bytes = lines.join(QStringLiteral("\r\n")).toLatin1() + "\r\n";
    file.write(bytes);
}

ProgressSheetImporter::Options withFormat(const QString &format)
{
    ProgressSheetImporter::Options options;
    options.dateFormat = format;
    return options;
}

ProgressSheetImporter::Options withColumns(const ProgressSheetImporter::Columns &columns)
{
    ProgressSheetImporter::Options options;
    options.columns = columns;
    return options;
}

} // namespace

TEST_CASE("a sheet's dates are read one way: day first when any date proves it, never swapped", "[store][progress][sheet]")
{
    ProgressStore store;
    const QString in = store.dir.filePath(QStringLiteral("dayfirst.csv"));
    // The current actual start 28/01/2024, written back by the spreadsheet, proves the order;
    // 04/06/2024 is then June 4, not April 6. The planned end keeps the plan's own text (a US
    // 9/30/24), which tells nothing of the sheet's order.
    writeSheet(in, {QStringLiteral("%1;Hiring fairs;9/30/24;28/01/2024;en curso;;04/06/2024;;Año escolar;10/06/2024").arg(store.ids.at(0)),
                    QStringLiteral("%1;Train mentors;5/31/24;;;;;;;").arg(store.ids.at(1))});
    ProgressSheetImporter importer(*store.progress, QStringLiteral("Ana"), today);
    auto reading = importer.read(in);
    INFO(reading.report.error.toStdString());
    // "en curso" is no status word: the row is refused whole, with its reason.
    REQUIRE(reading.report.ok);
    CHECK(reading.dialect.delimiter == ';');
    CHECK(reading.dates.contains(QStringLiteral("day first")));
    CHECK(reading.dates.contains(QStringLiteral("line 2: 28/01/2024")));
    CHECK(reading.report.rejected == 1);
    CHECK(reading.report.blank == 1);

    writeSheet(in, {QStringLiteral("%1;Hiring fairs;9/30/24;28/01/2024;on track;;04/06/2024;;Año escolar;10/06/2024").arg(store.ids.at(0))});
    const auto report = importer.importFile(in);
    INFO(report.error.toStdString());
    REQUIRE(report.ok);
    CHECK(report.stored == 1);
    QString error;
    const ProgressState state = *store.progress->current(store.ids.at(0), &error);
    CHECK(state.actualStart() == QDate(2024, 6, 4));
    CHECK(state.asOf == QDate(2024, 6, 10));
    CHECK(state.note == QStringLiteral("Año escolar")); // read as Windows-1252
}

TEST_CASE("a sheet whose dates read both ways is not guessed at, a given format reads it", "[store][progress][sheet]")
{
    ProgressStore store;
    const QString in = store.dir.filePath(QStringLiteral("ambiguous.csv"));
    writeSheet(in, {QStringLiteral("%1;Hiring fairs;;;on track;;04/06/2024;;;").arg(store.ids.at(0))});
    ProgressSheetImporter importer(*store.progress, QStringLiteral("Ana"), today);
    auto report = importer.importFile(in);
    CHECK_FALSE(report.ok);
    CHECK(report.error.contains(QStringLiteral("both ways")));
    CHECK(importer.read(in).dateOrderInDoubt);
    CHECK(store.count(QStringLiteral("milestone_updates")) == 0);

    report = importer.importFile(in, withFormat(QStringLiteral("D/M/YYYY")));
    REQUIRE(report.ok);
    QString error;
    CHECK(store.progress->current(store.ids.at(0), &error)->actualStart() == QDate(2024, 6, 4));

    // A format the sheet proves wrong is refused with the line that proves it.
    writeSheet(in, {QStringLiteral("%1;Train mentors;;;;;03/05/2024;28/06/2024;;").arg(store.ids.at(1))});
    report = importer.importFile(in, withFormat(QStringLiteral("M/D/YYYY")));
    CHECK_FALSE(report.ok);
    CHECK(report.error.contains(QStringLiteral("line 2 has 28/06/2024")));
    CHECK(report.error.contains(QStringLiteral("day first")));

    // Proofs of both orders: no one format reads the sheet.
    writeSheet(in, {QStringLiteral("%1;Train mentors;;06/28/2024;;;03/05/2024;28/06/2024;;").arg(store.ids.at(1))});
    report = importer.importFile(in);
    CHECK_FALSE(report.ok);
    CHECK(report.error.contains(QStringLiteral("mixed")));
    CHECK_FALSE(store.progress->current(store.ids.at(1), &error)->isRecorded());
}

TEST_CASE("reading a sheet shows each change before it is stored, and a change made since refuses it", "[store][progress][sheet]")
{
    ProgressStore store;
    recordProgress(*store.progress, store.ids.at(0), QDate(2024, 2, 1), {{Field::Status, QStringLiteral("on track")}});
    const QString in = store.dir.filePath(QStringLiteral("staff.csv"));
    QFile file(in);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // A sheet staff made themselves: their own column names, mapped by hand.
    file.write(QStringLiteral("Hito,Estado,Avance,Comentario\n%1,at risk,40,Late vendor\n%2,on track,,\n%3,,,\n")
                   .arg(store.ids.at(0))
                   .arg(store.ids.at(1))
                   .arg(store.ids.at(2))
                   .toUtf8());
    file.close();
    ProgressSheetImporter importer(*store.progress, QStringLiteral("Ana"), today);
    CHECK_FALSE(importer.read(in).report.ok); // no column named Id

    ProgressSheetImporter::Columns columns;
    columns.fill(-1);
    columns[ProgressSheet::Id] = 0;
    columns[ProgressSheet::Status] = 1;
    columns[ProgressSheet::Percent] = 2;
    columns[ProgressSheet::Note] = 3;
    const auto reading = importer.read(in, withColumns(columns));
    INFO(reading.report.error.toStdString());
    REQUIRE(reading.report.ok);
    CHECK(reading.header == QStringList{QStringLiteral("Hito"), QStringLiteral("Estado"), QStringLiteral("Avance"), QStringLiteral("Comentario")});
    CHECK(reading.report.read == 3);
    CHECK(reading.report.stored == 2);
    CHECK(reading.report.blank == 1);
    REQUIRE(reading.changes.size() == 4);
    auto change = [&reading](int i) {
        const auto &c = reading.changes.at(i);
        return QStringLiteral("%1|%2|%3|%4|%5").arg(c.line).arg(c.field, c.before, c.after, c.milestone);
    };
    CHECK(change(0) == QStringLiteral("2|Status|On track|At risk|Hiring fairs"));
    CHECK(change(1) == QStringLiteral("2|Percent complete||40%|Hiring fairs"));
    CHECK(change(2) == QStringLiteral("2|Note||Late vendor|Hiring fairs"));
    CHECK(change(3) == QStringLiteral("3|Status||On track|Train mentors"));
    CHECK(store.count(QStringLiteral("milestone_updates")) == 1); // reading stores nothing

    // Someone records an update for the first milestone between the preview and the import.
    recordProgress(*store.progress, store.ids.at(0), QDate(2024, 3, 1), {{Field::Percent, QStringLiteral("20")}});
    const auto refused = importer.commit(reading);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.contains(QStringLiteral("line 2")));
    CHECK(store.count(QStringLiteral("milestone_updates")) == 2);

    const auto stored = importer.commit(importer.read(in, withColumns(columns)));
    REQUIRE(stored.ok);
    CHECK(stored.stored == 2);
    QString error;
    CHECK(store.progress->current(store.ids.at(0), &error)->percent() == 40);
    CHECK(store.progress->current(store.ids.at(1), &error)->status() == ProgressStatus::Value::OnTrack);
}

TEST_CASE("an update sheet is told from its header, whatever the case of its names", "[progress][sheet]")
{
    CHECK(ProgressSheet::isSheetHeader(ProgressSheet::header()));
    CHECK(ProgressSheet::isSheetHeader({QStringLiteral(" ID "), QStringLiteral("objective"), QStringLiteral("MILESTONE"),
                                        QStringLiteral("Status"), QStringLiteral("Note")}));
    // A capital file has an Id and a status too, but no objective or milestone.
    CHECK_FALSE(ProgressSheet::isSheetHeader({QStringLiteral("Id"), QStringLiteral("Project"), QStringLiteral("Status")}));
    CHECK_FALSE(ProgressSheet::isSheetHeader({QStringLiteral("Id"), QStringLiteral("Objective"), QStringLiteral("Milestone")}));
    CHECK_FALSE(ProgressSheet::isSheetHeader({}));
}
