// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include "completewritedevice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace milepost {

namespace {

// What an error number means, in the system's words ("No space left on device").
QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

ExportFile::ExportFile(const QString &path)
    : m_path(path)
{
}

ExportFile::~ExportFile()
{
    cancel();
}

QString ExportFile::reasonOf(const QFileDevice &device, int systemError)
{
    const QString reason = device.errorString();
    // QIODevice's default text says nothing a person could act on.
    if (device.error() == QFileDevice::NoError || reason.isEmpty() || reason == QLatin1String("Unknown error"))
        return systemError != 0 ? systemReason(systemError) : tr("the file could not be written completely");
    return reason;
}

QFileDevice *ExportFile::target() const
{
    if (m_direct)
        return m_direct.get();
    return m_file.get();
}

bool ExportFile::fail(const QString &reason, QString *error)
{
    if (error)
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason);
    cancel();
    return false;
}

bool ExportFile::open(QString *error)
{
    if (m_path.isEmpty())
        return fail(tr("no file name given"), error);
    if (isStandardOutput()) {
        m_direct = std::make_unique<QFile>();
        if (!m_direct->open(stdout, QIODevice::WriteOnly))
            return fail(reasonOf(*m_direct), error);
        m_device = std::make_unique<CompleteWriteDevice>(m_direct.get());
        return true;
    }
    const QFileInfo info(m_path); // follows symbolic links
    if (info.isDir())
        return fail(tr("it is a folder"), error);
    if (info.exists() && !info.isFile()) {
        // A device or a pipe: write to it, never put a regular file in its place.
        m_direct = std::make_unique<QFile>(m_path);
        if (!m_direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return fail(reasonOf(*m_direct), error);
        m_device = std::make_unique<CompleteWriteDevice>(m_direct.get());
        return true;
    }
    if (!info.dir().exists())
        return fail(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())), error);
    m_file = std::make_unique<QSaveFile>(m_path);
    // Unbuffered: a write error shows at the write that met it, with its reason, instead of
    // in a flush inside QSaveFile::commit() that forgets it. Callers write in large blocks.
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(reasonOf(*m_file), error);
    m_device = std::make_unique<CompleteWriteDevice>(m_file.get());
    return true;
}

QIODevice *ExportFile::device() const
{
    return m_device.get();
}

bool ExportFile::commit(QString *error)
{
    QFileDevice *const file = target();
    if (!file)
        return fail(tr("the file is not open"), error);
    if (m_device->failed())
        return fail(m_device->errorString(), error);
    // Whatever is still buffered (standard output's stdio buffer) must reach the file now; a
    // failure in QSaveFile::commit()'s own flush would be forgotten (a small export on a full
    // disk replaced the earlier file with an empty one).
    errno = 0;
    if (!file->flush() || file->error() != QFileDevice::NoError)
        return fail(reasonOf(*file, errno), error);
    if (m_direct) {
        if (isStandardOutput() && std::fflush(stdout) != 0)
            return fail(systemReason(errno), error);
        m_device.reset();
        m_direct.reset();
        return true;
    }
#ifdef Q_OS_UNIX
    // A file system may only report the full disk when the data reach it (NFS, quotas).
    if (::fsync(m_file->handle()) != 0 && errno != EINVAL && errno != EROFS)
        return fail(systemReason(errno), error);
#endif
    m_device.reset();
    errno = 0;
    if (!m_file->commit())
        return fail(reasonOf(*m_file, errno), error);
    m_file.reset();
    return true;
}

void ExportFile::cancel()
{
    m_device.reset();
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile removes its temporary file
    }
    m_direct.reset();
}

} // namespace milepost
