// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "datasets/recordkey.h"
#include "store/projectidsbykey.h"

#include <vector>

using namespace milepost;

TEST_CASE("every project id is found again by its key's hash, however many were added", "[store][import]")
{
    ProjectIdsByKey ids;
    const auto hashOf = [](qint64 id) { return std::size_t(id) * 0x9E3779B97F4A7C15ull; };
    for (qint64 id = 1; id <= 5000; ++id)
        REQUIRE(ids.insert(hashOf(id), id));
    CHECK(ids.size() == 5000);
    for (qint64 id = 1; id <= 5000; ++id)
        REQUIRE(ids.find(hashOf(id), [id](qint64 candidate) { return candidate == id; }) == id);
    CHECK(ids.find(hashOf(5001), [](qint64) { return true; }) == 0);
    CHECK_FALSE(ids.insert(hashOf(5001), 0)); // below the first id: cannot be kept in 8 bytes
    CHECK(ProjectIdsByKey().find(hashOf(1), [](qint64) { return true; }) == 0);
}

TEST_CASE("projects whose keys share a hash are each offered to the key check, and only they", "[store][import]")
{
    ProjectIdsByKey ids;
    const std::size_t shared = RecordKey::hashOf("K001\x1FRoof");
    ids.insert(shared, 7);
    ids.insert(shared ^ (std::size_t(1) << 63), 8); // the same slots, other bits: must not be offered
    ids.insert(shared, 9);
    ids.insert(shared, 11);
    std::vector<qint64> offered;
    const qint64 found = ids.find(shared, [&](qint64 id) {
        offered.push_back(id);
        return id == 11;
    });
    CHECK(found == 11);
    CHECK(offered == std::vector<qint64>{7, 9, 11});
    CHECK(ids.find(shared, [](qint64) { return false; }) == 0); // the same hash, another key
}
