// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace milepost {

ExportFile::ExportFile(const QString &path)
    : m_path(path)
{
}

ExportFile::~ExportFile()
{
    cancel();
}

bool ExportFile::open(QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason);
        m_file.reset();
        m_standardOutput.reset();
        return false;
    };
    if (m_path.isEmpty())
        return fail(tr("no file name given"));
    if (isStandardOutput()) {
        m_standardOutput = std::make_unique<QFile>();
        if (!m_standardOutput->open(stdout, QIODevice::WriteOnly))
            return fail(m_standardOutput->errorString());
        return true;
    }
    const QFileInfo info(m_path);
    if (info.isDir())
        return fail(tr("it is a folder"));
    if (!info.dir().exists())
        return fail(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(m_file->errorString());
    return true;
}

QIODevice *ExportFile::device() const
{
    if (m_standardOutput)
        return m_standardOutput.get();
    return m_file.get();
}

bool ExportFile::commit(QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason);
        cancel();
        return false;
    };
    if (m_standardOutput) {
        const bool flushed = m_standardOutput->flush() && m_standardOutput->error() == QFileDevice::NoError;
        const QString reason = m_standardOutput->errorString();
        m_standardOutput.reset();
        return flushed ? true : fail(reason);
    }
    if (!m_file)
        return fail(tr("the file is not open"));
    if (!m_file->commit()) {
        const QString reason = m_file->errorString();
        return fail(reason.isEmpty() ? tr("the file could not be completed") : reason);
    }
    m_file.reset();
    return true;
}

void ExportFile::cancel()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile removes its temporary file
    }
    m_standardOutput.reset();
}

} // namespace milepost
