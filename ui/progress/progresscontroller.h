// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changes/planchanges.h"
#include "progress/progressentry.h"
#include "progress/progressstate.h"
#include "progress/progressupdate.h"
#include "progress/recordedprogress.h"
#include "store/progressrepository.h"
#include "store/progresssheetimporter.h"
#include "export/progresstemplateexporter.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

class QUndoStack;

namespace milepost {

// The window's way to the progress store: it reads what the views show and saves every edit at
// once, each in its own short transaction (ProgressRepository::record, or recordAll for a bulk
// edit: one update per milestone, all or none). A saved edit becomes a step on the undo stack;
// undoing it records a new update that restores the earlier values, so the history only grows.
class ProgressController final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool saved = false; // something was stored
        bool unchanged = false; // nothing to store: the values were already so
        bool stale = false; // someone recorded an update since the values were read
        QList<qint64> staleIds; // the milestones someone else updated since
        QString message; // why it was refused; empty when saved or unchanged
    };

    explicit ProgressController(ProgressRepository &repository, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undoStack; }
    // Who the updates say entered them: the login name, unless set.
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }
    // The day that bounds as-of dates (today, unless a test sets it).
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today) { m_today = today; }

    std::optional<QHash<qint64, ProgressState>> statesAsOf(const QDate &asOf, QString *error) const;
    std::optional<ProgressState> current(qint64 milestoneId, QString *error) const;
    std::optional<QList<ProgressEntry>> history(qint64 milestoneId, QString *error) const;
    // What changed after since up to until in plan (its edits) and in the progress recorded.
    std::optional<PlanChanges> changes(const PlanHistory &plan, const QDate &since, const QDate &until, QString *error) const;
    // The whole journal with the plan's ids, for reports.
    std::optional<RecordedProgress> recorded(const QList<QList<qint64>> &milestoneIds, QString *error) const;

    // Saves the updates (enteredBy is filled in when empty) and, when something was stored,
    // pushes an undo step named description.
    Result apply(QList<ProgressUpdate> updates, const QString &description);
    // A filled-in update sheet read for a preview: nothing is stored.
    ProgressSheetImporter::Reading readSheet(const QString &path, const ProgressSheetImporter::Options &options) const;
    // Writes an update sheet of the milestones selection names (ProgressTemplateExporter).
    ProgressTemplateExporter::Result exportSheet(const QString &path, const ProgressTemplateExporter::Selection &selection) const;
    // The owners and offices recorded now, each once (ignoring case), sorted; empty on an error.
    QStringList owners() const;
    QStringList offices() const;
    // Stores what readSheet() found, as one undo step named after the sheet's file.
    Result applySheet(const ProgressSheetImporter::Reading &reading, const QString &fileName);
    // The same without an undo step: what the undo steps themselves use.
    Result write(const QList<ProgressUpdate> &updates, QList<ProgressRepository::RecordResult> *results);
    // While message is not empty (the server cannot be reached), every write is refused with it
    // and nothing is sent to the store.
    void setOffline(const QString &message) { m_offline = message; }
    bool isOffline() const { return !m_offline.isEmpty(); }

    // The milestone's version after this window's last write to it; 0 before one. An undo
    // expects it: any other version means someone else recorded an update since.
    int writtenVersion(qint64 milestoneId) const { return m_writtenVersions.value(milestoneId); }

Q_SIGNALS:
    // Something was stored: the views read again.
    void changed();
    // An undo or redo could not be saved (its step is dropped); message says why.
    void failed(const QString &message);

private:
    ProgressRepository &m_repository;
    QUndoStack *m_undoStack = nullptr;
    QString m_userName;
    QDate m_today;
    QString m_offline;
    QHash<qint64, int> m_writtenVersions;
};

} // namespace milepost
