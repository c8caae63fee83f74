// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QTextBrowser;

namespace milepost {

class ProgressController;

// What changed between two dates (for example since the last board report): every update with
// an as-of date after "since" and up to "until", newest first, with its milestone, its old and
// new values and its note, and a count of status changes and completions.
class ChangesSinceDialog final : public QDialog
{
    Q_OBJECT

public:
    ChangesSinceDialog(ProgressController *controller, const QDate &since, const QDate &until, QWidget *parent = nullptr);

    QDateEdit *sinceEdit() const { return m_since; }
    QDateEdit *untilEdit() const { return m_until; }
    QLabel *summaryLabel() const { return m_summary; }
    QTextBrowser *browser() const { return m_browser; }

private:
    void refresh();

    ProgressController *m_controller = nullptr;
    QDateEdit *m_since = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace milepost
