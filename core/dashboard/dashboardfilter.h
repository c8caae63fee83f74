// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/capitalproject.h"
#include "datasets/dataset.h"
#include "datasets/enrollmentrecord.h"
#include "datasets/staffingrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace milepost {

// The filters every dashboard page shares: a Local District, a Board District, a school, and
// the as-of date statuses and the current school year are judged against. An empty text
// field does not filter. Texts match whole values, ignoring case and surrounding spaces.
//
// A dataset that has no column for a field is not filtered by it, and notApplied() says so
// in words for the page to show: staffing and enrollment rows carry no Board District, the
// plan none of the three. A Local District matches a capital project's region; a school
// matches its school name or its site code. A source is the name of an import source (File ›
// Imported Data…); it matches the rows stored from the source of that name in each dataset.
class DashboardFilter final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFilter)

public:
    enum class Field { LocalDistrict, BoardDistrict, School, Source };
    // The plan is not one of the imported datasets, but filters apply to it too.
    enum class Source { Plan, Staffing, Enrollment, CapitalProjects };

    QString localDistrict;
    QString boardDistrict;
    QString school;
    QString source;
    QDate asOf;

    // Whether any of the text fields is set.
    bool filtersRows() const;
    const QString &value(Field field) const;
    static bool applies(Field field, Source source);
    static QString fieldName(Field field);

    bool matches(const StaffingRecord &record) const;
    bool matches(const EnrollmentRecord &record) const;
    bool matches(const CapitalProject &project) const;
    // The indexes of the records that match, ascending; nullopt when no field filters rows.
    template<typename Record>
    std::optional<QList<int>> matchingRows(const QList<Record> &records) const
    {
        if (!filtersRows())
            return std::nullopt;
        QList<int> rows;
        for (int row = 0; row < records.size(); ++row) {
            if (matches(records.at(row)))
                rows.append(row);
        }
        return rows;
    }

    // "Local District: NE", one line per field that is set and applies to source.
    QStringList describe(Source source) const;
    // One sentence per field that is set but does not apply to source.
    QStringList notApplied(Source source) const;

    // Whether a value passes a filter text: the text is empty, or equal to the value ignoring case
    // and surrounding spaces. The store narrows its queries with this rule (CapitalFiguresQuery).
    static bool same(const QString &filter, const QString &value);

    friend bool operator==(const DashboardFilter &, const DashboardFilter &) = default;
};

} // namespace milepost
