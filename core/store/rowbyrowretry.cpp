// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowbyrowretry.h"

#include "connection.h"

namespace milepost {

bool RowByRowRetry::copyOrRetry(Connection *db, const std::function<bool(QString *)> &copy,
                                const std::function<bool()> &retry, QString *error)
{
    const QString savepoint = QStringLiteral("bulk_rows");
    if (!db->savepoint(savepoint, error))
        return false;
    QString refused; // names no row: the retry does
    if (copy(&refused))
        return db->releaseSavepoint(savepoint, error);
    if (!db->rollbackToSavepoint(savepoint, error))
        return false;
    // When every row goes in alone (the COPY failed for a reason of its own), the import goes on.
    return retry() && db->releaseSavepoint(savepoint, error);
}

} // namespace milepost
