// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "backup/restorebackupaction.h"
#include "backup/restorebackupdialog.h"
#include "store/database.h"
#include "store/databasebackup.h"
#include "store/statement.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QWidget>

using namespace milepost;

namespace {

qint64 plans(Database &database)
{
    Statement count(database.handle(), QStringLiteral("SELECT count(*) FROM plans"));
    REQUIRE(count.step() == Statement::Result::Row);
    return count.columnInt64(0);
}

void addPlan(Database &database, const QString &title)
{
    QString error;
    REQUIRE(Statement::execute(database.handle(),
                               QStringLiteral("INSERT INTO plans (title, source, imported_at) VALUES ('%1', '%1.txt', "
                                              "'2026-12-01T00:00:00Z')")
                                   .arg(title),
                               &error));
}

} // namespace

TEST_CASE("the restore dialog lists the backups newest first and chooses the newest")
{
    QList<DatabaseBackup::Entry> backups(2);
    backups[0].path = QStringLiteral("/b/new.sqlite");
    backups[0].created = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    backups[0].description = QStringLiteral("Before importing staffing from s.csv");
    backups[1].path = QStringLiteral("/b/old.sqlite");
    backups[1].created = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    RestoreBackupDialog dialog(backups);
    auto *list = dialog.findChild<QTreeWidget *>();
    REQUIRE(list);
    CHECK(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(0)->text(1) == backups[0].description);
    CHECK(list->topLevelItem(1)->text(1) == QStringLiteral("(not recorded)"));
    CHECK(dialog.chosenPath() == backups[0].path);
    list->setCurrentItem(list->topLevelItem(1));
    CHECK(dialog.chosenPath() == backups[1].path);
}

TEST_CASE("restoring a backup puts the database back and tells the window to read it again")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("window.sqlite"));
    QString error;
    auto database = Database::open(path, &error);
    REQUIRE(database);
    addPlan(*database, QStringLiteral("first"));
    REQUIRE(database->prepareForChange(QStringLiteral("Before adding a second plan"), &error));
    addPlan(*database, QStringLiteral("second"));
    REQUIRE(plans(*database) == 2);

    QWidget parent;
    RestoreBackupAction action(*database, &parent);
    QSignalSpy restored(&action, &RestoreBackupAction::restored);
    const QList<DatabaseBackup::Entry> backups = DatabaseBackup::list(path);
    REQUIRE(backups.size() == 1);
    REQUIRE(action.restore(backups.first().path, &error));
    CHECK(restored.count() == 1);
    CHECK(plans(*database) == 1);
    // The state before the restore was kept too: the restore can be undone.
    CHECK(DatabaseBackup::list(path).size() == 2);
}
