// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "export/csvwriter.h"
#include "export/exportfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#endif

using namespace milepost;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Only the files we put there: QSaveFile's temporary files must be gone too.
QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

TEST_CASE("an export appears under its name only when committed", "[export][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    ExportFile file(path);
    QString error;
    REQUIRE(file.open(&error));
    REQUIRE(file.device()->write("a,b\r\n") == 5);
    CHECK_FALSE(QFile::exists(path));
    REQUIRE(file.commit(&error));
    CHECK(contentsOf(path) == QByteArray("a,b\r\n"));
    CHECK(filesIn(dir) == QStringList{QStringLiteral("out.csv")});
}

TEST_CASE("a cancelled export leaves no file and an earlier file untouched", "[export][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
    const QString existing = dir.filePath(QStringLiteral("existing.csv"));
    writeFile(existing, "old contents\r\n");
    {
        ExportFile a(fresh);
        ExportFile b(existing);
        QString error;
        REQUIRE(a.open(&error));
        REQUIRE(b.open(&error));
        a.device()->write("half of it");
        b.device()->write("half of it");
        a.cancel();
        // b is abandoned without commit: the destructor discards it.
    }
    CHECK_FALSE(QFile::exists(fresh));
    CHECK(contentsOf(existing) == QByteArray("old contents\r\n"));
    CHECK(filesIn(dir) == QStringList{QStringLiteral("existing.csv")});
}

TEST_CASE("a path that cannot be written is refused up front with a reason", "[export][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;

    ExportFile missingFolder(dir.filePath(QStringLiteral("no/such/folder/out.csv")));
    CHECK_FALSE(missingFolder.open(&error));
    CHECK(error.contains(QStringLiteral("does not exist")));

    ExportFile folder(dir.path());
    CHECK_FALSE(folder.open(&error));
    CHECK(error.contains(QStringLiteral("folder")));

    ExportFile unnamed{QString()};
    CHECK_FALSE(unnamed.open(&error));
    CHECK(filesIn(dir).isEmpty());
    CHECK_FALSE(error.contains(QLatin1Char('\n')));
}

#ifdef Q_OS_LINUX
// The disk filling up half-way: the file size limit makes the writes fail after 64 KiB.
TEST_CASE("an export that fails half-way leaves no partial file", "[export][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
    const QString existing = dir.filePath(QStringLiteral("existing.csv"));
    writeFile(existing, "old contents\r\n");

    rlimit saved{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 64 * 1024;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &limited) == 0);

    QStringList errors;
    for (const QString &path : {fresh, existing}) {
        ExportFile file(path);
        QString error;
        bool ok = file.open(&error);
        if (ok) {
            CsvWriter writer(file.device());
            for (int i = 0; i < 100000; ++i)
                writer.writeRow({CsvCell::integer(i), CsvCell::text(QStringLiteral("some text, quoted"))});
            ok = writer.finish() && file.commit(&error);
            if (!ok && error.isEmpty())
                error = writer.errorString();
        }
        CHECK_FALSE(ok);
        errors.append(error);
    }

    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    for (const QString &error : std::as_const(errors))
        CHECK(error.contains(QString::fromLocal8Bit(std::strerror(EFBIG))));
    CHECK_FALSE(QFile::exists(fresh));
    CHECK(contentsOf(existing) == QByteArray("old contents\r\n"));
    CHECK(filesIn(dir) == QStringList{QStringLiteral("existing.csv")});
}
#endif

#ifdef Q_OS_LINUX
namespace {

// Writes a short export (it never leaves the write buffer before commit) to path.
bool exportSmall(const QString &path, QString *error)
{
    ExportFile file(path);
    if (!file.open(error))
        return false;
    CsvWriter writer(file.device());
    writer.writeRow({CsvCell::text(QStringLiteral("a")), CsvCell::text(QStringLiteral("b"))});
    if (!writer.finish()) {
        *error = writer.errorString();
        return false;
    }
    return file.commit(error);
}

QString reason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

// The write error of a small export happens in the final flush, inside QSaveFile::commit(),
// which used to forget it and replace the earlier file with an empty one.
TEST_CASE("a small export that fails at the final flush keeps the earlier file", "[export][file][fault]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString existing = dir.filePath(QStringLiteral("existing.csv"));
    writeFile(existing, "old contents\r\n");

    rlimit saved{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 2; // no file may grow past two bytes: every write fails with EFBIG
    REQUIRE(setrlimit(RLIMIT_FSIZE, &limited) == 0);
    QString error;
    const bool ok = exportSmall(existing, &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    CHECK_FALSE(ok);
    INFO(error.toStdString());
    CHECK(error.contains(reason(EFBIG)));
    CHECK_FALSE(error.contains(QStringLiteral("Unknown error")));
    CHECK(contentsOf(existing) == QByteArray("old contents\r\n"));
    CHECK(filesIn(dir) == QStringList{QStringLiteral("existing.csv")});
}

// A real full file system, where the test may mount one (root with CAP_SYS_ADMIN); the test
// above injects the same failure where it may not.
TEST_CASE("an export to a full file system fails with the system's reason", "[export][file][fault]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray mountPoint = QFile::encodeName(dir.path());
    if (::mount("tmpfs", mountPoint.constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=64k") != 0) {
        WARN("no tmpfs mounted (" << std::strerror(errno) << "): covered by the injected failure instead");
        return;
    }
    const QString existing = dir.filePath(QStringLiteral("existing.csv"));
    writeFile(existing, "old contents\r\n");
    {
        QFile filler(dir.filePath(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
    }
    QString error;
    const bool ok = exportSmall(existing, &error);
    const QByteArray after = contentsOf(existing);
    const QStringList files = filesIn(dir);
    REQUIRE(::umount(mountPoint.constData()) == 0);

    CHECK_FALSE(ok);
    CHECK(error.contains(reason(ENOSPC)));
    CHECK(after == QByteArray("old contents\r\n"));
    CHECK(files == (QStringList{QStringLiteral("existing.csv"), QStringLiteral("filler")}));
}

TEST_CASE("an export to /dev/full fails with no space left on device", "[export][file][fault]")
{
    QString error;
    CHECK_FALSE(exportSmall(QStringLiteral("/dev/full"), &error));
    CHECK(error.contains(reason(ENOSPC)));
    CHECK(QFileInfo(QStringLiteral("/dev/full")).exists());
    CHECK_FALSE(QFileInfo(QStringLiteral("/dev/full")).isFile());
}

TEST_CASE("an export to /dev/null writes to it and leaves it a device", "[export][file]")
{
    ExportFile file(QStringLiteral("/dev/null"));
    QString error;
    REQUIRE(file.open(&error));
    CHECK(file.isDirect());
    CHECK(file.device()->write("a,b\r\n") == 5);
    CHECK(file.commit(&error));
    struct stat info{};
    REQUIRE(::stat("/dev/null", &info) == 0);
    CHECK(S_ISCHR(info.st_mode));
}

TEST_CASE("an export to a FIFO writes into the pipe and leaves the pipe", "[export][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QByteArray received;
    std::thread reader([&] {
        QFile pipe(fifo);
        if (pipe.open(QIODevice::ReadOnly))
            received = pipe.readAll();
    });
    QString error;
    const bool ok = exportSmall(fifo, &error);
    reader.join();
    CHECK(ok);
    CHECK(received == QByteArray("\xEF\xBB\xBF" "a,b\r\n")); // with the byte order mark
    struct stat info{};
    REQUIRE(::stat(QFile::encodeName(fifo).constData(), &info) == 0);
    CHECK(S_ISFIFO(info.st_mode));
    CHECK(filesIn(dir) == QStringList{QStringLiteral("pipe")});
}
#endif

#ifdef Q_OS_LINUX
// QPdfWriter and QImage::save do not all check their writes: the failure must still stop the commit.
TEST_CASE("a write failure ignored by the writer still fails the commit", "[export][file][fault]")
{
    ExportFile file(QStringLiteral("/dev/full"));
    QString error;
    REQUIRE(file.open(&error));
    CHECK(file.device()->write("first") == -1);
    file.device()->write("second, unchecked");
    CHECK_FALSE(file.commit(&error));
    CHECK(error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))));
}
#endif
