// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "timeline/flatrowgeometry.h"
#include "timeline/timelinetreeview.h"

#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

using namespace milepost;

namespace {

// A: a1, a2 (a2: x, y); B: b1; C (no children)
void fill(QStandardItemModel &model)
{
    auto *a = new QStandardItem(QStringLiteral("A"));
    a->appendRow(new QStandardItem(QStringLiteral("a1")));
    auto *a2 = new QStandardItem(QStringLiteral("a2"));
    a2->appendRow(new QStandardItem(QStringLiteral("x")));
    a2->appendRow(new QStandardItem(QStringLiteral("y")));
    a->appendRow(a2);
    auto *b = new QStandardItem(QStringLiteral("B"));
    b->appendRow(new QStandardItem(QStringLiteral("b1")));
    model.appendRow(a);
    model.appendRow(b);
    model.appendRow(new QStandardItem(QStringLiteral("C")));
}

QStringList shown(const FlatRowGeometry &rows)
{
    QStringList names;
    for (int row = 0; row < rows.rowCount(); ++row)
        names << QString(rows.depth(row), QLatin1Char('.')) + rows.index(row).data().toString();
    return names;
}

QModelIndex find(const QStandardItemModel &model, const QString &text)
{
    const QModelIndexList hits = model.match(model.index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.constFirst();
}

} // namespace

TEST_CASE("rows are the top level until items are expanded", "[timeline][rows]")
{
    QStandardItemModel model;
    fill(model);
    FlatRowGeometry rows;
    rows.setModel(&model);
    rows.setRowHeight(20);
    CHECK(shown(rows) == QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    CHECK(rows.totalHeight() == 60);

    QSignalSpy changed(&rows, &FlatRowGeometry::rowsChanged);
    rows.setExpanded(find(model, QStringLiteral("A")), true);
    CHECK(shown(rows) == QStringList({QStringLiteral("A"), QStringLiteral(".a1"), QStringLiteral(".a2"), QStringLiteral("B"),
                                      QStringLiteral("C")}));
    rows.setExpanded(find(model, QStringLiteral("a2")), true);
    CHECK(shown(rows) == QStringList({QStringLiteral("A"), QStringLiteral(".a1"), QStringLiteral(".a2"), QStringLiteral("..x"),
                                      QStringLiteral("..y"), QStringLiteral("B"), QStringLiteral("C")}));
    // Collapsing A hides a2's children too, and expanding A again brings them back.
    rows.setExpanded(find(model, QStringLiteral("A")), false);
    CHECK(shown(rows) == QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    rows.setExpanded(find(model, QStringLiteral("A")), true);
    CHECK(rows.rowCount() == 7);
    CHECK(changed.count() == 4);
    // Expanding a hidden item changes nothing shown until its parent opens.
    rows.setExpanded(find(model, QStringLiteral("A")), false);
    rows.setExpanded(find(model, QStringLiteral("a2")), false);
    rows.setExpanded(find(model, QStringLiteral("A")), true);
    CHECK(rows.rowCount() == 5);
}

TEST_CASE("row lookups by y and by index", "[timeline][rows]")
{
    QStandardItemModel model;
    fill(model);
    FlatRowGeometry rows;
    rows.setModel(&model);
    rows.setRowHeight(24);
    rows.expandAll();
    REQUIRE(rows.rowCount() == 8);
    CHECK(rows.rowAt(-1) == -1);
    CHECK(rows.rowAt(0) == 0);
    CHECK(rows.rowAt(23.9) == 0);
    CHECK(rows.rowAt(24) == 1);
    CHECK(rows.rowAt(8 * 24 - 1) == 7);
    CHECK(rows.rowAt(8 * 24) == -1);
    CHECK(rows.rowTop(3) == 72);
    for (int row = 0; row < rows.rowCount(); ++row)
        CHECK(rows.rowOf(rows.index(row)) == row);
    // Any column of the row finds it.
    CHECK(rows.rowOf(find(model, QStringLiteral("b1")).siblingAtColumn(0)) == 6);
    rows.setExpanded(find(model, QStringLiteral("B")), false);
    CHECK(rows.rowOf(find(model, QStringLiteral("b1"))) == -1);
}

TEST_CASE("model changes rebuild the rows, keeping what is expanded", "[timeline][rows]")
{
    QStandardItemModel model;
    fill(model);
    FlatRowGeometry rows;
    rows.setModel(&model);
    rows.setExpanded(find(model, QStringLiteral("B")), true);
    REQUIRE(rows.rowCount() == 4);
    model.itemFromIndex(find(model, QStringLiteral("B")))->appendRow(new QStandardItem(QStringLiteral("b2")));
    CHECK(shown(rows) == QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral(".b1"), QStringLiteral(".b2"),
                                      QStringLiteral("C")}));
    model.removeRow(0);
    CHECK(shown(rows) == QStringList({QStringLiteral("B"), QStringLiteral(".b1"), QStringLiteral(".b2"), QStringLiteral("C")}));
    model.clear();
    CHECK(rows.rowCount() == 0);
    fill(model);
    CHECK(rows.rowCount() == 3); // a reset forgets what was expanded, as a tree view does
}

TEST_CASE("the tree view lays out exactly the rows of the geometry", "[timeline][rows]")
{
    QStandardItemModel model;
    for (int group = 0; group < 30; ++group) {
        auto *item = new QStandardItem(QStringLiteral("group %1").arg(group));
        for (int child = 0; child < group % 4; ++child)
            item->appendRow(new QStandardItem(QStringLiteral("child %1.%2").arg(group).arg(child)));
        model.appendRow(item);
    }
    FlatRowGeometry rows;
    rows.setModel(&model);
    rows.setRowHeight(26);
    TimelineTreeView tree(&rows);
    tree.setModel(&model);
    tree.resize(300, 400);
    tree.show();
    QList<QModelIndex> expanded;
    for (int group = 0; group < 30; group += 2)
        expanded << model.index(group, 0);
    tree.setExpandedIndexes(expanded);
    rows.setExpandedIndexes(expanded);
    QApplication::processEvents();
    tree.verticalScrollBar()->setValue(37); // part of a row scrolled away
    QApplication::processEvents();

    const int scroll = tree.verticalScrollBar()->value();
    CHECK(scroll == 37);
    int checked = 0;
    for (int row = 0; row < rows.rowCount(); ++row) {
        const QRect rect = tree.visualRect(rows.index(row));
        if (!rect.isValid() || rect.bottom() < 0 || rect.top() > tree.viewport()->height())
            continue;
        INFO("row " << row);
        CHECK(rect.top() == int(rows.rowTop(row)) - scroll);
        CHECK(rect.height() == 26);
        ++checked;
    }
    CHECK(checked >= 14);
    // And the tree scrolls over exactly the geometry's height.
    CHECK(tree.verticalScrollBar()->maximum() + tree.viewport()->height() == int(rows.totalHeight()));
}

TEST_CASE("the timeline's tree draws its rows' texts as Qt's own delegate would", "[timeline][treeview]")
{
    QStandardItemModel model;
    fill(model);
    model.setColumnCount(2);
    model.item(0)->setText(QStringLiteral("A group whose title is far too long for the column it is shown in"));
    QFont bold;
    bold.setBold(true);
    model.item(1)->setFont(bold);
    model.item(2)->setForeground(QColor(0x0072B2));
    for (int row = 0; row < model.rowCount(); ++row) {
        auto *number = new QStandardItem(QString::number(row * 1000));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model.setItem(row, 1, number);
    }
    FlatRowGeometry rows;
    rows.setModel(&model);
    rows.setRowHeight(24);
    TimelineTreeView tree(&rows);
    tree.setModel(&model);
    tree.resize(260, 220);
    tree.setColumnWidth(0, 160);
    tree.show();
    const QList<QModelIndex> expanded{model.index(0, 0), model.index(1, 0)};
    tree.setExpandedIndexes(expanded);
    rows.setExpandedIndexes(expanded);
    tree.setCurrentIndex(model.index(1, 0)); // a selected row: highlighted text
    QApplication::processEvents();
    const QImage ours = tree.viewport()->grab().toImage();

    // The same rows, as tall, painted by QStyledItemDelegate.
    class Plain final : public QStyledItemDelegate
    {
    public:
        QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
        {
            return {QStyledItemDelegate::sizeHint(option, index).width(), 24};
        }
    };
    Plain plain;
    QAbstractItemDelegate *own = tree.itemDelegate();
    tree.setItemDelegate(&plain);
    QApplication::processEvents();
    const QImage qt = tree.viewport()->grab().toImage();
    tree.setItemDelegate(own);

    REQUIRE(ours.size() == qt.size());
    qsizetype different = 0;
    qsizetype inked = 0; // pixels that are neither of the rows' two backgrounds
    const QRgb base = tree.palette().color(QPalette::Base).rgb();
    const QRgb alternate = tree.palette().color(QPalette::AlternateBase).rgb();
    for (int y = 0; y < qt.height(); ++y) {
        for (int x = 0; x < qt.width(); ++x) {
            different += ours.pixel(x, y) != qt.pixel(x, y) ? 1 : 0;
            inked += qt.pixel(x, y) != base && qt.pixel(x, y) != alternate ? 1 : 0;
        }
    }
    INFO(different << " of " << qt.width() * qt.height() << " pixels differ; " << inked << " inked");
    CHECK(inked > qt.width() * qt.height() / 20); // the texts (and a selected row) are there to compare
    // The same glyphs in the same places; at most an edge pixel or two where placement rounds.
    CHECK(different <= inked / 200);
}
