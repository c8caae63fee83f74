// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesystemtype.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_DARWIN) || defined(Q_OS_FREEBSD) || defined(Q_OS_OPENBSD)
#include <sys/mount.h>
#include <sys/param.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

#include <utility>

namespace milepost {

namespace {

// The nearest folder that exists: a database about to be created has no file yet.
QString existingFolder(const QString &path)
{
    QFileInfo info(path);
    QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!folder.isEmpty() && !QFileInfo(folder).isDir()) {
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    return folder;
}

QByteArray fromMountTable(const QString &folder)
{
    return QStorageInfo(folder).fileSystemType();
}

} // namespace

QByteArray FileSystemType::linuxName(quint64 magic)
{
    // From <linux/magic.h> and the file systems' own sources.
    static const std::pair<quint64, const char *> names[] = {
        {0xEF53, "ext4"},         {0x58465342, "xfs"},      {0x9123683E, "btrfs"},    {0x01021994, "tmpfs"},
        {0x858458F6, "ramfs"},    {0x794C7630, "overlay"},  {0x2FC12FC1, "zfs"},      {0xF2F52010, "f2fs"},
        {0x3153464A, "jfs"},      {0x52654973, "reiserfs"}, {0x7366746E, "ntfs"},     {0x5346544E, "ntfs"},
        {0x4D44, "vfat"},         {0x2011BAB0, "exfat"},    {0x482B, "hfsplus"},      {0x0000F15F, "ecryptfs"},
        {0xCA451A4E, "bcachefs"}, {0x73717368, "squashfs"}, {0x6969, "nfs"},          {0x517B, "smbfs"},
        {0xFF534D42, "cifs"},     {0xFE534D42, "smb2"},     {0x5346414F, "afs"},      {0x6B414653, "afs"},
        {0x01021997, "9p"},       {0x00C36400, "ceph"},     {0x01161970, "gfs2"},     {0x7461636F, "ocfs2"},
        {0x0BD00BD0, "lustre"},   {0x47504653, "gpfs"},     {0x564C, "ncpfs"},        {0x73757245, "coda"},
        {0x65735546, "fuse"},
    };
    for (const auto &[number, name] : names) {
        if (number == magic)
            return QByteArray(name);
    }
    return {};
}

QByteArray FileSystemType::of(const QString &path)
{
    const QString folder = existingFolder(path);
    if (folder.isEmpty())
        return {};
#if defined(Q_OS_LINUX)
    struct statfs info {};
    if (statfs(QFile::encodeName(folder).constData(), &info) == 0) {
        const QByteArray name = linuxName(quint64(quint32(info.f_type)));
        // FUSE names its driver only in the mount table ("fuse.sshfs", "fuseblk").
        if (name == "fuse") {
            const QByteArray mounted = fromMountTable(folder);
            return mounted.isEmpty() ? name : mounted;
        }
        if (!name.isEmpty())
            return name;
    }
    return fromMountTable(folder);
#elif defined(Q_OS_DARWIN) || defined(Q_OS_FREEBSD) || defined(Q_OS_OPENBSD)
    struct statfs info {};
    if (statfs(QFile::encodeName(folder).constData(), &info) == 0 && info.f_fstypename[0] != '\0')
        return QByteArray(info.f_fstypename);
    return fromMountTable(folder);
#elif defined(Q_OS_WIN)
    const QString root = QStorageInfo(folder).rootPath();
    const std::wstring rootPath = QDir::toNativeSeparators(root.isEmpty() ? folder : root).toStdWString();
    if (GetDriveTypeW(rootPath.c_str()) == DRIVE_REMOTE)
        return QByteArrayLiteral("remote");
    return fromMountTable(folder);
#else
    return fromMountTable(folder);
#endif
}

} // namespace milepost
