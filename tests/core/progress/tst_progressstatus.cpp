// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "progress/progressfield.h"
#include "progress/progressstate.h"
#include "progress/progressstatus.h"

using namespace milepost;

TEST_CASE("every status reads back from its key and its label, in any case and spelling", "[progress][status]")
{
    for (ProgressStatus::Value value : ProgressStatus::all) {
        CHECK(ProgressStatus::parse(ProgressStatus::key(value)) == value);
        CHECK(ProgressStatus::parse(ProgressStatus::label(value)) == value);
        CHECK(ProgressStatus::parse(ProgressStatus::label(value).toUpper()) == value);
    }
    CHECK(ProgressStatus::parse(QStringLiteral("  on-track ")) == ProgressStatus::Value::OnTrack);
    CHECK(ProgressStatus::parse(QStringLiteral("Off Track")) == ProgressStatus::Value::OffTrack);
    CHECK(ProgressStatus::parse(QStringLiteral("canceled")) == ProgressStatus::Value::Cancelled);
    CHECK_FALSE(ProgressStatus::parse(QStringLiteral("finished")));
    CHECK_FALSE(ProgressStatus::parse(QString()));
    CHECK(ProgressStatus::keyList() == QStringLiteral("not_started, on_track, at_risk, off_track, done, deferred, cancelled"));
}

TEST_CASE("done, deferred and cancelled are closed, the others keep a schedule", "[progress][status]")
{
    CHECK(ProgressStatus::isClosed(ProgressStatus::Value::Done));
    CHECK(ProgressStatus::isClosed(ProgressStatus::Value::Deferred));
    CHECK(ProgressStatus::isClosed(ProgressStatus::Value::Cancelled));
    CHECK_FALSE(ProgressStatus::isClosed(ProgressStatus::Value::NotStarted));
    CHECK_FALSE(ProgressStatus::isClosed(ProgressStatus::Value::AtRisk));
}

TEST_CASE("field values are read into canonical text, or refused with a reason", "[progress][field]")
{
    using Field = ProgressField::Id;
    auto read = [](Field field, const QString &input, QString *reason = nullptr) {
        QString canonical;
        QString why;
        const bool ok = ProgressField::normalise(field, input, &canonical, &why);
        if (reason)
            *reason = why;
        return ok ? std::optional<QString>(canonical) : std::nullopt;
    };
    CHECK(read(Field::Status, QStringLiteral("At risk")) == QStringLiteral("at_risk"));
    CHECK(read(Field::Percent, QStringLiteral(" 40% ")) == QStringLiteral("40"));
    CHECK(read(Field::Percent, QStringLiteral("0")) == QStringLiteral("0"));
    CHECK(read(Field::Percent, QStringLiteral("100")) == QStringLiteral("100"));
    CHECK(read(Field::ActualStart, QStringLiteral("2024-02-12")) == QStringLiteral("2024-02-12"));
    CHECK(read(Field::ActualEnd, QStringLiteral("4/22/24")) == QStringLiteral("2024-04-22"));
    CHECK(read(Field::Owner, QStringLiteral("  Ana   Ruiz ")) == QStringLiteral("Ana Ruiz"));
    // Blank clears: a null canonical value.
    const auto cleared = read(Field::Office, QStringLiteral("  "));
    REQUIRE(cleared);
    CHECK(cleared->isNull());

    QString reason;
    CHECK_FALSE(read(Field::Status, QStringLiteral("finished"), &reason));
    CHECK(reason.contains(QStringLiteral("“finished” is not a status")));
    CHECK(reason.contains(QStringLiteral("on_track")));
    CHECK_FALSE(read(Field::Percent, QStringLiteral("140"), &reason));
    CHECK(reason.contains(QStringLiteral("0 to 100")));
    CHECK_FALSE(read(Field::Percent, QStringLiteral("-1")));
    CHECK_FALSE(read(Field::Percent, QStringLiteral("40.5")));
    CHECK_FALSE(read(Field::ActualEnd, QStringLiteral("Q2-24"), &reason));
    CHECK(reason.contains(QStringLiteral("not a day")));
    CHECK_FALSE(read(Field::ActualStart, QStringLiteral("2024-02-30")));
}

TEST_CASE("field keys read back and values display for people", "[progress][field]")
{
    for (ProgressField::Id field : ProgressField::all)
        CHECK(ProgressField::fromKey(ProgressField::key(field)) == field);
    CHECK_FALSE(ProgressField::fromKey(QStringLiteral("note")));
    CHECK(ProgressField::displayValue(ProgressField::Id::Status, QStringLiteral("off_track")) == QStringLiteral("Off track"));
    CHECK(ProgressField::displayValue(ProgressField::Id::Percent, QStringLiteral("35")) == QStringLiteral("35%"));
    CHECK(ProgressField::displayValue(ProgressField::Id::Owner, QString()).isEmpty());
}

TEST_CASE("a state says when its actual end falls before its actual start", "[progress][state]")
{
    ProgressState state;
    state.setValue(ProgressField::Id::ActualStart, QStringLiteral("2024-03-01"));
    CHECK(state.problem().isEmpty());
    state.setValue(ProgressField::Id::ActualEnd, QStringLiteral("2024-03-01"));
    CHECK(state.problem().isEmpty());
    state.setValue(ProgressField::Id::ActualEnd, QStringLiteral("2024-02-28"));
    CHECK(state.problem() == QStringLiteral("the actual end 2024-02-28 is before the actual start 2024-03-01"));
    CHECK(state.actualEnd() == QDate(2024, 2, 28));
    CHECK_FALSE(state.percent());
    state.setValue(ProgressField::Id::Percent, QStringLiteral("0"));
    CHECK(state.percent() == 0);
}
