#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# An update sheet import killed with SIGKILL while it writes: no handler runs, so only SQLite's
# transaction stands between the kill and a half-stored sheet. Afterwards every row's update is
# stored or none is (the journal and the current values alike), and the database passes its check.
#   killedprogressimport.sh MILEPOST DATA_DIR WORK_DIR
# The import is caught in the middle: the script polls until the database's write-ahead log has
# grown past 64 KiB (pages of the import's transaction spilling while it writes), then kills.
set -eu
milepost=$1
data=$2
work=$3

# shellcheck source=clitest.sh
. "$(dirname "$0")/clitest.sh"
enter_fresh_folder "$work"

# 12,800 milestones: the LAUSD plan report eighty times (7.5 MB, under the 8 MiB a plan may be).
plan="$data/lausd-100-day-plan-report-2022.txt"
copy=0
: > big.txt
while [ $copy -lt 80 ]; do
    cat "$plan" >> big.txt
    copy=$((copy + 1))
done
"$milepost" import-plan big.txt --db t.db > /dev/null
"$milepost" export --dataset progress-template --csv template.csv --db t.db > /dev/null
rows=$(($(wc -l < template.csv) - 1))
[ "$rows" -ge 10000 ] || fail "the update sheet has only $rows rows"

# Every row filled in: the eight columns to fill are the last ones, empty in the template.
sed 's/,,,,,,,,\(\r\{0,1\}\)$/,On track,40,,,,,Killed import,2022-10-01\1/' template.csv > sheet.csv
filled=$(grep -c ',On track,40,,,,,Killed import,2022-10-01' sheet.csv)
[ "$filled" -eq "$rows" ] || fail "filled in $filled of $rows rows"

"$milepost" import --dataset progress sheet.csv --by tester --db t.db > out.txt 2> err.txt &
pid=$!
caught=no
polls=0
while [ $polls -lt 30000 ]; do
    if ! kill -0 "$pid" 2> /dev/null; then
        break
    fi
    wal=$(stat -c %s t.db-wal 2> /dev/null || echo 0)
    journal=$(stat -c %s t.db-journal 2> /dev/null || echo 0)
    if [ "$wal" -gt 65536 ] || [ "$journal" -gt 65536 ]; then
        kill -KILL "$pid" && caught=yes
        break
    fi
    sleep 0.01
    polls=$((polls + 1))
done
status=0
wait "$pid" || status=$?
echo "exit $status after $polls polls; stdout and stderr:"
cat out.txt err.txt
[ "$caught" = yes ] || fail "the import ended (exit $status) before it could be killed mid-way"
[ "$status" -eq 137 ] || fail "expected exit 137 (SIGKILL), got $status"

"$milepost" db check --db t.db > check.txt || fail "the database fails its integrity check"
entries=$("$milepost" history --json --db t.db | grep -c '"asOf"' || true)
"$milepost" export --dataset progress-template --csv after.csv --db t.db > /dev/null
current=$(grep -c ',On track,40%,,,,,Killed import,' after.csv || true)
case $entries in
    0)
        [ "$current" -eq 0 ] || fail "no update in the journal, but $current milestones show the sheet's values"
        cmp -s template.csv after.csv || fail "nothing stored, but the update sheet exported afterwards differs"
        outcome="none of the $rows updates stored" ;;
    "$rows")
        [ "$current" -eq "$rows" ] || fail "$rows updates in the journal, but $current milestones show the sheet's values"
        outcome="all $rows updates stored (killed after the commit)" ;;
    *)
        fail "$entries of $rows updates in the journal after the kill" ;;
esac
rm -f big.txt sheet.csv template.csv after.csv
echo "killed with SIGKILL mid-import: $outcome; the database passes its check"
