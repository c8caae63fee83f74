// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttesting.h"
#include "sampleplan.h"

#include "report/milestonereport.h"
#include "report/reportactions.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

using namespace milepost;
using namespace milepost::test;

namespace {

struct Window
{
    Window()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        model.setHorizontalHeaderLabels({QStringLiteral("Title"), QStringLiteral("Start")});
        model.appendRow({new QStandardItem(QStringLiteral("Hire counselors")), new QStandardItem(QStringLiteral("2022-06-01"))});
        view.setModel(&model);
        actions = new ReportActions(
            &widget,
            [this] {
                ReportActions::Context context;
                context.plan = samplePlan();
                context.asOf = QDate(2022, 10, 1);
                context.search = search;
                return context;
            },
            [this] {
                ReportActions::Table table;
                table.model = &model;
                table.header = view.horizontalHeader();
                table.name = QStringLiteral("table");
                return table;
            });
    }

    QWidget widget;
    QStandardItemModel model;
    QTableView view;
    QString search;
    ReportActions *actions = nullptr;
};

} // namespace

TEST_CASE("the report shows what the window shows: its search becomes the report's filter", "[report][actions]")
{
    Window window;
    auto whole = window.actions->makeReport();
    CHECK(whole->input().plan.milestoneCount() == samplePlan().milestoneCount());
    CHECK(whole->input().filters.isEmpty());
    CHECK(whole->input().asOf == QDate(2022, 10, 1));

    window.search = QStringLiteral("principal");
    auto filtered = window.actions->makeReport();
    CHECK(filtered->input().plan.milestoneCount() == 2);
    CHECK(filtered->input().planMilestones == samplePlan().milestoneCount());
    REQUIRE(filtered->input().filters.size() == 1);
    CHECK(filtered->input().filters.first().contains(QStringLiteral("principal")));
}

TEST_CASE("the report commands are in the menu with shortcuts and names", "[report][actions]")
{
    Window window;
    QMenu menu;
    window.actions->addToMenu(&menu);
    for (QAction *action : {window.actions->exportCsvAction(), window.actions->printPreviewAction(),
                            window.actions->printAction(), window.actions->exportPdfAction(),
                            window.actions->pageOptionsAction()}) {
        INFO(action->text().toStdString());
        CHECK(menu.actions().contains(action));
        CHECK(action->text().contains(QLatin1Char('&')));
        CHECK(action->text().endsWith(QStringLiteral("…")));
        CHECK_FALSE(action->objectName().isEmpty());
    }
    CHECK(window.actions->printAction()->shortcut() == QKeySequence(QKeySequence::Print));
}

TEST_CASE("page options are remembered, the date range is not", "[report][actions]")
{
    ReportPageOptions options;
    options.paperSize = ReportPageOptions::PaperSize::A3;
    options.greyscale = true;
    options.rangeFirst = QDate(2022, 1, 1);
    {
        Window window;
        window.actions->setPageOptions(options);
    }
    Window again;
    CHECK(again.actions->pageOptions().paperSize == ReportPageOptions::PaperSize::A3);
    CHECK(again.actions->pageOptions().greyscale);
    CHECK_FALSE(again.actions->pageOptions().rangeFirst.isValid());
    again.actions->setPageOptions(ReportPageOptions{});
}

TEST_CASE("Export CSV writes the table on screen", "[report][actions]")
{
    Window window;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("table.csv"));
    QString error;
    REQUIRE(window.actions->exportTable(path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("\xEF\xBB\xBFTitle,Start\r\nHire counselors,2022-06-01\r\n"));
}
