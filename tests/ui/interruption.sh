#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# An import interrupted by a signal while it stores rows: the command says it was interrupted,
# exits 128 + the signal, and the database holds exactly what it held before.
#   interruption.sh MILEPOST DATA_DIR WORK_DIR SIGNAL(INT|TERM)
# The import is caught in the middle: the script waits until the database file has grown by
# several megabytes (rows are being written inside the import's transaction), then signals.
set -eu
milepost=$1
data=$2
work=$3
signal=$4

# shellcheck source=clitest.sh
. "$(dirname "$0")/clitest.sh"
enter_fresh_folder "$work"

# About 160,000 phases: the NYC export twelve times, each copy with its own building codes.
nyc="$data/nyc-sca-capital-project-schedules-and-budgets-2025-spring.csv"
head -n 1 "$nyc" > big.csv
for copy in 1 2 3 4 5 6 7 8 9 10 11 12; do
    tail -n +2 "$nyc" | sed "s/^\([^,]*\),\([^,]*\),/\1,\2X$copy,/" >> big.csv
done

"$milepost" import --dataset staffing "$data/lausd-sample-staffing.csv" --db t.db > /dev/null
"$milepost" import --dataset projects "$data/lausd-sample-capital-projects.csv" --db t.db > /dev/null

snapshot() {
    for dataset in staffing projects phases; do
        "$milepost" export --dataset "$dataset" --csv "$1-$dataset.csv" --db t.db > /dev/null
    done
}
snapshot before
size_before=$(stat -c %s t.db)

"$milepost" import --dataset projects big.csv --db t.db > out.txt 2> err.txt &
pid=$!
caught=no
polls=0
while [ $polls -lt 3000 ]; do
    if ! kill -0 "$pid" 2> /dev/null; then
        break
    fi
    size=$(stat -c %s t.db 2> /dev/null || echo 0)
    if [ -e t.db-journal ] && [ "$size" -gt $((size_before + 4000000)) ]; then
        kill -"$signal" "$pid"
        caught=yes
        break
    fi
    sleep 0.01
    polls=$((polls + 1))
done
status=0
wait "$pid" || status=$?
echo "exit $status; stderr:"
cat err.txt
[ "$caught" = yes ] || fail "the import ended (exit $status) before it could be signalled mid-way"

case $signal in
    INT) expected=130 ;;
    TERM) expected=143 ;;
    *) fail "unknown signal $signal" ;;
esac
[ "$status" -eq "$expected" ] || fail "expected exit $expected, got $status"
grep -q "interrupted; the database was left as it was" err.txt || fail "no interruption message"
[ ! -e t.db-journal ] || fail "a hot journal was left behind"

"$milepost" db check --db t.db > check.txt || fail "the database fails its integrity check"
snapshot after
for dataset in staffing projects phases; do
    cmp -s "before-$dataset.csv" "after-$dataset.csv" || fail "$dataset changed"
done
rm -f big.csv
echo "interrupted with SIG$signal mid-import: exit $status, database unchanged"
