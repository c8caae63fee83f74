// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets/dataset.h"
#include "datasets/importevent.h"
#include "statement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <string_view>

namespace milepost {

class Database;
struct ImportReport;

// The bookkeeping of one import, inside the import's transaction: the source and the run it
// belongs to, the events of the report, the rows the source no longer has, and the run's
// counts at the end.
class ImportRunLog final
{
    Q_DECLARE_TR_FUNCTIONS(ImportRunLog)

public:
    struct Run
    {
        Dataset::Id dataset = Dataset::Staffing;
        QString source;   // what a re-import refreshes
        QString file;
        QString profile;
        QString encoding;
        QString delimiter;
        QString importedBy; // empty: the login name (currentUser())
    };

    explicit ImportRunLog(Database &database);

    // Adds the source (when new) and the run; false and error() set on failure.
    bool start(const Run &run);
    qint64 sourceId() const { return m_sourceId; }
    qint64 runId() const { return m_runId; }
    // Whether the source had rows stored before this run: if not, every row of the run is new.
    bool sourceHadRows() const { return m_sourceHadRows; }
    const QString &error() const { return m_error; }

    bool add(const ImportEvent &event);
    const QList<ImportEvent> &events() const { return m_events; } // the first ImportReport::maxEvents
    qint64 eventCount() const { return m_eventCount; }

    // Lists as gone, and deletes, the source's rows this run did not see, after copying them
    // (SupersededRows::copyGone); counts them in report.
    bool removeGone(ImportReport *report);
    // Saves report's counts with the run.
    bool save(const ImportReport &report);

    // The login name of who runs Milepost: $USER (%USERNAME% on Windows), else the home folder's name.
    static QString currentUser();

    // A record key as people read it: the parts, stored joined with U+001F, joined with " | ".
    static QString displayKey(std::string_view recordKey);

private:
    bool fail(const QString &message);
    bool addGone(const QString &key, qint64 line);

    Database &m_database;
    Dataset::Id m_dataset = Dataset::Staffing;
    qint64 m_sourceId = 0;
    qint64 m_runId = 0;
    bool m_sourceHadRows = false;
    Statement m_insertEvent;
    QList<ImportEvent> m_events;
    qint64 m_eventCount = 0;
    QString m_error;
};

} // namespace milepost
