// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace milepost {

// How the process gives memory back. With glibc, a block freed after a large allocation raises
// the size from which malloc maps blocks of their own (up to 32 MiB), so that the next counts'
// lists of a few MiB come from the heap, where a block freed between two still in use is never
// given back: the dashboard's resident memory then grows by a count's lists with every recount.
// returnLargeBlocks() keeps that size at 1 MiB: a block at least that large is mapped on its own
// and given back when freed. Elsewhere it does nothing. Call it once, first thing in main().
class MemoryRelease final
{
public:
    static void returnLargeBlocks();
};

} // namespace milepost
