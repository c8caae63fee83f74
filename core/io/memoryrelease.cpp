// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryrelease.h"

#include <cstdlib> // defines __GLIBC__ with glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace milepost {

void MemoryRelease::returnLargeBlocks()
{
#if defined(__GLIBC__)
    // Setting the threshold also turns off glibc's raising of it.
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
}

} // namespace milepost
