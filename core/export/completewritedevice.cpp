// SPDX-License-Identifier: GPL-3.0-or-later
#include "completewritedevice.h"

#include "exportfile.h"

#include <QFileDevice>

#include <cerrno>
#include <cstring>

namespace milepost {

CompleteWriteDevice::CompleteWriteDevice(QFileDevice *target)
    : m_target(target)
{
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 CompleteWriteDevice::readData(char *, qint64)
{
    return -1;
}

qint64 CompleteWriteDevice::writeData(const char *data, qint64 length)
{
    if (m_failed)
        return -1;
    qint64 done = 0;
    while (done < length) {
        errno = 0;
        const qint64 written = m_target->write(data + done, length - done);
        if (written <= 0) {
            const int systemError = errno;
            QString reason = m_target->errorString();
            if (m_target->error() == QFileDevice::NoError || reason == QLatin1String("Unknown error"))
                reason = systemError != 0 ? QString::fromLocal8Bit(std::strerror(systemError))
                                          : ExportFile::tr("the file could not be written completely");
            setErrorString(reason);
            m_failed = true;
            return -1;
        }
        done += written;
    }
    return done;
}

} // namespace milepost
