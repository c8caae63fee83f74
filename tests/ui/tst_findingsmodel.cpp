// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"
#include "warningcounter.h"

#include "findings/findingsmodel.h"
#include "findings/findingspanel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace milepost;

namespace {

QList<Finding> sampleFindings()
{
    return {
        Finding{718, 3, Finding::Kind::InvalidDate, QStringLiteral("“9/31/22” is not a day on the calendar")},
        Finding{962, 0, Finding::Kind::MarksDisagree, QStringLiteral("dates cover 2023 Q3, not marked")},
        Finding{90, 0, Finding::Kind::UnreadableTable, QStringLiteral("no table below IMPLEMENTATION PLAN")},
    };
}

} // namespace

TEST_CASE("the findings model lists line, kind and message", "[ui][findings]")
{
    test::WarningCounter warnings;
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFindings(sampleFindings());

    CHECK(resets.count() == 1);
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == FindingsModel::ColumnCount);
    CHECK(model.headerData(FindingsModel::LineColumn, Qt::Horizontal).toString() == QStringLiteral("Line"));
    CHECK(model.headerData(FindingsModel::KindColumn, Qt::Horizontal).toString() == QStringLiteral("Kind"));
    CHECK(model.headerData(FindingsModel::MessageColumn, Qt::Horizontal).toString() == QStringLiteral("Message"));

    CHECK(model.index(0, FindingsModel::LineColumn).data().toInt() == 718);
    CHECK(model.index(0, FindingsModel::KindColumn).data().toString() == Finding::kindName(Finding::Kind::InvalidDate));
    CHECK(model.index(0, FindingsModel::MessageColumn).data().toString()
          == QStringLiteral("“9/31/22” is not a day on the calendar"));
    CHECK(model.index(0, FindingsModel::MessageColumn).data(FindingsModel::LineRole).toInt() == 718);
    CHECK(model.index(1, 0).data(FindingsModel::KindRole).toInt() == int(Finding::Kind::MarksDisagree));
    CHECK(model.index(0, FindingsModel::LineColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("column 3")));

    model.setFindings({});
    CHECK(model.rowCount() == 0);
    CHECK(warnings.warnings().isEmpty());
}

TEST_CASE("the findings panel sorts by line and reports the line of an activated finding", "[ui][findings]")
{
    FindingsModel model;
    model.setFindings(sampleFindings());
    FindingsPanel panel(&model);
    QTableView *view = panel.view();
    const QAbstractItemModel *shown = view->model();

    // The report's order, whatever order the importer found things in.
    CHECK(shown->index(0, FindingsModel::LineColumn).data().toInt() == 90);
    CHECK(shown->index(2, FindingsModel::LineColumn).data().toInt() == 962);
    view->sortByColumn(FindingsModel::KindColumn, Qt::AscendingOrder);
    CHECK(shown->index(0, FindingsModel::KindColumn).data().toString() == Finding::kindName(Finding::Kind::InvalidDate));

    auto *summary = panel.findChild<QLabel *>(QStringLiteral("findingsSummary"));
    REQUIRE(summary);
    CHECK(summary->text().startsWith(QStringLiteral("3 findings")));

    QSignalSpy activated(&panel, &FindingsPanel::lineActivated);
    panel.show();
    view->setFocus();
    view->setCurrentIndex(shown->index(0, FindingsModel::MessageColumn));
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().toInt() == 718);

    model.setFindings({});
    CHECK(summary->text().startsWith(QStringLiteral("No findings")));
}
