// SPDX-License-Identifier: GPL-3.0-or-later
#include "drilldownpanel.h"

#include "recordtablemodel.h"
#include "rowsetproxymodel.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace milepost {

namespace {

QString rowCount(qsizetype count)
{
    return count == 1 ? DrillDownPanel::tr("1 row") : DrillDownPanel::tr("%1 rows").arg(QLocale().toString(qint64(count)));
}

} // namespace

DrillDownPanel::DrillDownPanel(const QString &allRowsText, QWidget *parent)
    : QWidget(parent)
    , m_baseText(allRowsText)
    , m_proxy(new RowSetProxyModel(this))
{
    setObjectName(QStringLiteral("drillDownPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    m_breadcrumb = new QLabel(this);
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setAccessibleName(tr("Rows shown"));
    m_breadcrumb->setTextFormat(Qt::PlainText);
    QFont bold = m_breadcrumb->font();
    bold.setBold(true);
    m_breadcrumb->setFont(bold);
    bar->addWidget(m_breadcrumb, 1);
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearDrillDown"));
    m_clear->setText(tr("Show all rows"));
    m_clear->setAccessibleName(tr("Clear the figure filter and show all rows"));
    m_clear->setToolTip(tr("Clear the figure filter (Esc in the table)"));
    bar->addWidget(m_clear);
    m_bar = bar;
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("drillDownTable"));
    m_view->setAccessibleName(tr("Rows behind the figure"));
    m_view->setModel(m_proxy);
    m_view->setTabKeyNavigation(false); // one Tab stop: arrows move inside, Tab leaves
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 4); // a header and two rows, on a small screen
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    // A column is fitted to the rows in view and a few more (not Qt's thousand rows, which cost
    // a table of a million rows a noticeable pause at each first showing).
    m_view->horizontalHeader()->setResizeContentsPrecision(50);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    // A column the person widens keeps its width for that table (fitColumns).
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_applyingWidths && m_widths.contains(widthKey(m_model)))
            rememberWidths();
    });

    connect(m_clear, &QToolButton::clicked, this, &DrillDownPanel::clear);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT rowActivated(m_model, m_proxy->mapToSource(index).row());
    });
    updateBreadcrumb();
}

void DrillDownPanel::setBaseModel(QAbstractItemModel *model, const QString &allRowsText,
                                  const std::optional<QList<int>> &rows)
{
    const bool same = m_model == model;
    m_baseModel = model;
    m_baseText = allRowsText;
    m_baseRows = rows;
    if (!isDrilled() || !m_model) {
        clear();
        // A model that sorts itself has new rows, unsorted: they take the order the header shows.
        if (same)
            sortLazySource();
    }
}

void DrillDownPanel::setModel(QAbstractItemModel *model)
{
    if (m_model == model)
        return;
    m_model = model;
    m_proxy->setSourceModel(model);
    sortLazySource();
}

void DrillDownPanel::sortLazySource()
{
    // A model that sorts itself comes unsorted: it takes the order the header shows.
    if (!m_proxy->sourceSortsItself())
        return;
    const QHeaderView *header = m_view->horizontalHeader();
    m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void DrillDownPanel::fitColumns()
{
    // Columns as wide as their content (the rows in view), long ones capped; the column the
    // model marks takes the rest. Measured once per model, the first time it shows rows: a new
    // filter or figure keeps the widths, as the person may have set them (and measuring every
    // cell's text costs a frame or two at each count).
    QHeaderView *header = m_view->horizontalHeader();
    const auto known = m_widths.constFind(widthKey(m_model));
    const bool measured = known != m_widths.cend() && known->size() == header->count();
    const int cap = std::max(160, m_view->fontMetrics().averageCharWidth() * 40);
    int stretch = -1;
    m_applyingWidths = true;
    for (int column = 0; column < header->count(); ++column) {
        if (m_proxy->headerData(column, Qt::Horizontal, RecordTableModel::StretchRole).toBool())
            stretch = column;
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        if (measured) {
            header->resizeSection(column, known->at(column));
            continue;
        }
        m_view->resizeColumnToContents(column);
        if (header->sectionSize(column) > cap)
            header->resizeSection(column, cap);
    }
    header->setStretchLastSection(stretch < 0);
    if (stretch >= 0)
        header->setSectionResizeMode(stretch, QHeaderView::Stretch);
    m_applyingWidths = false;
    if (!measured && m_model && m_proxy->rowCount() > 0)
        rememberWidths();
}

void DrillDownPanel::rememberWidths()
{
    if (!m_model)
        return;
    const QHeaderView *header = m_view->horizontalHeader();
    const QString key = widthKey(m_model);
    if (!m_widths.contains(key)) // a model made later at the same address starts afresh
        connect(m_model, &QObject::destroyed, this, [this, key] { m_widths.remove(key); });
    QList<int> widths;
    for (int column = 0; column < header->count(); ++column)
        widths.append(header->sectionSize(column));
    m_widths.insert(key, widths);
}

void DrillDownPanel::drill(const QStringList &trail, const QList<int> &rows, QAbstractItemModel *model,
                           const QString &allRowsText)
{
    setModel(model ? model : m_baseModel);
    m_modelText = model ? allRowsText : m_baseText;
    m_trail = trail;
    m_drilled = true;
    m_proxy->setRows(rows);
    fitColumns();
    updateBreadcrumb();
}

void DrillDownPanel::drill(const QStringList &trail, QAbstractItemModel *model)
{
    if (m_model == model)
        sortLazySource();
    setModel(model);
    m_modelText.clear();
    m_trail = trail;
    m_drilled = true;
    m_proxy->setRows(std::nullopt);
    fitColumns();
    updateBreadcrumb();
}

qint64 DrillDownPanel::shownRowCount() const
{
    if (m_proxy->sourceSortsItself() && !m_proxy->isFiltering())
        return m_model->headerData(0, Qt::Horizontal, RecordTableModel::TotalRowsRole).toLongLong();
    return m_proxy->rowCount();
}

void DrillDownPanel::clear()
{
    const bool was = isDrilled();
    setModel(m_baseModel);
    m_modelText = m_baseText;
    m_trail.clear();
    m_drilled = false;
    m_proxy->setRows(m_baseRows);
    fitColumns();
    updateBreadcrumb();
    if (was)
        Q_EMIT cleared();
}

bool DrillDownPanel::isDrilled() const
{
    return m_drilled;
}

void DrillDownPanel::setCounting(bool counting)
{
    if (counting == m_counting)
        return;
    m_counting = counting;
    updateBreadcrumb();
}

void DrillDownPanel::addButton(QAbstractButton *button)
{
    button->setParent(this);
    m_bar->insertWidget(m_bar->indexOf(m_clear), button);
}

QString DrillDownPanel::breadcrumbText() const
{
    return m_breadcrumb->text();
}

QString DrillDownPanel::widthKey(const QAbstractItemModel *model)
{
    // Models of the same name show the same columns (a page's table and its drilled table).
    return model && !model->objectName().isEmpty() ? model->objectName()
                                                   : QString::number(quintptr(model), 16);
}

QList<int> DrillDownPanel::shownRows() const
{
    return m_proxy->shownSourceRows();
}

void DrillDownPanel::updateBreadcrumb()
{
    const QString rows = m_counting ? tr("counting…", "in place of a row count") : rowCount(shownRowCount());
    QString text;
    if (isDrilled())
        text = tr("%1 · %2", "figure trail, row count").arg(m_trail.join(QStringLiteral(" › ")), rows);
    else
        text = tr("%1 · %2", "all rows, row count").arg(m_modelText, rows);
    m_breadcrumb->setText(text);
    m_clear->setEnabled(isDrilled());
    m_view->setAccessibleDescription(text);
}

bool DrillDownPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && isDrilled()) {
        clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace milepost
