// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportkeyfigures.h"
#include "report/reportpageoptions.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QCheckBox;
class QDateEdit;
class QRadioButton;

namespace milepost {

// Edits a report's page options: paper, orientation, how the timeline is scaled, its date
// range, colour or greyscale. The options are a value type; this dialog only edits a copy.
class PageOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    // figures: the plan's, whose marked quarters and dates the date choices show.
    PageOptionsDialog(const ReportPageOptions &options, const ReportKeyFigures &figures, QWidget *parent = nullptr);

    ReportPageOptions options() const;

private:
    void updateRangeEnabled();

    ReportPageOptions m_options;
    QComboBox *m_paper = nullptr;
    QRadioButton *m_portrait = nullptr;
    QRadioButton *m_landscape = nullptr;
    QRadioButton *m_fit = nullptr;
    QRadioButton *m_readable = nullptr;
    QRadioButton *m_planQuarters = nullptr;
    QRadioButton *m_allDates = nullptr;
    QRadioButton *m_between = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QRadioButton *m_colour = nullptr;
    QRadioButton *m_greyscale = nullptr;
    QCheckBox *m_listChanges = nullptr;
    QDateEdit *m_changesSince = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace milepost
