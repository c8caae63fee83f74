// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportpageoptions.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QRadioButton;

namespace milepost {

// Edits a report's page options: paper, orientation, how the timeline is scaled, its date
// range, colour or greyscale. The options are a value type; this dialog only edits a copy.
class PageOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    // planFirst/planLast: the plan's dates, shown when the range is the whole plan.
    PageOptionsDialog(const ReportPageOptions &options, const QDate &planFirst, const QDate &planLast,
                      QWidget *parent = nullptr);

    ReportPageOptions options() const;

private:
    void updateRangeEnabled();

    ReportPageOptions m_options;
    QComboBox *m_paper = nullptr;
    QRadioButton *m_portrait = nullptr;
    QRadioButton *m_landscape = nullptr;
    QRadioButton *m_fit = nullptr;
    QRadioButton *m_readable = nullptr;
    QCheckBox *m_wholePlan = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QRadioButton *m_colour = nullptr;
    QRadioButton *m_greyscale = nullptr;
};

} // namespace milepost
