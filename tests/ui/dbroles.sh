#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# milepost db grant / revoke on the test cluster: a viewer's update refused by the server, an
# editor's recorded under the server's name for it whatever --by says, a revoked editor refused.
#
#   dbroles.sh MILEPOST DATA_DIR WORK_DIR PG_DIR
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
suffix="$(date +%s)_$$"
dbname="roles_$suffix"
viewer="viewer_$suffix"
editor="editor_$suffix"
psql "$cluster" -qc "CREATE DATABASE $dbname" >/dev/null || fail "cannot create the test database"
psql "$cluster" -qc "CREATE ROLE $viewer LOGIN; CREATE ROLE $editor LOGIN" >/dev/null || fail "cannot create roles"
server="$(echo "$cluster" | sed "s/dbname=[^ ]*/dbname=$dbname/")"

"$milepost" db init --db "$server" >init.out 2>&1 || fail "db init: $(cat init.out)"
"$milepost" import-plan "$data/lausd-100-day-plan-report-2022.txt" --db "$server" >/dev/null 2>&1 || fail "import-plan"

"$milepost" db grant "$viewer" viewer --db "$server" >grant.out 2>&1 || fail "grant viewer: $(cat grant.out)"
grep -q "is now a member of milepost_viewer" grant.out || fail "grant said: $(cat grant.out)"
"$milepost" db grant "$editor" editor --db "$server" >grant.out 2>&1 || fail "grant editor: $(cat grant.out)"
"$milepost" db grant "nobody_$suffix" editor --db "$server" >nobody.out 2>&1 && fail "granted to a role that does not exist"
grep -q "has no role" nobody.out || fail "the refusal said: $(cat nobody.out)"
"$milepost" db grant "$editor" superuser --db "$server" >bad.out 2>&1
[ $? -eq 2 ] || fail "an unknown group was not a usage error: $(cat bad.out)"
"$milepost" db grant "$editor" editor --db local.sqlite >file.out 2>&1
[ $? -eq 2 ] || fail "a grant on a file was not a usage error: $(cat file.out)"

# The editor records; the server names the author.
"$milepost" update --milestone 1 --status on_track --by "Forged Name" --db "$server user=$editor" >update.out 2>&1 ||
    fail "the editor's update: $(cat update.out)"
"$milepost" history --milestone 1 --json --db "$server" >history.out 2>&1 || fail "history: $(cat history.out)"
grep -q "\"enteredBy\": \"$editor\"" history.out || fail "the author is not the editor's role: $(cat history.out)"
grep -q "Forged Name" history.out && fail "the forged name was stored"

# The viewer cannot, through Milepost or by hand.
"$milepost" update --milestone 1 --status done --by Someone --db "$server user=$viewer" >viewer.out 2>&1 &&
    fail "the viewer's update succeeded"
grep -q "permission denied" viewer.out || fail "the viewer's refusal said: $(cat viewer.out)"
psql "$server user=$viewer" -qc "UPDATE milestone_progress SET status = 'done'" >byhand.out 2>&1 &&
    fail "the viewer's UPDATE by hand succeeded"
grep -q "permission denied" byhand.out || fail "the UPDATE by hand said: $(cat byhand.out)"

# Revoked, the editor reads no more.
"$milepost" db revoke "$editor" editor --db "$server" >revoke.out 2>&1 || fail "revoke: $(cat revoke.out)"
grep -q "is no longer a member of milepost_editor" revoke.out || fail "revoke said: $(cat revoke.out)"
"$milepost" update --milestone 1 --status done --by Someone --db "$server user=$editor" >revoked.out 2>&1 &&
    fail "the revoked editor's update succeeded"

[ "$(psql "$server" -Atc "SELECT count(*) FROM milestone_updates")" = 1 ] || fail "the refused updates left rows"
psql "$cluster" -qc "DROP DATABASE $dbname" >/dev/null 2>&1
echo "PASS"
