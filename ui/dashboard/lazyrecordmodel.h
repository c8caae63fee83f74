// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <functional>
#include <optional>

class QThread;
class QTimer;

namespace milepost {

// A drill-down table over rows read as the view shows them, a window of rows at a time, and
// sorted by a function of the page's (in the database, on a worker thread): the staffing and
// enrollment pages' tables. The rows are the numbers the page's figures give them; which
// records they are, and how a record shows, is RecordWindowModel's business.
//
// headerData(RecordTableModel::TotalRowsRole) says the model sorts itself: a RowSetProxyModel
// in front of it leaves the order to it.
class LazyRecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int windowSize = 200; // rows read at once
    static constexpr int keptWindows = 8;  // windows kept read

    // The rows in the order asked for, on a worker thread; nullopt when they cannot be sorted
    // (the rows stay as they are).
    using Sorter = std::function<std::optional<QList<int>>(int column, Qt::SortOrder order, const QList<int> &rows)>;

    explicit LazyRecordModel(QObject *parent = nullptr);
    // Waits for a sort under way.
    ~LazyRecordModel() override;

    // Shows rows (in this order) and forgets the windows read; resets the model, calling
    // duringReset (a subclass's own change, such as its columns) within the same reset.
    void setRows(const QList<int> &rows, const std::function<void()> &duringReset = {});
    const QList<int> &rows() const { return m_rows; }
    void setSorter(const Sorter &sorter) { m_sorter = sorter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorts by column on a worker; the rows stay as they are until the order is in. A column
    // below 0 brings back the order the rows were set in.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isSorting() const { return m_sorting; }

Q_SIGNALS:
    // A sort asked for is done (or could not be done).
    void sorted();

protected:
    // Reads the records of rows (a window's) into window; false when they cannot be read now
    // (a count holds the connection): the cells stay empty, and the view is told to ask for
    // them again a moment later (dataChanged), until they are read.
    virtual bool readWindow(int window, const QList<int> &rows) const = 0;
    virtual void dropWindow(int window) const = 0;
    virtual void dropWindows() = 0;
    // A cell of the record at place inWindow of window, for row (its number) and role.
    virtual QVariant cell(int window, int inWindow, int row, int column, int role) const = 0;
    virtual QVariant header(int column, int role) const = 0;
    virtual Qt::Alignment alignment(int column) const = 0;

private:
    bool hasWindow(int window) const;
    void missed(int window) const;
    void askAgain();
    void applyRows(const QList<int> &rows, const std::function<void()> &duringReset = {});

    QList<int> m_rows;
    QList<int> m_setRows; // as set, before any sort
    Sorter m_sorter;
    mutable QList<int> m_recent; // windows read, least recent first
    int m_generation = 0;        // of the latest sort or rows set: an earlier sort's order is dropped
    bool m_sorting = false;
    QList<QPointer<QThread>> m_sorters;
    QTimer *m_askAgain = nullptr;
    mutable int m_missedFirst = -1; // the windows not read when shown, first and last
    mutable int m_missedLast = -1;
};

} // namespace milepost
