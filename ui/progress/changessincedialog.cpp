// SPDX-License-Identifier: GPL-3.0-or-later
#include "changessincedialog.h"

#include "common/datefield.h"
#include "progresscontroller.h"
#include "changeshtml.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace milepost {

ChangesSinceDialog::ChangesSinceDialog(ProgressController *controller, const PlanHistory &plan, const QDate &since,
                                       const QDate &until, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("changesSinceDialog"));
    setWindowTitle(tr("Changes Since"));
    auto *layout = new QVBoxLayout(this);
    auto *dates = new QHBoxLayout;
    m_since = new DateField(since, this);
    m_until = new DateField(until, this);
    for (QDateEdit *edit : {m_since, m_until})
        edit->setCalendarPopup(true);
    auto *sinceLabel = new QLabel(tr("&After:"), this);
    sinceLabel->setBuddy(m_since);
    auto *untilLabel = new QLabel(tr("&Up to:"), this);
    untilLabel->setBuddy(m_until);
    dates->addWidget(sinceLabel);
    dates->addWidget(m_since);
    dates->addWidget(untilLabel);
    dates->addWidget(m_until);
    dates->addStretch(1);
    layout->addLayout(dates);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("changesBrowser"));
    m_browser->setAccessibleName(tr("Changes"));
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_since, &QDateEdit::dateChanged, this, &ChangesSinceDialog::refresh);
    connect(m_until, &QDateEdit::dateChanged, this, &ChangesSinceDialog::refresh);
    resize(640, 560);
    refresh();
}

void ChangesSinceDialog::refresh()
{
    QString error;
    const auto changes = m_controller->changes(m_plan, m_since->date(), m_until->date(), &error);
    if (!changes) {
        m_summary->setText(error);
        m_browser->clear();
        return;
    }
    m_summary->setText(changes->summary());
    m_browser->setHtml(ChangesHtml::html(*changes));
}

} // namespace milepost
