// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageoptionsdialog.h"

#include "common/datefield.h"
#include "language/language.h"
#include "report/reportdaterange.h"
#include "time/quartercalendar.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace milepost {

PageOptionsDialog::PageOptionsDialog(const ReportPageOptions &options, const ReportKeyFigures &figures, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("pageOptionsDialog"));
    setWindowTitle(tr("Report Page Options"));
    auto *form = new QFormLayout;

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paperSize"));
    m_paper->setAccessibleName(tr("Paper size"));
    for (auto size : ReportPageOptions::allPaperSizes())
        m_paper->addItem(ReportPageOptions::paperSizeName(size), int(size));
    m_paper->setCurrentIndex(m_paper->findData(int(options.paperSize)));
    auto *paperLabel = new QLabel(tr("&Paper:"), this);
    paperLabel->setBuddy(m_paper);
    form->addRow(paperLabel, m_paper);

    auto radioRow = [this](QRadioButton *a, QRadioButton *b, const QString &accessibleName) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(a);
        layout->addWidget(b);
        layout->addStretch();
        row->setAccessibleName(accessibleName);
        auto *group = new QButtonGroup(row);
        group->addButton(a);
        group->addButton(b);
        return row;
    };

    m_portrait = new QRadioButton(tr("P&ortrait"), this);
    m_landscape = new QRadioButton(tr("&Landscape"), this);
    m_portrait->setObjectName(QStringLiteral("portrait"));
    m_landscape->setObjectName(QStringLiteral("landscape"));
    (options.orientation == ReportPageOptions::Orientation::Portrait ? m_portrait : m_landscape)->setChecked(true);
    form->addRow(tr("Orientation:"), radioRow(m_portrait, m_landscape, tr("Orientation")));

    m_readable = new QRadioButton(tr("&Readable scale, across as many pages as it needs"), this);
    m_fit = new QRadioButton(tr("&Fit to the page width"), this);
    m_readable->setObjectName(QStringLiteral("readableScale"));
    m_fit->setObjectName(QStringLiteral("fitToWidth"));
    auto *scaleBox = new QWidget(this);
    auto *scaleLayout = new QVBoxLayout(scaleBox);
    scaleLayout->setContentsMargins(0, 0, 0, 0);
    scaleLayout->addWidget(m_readable);
    scaleLayout->addWidget(m_fit);
    scaleBox->setAccessibleName(tr("Timeline scale"));
    auto *scaleGroup = new QButtonGroup(scaleBox);
    scaleGroup->addButton(m_readable);
    scaleGroup->addButton(m_fit);
    (options.timelineScale == ReportPageOptions::TimelineScale::FitToPageWidth ? m_fit : m_readable)->setChecked(true);
    form->addRow(tr("Timeline:"), scaleBox);

    // The timeline's dates: the quarters the plan marks, every date it names, or a range.
    auto spanText = [&figures](ReportPageOptions::TimelineSpan span) {
        ReportPageOptions spanOptions;
        spanOptions.timelineSpan = span;
        const ReportDateRange range = ReportDateRange::choose(figures, spanOptions);
        if (!range.isValid())
            return tr("no dated milestone");
        const QuarterCalendar calendar = QuarterCalendar::calendar();
        return tr("%1 – %2", "first and last quarter")
            .arg(calendar.label(calendar.quarterOf(range.first)), calendar.label(calendar.quarterOf(range.last)));
    };
    m_planQuarters = new QRadioButton(tr("The plan's &quarters: %1").arg(spanText(ReportPageOptions::TimelineSpan::PlanQuarters)), this);
    m_allDates = new QRadioButton(tr("&Every date: %1").arg(spanText(ReportPageOptions::TimelineSpan::AllDates)), this);
    m_between = new QRadioButton(tr("&Between"), this);
    m_planQuarters->setObjectName(QStringLiteral("planQuarters"));
    m_allDates->setObjectName(QStringLiteral("allDates"));
    m_between->setObjectName(QStringLiteral("between"));
    const bool custom = options.rangeFirst.isValid() || options.rangeLast.isValid();
    (custom ? m_between
            : options.timelineSpan == ReportPageOptions::TimelineSpan::AllDates ? m_allDates : m_planQuarters)
        ->setChecked(true);
    const QDate defaultFirst = figures.firstDay.isValid() ? figures.firstDay : QDate::currentDate();
    const QDate defaultLast = figures.lastDay.isValid() ? figures.lastDay : defaultFirst.addYears(1);
    m_from = new DateField(options.rangeFirst.isValid() ? options.rangeFirst : defaultFirst, this);
    m_to = new DateField(options.rangeLast.isValid() ? options.rangeLast : defaultLast, this);
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_from->setAccessibleName(tr("Timeline from"));
    m_to->setAccessibleName(tr("Timeline to"));
    auto *range = new QWidget(this);
    range->setAccessibleName(tr("Timeline dates"));
    auto *rangeLayout = new QVBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->addWidget(m_planQuarters);
    rangeLayout->addWidget(m_allDates);
    auto *betweenRow = new QHBoxLayout;
    betweenRow->addWidget(m_between);
    betweenRow->addWidget(m_from);
    auto *andLabel = new QLabel(tr("a&nd"), range);
    andLabel->setBuddy(m_to);
    betweenRow->addWidget(andLabel);
    betweenRow->addWidget(m_to);
    betweenRow->addStretch();
    rangeLayout->addLayout(betweenRow);
    auto *rangeGroup = new QButtonGroup(range);
    for (QRadioButton *button : {m_planQuarters, m_allDates, m_between})
        rangeGroup->addButton(button);
    form->addRow(tr("Dates:"), range);
    connect(m_between, &QRadioButton::toggled, this, &PageOptionsDialog::updateRangeEnabled);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_to->date() < date)
            m_to->setDate(date);
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_from->date() > date)
            m_from->setDate(date);
    });

    m_colour = new QRadioButton(tr("&Colour"), this);
    m_greyscale = new QRadioButton(tr("&Greyscale"), this);
    m_colour->setObjectName(QStringLiteral("colour"));
    m_greyscale->setObjectName(QStringLiteral("greyscale"));
    (options.greyscale ? m_greyscale : m_colour)->setChecked(true);
    form->addRow(tr("Print in:"), radioRow(m_colour, m_greyscale, tr("Colour or greyscale")));

    // What changed since a day (the last board report, say) up to the report's as-of date.
    m_listChanges = new QCheckBox(tr("List progress recorded &since"), this);
    m_listChanges->setObjectName(QStringLiteral("listChanges"));
    m_listChanges->setChecked(options.changesSince.isValid());
    m_changesSince = new DateField(options.changesSince.isValid() ? options.changesSince : QDate::currentDate().addMonths(-1), this);
    m_changesSince->setObjectName(QStringLiteral("changesSince"));
    m_changesSince->setAccessibleName(tr("Changes since"));
    auto *changesRow = new QHBoxLayout;
    changesRow->addWidget(m_listChanges);
    changesRow->addWidget(m_changesSince);
    changesRow->addStretch();
    form->addRow(tr("Changes:"), changesRow);
    connect(m_listChanges, &QCheckBox::toggled, m_changesSince, &QWidget::setEnabled);
    m_changesSince->setEnabled(m_listChanges->isChecked());

    // A bilingual office prints the same report in each language.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->setAccessibleName(tr("Report language"));
    m_language->addItem(tr("As the program (%1)").arg(Language::nativeName(Language::installed())), QString());
    for (const QString &code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(options.language)));
    auto *languageLabel = new QLabel(tr("Lang&uage:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateRangeEnabled();
}

void PageOptionsDialog::updateRangeEnabled()
{
    m_from->setEnabled(m_between->isChecked());
    m_to->setEnabled(m_between->isChecked());
}

ReportPageOptions PageOptionsDialog::options() const
{
    ReportPageOptions options = m_options;
    options.paperSize = ReportPageOptions::PaperSize(m_paper->currentData().toInt());
    options.orientation = m_portrait->isChecked() ? ReportPageOptions::Orientation::Portrait
                                                  : ReportPageOptions::Orientation::Landscape;
    options.timelineScale = m_fit->isChecked() ? ReportPageOptions::TimelineScale::FitToPageWidth
                                               : ReportPageOptions::TimelineScale::Readable;
    if (m_between->isChecked()) {
        options.rangeFirst = m_from->date();
        options.rangeLast = m_to->date();
    } else {
        options.timelineSpan = m_allDates->isChecked() ? ReportPageOptions::TimelineSpan::AllDates
                                                       : ReportPageOptions::TimelineSpan::PlanQuarters;
        options.rangeFirst = QDate();
        options.rangeLast = QDate();
    }
    options.greyscale = m_greyscale->isChecked();
    options.changesSince = m_listChanges->isChecked() ? m_changesSince->date() : QDate();
    options.language = m_language->currentData().toString();
    return options;
}

} // namespace milepost
