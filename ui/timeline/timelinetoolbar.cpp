// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetoolbar.h"

#include "common/datefield.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolButton>

namespace milepost {

TimelineToolBar::TimelineToolBar(QWidget *shortcutOwner)
    : QToolBar(tr("Timeline"), shortcutOwner)
    , m_shortcutOwner(shortcutOwner)
{
    setObjectName(QStringLiteral("timelineToolBar"));
    setAccessibleName(tr("Timeline tools"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    m_showCombo = new QComboBox(this);
    m_showCombo->setObjectName(QStringLiteral("timelineShow"));
    m_showCombo->setAccessibleName(tr("Rows on the timeline"));
    m_showCombo->setToolTip(tr("The plan's milestones, the capital projects' phases or staffing by period, on the same "
                               "time axis"));
    // In the order of TimelinePaintOptions::Subject.
    m_showCombo->addItem(tr("Plan"));
    m_showCombo->addItem(tr("Capital projects"));
    m_showCombo->addItem(tr("Staffing"));
    showLabel->setBuddy(m_showCombo);
    addWidget(showLabel);
    addWidget(m_showCombo);
    addSeparator();

    m_zoomInAction = addViewAction(tr("Zoom &In"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                                   tr("Show less time, in more detail"));
    m_zoomOutAction = addViewAction(tr("Zoom &Out"), {QKeySequence::ZoomOut}, tr("Show more time"));
    m_fitAction = addViewAction(tr("&Fit All"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, tr("Zoom to show every dated item"));
    addSeparator();

    auto *scaleLabel = new QLabel(tr("&Quarters:"), this);
    m_scaleCombo = new QComboBox(this);
    m_scaleCombo->setObjectName(QStringLiteral("timelineScale"));
    m_scaleCombo->setAccessibleName(tr("Quarter scale"));
    // One word each, so that the row fits at 200%; the list says how each labels a quarter.
    m_scaleCombo->addItem(tr("Calendar"));
    m_scaleCombo->setItemData(0, tr("Quarters by calendar year: 2022 Q3"), Qt::ToolTipRole);
    m_scaleCombo->addItem(tr("Fiscal"));
    m_scaleCombo->setItemData(1, tr("Quarters by fiscal year: FY23 Q1"), Qt::ToolTipRole);
    m_scaleCombo->setToolTip(tr("Label quarters by the calendar year or by the fiscal year"));
    scaleLabel->setBuddy(m_scaleCombo);
    addWidget(scaleLabel);
    addWidget(m_scaleCombo);

    // Short: at 1280 px, and at 200% on a 1920 px screen, every control has its place in the row.
    auto *startLabel = new QLabel(tr("FY &starts:"), this);
    startLabel->setToolTip(tr("The month the fiscal year starts in"));
    m_fiscalStartCombo = new QComboBox(this);
    m_fiscalStartCombo->setObjectName(QStringLiteral("timelineFiscalStart"));
    m_fiscalStartCombo->setAccessibleName(tr("First month of the fiscal year"));
    m_fiscalStartCombo->setToolTip(tr("The month the fiscal year starts in"));
    for (int month = 1; month <= 12; ++month)
        m_fiscalStartCombo->addItem(QLocale().standaloneMonthName(month), month);
    m_fiscalStartCombo->setCurrentIndex(6); // July, as California school districts budget
    startLabel->setBuddy(m_fiscalStartCombo);
    addWidget(startLabel);
    addWidget(m_fiscalStartCombo);
    addSeparator();

    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    m_asOfEdit = new DateField(QDate::currentDate(), this);
    m_asOfEdit->setObjectName(QStringLiteral("timelineAsOf"));
    m_asOfEdit->setAccessibleName(tr("As-of date"));
    m_asOfEdit->setToolTip(tr("Statuses are computed for this date; the solid line marks it."));
    asOfLabel->setBuddy(m_asOfEdit);
    addWidget(asOfLabel);
    addWidget(m_asOfEdit);

    m_todayButton = new QToolButton(this);
    m_todayButton->setObjectName(QStringLiteral("timelineToday"));
    m_todayButton->setText(tr("&Today"));
    m_todayButton->setAccessibleName(tr("As of today"));
    m_todayButton->setToolTip(tr("Compute statuses as of today, and keep following today"));
    addWidget(m_todayButton);
    m_goToAsOfAction = addViewAction(tr("&Go to As-of"), {QKeySequence(Qt::CTRL | Qt::Key_G)},
                                     tr("Scroll the chart to the as-of date"), false);
    addSeparator();

    m_marksAction = addViewAction(tr("Quarter &Marks"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
                                  tr("Show the plan's own ● quarter marks under each bar, to see where they and the "
                                     "dates disagree"),
                                  false);
    m_marksAction->setCheckable(true);

    m_greyscaleAction = addViewAction(tr("Gre&yscale"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
                                      tr("Draw the chart in shades of grey, as a black-and-white print shows it; the "
                                         "patterns keep the statuses apart"),
                                      false);
    m_greyscaleAction->setCheckable(true);

    // What is used now and then waits behind one button, so that the row fits: the actions keep
    // their shortcuts wherever the focus is in the view, and the menu reads them out by name.
    auto *display = new QMenu(tr("Display"), this);
    display->setObjectName(QStringLiteral("timelineDisplayMenu"));
    display->setToolTipsVisible(true);
    display->addAction(m_goToAsOfAction);
    display->addSeparator();
    display->addAction(m_marksAction);
    display->addAction(m_greyscaleAction);
    m_displayButton = new QToolButton(this);
    m_displayButton->setObjectName(QStringLiteral("timelineDisplay"));
    m_displayButton->setText(tr("Disp&lay"));
    m_displayButton->setAccessibleName(tr("Display options"));
    m_displayButton->setToolTip(tr("Go to the as-of date, quarter marks, greyscale"));
    m_displayButton->setPopupMode(QToolButton::InstantPopup);
    m_displayButton->setMenu(display);
    addWidget(m_displayButton);
}

QAction *TimelineToolBar::addViewAction(const QString &text, const QList<QKeySequence> &keys, const QString &tip,
                                        bool onToolBar)
{
    QAction *action = onToolBar ? addAction(text) : new QAction(text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("%1 (%2)", "action, shortcut").arg(tip, keys.constFirst().toString(QKeySequence::NativeText)));
    m_shortcutOwner->addAction(action); // the shortcut works wherever the focus is inside the view
    return action;
}

} // namespace milepost
