#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the README's first command (install, build, start the app on the bundled data) exactly as
# the README writes it, under a virtual X display, and passes when the main window shows the
# bundled plan. Meant for a brand-new machine:
#   ../shared/tools/fresh-machine-check -- bash .ci/check-first-run.sh
# Installs xvfb and x11-utils (to run and look at the window) if they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# The command is read from the README, so that what is checked is what a newcomer types.
cmd=$(awk '/^Install whatever is missing, build, and start the app/{f=1} f&&/^bash /{print; exit}' README.md)
[ -n "$cmd" ] || { echo "check-first-run: the README's first command was not found"; exit 1; }
case "$cmd" in *build/app/milepost) ;; *) echo "check-first-run: the README's first command does not start the app: $cmd"; exit 1 ;; esac
echo "check-first-run: $cmd"

need=()
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
command -v xwininfo >/dev/null || need+=(x11-utils)
if [ ${#need[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The window's title names the plan it shows: "<plan title> — Milepost". A bare "Milepost" is
# a window without a plan.
timeout_s=${CHECK_FIRST_RUN_TIMEOUT:-3600}
export cmd timeout_s
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    bash -c "$cmd" > /tmp/check-first-run.log 2>&1 &
    pid=$!
    for _ in $(seq "$timeout_s"); do
        title=$(xwininfo -root -tree 2>/dev/null | grep -i "\"[^\"]*plan[^\"]*milepost\"" | sed -E "s/^[^\"]*\"([^\"]*)\".*/\1/" | head -n1)
        if [ -n "$title" ]; then
            echo "check-first-run: the main window is up: $title"
            pkill -x milepost || true
            wait "$pid" 2>/dev/null || true
            exit 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid"; rc=$?
            tail -n 30 /tmp/check-first-run.log
            echo "check-first-run: FAILED: the command ended (exit $rc) before a window showed the plan"
            exit 1
        fi
        sleep 1
    done
    tail -n 30 /tmp/check-first-run.log
    echo "check-first-run: FAILED: no window showing the plan after $timeout_s s"
    exit 1
'
db="$HOME/.local/share/Milepost/Milepost/milepost.sqlite"
[ -f "$db" ] || { echo "check-first-run: FAILED: no database at $db"; exit 1; }
echo "check-first-run: passed; database created at $db"
