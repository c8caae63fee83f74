// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progressfield.h"
#include "progressstatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace milepost {

// What is recorded for one milestone: now (ProgressRepository::current) or as it stood on an
// as-of date (ProgressRepository::stateAsOf, replayed from the journal). Values are canonical
// text (ProgressField); the typed accessors read them.
struct ProgressState final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressState)

public:
    qint64 milestoneId = 0;
    std::array<QString, ProgressField::count> values;
    QString note; // the latest note; empty when none
    QDate noteAsOf; // the as-of date of the update that gave it
    QDate asOf; // the latest as-of date of any update; invalid when nothing is recorded
    // The version a writer must give back (ProgressUpdate::expectedVersion): 0 before the first
    // update. Only current() sets it; a state as of a past date is for reading.
    int version = 0;

    const QString &value(ProgressField::Id field) const { return values[std::size_t(field)]; }
    void setValue(ProgressField::Id field, const QString &canonical) { values[std::size_t(field)] = canonical; }
    bool isRecorded() const { return asOf.isValid(); }

    std::optional<ProgressStatus::Value> status() const;
    std::optional<int> percent() const;
    QDate actualStart() const;
    QDate actualEnd() const;
    const QString &owner() const { return value(ProgressField::Id::Owner); }
    const QString &office() const { return value(ProgressField::Id::Office); }

    // Why these values cannot stand together (an actual end before the actual start); empty
    // when they can.
    QString problem() const;

    friend bool operator==(const ProgressState &, const ProgressState &) = default;
};

} // namespace milepost
