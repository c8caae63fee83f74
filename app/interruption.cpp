// SPDX-License-Identifier: GPL-3.0-or-later
#include "interruption.h"

#include <atomic>
#include <csignal>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace milepost {

namespace {

std::atomic<int> arrived{0};
std::atomic<int> scopes{0};
// Written once by install(), read by the handler: the line for an immediate exit.
char immediateLine[256] = "milepost: interrupted\n";
std::size_t immediateLength = 22;

extern "C" void onSignal(int number)
{
    arrived.store(number);
    if (scopes.load() > 0)
        return; // the work in the scope stops at its next check and rolls back
#ifdef Q_OS_UNIX
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, immediateLine, immediateLength);
    ::_exit(128 + number);
#else
    std::_Exit(128 + number);
#endif
}

} // namespace

void Interruption::install()
{
    const QByteArray line = (message() + QLatin1Char('\n')).toLocal8Bit().left(int(sizeof immediateLine));
    std::copy(line.cbegin(), line.cend(), immediateLine);
    immediateLength = std::size_t(line.size());
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

bool Interruption::requested()
{
    return arrived.load() != 0;
}

int Interruption::signalNumber()
{
    return arrived.load();
}

QString Interruption::message()
{
    return tr("milepost: interrupted; the database was left as it was");
}

Interruption::Scope::Scope()
{
    ++scopes;
}

Interruption::Scope::~Scope()
{
    --scopes;
}

} // namespace milepost
