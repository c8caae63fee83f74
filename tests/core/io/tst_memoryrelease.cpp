// SPDX-License-Identifier: GPL-3.0-or-later
// Large blocks mapped on their own, so that freeing one gives its memory back to the system.
#include "catchcompat.h"

#include "io/memoryrelease.h"

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace milepost;

#if defined(__GLIBC__) && __GLIBC_PREREQ(2, 33)
TEST_CASE("a block of a few MiB is mapped on its own even after a larger one was freed", "[io][memoryrelease]")
{
    MemoryRelease::returnLargeBlocks();
    const auto mapped = [] { return mallinfo2().hblks; };
    // glibc's own rule: freeing a mapped block of 8 MiB would raise the size from which blocks
    // are mapped to 8 MiB, and the next block of 2 MiB would come from the heap.
    void *large = std::malloc(8 * 1024 * 1024);
    REQUIRE(large);
    std::memset(large, 1, 8 * 1024 * 1024);
    std::free(large);
    const std::size_t before = mapped();
    void *next = std::malloc(2 * 1024 * 1024);
    REQUIRE(next);
    CHECK(mapped() == before + 1);
    std::free(next);
    CHECK(mapped() == before);
}
#endif
