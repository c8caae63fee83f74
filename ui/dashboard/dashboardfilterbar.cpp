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
#include <QSettings>

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
    m_boardDistrict = new QComboBox(this);
    m_boardDistrict->setObjectName(QStringLiteral("boardDistrictFilter"));
    m_boardDistrict->setAccessibleName(tr("Board District filter"));
    m_boardDistrict->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_school = new QComboBox(this);
    m_school->setObjectName(QStringLiteral("schoolFilter"));
    m_school->setAccessibleName(tr("School filter"));
    // Thousands of schools: type to find one.
    m_school->setEditable(true);
    m_school->setInsertPolicy(QComboBox::NoInsert);
    m_school->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_school->completer()->setFilterMode(Qt::MatchContains);
    m_school->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_school->setMinimumContentsLength(18);
    m_school->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_asOf = new DateField(this);
    m_asOf->setObjectName(QStringLiteral("asOfFilter"));
    m_asOf->setAccessibleName(tr("As-of date"));
    m_today = new QPushButton(tr("&Today"), this);
    m_today->setObjectName(QStringLiteral("asOfToday"));
    m_today->setAccessibleName(tr("Set the as-of date to today"));
    m_reset = new QPushButton(tr("Clear &Filters"), this);
    m_reset->setObjectName(QStringLiteral("clearFilters"));
    m_reset->setAccessibleName(tr("Clear the Local District, Board District and school filters"));

    layout->addWidget(labelFor(m_localDistrict, tr("&Local District:"), this));
    layout->addWidget(m_localDistrict);
    layout->addWidget(labelFor(m_boardDistrict, tr("&Board District:"), this));
    layout->addWidget(m_boardDistrict);
    layout->addWidget(labelFor(m_school, tr("S&chool:"), this));
    layout->addWidget(m_school, 1);
    layout->addSpacing(12);
    layout->addWidget(labelFor(m_asOf, tr("&As of:"), this));
    layout->addWidget(m_asOf);
    layout->addWidget(m_today);
    layout->addWidget(m_reset);

    fill(m_localDistrict, tr("All Local Districts"), {}, {});
    fill(m_boardDistrict, tr("All Board Districts"), {}, {});
    fill(m_school, tr("All schools"), {}, {});
    m_asOf->setDate(QDate::currentDate());

    connect(m_localDistrict, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
    connect(m_boardDistrict, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
    connect(m_school, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
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
    connect(m_reset, &QPushButton::clicked, this, [this] {
        DashboardFilter cleared = filter();
        cleared.localDistrict.clear();
        cleared.boardDistrict.clear();
        cleared.school.clear();
        setFilter(cleared);
        changed();
    });
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
    if (box->isEditable()) {
        // Typed text that names no school in the list counts only once it matches one.
        const int index = box->findText(box->currentText(), Qt::MatchFixedString);
        return index >= 0 ? box->itemData(index).toString() : box->currentData().toString();
    }
    return box->currentData().toString();
}

void DashboardFilterBar::select(QComboBox *box, const QString &value)
{
    const QSignalBlocker blocker(box);
    const int index = value.isEmpty() ? 0 : box->findData(value, Qt::UserRole, Qt::MatchFixedString);
    box->setCurrentIndex(std::max(0, index));
}

void DashboardFilterBar::setChoices(const QStringList &localDistricts, const QStringList &boardDistricts,
                                    const QStringList &schools)
{
    const DashboardFilter kept = filter();
    m_updating = true;
    fill(m_localDistrict, tr("All Local Districts"), localDistricts, kept.localDistrict);
    fill(m_boardDistrict, tr("All Board Districts"), boardDistricts, kept.boardDistrict);
    fill(m_school, tr("All schools"), schools, kept.school);
    m_updating = false;
}

DashboardFilter DashboardFilterBar::filter() const
{
    DashboardFilter result;
    result.localDistrict = current(m_localDistrict);
    result.boardDistrict = current(m_boardDistrict);
    result.school = current(m_school);
    result.asOf = m_asOf->date();
    return result;
}

void DashboardFilterBar::setFilter(const DashboardFilter &filter)
{
    m_updating = true;
    for (const auto &[box, value] : {std::pair{m_localDistrict, filter.localDistrict},
                                     std::pair{m_boardDistrict, filter.boardDistrict},
                                     std::pair{m_school, filter.school}}) {
        if (!value.isEmpty() && box->findData(value, Qt::UserRole, Qt::MatchFixedString) < 0) {
            const QSignalBlocker blocker(box);
            box->addItem(value, value);
        }
        select(box, value);
    }
    if (filter.asOf.isValid()) {
        const QSignalBlocker blocker(m_asOf);
        m_asOf->setDate(filter.asOf);
        m_followsToday = filter.asOf == QDate::currentDate();
    }
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
    settings.setValue(QStringLiteral("asOf"), m_followsToday ? QString() : current.asOf.toString(Qt::ISODate));
    settings.endGroup();
}

} // namespace milepost
