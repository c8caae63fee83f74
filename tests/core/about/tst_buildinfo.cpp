// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "about/buildinfo.h"

#include <QFile>
#include <QTemporaryDir>

using namespace milepost;

TEST_CASE("the build says its version, the Qt and SQLite in use and where the database is")
{
    CHECK(BuildInfo::version().startsWith(QStringLiteral(MILEPOST_PROJECT_VERSION)));
    CHECK(BuildInfo::qtVersion().startsWith(QString::fromLatin1(qVersion())));
    CHECK(BuildInfo::sqliteVersion().startsWith(QStringLiteral("3.")));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("milepost.sqlite"));
    QStringList lines = BuildInfo::lines(path);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == QStringLiteral("Milepost ") + BuildInfo::version());
    CHECK(lines.at(1) == QStringLiteral("Qt %1, SQLite %2").arg(BuildInfo::qtVersion(), BuildInfo::sqliteVersion()));
    CHECK(lines.at(2).endsWith(QStringLiteral("milepost.sqlite (created on first use)")));

    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    lines = BuildInfo::lines(path);
    CHECK(lines.at(2).endsWith(QStringLiteral("milepost.sqlite")));

    CHECK(BuildInfo::lines(QString()).at(2).contains(QStringLiteral("no data folder")));
}
