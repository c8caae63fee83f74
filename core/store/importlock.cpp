// SPDX-License-Identifier: GPL-3.0-or-later
#include "importlock.h"

#include "connection.h"
#include "pgconnection.h"

namespace milepost {

ImportLock::ImportLock(Connection *db, const QString &what)
    : m_db(db)
{
    if (db->engine() != Connection::Engine::PostgreSQL) {
        m_held = true;
        return;
    }
    auto *server = static_cast<PgConnection *>(db);
    PgConnection::LockHolder holder;
    QString problem;
    if (server->tryImportLock(what, &holder, &problem)) {
        m_held = m_taken = true;
        return;
    }
    if (!problem.isEmpty()) {
        m_error = tr("The database could not be locked for the import: %1").arg(problem);
        return;
    }
    if (holder.user.isEmpty()) {
        m_error = tr("Another import or upgrade of this database is running. Nothing was changed; try again when it "
                     "has finished.");
        return;
    }
    m_error = tr("%1 is already importing into this database (%2, since %3). Nothing was changed; try again when "
                 "that import has finished.")
                  .arg(holder.user, holder.what.isEmpty() ? tr("an upgrade or import") : holder.what,
                       holder.since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

ImportLock::~ImportLock()
{
    if (m_taken)
        static_cast<PgConnection *>(m_db)->releaseImportLock();
}

} // namespace milepost
