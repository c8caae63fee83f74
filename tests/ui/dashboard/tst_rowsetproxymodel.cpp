// SPDX-License-Identifier: GPL-3.0-or-later
// RowSetProxyModel, the proxy in front of every drill-down table: over a source that sorts itself
// and shows every row it maps nothing (a million rows, exact at every place, also after a reset);
// a row set shows exactly its rows; its own sort orders as QSortFilterProxyModel did (the oracle,
// on a generated table of mixed values), and a selection follows its row; rows the source appends
// (fetchMore) show; a model consistency check (QAbstractItemModelTester) throughout.
#include "catchcompat.h"
#include "warningcounter.h"

#include "recordtablemodel.h"
#include "rowsetproxymodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QDate>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QScopedValueRollback>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>

#include <algorithm>
#include <iterator>
#include <numeric>

using namespace milepost;

namespace {

// A table of any size that holds nothing: a cell is row * 10 + column. It sorts itself when told
// (as LazyRecordModel, by TotalRowsRole), only noting the sorts asked for, and fetches its rows
// a chunk at a time when more are available (as CapitalProjectTableModel).
class ComputedTableModel final : public QAbstractTableModel
{
public:
    explicit ComputedTableModel(int rows, int columns = 2)
        : m_rows(rows)
        , m_available(rows)
        , m_columns(columns)
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columns; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != RecordTableModel::SortRole))
            return {};
        return index.row() * 10 + index.column();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (role == RecordTableModel::TotalRowsRole)
            return m_sortsItself && orientation == Qt::Horizontal && section >= 0 && section < m_columns ? QVariant(qint64(m_rows)) : QVariant();
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    void sort(int column, Qt::SortOrder order) override { m_sorts.append({column, order}); }
    // Not while the model changes (a tester answering the change asks for more), as CapitalProjectTableModel.
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_changing && m_rows < m_available;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        ++m_fetches;
        if (canFetchMore(parent))
            append(std::min(m_chunk, m_available - m_rows));
    }

    void setSortsItself(bool sortsItself) { m_sortsItself = sortsItself; }
    void setAvailable(int available, int chunk)
    {
        m_available = available;
        m_chunk = chunk;
    }
    void resetTo(int rows)
    {
        const QScopedValueRollback changing(m_changing, true);
        beginResetModel();
        m_rows = m_available = rows;
        endResetModel();
    }
    void append(int count)
    {
        const QScopedValueRollback changing(m_changing, true);
        beginInsertRows({}, m_rows, m_rows + count - 1);
        m_rows += count;
        m_available = std::max(m_available, m_rows);
        endInsertRows();
    }
    const QList<std::pair<int, Qt::SortOrder>> &sorts() const { return m_sorts; }
    int fetches() const { return m_fetches; }

private:
    int m_rows = 0;
    int m_available = 0;
    int m_chunk = 100;
    int m_columns = 2;
    bool m_sortsItself = false;
    bool m_changing = false;
    QList<std::pair<int, Qt::SortOrder>> m_sorts;
    int m_fetches = 0;
};

QList<int> range(int first, int end)
{
    QList<int> rows(end - first);
    std::iota(rows.begin(), rows.end(), first);
    return rows;
}

QList<int> reversed(QList<int> rows)
{
    std::reverse(rows.begin(), rows.end());
    return rows;
}

// Six records: names in mixed case, counts (9 before 10, one unknown).
void smallTable(RecordTableModel &model)
{
    static const QStringList names = {QStringLiteral("beta"), QStringLiteral("Alpha"), QStringLiteral("gamma"),
                                      QStringLiteral("alpha"), QStringLiteral("Beta"), QStringLiteral("delta")};
    static const QList<QVariant> counts = {10, 9, QVariant(), 9, 100, 2};
    RecordTableModel::Column name;
    name.header = QStringLiteral("Name");
    name.display = [](int row) { return QVariant(names.at(row)); };
    RecordTableModel::Column count;
    count.header = QStringLiteral("Count");
    count.display = [](int row) { return QVariant(counts.at(row).toString()); };
    count.sort = [](int row) { return counts.at(row); };
    model.setColumns({name, count});
    model.reset(int(names.size()));
}

QList<int> sourceRows(const QAbstractProxyModel &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

} // namespace

TEST_CASE("a row set proxy maps nothing over a source that sorts itself and shows every row",
          "[dashboard][rowsetproxy]")
{
    test::WarningCounter warnings;
    constexpr int rows = 1'000'000;
    ComputedTableModel source(rows, 1);
    source.setSortsItself(true);
    RowSetProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    proxy.setSourceModel(&source);
    CHECK(proxy.sourceSortsItself());
    CHECK_FALSE(proxy.isFiltering());

    const auto checkExact = [&](int count) {
        REQUIRE(proxy.rowCount() == count);
        for (const int row : {0, 1, count / 2, count - 2, count - 1}) {
            INFO("row " << row);
            CHECK(proxy.mapToSource(proxy.index(row, 0)) == source.index(row, 0));
            CHECK(proxy.mapFromSource(source.index(row, 0)) == proxy.index(row, 0));
            CHECK(proxy.index(row, 0).data().toInt() == row * 10);
        }
        CHECK_FALSE(proxy.index(count, 0).isValid());
    };
    checkExact(rows);
    source.resetTo(rows - 1000); // new rows, as LazyRecordModel's sort or filter gives them
    checkExact(rows - 1000);
    proxy.setRows(std::nullopt); // every row, as before: nothing to do
    checkExact(rows - 1000);
    source.resetTo(rows);
    checkExact(rows);
    CHECK(proxy.headerData(0, Qt::Horizontal, RecordTableModel::TotalRowsRole).toLongLong() == rows);
    CHECK(warnings.warnings().isEmpty());
}

TEST_CASE("a row set proxy shows exactly the rows of its set that the source has, in the source's order",
          "[dashboard][rowsetproxy]")
{
    test::WarningCounter warnings;
    ComputedTableModel source(100);
    RowSetProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    proxy.setSourceModel(&source);

    proxy.setRows(QList<int>{42, 7, 7, 99, 100, 250, -3, 0});
    CHECK(proxy.isFiltering());
    CHECK(proxy.shownSourceRows() == QList<int>{0, 7, 42, 99});
    CHECK(sourceRows(proxy) == QList<int>{0, 7, 42, 99});
    CHECK(proxy.index(2, 1).data().toInt() == 421);
    CHECK(proxy.mapFromSource(source.index(42, 1)) == proxy.index(2, 1));
    CHECK_FALSE(proxy.mapFromSource(source.index(8, 0)).isValid());
    CHECK_FALSE(proxy.index(4, 0).isValid());

    source.resetTo(50); // the set's rows beyond the source's are not shown
    CHECK(proxy.shownSourceRows() == QList<int>{0, 7, 42});
    source.resetTo(100);
    CHECK(proxy.shownSourceRows() == QList<int>{0, 7, 42, 99});

    proxy.setRows(QList<int>{});
    CHECK(proxy.rowCount() == 0);
    CHECK_FALSE(proxy.hasChildren());
    CHECK(proxy.headerData(1, Qt::Horizontal) == source.headerData(1, Qt::Horizontal)); // with no row

    proxy.setRows(std::nullopt);
    CHECK_FALSE(proxy.isFiltering());
    CHECK(proxy.shownSourceRows() == range(0, 100));

    // A source that goes away leaves no row, filtered or not.
    for (const std::optional<QList<int>> &set : {std::optional<QList<int>>(), std::optional(QList<int>{1, 2})}) {
        auto *gone = new ComputedTableModel(10);
        proxy.setSourceModel(gone);
        proxy.setRows(set);
        CHECK(proxy.rowCount() == (set ? 2 : 10));
        delete gone;
        CHECK(proxy.sourceModel() == nullptr);
        CHECK(proxy.rowCount() == 0);
        CHECK(proxy.columnCount() == 0);
    }
    CHECK(warnings.warnings().isEmpty());
}

TEST_CASE("a row set proxy sorts an in-memory table itself: stable, case-insensitive, numbers as numbers",
          "[dashboard][rowsetproxy]")
{
    test::WarningCounter warnings;
    RecordTableModel source;
    smallTable(source);
    RowSetProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    proxy.setSourceModel(&source);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    CHECK_FALSE(proxy.sourceSortsItself());

    // Names: alpha (rows 1, 3) before beta (0, 4) whatever their case, equal names in the
    // source's order both ways.
    proxy.sort(0, Qt::AscendingOrder);
    CHECK(proxy.shownSourceRows() == QList<int>{1, 3, 0, 4, 5, 2});
    CHECK(layouts.count() == 1);
    proxy.sort(0, Qt::DescendingOrder);
    CHECK(proxy.shownSourceRows() == QList<int>{2, 5, 0, 4, 1, 3});
    // Counts: 2, 9, 9, 10, 100 and the unknown last; descending, the unknown first.
    proxy.sort(1, Qt::AscendingOrder);
    CHECK(proxy.shownSourceRows() == QList<int>{5, 1, 3, 0, 4, 2});
    proxy.sort(1, Qt::DescendingOrder);
    CHECK(proxy.shownSourceRows() == QList<int>{2, 4, 0, 1, 3, 5});
    // A row set, sorted.
    proxy.setRows(QList<int>{0, 2, 3});
    CHECK(proxy.shownSourceRows() == QList<int>{2, 0, 3});
    proxy.setRows(std::nullopt);
    // A reset of the source is sorted again.
    source.reset(4);
    CHECK(proxy.shownSourceRows() == QList<int>{2, 0, 1, 3});
    source.reset(6);
    // No column: the source's order.
    proxy.sort(-1, Qt::AscendingOrder);
    CHECK(proxy.shownSourceRows() == range(0, 6));
    CHECK(warnings.warnings().isEmpty());
}

TEST_CASE("a row set proxy sorts as QSortFilterProxyModel does, on a table of mixed values",
          "[dashboard][rowsetproxy]")
{
    test::WarningCounter warnings;
    constexpr int rows = 3000;
    QRandomGenerator random(20240611);
    static const QStringList words = {QStringLiteral("Roof"), QStringLiteral("roof"), QStringLiteral("HVAC"),
                                      QStringLiteral("hvac "), QStringLiteral("Paving"), QStringLiteral(""),
                                      QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("Élan"),
                                      QStringLiteral("elan"), QStringLiteral("zone b"), QStringLiteral("Zone A")};
    // Columns: a small integer (many ties), an amount (some unknown), a word, a day (some unknown),
    // a wide integer, and values of any of those types in one column.
    QList<QList<QVariant>> cells(6);
    for (int row = 0; row < rows; ++row) {
        const QVariant amount = random.bounded(10) == 0 ? QVariant() : QVariant(random.bounded(5050.0) - 50.0);
        const QVariant word = words.at(random.bounded(int(words.size())));
        const QVariant day = random.bounded(8) == 0 ? QVariant() : QVariant(QDate(2022, 1, 1).addDays(random.bounded(900)));
        const QVariant wide = qint64(random.bounded(1000)) * 10'000'000'000LL - 5'000'000'000'000LL;
        const QList<QVariant> any = {QVariant(random.bounded(20)), amount, word, day, wide, QVariant()};
        cells[0].append(random.bounded(20));
        cells[1].append(amount);
        cells[2].append(word);
        cells[3].append(day);
        cells[4].append(wide);
        cells[5].append(any.at(random.bounded(int(any.size()))));
    }
    RecordTableModel source;
    QList<RecordTableModel::Column> columns;
    for (int column = 0; column < cells.size(); ++column) {
        RecordTableModel::Column shown;
        shown.header = QString::number(column);
        shown.display = [column, &cells](int row) { return QVariant(cells.at(column).at(row).toString()); };
        shown.sort = [column, &cells](int row) { return cells.at(column).at(row); };
        columns.append(shown);
    }
    source.setColumns(columns);
    source.reset(rows);

    RowSetProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    proxy.setSourceModel(&source);
    QSortFilterProxyModel oracle;
    oracle.setSortRole(RecordTableModel::SortRole);
    oracle.setSortCaseSensitivity(Qt::CaseInsensitive);
    oracle.setSourceModel(&source);

    QList<int> everyThird;
    for (int row = 0; row < rows; row += 3)
        everyThird.append(row);
    for (int column = 0; column < source.columnCount(); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("column " << column << (order == Qt::AscendingOrder ? " ascending" : " descending"));
            oracle.sort(-1); // from the source's order, as the proxy sorts
            oracle.sort(column, order);
            proxy.setRows(std::nullopt);
            proxy.sort(column, order);
            const QList<int> expected = sourceRows(oracle);
            CHECK(proxy.shownSourceRows() == expected);
            if (column == 5)
                continue; // mixed types order no set of rows alike: no subset of the whole's order
            // A set of rows shows in the order the whole table has.
            proxy.setRows(everyThird);
            QList<int> expectedSet;
            std::copy_if(expected.cbegin(), expected.cend(), std::back_inserter(expectedSet),
                         [](int row) { return row % 3 == 0; });
            CHECK(proxy.shownSourceRows() == expectedSet);
        }
    }
    CHECK(warnings.warnings().isEmpty());
}

TEST_CASE("a row set proxy leaves the sort to a source that sorts itself", "[dashboard][rowsetproxy]")
{
    test::WarningCounter warnings;
    RecordTableModel table;
    smallTable(table);
    ComputedTableModel source(1000);
    source.setSortsItself(true);
    RowSetProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    proxy.setSourceModel(&table);
    proxy.sort(0, Qt::AscendingOrder); // the proxy's own sort, of the in-memory table
    proxy.setSourceModel(&source);
    CHECK(proxy.shownSourceRows() == range(0, 1000)); // not applied to a source that sorts itself

    proxy.sort(1, Qt::DescendingOrder);
    REQUIRE_FALSE(source.sorts().isEmpty());
    CHECK(source.sorts().constLast() == std::pair(1, Qt::DescendingOrder));
    CHECK(proxy.shownSourceRows() == range(0, 1000));
    proxy.setRows(QList<int>{5, 3, 9});
    proxy.sort(0, Qt::AscendingOrder);
    CHECK(source.sorts().constLast() == std::pair(0, Qt::AscendingOrder));
    CHECK(proxy.shownSourceRows() == QList<int>{3, 5, 9});
    proxy.sort(-1, Qt::AscendingOrder);
    CHECK(source.sorts().constLast() == std::pair(-1, Qt::AscendingOrder));
    CHECK(source.sorts().size() == 3);
    CHECK(warnings.warnings().isEmpty());
}

TEST_CASE("a row set proxy shows the rows its source appends, and fetches through to it", "[dashboard][rowsetproxy]")
{
    test::WarningCounter warnings;
    ComputedTableModel source(100);
    source.setAvailable(10'000, 100);
    RowSetProxyModel proxy;
    // The tester fetches too (a batch at each of its checks): what is checked holds however many.
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    int notAtEnd = 0;
    QObject::connect(&proxy, &QAbstractItemModel::rowsAboutToBeInserted, &proxy,
                     [&](const QModelIndex &, int first) { notAtEnd += first != proxy.rowCount(); });

    SECTION("every row")
    {
        proxy.setSourceModel(&source);
        inserted.clear();
        const int before = source.rowCount();
        REQUIRE(proxy.canFetchMore({}));
        const int fetches = source.fetches();
        proxy.fetchMore({});
        CHECK(source.fetches() > fetches);
        REQUIRE(inserted.count() == 1);
        CHECK(inserted.first().at(1).toInt() == before);
        CHECK(inserted.first().at(2).toInt() == before + 99);
        CHECK(proxy.rowCount() == source.rowCount());
        CHECK(proxy.shownSourceRows() == range(0, source.rowCount()));
        source.append(5);
        CHECK(inserted.constLast().at(1).toInt() == source.rowCount() - 5);
        CHECK(inserted.constLast().at(2).toInt() == source.rowCount() - 1);
        CHECK(proxy.rowCount() == source.rowCount());
        source.setAvailable(source.rowCount(), 100);
        CHECK_FALSE(proxy.canFetchMore({}));
    }
    SECTION("a row set's rows, at the end")
    {
        proxy.setRows(QList<int>{1, 150, 120, 5000, 99'999});
        proxy.setSourceModel(&source);
        while (source.rowCount() <= 5000 && proxy.canFetchMore({}))
            proxy.fetchMore({});
        CHECK(proxy.shownSourceRows() == QList<int>{1, 120, 150, 5000});
        CHECK(proxy.mapFromSource(source.index(5000, 1)) == proxy.index(3, 1));
        CHECK(proxy.index(3, 1).data().toInt() == 50'001);
        CHECK(resets.count() == 1); // setting the source; the rows appended were inserted
        CHECK(inserted.count() == 2); // 120 and 150 in one batch, 5000 in another
    }
    SECTION("sorted by the proxy, sorted again")
    {
        proxy.setSourceModel(&source);
        proxy.sort(0, Qt::DescendingOrder);
        source.append(5);
        CHECK(proxy.shownSourceRows() == reversed(range(0, source.rowCount())));
        CHECK(proxy.index(0, 0).data().toInt() == (source.rowCount() - 1) * 10);
    }
    CHECK(notAtEnd == 0);
    INFO(QStringList(warnings.warnings()).join(u'\n'));
    CHECK(warnings.warnings().isEmpty());
}

TEST_CASE("a selection follows its row through the proxy's sort and row sets", "[dashboard][rowsetproxy]")
{
    test::WarningCounter warnings;
    RecordTableModel source;
    smallTable(source);
    RowSetProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    proxy.setSourceModel(&source);
    QTableView view; // as the drill-down panel shows it
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(-1, Qt::AscendingOrder);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    QItemSelectionModel *selection = view.selectionModel();
    selection->setCurrentIndex(proxy.index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    const auto selectedSourceRow = [&] {
        const QModelIndexList rows = selection->selectedRows();
        return rows.size() == 1 ? proxy.mapToSource(rows.first()).row() : -1;
    };
    view.sortByColumn(0, Qt::AscendingOrder); // "gamma" last
    CHECK(selectedSourceRow() == 2);
    CHECK(selection->selectedRows().constFirst().row() == 5);
    CHECK(proxy.mapToSource(selection->currentIndex()).row() == 2);
    view.sortByColumn(0, Qt::DescendingOrder); // "gamma" first
    CHECK(selectedSourceRow() == 2);
    CHECK(selection->currentIndex().row() == 0);

    proxy.setRows(QList<int>{4, 2});
    CHECK(view.verticalHeader()->count() == 2);
    CHECK(selectedSourceRow() == 2);
    proxy.setRows(QList<int>{4});
    CHECK(view.verticalHeader()->count() == 1);
    CHECK(selection->selectedRows().isEmpty());
    proxy.setRows(std::nullopt);
    CHECK(view.verticalHeader()->count() == 6);
    CHECK(warnings.warnings().isEmpty());
}

TEST_CASE("a row set proxy follows the source's changes of data, removals and order", "[dashboard][rowsetproxy]")
{
    test::WarningCounter warnings;
    QStandardItemModel source;
    for (const int value : {5, 3, 8, 1, 9, 2}) {
        auto *item = new QStandardItem(QString::number(value));
        item->setData(value, RecordTableModel::SortRole);
        source.appendRow(item);
    }
    RowSetProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    proxy.setSourceModel(&source);
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);

    SECTION("every row: changes forwarded as they are")
    {
        const QPersistentModelIndex eight = proxy.index(2, 0);
        source.setData(source.index(4, 0), QStringLiteral("nine"));
        REQUIRE(changed.count() == 1);
        CHECK(changed.first().at(0).toModelIndex() == proxy.index(4, 0));
        source.removeRows(0, 2);
        REQUIRE(removed.count() == 1);
        CHECK(removed.first().at(1).toInt() == 0);
        CHECK(removed.first().at(2).toInt() == 1);
        CHECK(eight.row() == 0);
        source.setSortRole(RecordTableModel::SortRole);
        source.sort(0, Qt::DescendingOrder); // a layout change of the source
        CHECK(eight.row() == 1);
        CHECK(eight.data().toString() == QStringLiteral("8"));
        CHECK(proxy.rowCount() == 4);
    }
    SECTION("sorted by the proxy: a changed value sorts again")
    {
        proxy.sort(0, Qt::AscendingOrder);
        CHECK(proxy.shownSourceRows() == QList<int>{3, 5, 1, 0, 2, 4});
        const QPersistentModelIndex one = proxy.index(0, 0);
        source.setData(source.index(3, 0), 7, RecordTableModel::SortRole);
        CHECK(proxy.shownSourceRows() == QList<int>{5, 1, 0, 3, 2, 4});
        CHECK(one.row() == 3);
        CHECK_FALSE(changed.isEmpty());
    }
    SECTION("a row set: a change to a row not shown is not reported")
    {
        proxy.setRows(QList<int>{1, 4});
        source.setData(source.index(2, 0), QStringLiteral("eight"));
        CHECK(changed.isEmpty());
        source.setData(source.index(4, 0), QStringLiteral("nine"));
        REQUIRE(changed.count() == 1);
        CHECK(changed.first().at(0).toModelIndex() == proxy.index(1, 0));
        source.removeRows(0, 1); // numbers again: now rows 1 and 4 are 8 and 2
        CHECK(proxy.index(0, 0).data().toString() == QStringLiteral("eight"));
        CHECK(proxy.index(1, 0).data().toString() == QStringLiteral("2"));
    }
    CHECK(warnings.warnings().isEmpty());
}
