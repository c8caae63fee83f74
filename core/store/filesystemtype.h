// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace milepost {

// The type of the file system a path lives on ("ext4", "nfs", "apfs", "remote"...), as the
// operating system reports it for that path. The mount table (QStorageInfo) is consulted only
// where the system call says nothing useful: inside containers and fresh roots the mount table
// often has no entry for "/", while statfs() still answers.
class FileSystemType final
{
public:
    // An empty result means the type could not be told.
    static QByteArray of(const QString &path);

    // The name Linux gives a statfs() f_type magic number, or empty when it is not one we know.
    // FUSE returns "fuse": its driver (sshfs, ntfs-3g...) is only in the mount table.
    static QByteArray linuxName(quint64 magic);
};

} // namespace milepost
