// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfilter.h"
#include "dashboard/enrollmentfigures.h"
#include "dashboardpage.h"
#include "recordtables.h"

#include <QHash>

#include <memory>

class QComboBox;

namespace milepost {

// Enrollment: students of one program (chosen on the page) by school year and Local District,
// the change against the year before, every program's trend, and classroom counts. The table
// lists enrollment rows with the reason for any that no figure counts.
class EnrollmentPage final : public DashboardPage
{
    Q_OBJECT

public:
    explicit EnrollmentPage(QWidget *parent = nullptr);

    void refresh(const DashboardData &snapshot, const DashboardFilter &filter) override;
    void release() override;
    const EnrollmentFigures &figures() const { return m_figures; }
    // The table of the rows that pass the filters.
    RecordWindowModel<EnrollmentRecord> *model() const { return m_tables.base(); }
    // The program key the totals count; empty for the default.
    void setProgram(const QString &programKey);
    // The program key chosen (which the data may not have: the default counts then).
    const QString &program() const { return m_program; }

Q_SIGNALS:
    // A program was chosen while the figures shown were counted in the database: they are to be
    // counted there again (DashboardView).
    void programChosen();

protected:
    bool drillInDatabase(QObject *source, const QStringList &trail, const QString &seriesKey,
                         const QString &categoryKey, const Figure &figure) override;

private:
    void recompute();
    // The table's columns; reasonOf gives why a row is not added.
    QList<RecordWindowModel<EnrollmentRecord>::Column> columns(const std::function<QString(int row)> &reasonOf) const;

    // The rows read (DashboardData::load), when not left in the database.
    QList<EnrollmentRecord> m_records;
    // Counted in the database (DashboardData::count) for m_filter, with the rows it counted
    // (read there as the table shows them), or empty.
    std::optional<EnrollmentFigures> m_counted;
    std::shared_ptr<const RowListing> m_listing;
    std::shared_ptr<CapitalDashboardQuery> m_query;
    DashboardFilter m_filter;
    QString m_program;
    EnrollmentFigures m_figures;
    RecordTables<EnrollmentRecord> m_tables;
    QComboBox *m_programBox = nullptr;
    KeyFigureTile *m_total = nullptr;
    KeyFigureTile *m_change = nullptr;
    KeyFigureTile *m_classrooms = nullptr;
    KeyFigureTile *m_notCountedTile = nullptr;
    ChartWidget *m_trendByDistrict = nullptr;
    ChartWidget *m_trendByProgram = nullptr;
    ChartWidget *m_byDistrict = nullptr;
    ChartWidget *m_classroomsChart = nullptr;
};

} // namespace milepost
