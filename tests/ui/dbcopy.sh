#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# milepost db init / upgrade / copy on both engines: a local file with the plan, the sample
# capital projects and a progress update, copied to a fresh database on the test cluster and
# back into a new file; every table's count is the same in the three, and the refusals (a
# destination that holds data, a missing source) change nothing.
#
#   dbcopy.sh MILEPOST DATA_DIR WORK_DIR PG_DIR
set -u
milepost=$1
data=$2
work=$3
pgdir=$4
. "$(dirname "$0")/clitest.sh"
enter_fresh_folder "$work"

if [ ! -f "$pgdir/conninfo" ]; then
    [ -n "${CI:-}" ] && fail "CI is set but no PostgreSQL test cluster is running"
    echo "SKIPPED: no PostgreSQL test cluster (tests/pg/pgcluster.sh; Debian: postgresql)"
    exit 0
fi
cluster=$(cat "$pgdir/conninfo")
dbname="copy_$(date +%s)_$$"
psql "$cluster" -qc "CREATE DATABASE $dbname" >/dev/null || fail "cannot create the test database"
server="$(echo "$cluster" | sed "s/dbname=[^ ]*/dbname=$dbname/")"

"$milepost" db init --db "$server" >init.out 2>&1 || fail "db init: $(cat init.out)"
grep -q "Created a Milepost database (PostgreSQL, version" init.out || fail "db init said: $(cat init.out)"
"$milepost" db upgrade --db "$server" >upgrade.out 2>&1 || fail "db upgrade: $(cat upgrade.out)"
grep -q "nothing to do" upgrade.out || fail "db upgrade said: $(cat upgrade.out)"

"$milepost" import-plan "$data/lausd-100-day-plan-report-2022.txt" --db local.sqlite >/dev/null 2>&1 || fail "import-plan"
"$milepost" import --dataset projects "$data/lausd-sample-capital-projects.csv" --db local.sqlite >/dev/null 2>&1 ||
    fail "import projects"
"$milepost" import --dataset staffing "$data/lausd-sample-staffing.csv" --db local.sqlite >/dev/null 2>&1 ||
    fail "import staffing"
"$milepost" update --milestone 1 --status on_track --percent 40 --note "it's 'quoted'; DROP TABLE plans; --" \
    --by "O'Brien" --db local.sqlite >/dev/null 2>&1 || fail "update"

"$milepost" db copy --from local.sqlite --to "$server" >to-server.out 2>&1 || fail "copy to the server: $(cat to-server.out)"
grep -q "every count matches" to-server.out || fail "copy to the server said: $(cat to-server.out)"
"$milepost" db copy --from "$server" --to back.sqlite >to-file.out 2>&1 || fail "copy back: $(cat to-file.out)"

# The per-table counts each copy printed are the same both ways and none is missing.
grep ": [0-9]* rows$" to-server.out >counts-server.txt
grep ": [0-9]* rows$" to-file.out >counts-file.txt
[ "$(wc -l <counts-server.txt)" -eq 29 ] || fail "expected 29 tables: $(cat counts-server.txt)"
cmp -s counts-server.txt counts-file.txt || fail "counts differ: $(diff counts-server.txt counts-file.txt)"
grep -q "^capital_phases: 0 rows$" counts-server.txt && fail "no capital phases were copied"
grep -q "^milestone_updates: 1 rows$" counts-server.txt || fail "the update was not copied: $(cat counts-server.txt)"
# The import kept the plan's dates as its baseline "Imported": one row per milestone.
grep -q "^baseline_milestones: 160 rows$" counts-server.txt || fail "the baseline was not copied: $(cat counts-server.txt)"

# The text comes back unchanged, and the file's content equals the original's table by table.
for table in plans milestones milestone_updates milestone_changes capital_projects capital_phases staffing import_runs; do
    a=$(sqlite3 local.sqlite "SELECT * FROM $table ORDER BY 1, 2, 3" | md5sum)
    b=$(sqlite3 back.sqlite "SELECT * FROM $table ORDER BY 1, 2, 3" | md5sum)
    [ "$a" = "$b" ] || fail "$table differs after the round trip"
done
note=$(sqlite3 back.sqlite "SELECT note FROM milestone_updates")
[ "$note" = "it's 'quoted'; DROP TABLE plans; --" ] || fail "the note came back as: $note"

# The key figures read the same from the server as from the file, plain and filtered (the figures
# are counted in SQL on each engine), and the filters select some of the projects.
same_figures() {
    "$milepost" figures --as-of 2022-10-15 --json "$@" --db local.sqlite >figures-file.json 2>&1 ||
        fail "figures $* on the file: $(cat figures-file.json)"
    "$milepost" figures --as-of 2022-10-15 --json "$@" --db "$server" >figures-server.json 2>&1 ||
        fail "figures $* on the server: $(cat figures-server.json)"
    cmp -s figures-file.json figures-server.json || fail "figures $* differ: $(diff figures-file.json figures-server.json)"
}
same_figures
grep -A2 '"projects": {' figures-file.json | grep -q '"rows": 36,' || fail "the file's figures count no 36 projects"
same_figures --local-district NE
grep -A2 '"projects": {' figures-file.json | grep -q '"rows": 4,' || fail "NE has no 4 projects: $(cat figures-file.json)"
same_figures --school "maclay middle school"
grep -A2 '"projects": {' figures-file.json | grep -q '"rows": 2,' || fail "Maclay has no 2 projects: $(cat figures-file.json)"

# A destination that holds data is refused and left as it was.
before=$(sqlite3 back.sqlite "SELECT count(*) FROM capital_phases")
"$milepost" db copy --from "$server" --to back.sqlite >again.out 2>&1 && fail "a copy into a database with data succeeded"
grep -q "already holds data" again.out || fail "the refusal said: $(cat again.out)"
[ "$(sqlite3 back.sqlite "SELECT count(*) FROM capital_phases")" = "$before" ] || fail "the refused copy changed the file"

# The server's ids continue after the copied ones: a new import there works.
"$milepost" import --dataset enrollment "$data/lausd-sample-enrollment.csv" --db "$server" >enrol.out 2>&1 ||
    fail "import on the server after the copy: $(cat enrol.out)"

psql "$cluster" -qc "DROP DATABASE $dbname" >/dev/null 2>&1
echo "PASS"
