// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "datasets/builtinprofiles.h"
#include "store/database.h"
#include "store/profilerepository.h"

using namespace milepost;

TEST_CASE("saved profiles come back as they were saved, and saving again replaces", "[store][profiles]")
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    ProfileRepository repository(*database);

    ImportProfile profile = BuiltInProfiles::nycSca();
    profile.name = QStringLiteral("  NYC with semicolons ");
    profile.builtIn = false;
    profile.delimiter = ';';
    REQUIRE(repository.save(profile, &error));
    auto loaded = repository.profile(QStringLiteral("NYC with semicolons"));
    REQUIRE(loaded);
    profile.name = QStringLiteral("NYC with semicolons");
    CHECK(*loaded == profile);

    profile.decimalSeparator = ',';
    REQUIRE(repository.save(profile, &error));
    CHECK(repository.profiles().size() == 1);
    CHECK(repository.profile(profile.name)->decimalSeparator == ',');

    // Built-in and saved together, found by name.
    CHECK(repository.available(Dataset::CapitalProjects).size() == 3);
    CHECK(repository.available(Dataset::Staffing).size() == 1);
    CHECK(repository.find(BuiltInProfiles::nycScaName)->builtIn);
    CHECK_FALSE(repository.find(profile.name)->builtIn);

    REQUIRE(repository.remove(profile.name, &error));
    CHECK(repository.profiles().isEmpty());
}

TEST_CASE("a profile cannot take a built-in name, be nameless or be unusable", "[store][profiles]")
{
    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), &error);
    REQUIRE(database);
    ProfileRepository repository(*database);

    ImportProfile profile = BuiltInProfiles::nycSca();
    CHECK_FALSE(repository.save(profile, &error));
    CHECK(error.contains(QStringLiteral("built-in")));

    profile.name = QStringLiteral("   ");
    CHECK_FALSE(repository.save(profile, &error));

    profile.name = QStringLiteral("broken");
    profile.removeMapping(QStringLiteral("phase"));
    CHECK_FALSE(repository.save(profile, &error));
    CHECK(error.contains(QStringLiteral("Phase")));
    CHECK(repository.profiles().isEmpty());
}
