// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfilter.h"

#include <QList>
#include <QWidget>

#include <utility>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStringListModel;
class QPushButton;

namespace milepost {

// The filters every dashboard page shares: Local District, Board District, school and the
// import source (each "All" or one value the data has) and the as-of date. They are kept in QSettings, so the
// dashboard opens as it was left; an as-of date never set follows today.
//
// Districts are few and chosen from lists. Schools are tens of thousands: a field to type in,
// whose completer offers the schools that contain the text (of the chosen Local District when
// the data says which schools are in it); a school counts once Enter or a completion picks one
// the data has, and an emptied field shows all schools.
class DashboardFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardFilterBar(QWidget *parent = nullptr);

    // The values the lists offer; a value in use that the data lacks stays selectable.
    void setChoices(const QStringList &localDistricts, const QStringList &boardDistricts, const QStringList &schools);
    // The names of the import sources the Source list offers.
    // The Source filter's values; the filter is shown when offered (some dataset pools several
    // sources) or when a source is chosen, so that it can be seen and cleared.
    void setSources(const QStringList &sources, bool offered);
    // Which schools each Local District has, (district, school) pairs, to narrow the completions.
    void setSchoolDistricts(const QList<std::pair<QString, QString>> &schoolDistricts);
    // The schools the completer offers now.
    QStringList offeredSchools() const;
    DashboardFilter filter() const;
    void setFilter(const DashboardFilter &filter);
    // Sets the as-of date as the user would (filterChanged follows when it changes); a null
    // date follows today.
    void setAsOf(const QDate &asOf);
    // Whether the as-of date follows today (it does until a date is chosen).
    bool followsToday() const { return m_followsToday; }

    // Clears the Local District, Board District, school and source (the as-of date stays), as
    // the Clear Filters button does.
    void clearFilters();

    void restore();
    void save() const;
    // The QSettings group the filters live in.
    static QString settingsGroup();

Q_SIGNALS:
    void filterChanged(const DashboardFilter &filter);

private:
    void changed();
    static void fill(QComboBox *box, const QString &allText, const QStringList &values, const QString &keep);
    static QString current(const QComboBox *box);
    static void select(QComboBox *box, const QString &value);
    void commitSchool();
    void offerSchools();

    QComboBox *m_localDistrict = nullptr;
    QComboBox *m_boardDistrict = nullptr;
    QLineEdit *m_school = nullptr;
    QComboBox *m_source = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QStringListModel *m_schoolModel = nullptr;
    QStringList m_schools;
    QList<std::pair<QString, QString>> m_schoolDistricts;
    QString m_schoolValue; // the school filtered by, as the data spells it
    QDateEdit *m_asOf = nullptr;
    QPushButton *m_today = nullptr;
    QPushButton *m_reset = nullptr;
    bool m_followsToday = true;
    bool m_updating = false;
};

} // namespace milepost
