// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspanel.h"

#include "common/counttext.h"
#include "findingsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace milepost {

FindingsPanel::FindingsPanel(FindingsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FindingsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setAccessibleName(tr("Import findings"));
    m_view->setModel(m_proxy);
    m_view->setTabKeyNavigation(false); // one Tab stop: arrows move inside, Tab leaves
    // A header and a row on a small screen (at 200% on 1920×1080 every pixel of height counts);
    // the dock can be made taller.
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 3);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sort by line first; the report order is what people compare against.
    m_view->horizontalHeader()->setSortIndicator(FindingsModel::LineColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(FindingsModel::LineColumn, metrics.horizontalAdvance(QStringLiteral("000000")) + 24);
    header->resizeSection(FindingsModel::KindColumn,
                          metrics.horizontalAdvance(Finding::kindName(Finding::Kind::MarksDisagree)) + 48);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT lineActivated(index.data(FindingsModel::LineRole).toInt());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateSummary);
    updateSummary();
}

QByteArray FindingsPanel::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

bool FindingsPanel::restoreHeaderState(const QByteArray &state)
{
    return m_view->horizontalHeader()->restoreState(state);
}

void FindingsPanel::updateSummary()
{
    const int count = m_model->rowCount();
    if (count == 0)
        m_summary->setText(tr("No findings: the import had nothing to report."));
    else
        m_summary->setText(tr("%1 to check in the report. Double-click a finding, or press Enter, to show its row in the plan.")
                               .arg(CountText::findings(count)));
}

} // namespace milepost
