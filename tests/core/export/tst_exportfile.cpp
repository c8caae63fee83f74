// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "export/csvwriter.h"
#include "export/exportfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
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
        CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(fresh));
    CHECK(contentsOf(existing) == QByteArray("old contents\r\n"));
    CHECK(filesIn(dir) == QStringList{QStringLiteral("existing.csv")});
}
#endif
