// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planedit/planmerge.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace milepost {

class PlanRepository;
struct Plan;

// Before a new edition of the stored plan is stored: what merging it does (new, removed and
// changed milestones, a person's edits kept over the edition's values, objectives), and the
// rename candidates, each with a box to treat the two as the same milestone. The lists follow
// the boxes (preview gives the merge for the renames checked). Import accepts, Cancel rejects.
class PlanMergeDialog final : public QDialog
{
    Q_OBJECT

public:
    using Preview = std::function<PlanMerge(const QList<PlanMerge::Rename> &)>;

    PlanMergeDialog(const QString &fileName, const Preview &preview, QWidget *parent = nullptr);

    // The renames whose boxes are checked.
    QList<PlanMerge::Rename> confirmedRenames() const;
    const PlanMerge &merge() const { return m_merge; }

    QListWidget *candidateList() const { return m_candidates; }
    QTreeWidget *changeTree() const { return m_changes; }

    // Asks about merging plan into the stored plan of its source: the renames confirmed, an
    // empty list when no plan of that source is stored (nothing to ask), nullopt when the
    // person cancelled or the store could not be read (error set then).
    static std::optional<QList<PlanMerge::Rename>> ask(QWidget *parent, const PlanRepository &repository, const Plan &plan,
                                                      QString *error);

private:
    void refresh();

    Preview m_preview;
    PlanMerge m_merge;
    QList<PlanMerge::Candidate> m_offered; // as first offered, without any confirmed
    QLabel *m_summary = nullptr;
    QListWidget *m_candidates = nullptr;
    QTreeWidget *m_changes = nullptr;
};

} // namespace milepost
