// SPDX-License-Identifier: GPL-3.0-or-later
#include "planmergedialog.h"

#include "common/counttext.h"
#include "planedit/planmergetext.h"
#include "store/planrepository.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace milepost {

PlanMergeDialog::PlanMergeDialog(const QString &fileName, const Preview &preview, QWidget *parent)
    : QDialog(parent)
    , m_preview(preview)
{
    setObjectName(QStringLiteral("planMergeDialog"));
    setWindowTitle(tr("Merge the New Edition"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>“%1” is a new edition of the stored plan.</b> It is merged into it: every recorded "
                                  "update, plan edit and baseline stays with its milestone; a milestone the edition "
                                  "drops is kept with its history, marked removed; changed dates are recorded as plan "
                                  "edits, so the plan as of an earlier day still shows the old ones.")
                                   .arg(fileName.toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);

    m_merge = m_preview({});
    m_offered = m_merge.candidates;
    if (!m_offered.isEmpty()) {
        auto *label = new QLabel(tr("&Rename candidates: a removed and a new milestone (or objective) with alike "
                                    "titles. Check one to treat the two as the same milestone; unchecked, they are "
                                    "stored as removed and new."),
                                 this);
        label->setWordWrap(true);
        layout->addWidget(label);
        m_candidates = new QListWidget(this);
        m_candidates->setObjectName(QStringLiteral("candidateList"));
        m_candidates->setAccessibleName(tr("Rename candidates"));
        for (const PlanMerge::Candidate &candidate : std::as_const(m_offered)) {
            auto *item = new QListWidgetItem(
                (candidate.isObjective() ? tr("Treat as the same objective: %1") : tr("Treat as the same milestone: %1"))
                    .arg(PlanMergeText::candidate(candidate)),
                m_candidates);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_candidates->setMaximumHeight(m_candidates->sizeHintForRow(0) * int(std::min<qsizetype>(m_offered.size(), 5) + 1));
        label->setBuddy(m_candidates);
        layout->addWidget(m_candidates);
        connect(m_candidates, &QListWidget::itemChanged, this, &PlanMergeDialog::refresh);
    }

    auto *changesLabel = new QLabel(tr("&What the import does:"), this);
    layout->addWidget(changesLabel);
    m_changes = new QTreeWidget(this);
    m_changes->setObjectName(QStringLiteral("mergeChanges"));
    m_changes->setAccessibleName(tr("What the import does"));
    m_changes->setColumnCount(2);
    m_changes->setHeaderLabels({tr("Milestone"), tr("Change")});
    m_changes->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_changes->header()->setStretchLastSection(true);
    m_changes->setAlternatingRowColors(true);
    m_changes->setUniformRowHeights(true);
    changesLabel->setBuddy(m_changes);
    layout->addWidget(m_changes, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    refresh();
    m_changes->setColumnWidth(0, 520);
    resize(980, 640);
    (m_candidates ? static_cast<QWidget *>(m_candidates) : m_changes)->setFocus();
}

QList<PlanMerge::Rename> PlanMergeDialog::confirmedRenames() const
{
    QList<PlanMerge::Rename> renames;
    for (qsizetype i = 0; m_candidates && i < m_offered.size(); ++i) {
        if (m_candidates->item(int(i))->checkState() == Qt::Checked)
            renames.append({m_offered.at(i).oldTitle, m_offered.at(i).newTitle});
    }
    return renames;
}

void PlanMergeDialog::refresh()
{
    m_merge = m_preview(confirmedRenames());
    QStringList summary{PlanMergeText::editionSum(m_merge), PlanMergeText::storedSum(m_merge)};
    if (m_merge.changesNothing())
        summary.append(tr("The new edition changes nothing in the plan."));
    if (const qsizetype clashes = m_merge.clashCount())
        summary.append(tr("%n value(s) a person edited stay as the person set them; the edition's value is listed.", "",
                          int(clashes)));
    m_summary->setText(summary.join(u'\n'));

    m_changes->clear();
    auto group = [this](const QString &title, qsizetype count) {
        auto *item = new QTreeWidgetItem(m_changes, {title.arg(count)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        return item;
    };
    auto add = [](QTreeWidgetItem *parent, const PlanMerge::Milestone &milestone, const QString &change) {
        auto *item = new QTreeWidgetItem(parent, {PlanMergeText::milestoneName(milestone), change});
        item->setToolTip(0, item->text(0));
        item->setToolTip(1, change);
    };
    if (!m_merge.added.isEmpty()) {
        QTreeWidgetItem *parent = group(tr("New milestones (%1)"), m_merge.added.size());
        for (const PlanMerge::Milestone &milestone : std::as_const(m_merge.added))
            add(parent, milestone, tr("added"));
    }
    if (!m_merge.removed.isEmpty()) {
        QTreeWidgetItem *parent = group(tr("Removed, kept with their history (%1)"), m_merge.removed.size());
        for (const PlanMerge::Milestone &milestone : std::as_const(m_merge.removed))
            add(parent, milestone, tr("marked removed"));
    }
    if (!m_merge.returned.isEmpty()) {
        QTreeWidgetItem *parent = group(tr("Back in the plan (%1)"), m_merge.returned.size());
        for (const PlanMerge::Milestone &milestone : std::as_const(m_merge.returned))
            add(parent, milestone, tr("back, with its history"));
    }
    if (!m_merge.changed.isEmpty()) {
        QTreeWidgetItem *parent = group(tr("Changed dates and titles, recorded as plan edits (%1)"), m_merge.changed.size());
        for (const PlanMerge::Milestone &milestone : std::as_const(m_merge.changed))
            add(parent, milestone, PlanMergeText::editionChanges(milestone));
    }
    if (const qsizetype clashes = m_merge.clashCount()) {
        QTreeWidgetItem *parent = group(tr("A person's edit kept over the new edition (%1)"), clashes);
        for (const QList<PlanMerge::Milestone> *list : {&m_merge.changed, &m_merge.unchanged, &m_merge.returned, &m_merge.removed}) {
            for (const PlanMerge::Milestone &milestone : *list) {
                for (const PlanMerge::Clash &clash : milestone.clashes)
                    add(parent, milestone, PlanMergeText::clash(clash));
            }
        }
    }
    const qsizetype objectiveCount = m_merge.objectivesAdded.size() + m_merge.objectivesRemoved.size()
        + m_merge.objectivesRenamed.size() + m_merge.statusChanged.size();
    if (objectiveCount > 0) {
        QTreeWidgetItem *parent = group(tr("Objectives (%1)"), objectiveCount);
        auto objective = [parent](const QString &title, const QString &change) {
            auto *item = new QTreeWidgetItem(parent, {title, change});
            item->setToolTip(1, change);
        };
        for (const PlanMerge::ObjectiveChange &change : std::as_const(m_merge.objectivesAdded))
            objective(change.newTitle, tr("new objective"));
        for (const PlanMerge::ObjectiveChange &change : std::as_const(m_merge.objectivesRemoved))
            objective(change.oldTitle, tr("removed, kept with its history"));
        for (const PlanMerge::ObjectiveChange &change : std::as_const(m_merge.objectivesRenamed))
            objective(change.newTitle, tr("renamed from “%1”").arg(change.oldTitle));
        for (const PlanMerge::ObjectiveChange &change : std::as_const(m_merge.statusChanged))
            objective(change.newTitle, tr("status “%1” → “%2”").arg(change.oldStatus, change.newStatus));
    }
    m_changes->expandAll();
}

std::optional<QList<PlanMerge::Rename>> PlanMergeDialog::ask(QWidget *parent, const PlanRepository &repository,
                                                            const Plan &plan, QString *error)
{
    PlanMerge merge;
    bool stored = false;
    if (!repository.previewMerge(plan, {}, &merge, &stored, error))
        return std::nullopt;
    if (!stored)
        return QList<PlanMerge::Rename>();
    QString readError;
    PlanMergeDialog dialog(QFileInfo(plan.source).fileName(),
                           [&repository, &plan, &readError](const QList<PlanMerge::Rename> &renames) {
                               PlanMerge result;
                               bool found = false;
                               if (!repository.previewMerge(plan, renames, &result, &found, &readError))
                                   return PlanMerge();
                               return result;
                           },
                           parent);
    if (dialog.exec() != QDialog::Accepted) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    return dialog.confirmedRenames();
}

} // namespace milepost
