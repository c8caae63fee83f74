// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace milepost {

// The one scale a person records a milestone's status on. Its keys are what the store, the
// command line and the update sheets use; the labels are what people read.
//   not_started  Not started  work has not begun
//   on_track     On track     begun, and expected to finish as planned
//   at_risk      At risk      begun, and may miss its dates without help
//   off_track    Off track    will miss its dates as planned
//   done         Done         finished (the actual end says when)
//   deferred     Deferred     put off to a later plan; no schedule to keep now
//   cancelled    Cancelled    will not be done
class ProgressStatus final
{
    Q_DECLARE_TR_FUNCTIONS(ProgressStatus)

public:
    enum class Value { NotStarted, OnTrack, AtRisk, OffTrack, Done, Deferred, Cancelled };
    static constexpr int count = 7;
    static constexpr std::array<Value, count> all{Value::NotStarted, Value::OnTrack,  Value::AtRisk,   Value::OffTrack,
                                                  Value::Done,       Value::Deferred, Value::Cancelled};

    static QString key(Value value);
    static QString label(Value value);
    // A key or a label, in English or translated, ignoring case and whether words are joined by
    // spaces, hyphens or underscores: "on_track", "On track", "ON-TRACK". nullopt otherwise.
    static std::optional<Value> parse(const QString &text);
    // Done, Deferred and Cancelled: there is no schedule left to keep.
    static bool isClosed(Value value);
    // "not_started, on_track, ..." for messages that list what is accepted.
    static QString keyList();
};

} // namespace milepost
