// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace milepost {

class DashboardPage;

// What a dashboard page shows, taken off the page as it stands for a report: its key figures
// with the line that explains each, its charts, its notes and, when a figure was drilled into,
// the rows of that figure. A value: the report keeps it however the page changes afterwards.
struct DashboardReportContent final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardReportContent)

public:
    struct KeyFigure
    {
        QString caption;
        QString value;
        QString detail;
        bool sampleData = false;
    };
    struct Table
    {
        QString title; // the breadcrumb: "Staffing 2021-22 › Hires · 212 rows"
        QStringList headers;
        QList<Qt::Alignment> alignments; // by column
        QList<QStringList> rows;
        qint64 totalRows = 0; // rows shows the first ones when there are more than maximumRows
    };

    QString title;       // "Staffing"
    QStringList filters; // "Local District: NE", one per filter that applies; empty: none
    QStringList notes;   // the page's notes: the year shown, filters that do not apply
    QList<KeyFigure> figures;
    QList<ChartSpec> charts;
    std::optional<Table> table;

    // Paper is not the place for a hundred pages of rows: Export CSV writes them all.
    static constexpr int maximumRows = 1000;

    // page as it stands; with withTable, the rows of the figure drilled into (none when the
    // page shows every row).
    static DashboardReportContent of(const DashboardPage &page, const QString &title, const QStringList &filters,
                                     bool withTable);
};

} // namespace milepost
