// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

// A device that takes the first capacity bytes and then fails the way a full disk does (a short
// write, then -1, with the system's reason): the injected write failure for writers that
// cannot be given a real full disk.
class FailingDevice final : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }

    const QByteArray &written() const { return m_written; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        const qint64 room = m_capacity - m_written.size();
        if (room <= 0) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        // Like QFile: a short write comes with the reason why.
        const qint64 taken = qMin(room, length);
        m_written.append(data, taken);
        if (taken < length)
            setErrorString(QStringLiteral("No space left on device"));
        return taken;
    }

private:
    qint64 m_capacity = 0;
    QByteArray m_written;
};
