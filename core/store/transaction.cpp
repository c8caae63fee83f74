// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

namespace milepost {

Transaction::Transaction(Connection *db, Mode mode)
    : m_db(db)
{
    if (!m_db) {
        m_error = tr("no database connection");
        return;
    }
    m_active = m_db->begin(mode, &m_error);
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = tr("no transaction to commit");
        return false;
    }
    m_error.clear();
    if (!m_db->commit(&m_error)) {
        // Some errors (a full disk, an I/O error) have already rolled the transaction back.
        m_active = m_db->inTransaction();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db->rollback();
}

} // namespace milepost
