// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "io/memoryrelease.h"

int main(int argc, char *argv[])
{
    milepost::MemoryRelease::returnLargeBlocks();
    milepost::CommandLine commandLine;
    return commandLine.run(argc, argv);
}
