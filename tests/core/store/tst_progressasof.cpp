// SPDX-License-Identifier: GPL-3.0-or-later
// The state as of a date, replayed from a scripted history and checked against values worked
// out by hand; the changes between two dates.
#include "progressfixture.h"

using namespace milepost;
using namespace milepost::test;
using Field = ProgressField::Id;

namespace {

// The script, in the order it is entered. U4 is entered after U3 but speaks for Feb 15: a
// correction about mid-February.
//   U1 2024-01-31  status not_started, owner Ana, office HR, note "Kickoff planned."
//   U2 2024-02-29  status on_track, percent 10, actual start 2024-02-12
//   U3 2024-03-31  status at_risk, percent 35, note "Vendor is late."
//   U4 2024-02-15  percent 5, owner Ben
//   U5 2024-04-30  status done, percent 100, actual end 2024-04-22
struct Scripted
{
    ProgressStore store;
    qint64 id = 0;
    QList<qint64> entries; // U1..U5's journal ids

    Scripted()
    {
        id = store.ids.at(0);
        ProgressRepository &p = *store.progress;
        entries << recordProgress(p, id, QDate(2024, 1, 31),
                                  {{Field::Status, QStringLiteral("not_started")}, {Field::Owner, QStringLiteral("Ana")},
                                   {Field::Office, QStringLiteral("HR")}},
                                  QStringLiteral("Kickoff planned."))
                       .entryId;
        entries << recordProgress(p, id, QDate(2024, 2, 29),
                                  {{Field::Status, QStringLiteral("on_track")}, {Field::Percent, QStringLiteral("10")},
                                   {Field::ActualStart, QStringLiteral("2024-02-12")}})
                       .entryId;
        entries << recordProgress(p, id, QDate(2024, 3, 31),
                                  {{Field::Status, QStringLiteral("at_risk")}, {Field::Percent, QStringLiteral("35")}},
                                  QStringLiteral("Vendor is late."))
                       .entryId;
        entries << recordProgress(p, id, QDate(2024, 2, 15),
                                  {{Field::Percent, QStringLiteral("5")}, {Field::Owner, QStringLiteral("Ben")}})
                       .entryId;
        entries << recordProgress(p, id, QDate(2024, 4, 30),
                                  {{Field::Status, QStringLiteral("done")}, {Field::Percent, QStringLiteral("100")},
                                   {Field::ActualEnd, QStringLiteral("2024-04-22")}})
                       .entryId;
    }

    ProgressState asOf(const QDate &date) const
    {
        QString error;
        const auto state = store.progress->stateAsOf(id, date, &error);
        INFO(error.toStdString());
        REQUIRE(state);
        return state.value();
    }
};

// The expected state: status, percent, actual start, actual end, owner, office (empty: none).
ProgressState expected(qint64 id, const QDate &asOf, const QStringList &values, const QString &note, const QDate &noteAsOf)
{
    ProgressState state;
    state.milestoneId = id;
    state.asOf = asOf;
    for (int i = 0; i < ProgressField::count; ++i)
        state.values[std::size_t(i)] = values.at(i).isEmpty() ? QString() : values.at(i);
    state.note = note;
    state.noteAsOf = noteAsOf;
    return state;
}

QList<qint64> ids(const QList<ProgressEntry> &entries)
{
    QList<qint64> result;
    for (const ProgressEntry &entry : entries)
        result.append(entry.id);
    return result;
}

} // namespace

TEST_CASE("the state as of past dates is what the scripted history gave on each", "[store][progress][asof]")
{
    const Scripted s;
    CHECK_FALSE(s.asOf(QDate(2024, 1, 15)).isRecorded());
    CHECK(s.asOf(QDate(2024, 1, 15)) == expected(s.id, QDate(), {{}, {}, {}, {}, {}, {}}, QString(), QDate()));
    CHECK(s.asOf(QDate(2024, 1, 31))
          == expected(s.id, QDate(2024, 1, 31), {QStringLiteral("not_started"), {}, {}, {}, QStringLiteral("Ana"), QStringLiteral("HR")},
                      QStringLiteral("Kickoff planned."), QDate(2024, 1, 31)));
    // The correction dated Feb 15 counts from Feb 15, though it was entered last but one.
    CHECK(s.asOf(QDate(2024, 2, 20))
          == expected(s.id, QDate(2024, 2, 15), {QStringLiteral("not_started"), QStringLiteral("5"), {}, {}, QStringLiteral("Ben"), QStringLiteral("HR")},
                      QStringLiteral("Kickoff planned."), QDate(2024, 1, 31)));
    CHECK(s.asOf(QDate(2024, 2, 29))
          == expected(s.id, QDate(2024, 2, 29),
                      {QStringLiteral("on_track"), QStringLiteral("10"), QStringLiteral("2024-02-12"), {}, QStringLiteral("Ben"), QStringLiteral("HR")},
                      QStringLiteral("Kickoff planned."), QDate(2024, 1, 31)));
    CHECK(s.asOf(QDate(2024, 4, 29))
          == expected(s.id, QDate(2024, 3, 31),
                      {QStringLiteral("at_risk"), QStringLiteral("35"), QStringLiteral("2024-02-12"), {}, QStringLiteral("Ben"), QStringLiteral("HR")},
                      QStringLiteral("Vendor is late."), QDate(2024, 3, 31)));
    const ProgressState end = expected(
        s.id, QDate(2024, 4, 30),
        {QStringLiteral("done"), QStringLiteral("100"), QStringLiteral("2024-02-12"), QStringLiteral("2024-04-22"), QStringLiteral("Ben"), QStringLiteral("HR")},
        QStringLiteral("Vendor is late."), QDate(2024, 3, 31));
    CHECK(s.asOf(QDate(2024, 5, 1)) == end);

    // The current values are the replay to the end, with the version of five updates.
    QString error;
    ProgressState current = s.store.progress->current(s.id, &error).value();
    CHECK(current.version == 5);
    current.version = 0;
    CHECK(current == end);
    CHECK(s.asOf(QDate()) == end);
}

TEST_CASE("an update dated before a later one records the old value of its own date", "[store][progress][asof]")
{
    const Scripted s;
    QString error;
    const auto history = s.store.progress->history(s.id, &error);
    REQUIRE(history);
    // Newest first by as-of date: U5, U3, U2, U4, U1.
    CHECK(ids(*history) == QList<qint64>{s.entries[4], s.entries[2], s.entries[1], s.entries[3], s.entries[0]});
    const ProgressEntry &u4 = history->at(3);
    CHECK(u4.asOf == QDate(2024, 2, 15));
    CHECK(u4.version == 4);
    // On Feb 15 no percent was recorded yet; the owner was Ana.
    CHECK(u4.changes
          == QList<ProgressEntry::Change>{{Field::Percent, QString(), QStringLiteral("5")},
                                          {Field::Owner, QStringLiteral("Ana"), QStringLiteral("Ben")}});
    // Entered when U3 (Mar 31) had set percent 35: the current percent stayed 35 until U5.
}

TEST_CASE("the changes between two dates take the state of the first to the state of the second", "[store][progress][asof]")
{
    const Scripted s;
    QString error;
    ProgressRepository::Filter filter;
    filter.since = QDate(2024, 2, 29);
    filter.until = QDate(2024, 4, 30);
    CHECK(ids(s.store.progress->entries(filter, &error).value()) == QList<qint64>{s.entries[4], s.entries[2]});
    filter.since = QDate(2024, 1, 31);
    filter.until = QDate(2024, 2, 29);
    CHECK(ids(s.store.progress->entries(filter, &error).value()) == QList<qint64>{s.entries[1], s.entries[3]});
    filter.since = QDate(2024, 4, 30);
    filter.until = QDate();
    CHECK(s.store.progress->entries(filter, &error).value().isEmpty());
    filter.since = QDate();
    filter.until = QDate(2024, 1, 31);
    CHECK(ids(s.store.progress->entries(filter, &error).value()) == QList<qint64>{s.entries[0]});

    // Another milestone's updates are in the list unless one milestone is asked for.
    recordProgress(*s.store.progress, s.store.ids.at(2), QDate(2024, 3, 1), {{Field::Status, QStringLiteral("on_track")}});
    filter = {QDate(2024, 2, 29), QDate(2024, 3, 31), 0};
    CHECK(s.store.progress->entries(filter, &error).value().size() == 2);
    filter.milestoneId = s.id;
    CHECK(ids(s.store.progress->entries(filter, &error).value()) == QList<qint64>{s.entries[2]});
}

TEST_CASE("the states of every milestone as of a date come in one read", "[store][progress][asof]")
{
    const Scripted s;
    recordProgress(*s.store.progress, s.store.ids.at(3), QDate(2024, 3, 1), {{Field::Status, QStringLiteral("off_track")}});
    QString error;
    const auto states = s.store.progress->statesAsOf(QDate(2024, 3, 1), &error);
    REQUIRE(states);
    CHECK(states->size() == 2);
    CHECK(states->value(s.id) == s.asOf(QDate(2024, 3, 1)));
    CHECK(states->value(s.store.ids.at(3)).status() == ProgressStatus::Value::OffTrack);
    CHECK(s.store.progress->statesAsOf(QDate(2024, 1, 1), &error)->isEmpty());
}
