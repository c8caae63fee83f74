// SPDX-License-Identifier: GPL-3.0-or-later
// A bulk edit: one update per milestone, all in one transaction, all stored or none.
#include "progressfixture.h"

using namespace milepost;
using namespace milepost::test;
using Field = ProgressField::Id;
using Outcome = ProgressRepository::RecordResult::Outcome;

namespace {

const QDate today(2024, 12, 31);

QList<qint64> journalCounts(const ProgressStore &store)
{
    return {store.count(QStringLiteral("milestone_updates")), store.count(QStringLiteral("milestone_changes")),
            store.count(QStringLiteral("milestone_progress"))};
}

} // namespace

TEST_CASE("a bulk edit stores one update per milestone in one go", "[store][progress][batch]")
{
    ProgressStore store;
    ProgressRepository &progress = *store.progress;
    recordProgress(progress, store.ids.at(1), QDate(2024, 2, 1), {{Field::Status, QStringLiteral("at risk")}});

    QList<ProgressUpdate> updates;
    for (qint64 id : {store.ids.at(0), store.ids.at(1), store.ids.at(3)})
        updates.append(progressUpdate(progress, id, QDate(2024, 6, 1), {{Field::Status, QStringLiteral("Off track")}}));
    bool recorded = false;
    const auto results = progress.recordAll(updates, today, &recorded);
    CHECK(recorded);
    REQUIRE(results.size() == 3);
    CHECK(results.at(0).outcome == Outcome::Recorded);
    CHECK(results.at(0).version == 1);
    CHECK(results.at(1).version == 2);
    CHECK(results.at(1).changes
          == QList<ProgressEntry::Change>{{Field::Status, QStringLiteral("at_risk"), QStringLiteral("off_track")}});
    CHECK(journalCounts(store) == QList<qint64>{4, 4, 3});
    QString error;
    for (qint64 id : {store.ids.at(0), store.ids.at(1), store.ids.at(3)})
        CHECK(progress.current(id, &error)->status() == ProgressStatus::Value::OffTrack);
    CHECK_FALSE(progress.current(store.ids.at(2), &error)->isRecorded());
}

TEST_CASE("a bulk edit with one stale or unreadable update stores nothing", "[store][progress][batch]")
{
    ProgressStore store;
    ProgressRepository &progress = *store.progress;
    QList<ProgressUpdate> updates;
    for (qint64 id : {store.ids.at(0), store.ids.at(1), store.ids.at(2)})
        updates.append(progressUpdate(progress, id, QDate(2024, 6, 1), {{Field::Owner, QStringLiteral("Ana Ruiz")}}));
    // Someone records on the second milestone after it was read.
    recordProgress(progress, store.ids.at(1), QDate(2024, 5, 1), {{Field::Status, QStringLiteral("on track")}});
    const auto counts = journalCounts(store);

    bool recorded = true;
    auto results = progress.recordAll(updates, today, &recorded);
    CHECK_FALSE(recorded);
    REQUIRE(results.size() == 3);
    CHECK(results.at(1).outcome == Outcome::Stale);
    CHECK(journalCounts(store) == counts);
    QString error;
    CHECK(progress.current(store.ids.at(0), &error)->owner().isNull());

    // An unreadable value is refused before the store is touched.
    updates[1].expectedVersion = 1;
    updates[2].set(Field::Percent, QStringLiteral("140"));
    results = progress.recordAll(updates, today, &recorded);
    CHECK_FALSE(recorded);
    CHECK(results.at(2).outcome == Outcome::Invalid);
    CHECK(results.at(2).error().contains(QStringLiteral("140")));
    CHECK(journalCounts(store) == counts);

    // Put right, the batch goes through whole.
    updates[2].values.remove(Field::Percent);
    results = progress.recordAll(updates, today, &recorded);
    CHECK(recorded);
    CHECK(journalCounts(store) == QList<qint64>{counts.at(0) + 3, counts.at(1) + 3, counts.at(2) + 2});
}
