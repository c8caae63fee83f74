// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QAbstractButton;
class QHBoxLayout;
class QLabel;
class QTableView;
class QToolButton;

namespace milepost {

class RowSetProxyModel;

// The table under a dashboard page and the breadcrumb above it. A click on a figure calls
// drill() with the figure's rows, and the table shows exactly those; the breadcrumb names the
// figure ("Milestones › By status › Overdue · 22 rows") and its Clear button, or Esc in the
// table, shows every row again.
class DrillDownPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DrillDownPanel(const QString &allRowsText, QWidget *parent = nullptr);

    // The table every drill starts from, what the breadcrumb calls its rows, and which of its
    // rows it shows when nothing is drilled (all when nullopt): those the page's filters pass.
    void setBaseModel(QAbstractItemModel *model, const QString &allRowsText,
                      const std::optional<QList<int>> &rows = std::nullopt);
    // Shows only rows of model (the base model when null); trail names the figure, step by step.
    void drill(const QStringList &trail, const QList<int> &rows, QAbstractItemModel *model = nullptr,
               const QString &allRowsText = {});
    // Shows every row of model, which holds exactly the figure's rows (a model that selects
    // them in the database, CapitalProjectTableModel, or reads them there, LazyRecordModel).
    // Models of the same object name share their column widths.
    void drill(const QStringList &trail, QAbstractItemModel *model);
    void clear();

    bool isDrilled() const;
    // While the rows are being counted (a read or count under way): the breadcrumb says so in
    // place of a row count that is about to change.
    void setCounting(bool counting);
    QStringList trail() const { return m_trail; }
    QString breadcrumbText() const;
    // How many rows the table shows: of a model that fetches them lazily, fetched or not.
    qint64 shownRowCount() const;
    // The source rows the table shows, in the order shown.
    QList<int> shownRows() const;
    // The model whose rows the table shows.
    QAbstractItemModel *shownModel() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Puts button in the breadcrumb's row, before Show all rows: a page's command on the rows shown.
    void addButton(QAbstractButton *button);

Q_SIGNALS:
    // A row was double-clicked or Enter pressed on it: its index in the shown model's source.
    void rowActivated(QAbstractItemModel *model, int sourceRow);
    void cleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setModel(QAbstractItemModel *model);
    void sortLazySource();
    void fitColumns();
    void rememberWidths();
    static QString widthKey(const QAbstractItemModel *model);
    void updateBreadcrumb();

    QAbstractItemModel *m_baseModel = nullptr;
    QString m_baseText;
    std::optional<QList<int>> m_baseRows;
    bool m_drilled = false;
    bool m_counting = false;
    QAbstractItemModel *m_model = nullptr;
    // The column widths of each model shown, once measured with rows (fitColumns), by widthKey().
    QHash<QString, QList<int>> m_widths;
    bool m_applyingWidths = false;
    QString m_modelText;
    RowSetProxyModel *m_proxy = nullptr;
    QStringList m_trail;
    QLabel *m_breadcrumb = nullptr;
    QToolButton *m_clear = nullptr;
    QHBoxLayout *m_bar = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace milepost
