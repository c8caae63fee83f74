// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"

#include <QCoreApplication>
#include <QString>

namespace milepost {

// A transaction that is rolled back when it goes out of scope without commit(), so an early
// return or an error can never leave half a change behind.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    // Write takes the write lock now, so a busy database fails here, waiting for the busy
    // timeout, rather than half-way through the changes; Read is a consistent snapshot.
    using Mode = Connection::TransactionMode;

    // Begins; isActive() says whether that worked and error() why not.
    explicit Transaction(Connection *db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }

    // On failure the transaction stays open and is rolled back by rollback() or the destructor.
    bool commit();
    void rollback();

private:
    Connection *m_db = nullptr;
    bool m_active = false;
    QString m_error;
};

} // namespace milepost
