// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttabledialog.h"

#include "chartspec.h"
#include "charttablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace milepost {

ChartTableDialog::ChartTableDialog(const ChartSpec &spec, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("chartTableDialog"));
    setWindowTitle(tr("%1 — Table", "chart title").arg(spec.title));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(spec.title, this);
    title->setObjectName(QStringLiteral("chartTableTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    auto *model = new ChartTableModel(spec, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("chartTable"));
    m_view->setAccessibleName(tr("Values of the chart %1").arg(spec.title));
    m_view->setAccessibleDescription(
        tr("One row per category, one column per series. Arrow keys move from cell to cell."));
    m_view->setModel(model);
    m_view->setTabKeyNavigation(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    if (model->rowCount() > 0)
        m_view->setCurrentIndex(model->index(0, 0));
    layout->addWidget(m_view, 1);

    if (!spec.note.isEmpty() || spec.isEmpty()) {
        auto *note = new QLabel(spec.isEmpty() ? tr("No data for this chart under the current filters.") : spec.note, this);
        note->setObjectName(QStringLiteral("chartTableNote"));
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Table"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyChartTable"));
    copy->setToolTip(tr("Copy the table as tab-separated text, for a spreadsheet"));
    connect(copy, &QPushButton::clicked, this, &ChartTableDialog::copyTable);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QFontMetrics metrics = fontMetrics();
    resize(std::max(420, m_view->horizontalHeader()->length() + 40),
           std::min(560, int(metrics.height() * 1.6 * (model->rowCount() + 6) + 80)));
}

void ChartTableDialog::copyTable() const
{
    const QAbstractItemModel *model = m_view->model();
    QStringList lines;
    QStringList header;
    for (int column = 0; column < model->columnCount(); ++column)
        header.append(model->headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('\t')));
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace milepost
