// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "store/database.h"
#include "store/statement.h"

using namespace milepost;

namespace {

QString row(Statement &statement)
{
    REQUIRE(statement.step() == Statement::Result::Row);
    QString text;
    for (int column = 0; column < 3; ++column)
        text += (statement.columnIsNull(column) ? QStringLiteral("NULL") : statement.columnText(column)) + QLatin1Char('|');
    return text;
}

} // namespace

TEST_CASE("a rewound statement keeps its bindings, a reset one clears them", "[store][statement]")
{
    QString error;
    const auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    Statement statement(database->handle(), QStringLiteral("SELECT ?1, ?2, ?3"));
    REQUIRE(statement.isValid());
    statement.bindInt64(1, 5);
    statement.bindUtf8(2, "text");
    statement.bindNull(3);
    CHECK(row(statement) == QStringLiteral("5|text|NULL|"));

    statement.rewind();
    CHECK(row(statement) == QStringLiteral("5|text|NULL|"));

    // NULL after a value, and a value after NULL, on a statement that was only rewound.
    statement.rewind();
    statement.bindNull(1);
    statement.bindInt64(3, 7);
    CHECK(row(statement) == QStringLiteral("NULL|text|7|"));
    statement.rewind();
    statement.bindNull(1);
    statement.bindNull(3);
    CHECK(row(statement) == QStringLiteral("NULL|text|NULL|"));

    statement.reset();
    CHECK(row(statement) == QStringLiteral("NULL|NULL|NULL|"));
    statement.reset();
    statement.bindDouble(2, 1.5);
    statement.bindNull(2);
    CHECK(row(statement) == QStringLiteral("NULL|NULL|NULL|"));
}

TEST_CASE("a parameter out of range is an error even when bound to NULL", "[store][statement]")
{
    QString error;
    const auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    Statement statement(database->handle(), QStringLiteral("SELECT ?1"));
    statement.bindNull(2);
    CHECK(statement.step() == Statement::Result::Error);
    CHECK_FALSE(statement.error().isEmpty());
}

TEST_CASE("a row of values binds as one call a value would, NULL after a value too", "[store][statement]")
{
    QString error;
    const auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    // ?1 is bound on its own; the row goes to ?2, ?3 and ?4.
    Statement statement(database->handle(), QStringLiteral("SELECT ?1 || '/' || typeof(?2) || '/' || typeof(?3) || '/' "
                                                           "|| typeof(?4), ?2, ?3 || ?4"));
    REQUIRE(statement.isValid());
    auto read = [&] {
        REQUIRE(statement.step() == Statement::Result::Row);
        QString text;
        for (int column = 0; column < 3; ++column)
            text += (statement.columnIsNull(column) ? QStringLiteral("NULL") : statement.columnText(column))
                  + QLatin1Char('|');
        return text;
    };
    const std::string note = "note";
    statement.bindInt64(1, 1);
    const BoundValue first[] = {{BoundValue::Kind::Integer, 42, {}},
                                {BoundValue::Kind::Utf8, 0, std::string_view()},
                                {BoundValue::Kind::Utf8, 0, note}};
    statement.bindRow(2, first);
    // An empty text is text, not NULL.
    CHECK(read() == QStringLiteral("1/integer/text/text|42|note|"));

    // Rewound, every value changes: NULL where there were values, and back.
    statement.rewind();
    const BoundValue second[] = {{BoundValue::Kind::Null, 0, {}},
                                 {BoundValue::Kind::Utf8, 0, note},
                                 {BoundValue::Kind::Null, 0, {}}};
    statement.bindRow(2, second);
    CHECK(read() == QStringLiteral("1/null/text/null|NULL|NULL|"));
    statement.rewind();
    statement.bindRow(2, second);
    CHECK(read() == QStringLiteral("1/null/text/null|NULL|NULL|"));
    statement.rewind();
    statement.bindRow(2, first);
    CHECK(read() == QStringLiteral("1/integer/text/text|42|note|"));

    // One value too many is an error, as binding it alone would be.
    statement.rewind();
    const BoundValue tooMany[] = {{}, {}, {}, {}};
    statement.bindRow(2, tooMany); // ?2 to ?5
    CHECK(statement.step() == Statement::Result::Error);
    CHECK_FALSE(statement.error().isEmpty());
}
