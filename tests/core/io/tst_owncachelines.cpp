// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchcompat.h"

#include "io/owncachelines.h"

#include <cstdint>
#include <string>
#include <vector>

using namespace milepost;

namespace {

std::uintptr_t address(const void *pointer)
{
    return reinterpret_cast<std::uintptr_t>(pointer);
}

// The 128-byte lines an object of size bytes at pointer covers, first and last.
std::pair<std::uintptr_t, std::uintptr_t> lines(const void *pointer, std::size_t size)
{
    const std::uintptr_t alignment = OwnCacheLines<int>::alignment;
    return {address(pointer) / alignment, (address(pointer) + size - 1) / alignment};
}

} // namespace

TEST_CASE("an object on cache lines of its own shares none with what is allocated around it", "[io]")
{
    // Small objects, allocated one after the other as a thread's neighbours would be.
    std::vector<std::unique_ptr<char>> before;
    std::vector<OwnCacheLines<int>> owned;
    std::vector<std::unique_ptr<char>> after;
    for (int i = 0; i < 50; ++i) {
        before.push_back(std::make_unique<char>('b'));
        owned.emplace_back(i);
        after.push_back(std::make_unique<char>('a'));
    }
    for (int i = 0; i < 50; ++i) {
        const int &value = *owned[std::size_t(i)];
        CHECK(value == i);
        CHECK(address(&value) % OwnCacheLines<int>::alignment == 0);
        const auto mine = lines(&value, sizeof value);
        for (const auto &other : {before[std::size_t(i)].get(), after[std::size_t(i)].get()}) {
            const auto theirs = lines(other, 1);
            CHECK((theirs.second < mine.first || theirs.first > mine.second));
        }
        // Nor with another owned object.
        if (i > 0) {
            const auto previous = lines(&*owned[std::size_t(i - 1)], sizeof(int));
            CHECK((previous.second < mine.first || previous.first > mine.second));
        }
    }
}

TEST_CASE("an object on cache lines of its own is built from its arguments and used through the holder", "[io]")
{
    OwnCacheLines<std::string> text(3, 'x');
    CHECK(*text == "xxx");
    text->append("yz");
    CHECK(text->size() == 5);
    const OwnCacheLines<std::string> &shown = text;
    CHECK(*shown == "xxxyz");
}
