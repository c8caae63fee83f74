// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfilterbar.h"

#include "common/datefield.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStringListModel>

#include <algorithm>

namespace milepost {

namespace {

QLabel *labelFor(QWidget *buddy, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_localDistrict = new QComboBox(this);
    m_localDistrict->setObjectName(QStringLiteral("localDistrictFilter"));
    m_localDistrict->setAccessibleName(tr("Local District filter"));
    m_localDistrict->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // As wide as their longest value where there is room; narrower (down to about twelve
    // characters) in a window on a small screen at 200%, where the list still shows it in full.
    const int narrowest = m_localDistrict->fontMetrics().averageCharWidth() * 12 + 30;
    m_localDistrict->setMinimumWidth(narrowest);
    m_boardDistrict = new QComboBox(this);
    m_boardDistrict->setObjectName(QStringLiteral("boardDistrictFilter"));
    m_boardDistrict->setAccessibleName(tr("Board District filter"));
    m_boardDistrict->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_boardDistrict->setMinimumWidth(narrowest);
    m_school = new QLineEdit(this);
    m_school->setObjectName(QStringLiteral("schoolFilter"));
    m_school->setAccessibleName(tr("School filter"));
    m_school->setPlaceholderText(tr("All schools"));
    m_school->setToolTip(tr("Type part of a school's name and pick it; empty shows all schools"));
    m_school->setClearButtonEnabled(true);
    m_school->setMinimumWidth(m_school->fontMetrics().averageCharWidth() * 12);
    // Thousands of schools: type to find one; the completer filters a model, no list is built.
    m_schoolModel = new QStringListModel(this);
    auto *completer = new QCompleter(m_schoolModel, this);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setMaxVisibleItems(12);
    m_school->setCompleter(completer);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->setAccessibleName(tr("Source filter"));
    m_source->setToolTip(tr("Count only the rows imported from one source (File › Imported Data…)"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_source->setMinimumWidth(narrowest);
    m_asOf = new DateField(this);
    m_asOf->setObjectName(QStringLiteral("asOfFilter"));
    m_asOf->setAccessibleName(tr("As-of date"));
    m_today = new QPushButton(tr("&Today"), this);
    m_today->setObjectName(QStringLiteral("asOfToday"));
    m_today->setAccessibleName(tr("Set the as-of date to today"));
    m_reset = new QPushButton(tr("Clear &Filters"), this);
    m_reset->setObjectName(QStringLiteral("clearFilters"));
    m_reset->setAccessibleName(tr("Clear the Local District, Board District, school and source filters"));

    layout->addWidget(labelFor(m_localDistrict, tr("&Local District:"), this));
    layout->addWidget(m_localDistrict);
    layout->addWidget(labelFor(m_boardDistrict, tr("&Board District:"), this));
    layout->addWidget(m_boardDistrict);
    layout->addWidget(labelFor(m_school, tr("S&chool:"), this));
    layout->addWidget(m_school, 1);
    m_sourceLabel = labelFor(m_source, tr("Sou&rce:"), this);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_source);
    layout->addSpacing(12);
    layout->addWidget(labelFor(m_asOf, tr("&As of:"), this));
    layout->addWidget(m_asOf);
    layout->addWidget(m_today);
    layout->addWidget(m_reset);

    fill(m_localDistrict, tr("All Local Districts"), {}, {});
    fill(m_boardDistrict, tr("All Board Districts"), {}, {});
    fill(m_source, tr("All sources"), {}, {});
    // Until the data says it pools sources (setSources).
    m_sourceLabel->hide();
    m_source->hide();
    m_asOf->setDate(QDate::currentDate());

    connect(m_localDistrict, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
    connect(m_boardDistrict, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
    connect(m_source, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
    connect(m_localDistrict, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::offerSchools);
    connect(m_school, &QLineEdit::editingFinished, this, &DashboardFilterBar::commitSchool);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &school) {
        m_school->setText(school);
        commitSchool();
    });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        if (m_updating)
            return;
        m_followsToday = m_asOf->date() == QDate::currentDate();
        changed();
    });
    connect(m_today, &QPushButton::clicked, this, [this] {
        m_asOf->setDate(QDate::currentDate());
        m_followsToday = true;
        changed();
    });
    connect(m_reset, &QPushButton::clicked, this, &DashboardFilterBar::clearFilters);
}

QString DashboardFilterBar::settingsGroup()
{
    return QStringLiteral("dashboard/filter");
}

void DashboardFilterBar::fill(QComboBox *box, const QString &allText, const QStringList &values, const QString &keep)
{
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(allText, QString());
    for (const QString &value : values)
        box->addItem(value, value);
    if (!keep.isEmpty() && box->findData(keep, Qt::UserRole, Qt::MatchFixedString) < 0)
        box->addItem(keep, keep);
    select(box, keep);
}

QString DashboardFilterBar::current(const QComboBox *box)
{
    return box->currentData().toString();
}

void DashboardFilterBar::commitSchool()
{
    // Typed text that names no school the data has does not count: the field shows the school
    // filtered by again. Empty text shows all schools.
    const QString typed = m_school->text().trimmed();
    QString value;
    if (!typed.isEmpty()) {
        const auto known = std::find_if(m_schools.cbegin(), m_schools.cend(), [&](const QString &school) {
            return school.compare(typed, Qt::CaseInsensitive) == 0;
        });
        value = known != m_schools.cend() ? *known : m_schoolValue;
    }
    m_school->setText(value);
    if (value == m_schoolValue)
        return;
    m_schoolValue = value;
    changed();
}

void DashboardFilterBar::offerSchools()
{
    const QString district = current(m_localDistrict);
    if (district.isEmpty() || m_schoolDistricts.isEmpty()) {
        m_schoolModel->setStringList(m_schools);
        return;
    }
    QStringList offered;
    QSet<QString> seen;
    for (const auto &[schoolDistrict, school] : std::as_const(m_schoolDistricts)) {
        if (DashboardFilter::same(district, schoolDistrict) && !seen.contains(school)) {
            seen.insert(school);
            offered.append(school);
        }
    }
    // In the order of the full list (natural order).
    QStringList ordered;
    for (const QString &school : std::as_const(m_schools)) {
        if (seen.contains(school))
            ordered.append(school);
    }
    m_schoolModel->setStringList(ordered);
}

QStringList DashboardFilterBar::offeredSchools() const
{
    return m_schoolModel->stringList();
}

void DashboardFilterBar::setSchoolDistricts(const QList<std::pair<QString, QString>> &schoolDistricts)
{
    m_schoolDistricts = schoolDistricts;
    offerSchools();
}

void DashboardFilterBar::select(QComboBox *box, const QString &value)
{
    const QSignalBlocker blocker(box);
    const int index = value.isEmpty() ? 0 : box->findData(value, Qt::UserRole, Qt::MatchFixedString);
    box->setCurrentIndex(std::max(0, index));
}

void DashboardFilterBar::clearFilters()
{
    DashboardFilter cleared = filter();
    cleared.localDistrict.clear();
    cleared.boardDistrict.clear();
    cleared.school.clear();
    cleared.source.clear();
    setFilter(cleared);
    offerSchools();
    changed();
}

void DashboardFilterBar::setSources(const QStringList &sources, bool offered)
{
    const QString kept = current(m_source);
    m_updating = true;
    fill(m_source, tr("All sources"), sources, kept);
    m_updating = false;
    const bool shown = offered || !kept.isEmpty();
    m_sourceLabel->setVisible(shown);
    m_source->setVisible(shown);
}

void DashboardFilterBar::setChoices(const QStringList &localDistricts, const QStringList &boardDistricts,
                                    const QStringList &schools)
{
    const DashboardFilter kept = filter();
    m_updating = true;
    fill(m_localDistrict, tr("All Local Districts"), localDistricts, kept.localDistrict);
    fill(m_boardDistrict, tr("All Board Districts"), boardDistricts, kept.boardDistrict);
    m_schools = schools;
    if (!kept.school.isEmpty() && !schools.contains(kept.school, Qt::CaseInsensitive))
        m_schools.append(kept.school); // a school in use that the data lacks stays
    offerSchools();
    m_updating = false;
}

DashboardFilter DashboardFilterBar::filter() const
{
    DashboardFilter result;
    result.localDistrict = current(m_localDistrict);
    result.boardDistrict = current(m_boardDistrict);
    result.school = m_schoolValue;
    result.source = current(m_source);
    result.asOf = m_asOf->date();
    return result;
}

void DashboardFilterBar::setFilter(const DashboardFilter &filter)
{
    m_updating = true;
    m_schoolValue = filter.school.trimmed();
    m_school->setText(m_schoolValue);
    for (const auto &[box, value] : {std::pair{m_localDistrict, filter.localDistrict},
                                     std::pair{m_boardDistrict, filter.boardDistrict},
                                     std::pair{m_source, filter.source}}) {
        if (!value.isEmpty() && box->findData(value, Qt::UserRole, Qt::MatchFixedString) < 0) {
            const QSignalBlocker blocker(box);
            box->addItem(value, value);
        }
        select(box, value);
    }
    if (!filter.source.isEmpty()) {
        m_sourceLabel->show();
        m_source->show();
    }
    if (filter.asOf.isValid()) {
        const QSignalBlocker blocker(m_asOf);
        m_asOf->setDate(filter.asOf);
        m_followsToday = filter.asOf == QDate::currentDate();
    }
    offerSchools();
    m_updating = false;
}

void DashboardFilterBar::setAsOf(const QDate &asOf)
{
    const QDate date = asOf.isValid() ? asOf : QDate::currentDate();
    const bool followsToday = !asOf.isValid() || date == QDate::currentDate();
    if (m_asOf->date() == date && m_followsToday == followsToday)
        return;
    m_updating = true;
    m_asOf->setDate(date);
    m_updating = false;
    m_followsToday = followsToday;
    changed();
}

void DashboardFilterBar::changed()
{
    if (m_updating)
        return;
    save();
    Q_EMIT filterChanged(filter());
}

void DashboardFilterBar::restore()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    DashboardFilter saved;
    saved.localDistrict = settings.value(QStringLiteral("localDistrict")).toString();
    saved.boardDistrict = settings.value(QStringLiteral("boardDistrict")).toString();
    saved.school = settings.value(QStringLiteral("school")).toString();
    saved.source = settings.value(QStringLiteral("source")).toString();
    // An as-of date the user chose stays; one never chosen follows today.
    const QDate asOf = QDate::fromString(settings.value(QStringLiteral("asOf")).toString(), Qt::ISODate);
    saved.asOf = asOf.isValid() ? asOf : QDate::currentDate();
    settings.endGroup();
    setFilter(saved);
    m_followsToday = !asOf.isValid();
}

void DashboardFilterBar::save() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    const DashboardFilter current = filter();
    settings.setValue(QStringLiteral("localDistrict"), current.localDistrict);
    settings.setValue(QStringLiteral("boardDistrict"), current.boardDistrict);
    settings.setValue(QStringLiteral("school"), current.school);
    settings.setValue(QStringLiteral("source"), current.source);
    settings.setValue(QStringLiteral("asOf"), m_followsToday ? QString() : current.asOf.toString(Qt::ISODate));
    settings.endGroup();
}

} // namespace milepost
