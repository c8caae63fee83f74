// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "planedit/planeditfield.h"

using namespace milepost;
using Field = PlanEditField::Id;

namespace {

QString normalised(Field field, const QString &input, QString *reason = nullptr)
{
    QString canonical;
    QString why;
    const bool ok = PlanEditField::normalise(field, input, &canonical, &why);
    if (reason)
        *reason = why;
    return ok ? canonical : QStringLiteral("<refused>");
}

} // namespace

TEST_CASE("plan edit values are read into canonical text", "[planedit]")
{
    CHECK(normalised(Field::Title, QStringLiteral("  Hiring   fairs ")) == QStringLiteral("Hiring fairs"));
    CHECK(normalised(Field::PlannedStart, QStringLiteral("3/5/2024")) == QStringLiteral("2024-03-05"));
    CHECK(normalised(Field::PlannedEnd, QStringLiteral("Q3-24")) == QStringLiteral("2024-Q3"));
    CHECK(normalised(Field::PlannedEnd, QStringLiteral("Ongoing")) == QStringLiteral("Ongoing"));
    CHECK(normalised(Field::Quarters, QStringLiteral("Q4-22, Q3-22 Q3-22")) == QStringLiteral("2022-Q3 2022-Q4"));
    CHECK(normalised(Field::Quarters, QStringLiteral("2023-Q1 2022-Q4")) == QStringLiteral("2022-Q4 2023-Q1"));
    CHECK(normalised(Field::Quarters, QString()) == QStringLiteral(""));
    CHECK(normalised(Field::ObjectiveStatus, QStringLiteral("at risk")) == QStringLiteral("at_risk"));
    CHECK(normalised(Field::ObjectiveStatus, QString()).isNull());
    CHECK(normalised(Field::EstimatedCompletion, QString()) == QStringLiteral(""));
    CHECK_FALSE(normalised(Field::EstimatedCompletion, QString()).isNull());
}

TEST_CASE("plan edit values that cannot be read are refused with a reason", "[planedit]")
{
    QString reason;
    CHECK(normalised(Field::Title, QStringLiteral("   "), &reason) == QStringLiteral("<refused>"));
    CHECK(reason.contains(QStringLiteral("title")));
    CHECK(normalised(Field::PlannedStart, QString(), &reason) == QStringLiteral("<refused>"));
    CHECK(normalised(Field::Quarters, QStringLiteral("Q5-22"), &reason) == QStringLiteral("<refused>"));
    CHECK(normalised(Field::Quarters, QStringLiteral("autumn"), &reason) == QStringLiteral("<refused>"));
    CHECK(normalised(Field::ObjectiveStatus, QStringLiteral("maybe"), &reason) == QStringLiteral("<refused>"));
    CHECK(normalised(Field::Removed, QStringLiteral("gone"), &reason) == QStringLiteral("<refused>"));
}

TEST_CASE("every plan edit field has a key that reads back", "[planedit]")
{
    for (Field field : PlanEditField::all)
        CHECK(PlanEditField::fromKey(PlanEditField::key(field)) == field);
    CHECK_FALSE(PlanEditField::fromKey(QStringLiteral("status")));
}
