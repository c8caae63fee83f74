// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QDateEdit;
class QToolButton;

namespace milepost {

// The timeline's toolbar: what to show, zoom, calendar or fiscal quarters, the as-of date, and
// behind the Display button going to the as-of date, the quarter-marks lane and greyscale. Widgets and actions only, with their names, mnemonics and
// shortcuts; TimelineView connects them. The actions' shortcuts are added to shortcutOwner,
// so that they work wherever the focus is inside it.
class TimelineToolBar final : public QToolBar
{
    Q_OBJECT

public:
    explicit TimelineToolBar(QWidget *shortcutOwner);

    QComboBox *showCombo() const { return m_showCombo; }
    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }
    QAction *fitAction() const { return m_fitAction; }
    QComboBox *scaleCombo() const { return m_scaleCombo; }
    QComboBox *fiscalStartCombo() const { return m_fiscalStartCombo; }
    QDateEdit *asOfEdit() const { return m_asOfEdit; }
    QToolButton *todayButton() const { return m_todayButton; }
    QAction *goToAsOfAction() const { return m_goToAsOfAction; }
    QAction *marksAction() const { return m_marksAction; }
    QAction *greyscaleAction() const { return m_greyscaleAction; }
    // The menu button that holds Go to As-of, Quarter Marks and Greyscale.
    QToolButton *displayButton() const { return m_displayButton; }

private:
    // An action with its shortcuts on the shortcut owner; on the toolbar, or for a menu.
    QAction *addViewAction(const QString &text, const QList<QKeySequence> &keys, const QString &tip,
                           bool onToolBar = true);

    QWidget *m_shortcutOwner = nullptr;
    QComboBox *m_showCombo = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QComboBox *m_scaleCombo = nullptr;
    QComboBox *m_fiscalStartCombo = nullptr;
    QDateEdit *m_asOfEdit = nullptr;
    QToolButton *m_todayButton = nullptr;
    QAction *m_goToAsOfAction = nullptr;
    QAction *m_marksAction = nullptr;
    QAction *m_greyscaleAction = nullptr;
    QToolButton *m_displayButton = nullptr;
};

} // namespace milepost
