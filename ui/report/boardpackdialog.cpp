// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardpackdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace milepost {

namespace {

using Kind = BoardPackSection::Kind;

// The check box texts with their mnemonics: the titles the pack's contents page uses.
QString boxText(Kind kind)
{
    switch (kind) {
    case Kind::PlanSummary:
        return BoardPackDialog::tr("Plan &summary: status, key figures, legend");
    case Kind::Milestones:
        return BoardPackDialog::tr("&Milestones by objective");
    case Kind::Timeline:
        return BoardPackDialog::tr("&Timeline");
    case Kind::Staffing:
        return BoardPackDialog::tr("Staffin&g");
    case Kind::Enrollment:
        return BoardPackDialog::tr("&Enrollment");
    case Kind::Capital:
        return BoardPackDialog::tr("&Capital projects");
    }
    return {};
}

} // namespace

BoardPackDialog::BoardPackDialog(const QList<Kind> &chosen, bool drilledTables, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("boardPackDialog"));
    setWindowTitle(tr("Board Pack"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("One document for the board: a contents page, then the sections chosen, numbered "
                                "as one. The plan's parts follow the window's search and as-of date; the "
                                "dashboard's pages its filters."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *group = new QGroupBox(tr("Sections"), this);
    auto *boxes = new QVBoxLayout(group);
    for (Kind kind : BoardPackSection::all()) {
        auto *box = new QCheckBox(boxText(kind), group);
        box->setObjectName(QStringLiteral("section_") + BoardPackSection::key(kind));
        boxes->addWidget(box);
        m_boxes.append(box);
        connect(box, &QCheckBox::toggled, this, &BoardPackDialog::updateButtons);
    }
    layout->addWidget(group);

    m_tables = new QCheckBox(tr("Add the &rows of the figure drilled into on each dashboard page"), this);
    m_tables->setObjectName(QStringLiteral("drilledTables"));
    m_tables->setChecked(drilledTables);
    layout->addWidget(m_tables);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_preview = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_pdf = buttons->addButton(tr("Export PD&F…"), QDialogButtonBox::AcceptRole);
    m_pdf->setDefault(true);
    connect(m_preview, &QPushButton::clicked, this, [this] { finish(Output::Preview); });
    connect(m_print, &QPushButton::clicked, this, [this] { finish(Output::Print); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { finish(Output::Pdf); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setSections(chosen);
}

void BoardPackDialog::finish(Output output)
{
    m_output = output;
    accept();
}

QCheckBox *BoardPackDialog::sectionBox(Kind kind) const
{
    return m_boxes.value(BoardPackSection::all().indexOf(kind));
}

QList<Kind> BoardPackDialog::sections() const
{
    QList<Kind> result;
    const QList<Kind> all = BoardPackSection::all();
    for (int i = 0; i < all.size(); ++i) {
        if (m_boxes.at(i)->isChecked())
            result.append(all.at(i));
    }
    return result;
}

void BoardPackDialog::setSections(const QList<Kind> &sections)
{
    const QList<Kind> all = BoardPackSection::all();
    for (int i = 0; i < all.size(); ++i)
        m_boxes.at(i)->setChecked(sections.contains(all.at(i)));
    updateButtons();
}

bool BoardPackDialog::drilledTables() const
{
    return m_tables->isChecked();
}

void BoardPackDialog::updateButtons()
{
    const bool any = !sections().isEmpty();
    m_preview->setEnabled(any);
    m_print->setEnabled(any);
    m_pdf->setEnabled(any);
}

} // namespace milepost
