// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

int main(int argc, char *argv[])
{
    milepost::CommandLine commandLine;
    return commandLine.run(argc, argv);
}
