// SPDX-License-Identifier: GPL-3.0-or-later
// What changed between two dates, from a plan edit journal and a progress journal written by
// hand; every expected item worked out by hand from the script below.
#include "catchcompat.h"

#include "changes/planchanges.h"
#include "planedit/planeditfield.h"
#include "progress/progressfield.h"

using namespace milepost;
using Kind = ChangeItem::Kind;
using PlanField = PlanEditField::Id;
using Recorded = ProgressField::Id;

namespace {

const QString source = QStringLiteral("plan.txt");

Milestone milestone(const char *title, const QString &start, const QString &end)
{
    Milestone result;
    result.title = QString::fromUtf8(title);
    result.start = PlanDate::parse(start);
    result.end = PlanDate::parse(end);
    return result;
}

// Hiring: 1 Hiring fairs 2024-01-15..2024-06-30, 2 Train mentors 2024-02..2024-05-31, 3 Job
// postings 2024-03-01..2024-04-30. Retention: 4 Exit interviews 2024-03-01..Ongoing, 5 Stay
// interviews 2024-01-01..2024-12-31.
PlanHistory history()
{
    PlanHistory plan;
    plan.imported.source = source;
    Objective hiring;
    hiring.title = QStringLiteral("Hiring");
    hiring.milestones = {milestone("Hiring fairs", QStringLiteral("2024-01-15"), QStringLiteral("2024-06-30")),
                         milestone("Train mentors", QStringLiteral("2024-02"), QStringLiteral("2024-05-31")),
                         milestone("Job postings", QStringLiteral("2024-03-01"), QStringLiteral("2024-04-30"))};
    Objective retention;
    retention.title = QStringLiteral("Retention");
    retention.milestones = {milestone("Exit interviews", QStringLiteral("2024-03-01"), QStringLiteral("Ongoing")),
                            milestone("Stay interviews", QStringLiteral("2024-01-01"), QStringLiteral("2024-12-31"))};
    plan.imported.objectives = {hiring, retention};
    plan.importedIds = {{1, 2, 3}, {4, 5}};
    const ObjectiveKey hiringKey{source, QStringLiteral("Hiring"), QString(), 1};
    const ObjectiveKey retentionKey{source, QStringLiteral("Retention"), QString(), 1};
    qint64 id = 0;
    auto edit = [&](qint64 milestoneId, const ObjectiveKey &objective, const QDate &asOf,
                    QList<PlanEditEntry::Change> changes, const char *note = "") {
        PlanEditEntry entry;
        entry.id = ++id;
        entry.milestoneId = milestoneId;
        entry.objective = objective;
        entry.asOf = asOf;
        entry.enteredBy = QStringLiteral("ana");
        entry.note = QString::fromUtf8(note);
        entry.changes = std::move(changes);
        plan.edits.append(entry);
    };
    // Before the first date: part of the state at the start.
    edit(1, hiringKey, QDate(2024, 3, 1), {{PlanField::PlannedEnd, QStringLiteral("2024-06-30"), QStringLiteral("2024-07-31")}});
    edit(1, hiringKey, QDate(2024, 4, 10), {{PlanField::PlannedEnd, QStringLiteral("2024-07-31"), QStringLiteral("2024-09-30")}},
         "Venue moved.");
    edit(2, hiringKey, QDate(2024, 4, 12), {{PlanField::PlannedEnd, QStringLiteral("2024-05-31"), QStringLiteral("2024-05-15")}});
    edit(10, hiringKey, QDate(2024, 4, 15),
         {{PlanField::Title, QString(), QStringLiteral("Onboarding week")},
          {PlanField::PlannedStart, QString(), QStringLiteral("2024-08-01")},
          {PlanField::PlannedEnd, QString(), QStringLiteral("2024-08-31")},
          {PlanField::Removed, QStringLiteral("yes"), QStringLiteral("no")}});
    edit(3, hiringKey, QDate(2024, 4, 20), {{PlanField::Removed, QStringLiteral("no"), QStringLiteral("yes")}}, "Merged into fairs.");
    edit(4, retentionKey, QDate(2024, 4, 22), {{PlanField::Title, QStringLiteral("Exit interviews"), QStringLiteral("Exit surveys")}});
    edit(0, retentionKey, QDate(2024, 4, 25), {{PlanField::ObjectiveStatus, QString(), QStringLiteral("on_track")}});
    // After the second date: not part of it.
    edit(2, hiringKey, QDate(2024, 5, 5), {{PlanField::PlannedEnd, QStringLiteral("2024-05-15"), QStringLiteral("2024-12-31")}});
    return plan;
}

RecordedProgress progress()
{
    QList<ProgressEntry> journal;
    qint64 id = 0;
    auto update = [&](qint64 milestoneId, const QDate &asOf, QList<ProgressEntry::Change> changes, const char *note = "") {
        ProgressEntry entry;
        entry.id = ++id;
        entry.milestoneId = milestoneId;
        entry.asOf = asOf;
        entry.enteredBy = QStringLiteral("ben");
        entry.note = QString::fromUtf8(note);
        entry.changes = std::move(changes);
        journal.append(entry);
    };
    update(1, QDate(2024, 3, 15), {{Recorded::Status, QString(), QStringLiteral("on_track")}, {Recorded::Percent, QString(), QStringLiteral("20")}});
    update(1, QDate(2024, 4, 5), {{Recorded::Status, QStringLiteral("on_track"), QStringLiteral("at_risk")},
                                  {Recorded::Percent, QStringLiteral("20"), QStringLiteral("30")}}, "Short of staff.");
    update(2, QDate(2024, 4, 20), {{Recorded::Status, QString(), QStringLiteral("done")},
                                   {Recorded::ActualEnd, QString(), QStringLiteral("2024-04-18")},
                                   {Recorded::Percent, QString(), QStringLiteral("100")}});
    update(4, QDate(2024, 4, 25), {}, "Survey drafted.");
    update(5, QDate(2024, 4, 10), {{Recorded::Status, QString(), QStringLiteral("at_risk")}});
    update(5, QDate(2024, 4, 28), {{Recorded::Status, QStringLiteral("at_risk"), QString()}}, "Recorded by mistake.");
    return RecordedProgress({{1, 2, 3}, {4, 5}}, journal);
}

QList<std::pair<Kind, qint64>> kindsAndIds(const PlanChanges &changes)
{
    QList<std::pair<Kind, qint64>> result;
    for (const ChangeItem &item : changes.items())
        result.append({item.kind, item.milestoneId});
    return result;
}

} // namespace

TEST_CASE("the changes between two dates come from both journals, grouped in board order", "[changes]")
{
    const PlanChanges changes = PlanChanges::between(history(), progress(), QDate(2024, 3, 31), QDate(2024, 4, 30));
    const QList<std::pair<Kind, qint64>> expected{
        {Kind::Added, 10},       {Kind::Removed, 3},       {Kind::Completed, 2},        {Kind::Rescheduled, 1},
        {Kind::Rescheduled, 2},  {Kind::StatusChanged, 1}, {Kind::ObjectiveChanged, 0}, {Kind::Retitled, 4},
        {Kind::PercentChanged, 1}, {Kind::NoteOnly, 5},
    };
    CHECK(kindsAndIds(changes) == expected);
    CHECK(changes.progressUpdates() == 5);
    CHECK(changes.planEdits() == 6);
    CHECK(changes.milestoneCount() == 6);
    CHECK(changes.slippedCount() == 1);
    CHECK(changes.summary()
          == QStringLiteral("1 new, 1 removed, 1 completed, 2 with dates moved (1 slipped), 1 status change, "
                            "1 objective changed, 1 renamed, 1 percent change, 1 note only on 6 milestones; "
                            "from 5 progress updates and 6 plan edits."));
}

TEST_CASE("dates moved say by how many days, the largest slip first", "[changes]")
{
    const PlanChanges changes = PlanChanges::between(history(), progress(), QDate(2024, 3, 31), QDate(2024, 4, 30));
    const ChangeItem &fairs = changes.items().at(3);
    REQUIRE(fairs.milestoneId == 1);
    // July 31 to September 30: 31 days of August and 30 of September. The March edit came before.
    CHECK(fairs.days == 61);
    REQUIRE(fairs.fields.size() == 1);
    CHECK(fairs.fields.at(0).oldValue == QStringLiteral("2024-07-31"));
    CHECK(fairs.fields.at(0).newValue == QStringLiteral("2024-09-30"));
    CHECK(fairs.notes == QList<ChangeItem::Note>{{QDate(2024, 4, 10), QStringLiteral("ana"), QStringLiteral("Venue moved.")}});
    CHECK(PlanChanges::describe(fairs).join(QLatin1Char('|')).endsWith(QStringLiteral("(slipped 61 days)")));
    const ChangeItem &mentors = changes.items().at(4);
    CHECK(mentors.days == -16); // May 31 to May 15; the May 5 edit is after the second date
    CHECK(PlanChanges::describe(mentors).join(QLatin1Char('|')).endsWith(QStringLiteral("(pulled in 16 days)")));
}

TEST_CASE("completed work says when it finished against the planned end", "[changes]")
{
    const PlanChanges changes = PlanChanges::between(history(), progress(), QDate(2024, 3, 31), QDate(2024, 4, 30));
    const ChangeItem &done = changes.items().at(2);
    REQUIRE(done.kind == Kind::Completed);
    // Finished April 18; the planned end as of April 30 is May 15 (moved on April 12): 27 days early.
    CHECK(done.days == -27);
    QStringList keys;
    for (const ChangeItem::Field &field : done.fields)
        keys << field.key;
    // The percent of 100 goes with the completion, not in a group of its own.
    CHECK(keys == QStringList{QStringLiteral("status"), QStringLiteral("actual_end"), QStringLiteral("percent")});
    CHECK(changes.count(Kind::PercentChanged) == 1);
    CHECK(PlanChanges::describe(done).constFirst().endsWith(QStringLiteral(", 27 days before its planned end")));
}

TEST_CASE("notes go with the milestone's plan or progress item, and a change undone leaves its note", "[changes]")
{
    const PlanChanges changes = PlanChanges::between(history(), progress(), QDate(2024, 3, 31), QDate(2024, 4, 30));
    auto notesOf = [&](Kind kind, qint64 id) {
        QStringList texts;
        for (const ChangeItem &item : changes.items()) {
            if (item.kind == kind && item.milestoneId == id) {
                for (const ChangeItem::Note &note : item.notes)
                    texts << note.text;
            }
        }
        return texts;
    };
    CHECK(notesOf(Kind::StatusChanged, 1) == QStringList{QStringLiteral("Short of staff.")});
    CHECK(notesOf(Kind::PercentChanged, 1).isEmpty());
    CHECK(notesOf(Kind::Removed, 3) == QStringList{QStringLiteral("Merged into fairs.")});
    // Milestone 4 has no progress item: the update's note goes with its rename.
    CHECK(notesOf(Kind::Retitled, 4) == QStringList{QStringLiteral("Survey drafted.")});
    // Milestone 5's status was recorded and cleared again in between: no change, its note stays.
    CHECK(notesOf(Kind::NoteOnly, 5) == QStringList{QStringLiteral("Recorded by mistake.")});
    const ChangeItem &renamed = changes.items().at(7);
    CHECK(renamed.milestoneTitle == QStringLiteral("Exit surveys"));
    CHECK(renamed.latestAsOf == QDate(2024, 4, 25));
}

TEST_CASE("an objective's recorded status and a removed milestone's last planned end are told", "[changes]")
{
    const PlanChanges changes = PlanChanges::between(history(), progress(), QDate(2024, 3, 31), QDate(2024, 4, 30));
    const ChangeItem &objective = changes.items().at(6);
    CHECK(objective.objectiveTitle == QStringLiteral("Retention"));
    CHECK(PlanChanges::describe(objective) == QStringList{QStringLiteral("Objective status: (none) → On track")});
    const ChangeItem &removed = changes.items().at(1);
    CHECK(removed.milestoneTitle == QStringLiteral("Job postings"));
    CHECK(PlanChanges::describe(removed).constFirst().startsWith(QStringLiteral("Removed from the plan (was to end")));
    const ChangeItem &added = changes.items().at(0);
    CHECK(added.milestoneTitle == QStringLiteral("Onboarding week"));
    CHECK(added.objectiveTitle == QStringLiteral("Hiring"));
}

TEST_CASE("nothing in between is nothing changed, and a filter keeps only what it accepts", "[changes]")
{
    const PlanChanges quiet = PlanChanges::between(history(), progress(), QDate(2024, 5, 5), QDate(2024, 5, 31));
    // The May 5 edit is on the first date: already part of the start.
    CHECK(quiet.isEmpty());
    CHECK(quiet.summary() == QStringLiteral("Nothing changed between these dates."));
    const PlanChanges later = PlanChanges::between(history(), progress(), QDate(2024, 5, 4), QDate(2024, 5, 31));
    REQUIRE(later.items().size() == 1);
    CHECK(later.items().at(0).days == 230); // May 15 to December 31
    const PlanChanges all = PlanChanges::between(history(), progress(), QDate(2024, 3, 31), QDate(2024, 4, 30));
    const PlanChanges hiringOnly = all.filtered([](const ChangeItem &item) { return item.objectiveTitle == QStringLiteral("Hiring"); });
    CHECK(hiringOnly.items().size() == 7);
    CHECK(hiringOnly.count(Kind::Retitled) == 0);
}
