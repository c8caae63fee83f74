// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "store/database.h"
#include "store/filesystemtype.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace milepost;

TEST_CASE("statfs magic numbers name local and network file systems")
{
    CHECK(FileSystemType::linuxName(0xEF53) == "ext4");
    CHECK(FileSystemType::linuxName(0x01021994) == "tmpfs");
    CHECK(FileSystemType::linuxName(0x794C7630) == "overlay");
    CHECK(FileSystemType::linuxName(0x6969) == "nfs");
    CHECK(FileSystemType::linuxName(0xFF534D42) == "cifs");
    CHECK(FileSystemType::linuxName(0xFE534D42) == "smb2");
    CHECK(FileSystemType::linuxName(0x65735546) == "fuse");
    CHECK(FileSystemType::linuxName(0x12345678).isEmpty());

    for (const quint64 local : {0xEF53ULL, 0x58465342ULL, 0x9123683EULL, 0x01021994ULL, 0x794C7630ULL}) {
        INFO(local);
        CHECK(Database::canUseWal(FileSystemType::linuxName(local)));
    }
    for (const quint64 network : {0x6969ULL, 0x517BULL, 0xFF534D42ULL, 0xFE534D42ULL, 0x01021997ULL, 0x00C36400ULL}) {
        INFO(network);
        CHECK_FALSE(Database::canUseWal(FileSystemType::linuxName(network)));
    }
    // A Windows network drive, as FileSystemType names it.
    CHECK_FALSE(Database::canUseWal("remote"));
}

TEST_CASE("a file about to be created has the type of the folder it will be in")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray folder = FileSystemType::of(dir.path());
    CHECK(FileSystemType::of(dir.filePath(QStringLiteral("not/yet/made.sqlite"))) == folder);
}

#if defined(Q_OS_LINUX)
TEST_CASE("the type comes from statfs, as stat -f reports it, not only from the mount table")
{
    const QString stat = QStandardPaths::findExecutable(QStringLiteral("stat"));
    if (stat.isEmpty()) {
        WARN("no stat program to compare with; skipped");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QProcess process;
    process.start(stat, {QStringLiteral("-f"), QStringLiteral("-c"), QStringLiteral("%t"), dir.path()});
    REQUIRE(process.waitForFinished());
    bool ok = false;
    const quint64 magic = QString::fromLatin1(process.readAllStandardOutput().trimmed()).toULongLong(&ok, 16);
    REQUIRE(ok);
    const QByteArray expected = FileSystemType::linuxName(magic);
    INFO("temporary folder: statfs magic 0x" << QByteArray::number(magic, 16).toStdString());
    if (expected.isEmpty() || expected == "fuse") {
        WARN("a file system this test has no name for (the mount table decides); skipped");
        return;
    }
    CHECK(FileSystemType::of(dir.path()) == expected);
}
#endif
