// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace milepost {

// A date edit that shows dates as DateText writes them (the year in full) and takes a whole date
// typed over a selected text: QDateEdit alone refuses the first keys typed over a full selection,
// so "2022-10-15" typed over "2026-12-01" gave 2026-10-15. One Tab stop, like every control:
// Tab leaves the field (QDateEdit would step through day, month and year); the arrow keys and
// the separators move between them.
class DateField final : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);
    explicit DateField(QDate date, QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    // The section a typed digit moved on to by itself (a month of 10 can take no third digit):
    // the separator typed next means the same move and is taken once, not twice.
    int m_advancedTo = -1;
};

} // namespace milepost
