// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace milepost {

class FindingsModel;

// The import's findings as a sortable table with a one-line summary above it. Activating a
// row (double-click or Enter) reports the finding's report line.
class FindingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(FindingsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QByteArray headerState() const;
    bool restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void lineActivated(int line);

private:
    void updateSummary();

    FindingsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace milepost
