// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "common/exportrole.h"
#include "export/csvwriter.h"
#include "report/tablecsvexporter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace milepost;

namespace {

QStandardItem *item(const QVariant &display, const QVariant &edit = {})
{
    auto *result = new QStandardItem;
    result->setData(display, Qt::DisplayRole);
    if (edit.isValid())
        result->setData(edit, Qt::EditRole);
    return result;
}

// School, Enrollment (a number), Opened (a date), Note.
void fill(QStandardItemModel &model)
{
    model.setHorizontalHeaderLabels({QStringLiteral("School"), QStringLiteral("Enrollment"), QStringLiteral("Opened"),
                                     QStringLiteral("Note")});
    model.appendRow({item(QStringLiteral("Garfield HS")), item(2500), item(QDate(1925, 9, 1)), item(QStringLiteral("=1+1"))});
    model.appendRow({item(QStringLiteral("Belmont, HS")), item(-3), item(QDate(1923, 9, 1)), item(QStringLiteral("ok"))});
    model.appendRow({item(QStringLiteral("Roosevelt HS")), item(1800), item(QDate(1923, 2, 1)), item(QString())});
}

QString csvOf(const QAbstractItemModel *model, const QHeaderView *header, const QStringList &levelNames = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvOptions options;
    options.byteOrderMark = false;
    CsvWriter writer(&buffer, options);
    TableCsvExporter::write(model, header, writer, levelNames);
    REQUIRE(writer.finish());
    return QString::fromUtf8(bytes);
}

} // namespace

TEST_CASE("a table exports the columns the header shows, in its order, typed", "[report][tablecsv]")
{
    QStandardItemModel model;
    fill(model);
    QTableView view;
    view.setModel(&model);
    QHeaderView *header = view.horizontalHeader();
    header->hideSection(3);        // Note hidden
    header->moveSection(2, 0);     // Opened first
    CHECK(csvOf(&model, header)
          == QStringLiteral("Opened,School,Enrollment\r\n"
                            "1925-09-01,Garfield HS,2500\r\n"
                            "1923-09-01,\"Belmont, HS\",-3\r\n"
                            "1923-02-01,Roosevelt HS,1800\r\n"));
}

TEST_CASE("the view's filter and sort are what is exported, formulas guarded", "[report][tablecsv]")
{
    QStandardItemModel model;
    fill(model);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(0);
    proxy.setSortRole(Qt::EditRole);
    proxy.sort(1, Qt::AscendingOrder);
    proxy.setFilterRegularExpression(QStringLiteral("^(Garfield|Belmont)"));
    QTableView view;
    view.setModel(&proxy);
    CHECK(csvOf(&proxy, view.horizontalHeader())
          == QStringLiteral("School,Enrollment,Opened,Note\r\n"
                            "\"Belmont, HS\",-3,1923-09-01,ok\r\n"
                            "Garfield HS,2500,1925-09-01,'=1+1\r\n"));
}

TEST_CASE("a tree exports every record, collapsed or not, with its parents as columns", "[report][tablecsv]")
{
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("Title"), QStringLiteral("Start")});
    auto *learn = item(QStringLiteral("Learn   (1 objective)"));
    learn->setData(QStringLiteral("Learn"), ExportRole);
    auto *tour = item(QStringLiteral("Listening tour"));
    tour->appendRow({item(QStringLiteral("Visit schools")), item(QStringLiteral("1 Jun 2022"), QDate(2022, 6, 1))});
    tour->appendRow({item(QStringLiteral("Survey")), item(QStringLiteral("June 2022"), QStringLiteral("2022-06"))});
    learn->appendRow(tour);
    auto *act = item(QStringLiteral("Act"));
    act->appendRow(item(QStringLiteral("Hire counselors"))); // an objective without milestones
    model.appendRow(learn);
    model.appendRow(act);
    QTreeView view;
    view.setModel(&model);
    // Nothing expanded: every record is still written, one row each, its parents before it.
    const QString expected = QStringLiteral("Phase,Objective,Title,Start\r\n"
                                            "Learn,Listening tour,Visit schools,2022-06-01\r\n"
                                            "Learn,Listening tour,Survey,2022-06\r\n"
                                            "Act,,Hire counselors,\r\n");
    CHECK(csvOf(&model, view.header(), {QStringLiteral("Phase"), QStringLiteral("Objective")}) == expected);
    view.expandAll();
    CHECK(csvOf(&model, view.header(), {QStringLiteral("Phase"), QStringLiteral("Objective")}) == expected);
    // Without names, levels are numbered.
    CHECK(csvOf(&model, view.header()).startsWith(QStringLiteral("Level 1,Level 2,Title,Start\r\n")));
}

TEST_CASE("an export value wins over what the cell shows, and an empty one is written empty", "[report][tablecsv]")
{
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("Title"), QStringLiteral("Done %")});
    auto *none = item(QStringLiteral("—"), -1);
    none->setData(QString(), ExportRole);
    auto *half = item(QStringLiteral("50%"), 50);
    model.appendRow({item(QStringLiteral("A")), none});
    model.appendRow({item(QStringLiteral("B")), half});
    CHECK(csvOf(&model, nullptr) == QStringLiteral("Title,Done %\r\nA,\r\nB,50\r\n"));
}

TEST_CASE("a table export that cannot be written leaves no file", "[report][tablecsv]")
{
    QStandardItemModel model;
    fill(model);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    CHECK_FALSE(TableCsvExporter::exportToFile(&model, nullptr, dir.filePath(QStringLiteral("no/such/t.csv")), {}, &error));
    CHECK_FALSE(error.isEmpty());
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    REQUIRE(TableCsvExporter::exportToFile(&model, nullptr, path, {}, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("\xEF\xBB\xBFSchool,Enrollment,Opened,Note\r\n"));
}
