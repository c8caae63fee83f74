// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace milepost {

// One line of "what changed between two dates" (PlanChanges): one kind of change of one
// milestone, or of one objective, from the state at the end of the first date to the state at
// the end of the second.
struct ChangeItem final
{
    // In the order a board reads them.
    enum class Kind {
        Added, // in the plan at the end, not at the start
        Removed, // in the plan at the start, not at the end
        Completed, // recorded Done, or its actual end set, in between
        Rescheduled, // its planned start, end or quarters moved
        StatusChanged, // its recorded status changed (not to Done)
        ObjectiveChanged, // an objective's recorded status or estimated completion changed
        Retitled, // its title changed
        PercentChanged, // its percent complete changed
        OtherChanged, // its actual start, owner or office changed (or an actual end moved)
        NoteOnly, // a note was given and nothing else changed
    };
    static constexpr int kindCount = 10;

    // A field's value at the start and at the end, as canonical text (PlanEditField or
    // ProgressField keys and values); a null value was not recorded (or not in the plan).
    struct Field
    {
        QString key;
        QString oldValue;
        QString newValue;
        bool isPlanField = false; // a PlanEditField; else a ProgressField

        friend bool operator==(const Field &, const Field &) = default;
    };

    // A note given with an update or a plan edit in between.
    struct Note
    {
        QDate asOf;
        QString by;
        QString text;

        friend bool operator==(const Note &, const Note &) = default;
    };

    Kind kind = Kind::NoteOnly;
    qint64 milestoneId = 0; // 0: an objective's change
    QString milestoneTitle; // at the end (at the start when removed)
    QString objectiveTitle;
    QList<Field> fields;
    // Rescheduled: how many days the planned end moved (later is positive). Completed: the
    // actual end's days after the planned end (late is positive). nullopt when a date is not a
    // day, or for other kinds; ObjectiveChanged: the estimated completion's move.
    std::optional<qint64> days;
    QDate latestAsOf; // the latest as-of date of the entries that made the change
    QList<Note> notes;
    // Where it stands in the plan, for ordering: objective and milestone index (at the end, at
    // the start when removed).
    int objectiveIndex = 0;
    int milestoneIndex = 0;

    const Field *field(const QString &key) const
    {
        for (const Field &f : fields) {
            if (f.key == key)
                return &f;
        }
        return nullptr;
    }

    friend bool operator==(const ChangeItem &, const ChangeItem &) = default;
};

} // namespace milepost
