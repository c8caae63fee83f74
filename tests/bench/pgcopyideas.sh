#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Ways to load a first capital import into PostgreSQL, measured in SQL alone (psql, no Milepost
# client): the server's CPU time (utime + stime of its backend, which the machine's other load
# disturbs less than the wall) for each way against psql's \copy of the same number of rows into
# an untyped table of 14 text columns, each in a new database with Milepost's real schema
# (`milepost db init`). Not a test: it prints figures (README.md here records them).
#
#   tests/bench/pgcopyideas.sh MILEPOST_EXECUTABLE [PROJECTS] [RUNS] [WAYS...]
#
# PROJECTS projects with two phases each (default 65000: 195,000 rows). The ways:
#   base        one COPY per table in one transaction, foreign keys deferred to the commit
#   immediate   the same, foreign keys checked at each statement's end
#   batched     512-row COPYs, a savepoint around each, projects then phases (what Milepost does)
#   batched8k   the same with 8,192-row COPYs
#   binary      base in COPY's binary format
#   staging     COPY into temporary tables, then one INSERT ... SELECT per table
#   nofk        base without the two foreign keys (a bound, not a way: the checks are needed)
#   stmt        the foreign keys replaced by statement-level triggers over the inserted rows
#               (transition tables): parents locked FOR KEY SHARE in one query, orphans found
#               by one anti-join
#   stmtnolock  the same without the lock (another bound: a concurrent delete could orphan rows)
set -u
milepost=$1
projects=${2:-65000}
runs=${3:-3}
shift 3 2>/dev/null || shift $#
ways=${*:-base immediate batched batched8k binary staging nofk stmt stmtnolock}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/mp-copyideas-XXXXXX)
chmod 755 "$work"
cluster=$work/pg
trap 'sh "$here/../pg/pgcluster.sh" stop "$cluster" >/dev/null; rm -rf "$work"' EXIT
sh "$here/../pg/pgcluster.sh" start "$cluster" >/dev/null || exit 1
ci="host=$cluster user=milepost"
cd "$work" || exit 1

fresh() { # database name, with Milepost's schema
    psql "$ci dbname=postgres" -qc "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" 2>/dev/null
    "$milepost" db init --db "$ci dbname=$1" >/dev/null || exit 1
    psql "$ci dbname=$1" -qc "INSERT INTO dataset_sources (id, dataset, name) VALUES (1, 'projects', 'capital.csv')"
}

pcols="id, source_id, record_key, project_key, site_code, school_name, region, board_district, project_type, description, funding, funding_code, source_line, created_run, changed_run, seen_run"
hcols="project_id, phase, occurrence, status, planned_start, planned_start_code, planned_end, planned_end_code, actual_start, actual_start_code, actual_end, actual_end_code, budget, budget_code, estimate, estimate_code, spent, spent_code, percent_complete, percent_complete_code, illustrative, note, source_line, created_run, changed_run, seen_run"

# The rows: NYC-like text of about the export's widths, as COPY text, binary and untyped CSV.
fresh gen
psql "$ci dbname=gen" -q <<SQL
CREATE TEMP TABLE gp AS SELECT i AS id, 1 AS source_id,
  'M' || lpad((i % 997)::text, 3, '0') || '-' || (i / 997) || '|P.S. ' || (i % 500) || '|CIP|Full Program Accessibility ' || i AS record_key,
  'DSF' || (100000 + i) AS project_key, 'M' || lpad((i % 997)::text, 3, '0') || '-' || (i / 997) AS site_code,
  'P.S. ' || (i % 500) || ' Roberto Clemente School' AS school_name,
  (ARRAY['Manhattan', 'Bronx', 'Brooklyn', 'Queens', 'Staten Island'])[1 + i % 5] AS region,
  lpad((i % 32)::text, 2, '0') AS board_district, 'CIP' AS project_type, 'Full Program Accessibility Upgrade ' || i AS description,
  NULL::text AS funding, NULL::text AS funding_code, i + 1 AS source_line, 1 AS created_run, 1 AS changed_run, 1 AS seen_run
  FROM generate_series(1, $projects) i;
CREATE TEMP TABLE gh AS SELECT p.id AS project_id, ph AS phase, 1 AS occurrence, 'In-Progress' AS status,
  2459000 + p.id % 1000 AS ps, NULL::text AS psc, 2459500 + p.id % 1000 AS pe, NULL::text AS pec,
  2459010 + p.id % 1000 AS a_s, NULL::text AS asc_, NULL::bigint AS ae, 'PNS' AS aec,
  100000 * (p.id % 97) AS budget, NULL::text AS bc, 90000 * (p.id % 97) AS est, NULL::text AS ec,
  50000 * (p.id % 97) AS spent, NULL::text AS sc, 5000 AS pc, NULL::text AS pcc, 0 AS ill, NULL::text AS note,
  p.id * 2 AS sl, 1 AS cr, 1 AS chr, 1 AS sr
  FROM gp p, unnest(ARRAY['CONSTRUCTION', 'DESIGN']) ph ORDER BY p.id, ph;
\copy gp TO 'projects.txt'
\copy gh TO 'phases.txt'
INSERT INTO capital_projects ($pcols) SELECT * FROM gp;
INSERT INTO capital_phases ($hcols) SELECT * FROM gh;
\copy capital_projects ($pcols) TO 'projects.bin' WITH (FORMAT binary)
\copy capital_phases ($hcols) TO 'phases.bin' WITH (FORMAT binary)
\copy (SELECT g.site_code, g.school_name, g.region, g.board_district, g.project_type, g.description, h.phase, h.status, '1/2/2021', '5/6/2022', '', '', h.budget::text, h.est::text FROM gp g JOIN gh h ON h.project_id = g.id) TO 'untyped.csv' WITH (FORMAT csv, HEADER true)
SQL

batches() { # rows per COPY -> a script of COPYs, each in a savepoint, projects then their phases
    local n=$1 dir=chunks$1
    mkdir -p $dir && split -l $n -d -a 5 projects.txt $dir/pr. && split -l $n -d -a 5 phases.txt $dir/ph.
    echo "BEGIN; SET CONSTRAINTS ALL DEFERRED;"
    for p in $dir/pr.*; do
        i=$((10#${p##*.}))
        echo "SAVEPOINT b;"; echo "\\copy capital_projects ($pcols) FROM $p"; echo "RELEASE SAVEPOINT b;"
        for j in $((2 * i)) $((2 * i + 1)); do
            f=$(printf "$dir/ph.%05d" $j)
            [ -f "$f" ] && { echo "SAVEPOINT b;"; echo "\\copy capital_phases ($hcols) FROM $f"; echo "RELEASE SAVEPOINT b;"; }
        done
    done
    echo "COMMIT;"
}

load() { # way -> the timed script
    case $1 in
    base | nofk | stmt | stmtnolock)
        printf 'BEGIN; SET CONSTRAINTS ALL DEFERRED;\n\\copy capital_projects (%s) FROM projects.txt\n\\copy capital_phases (%s) FROM phases.txt\nCOMMIT;\n' "$pcols" "$hcols" ;;
    immediate)
        printf 'BEGIN;\n\\copy capital_projects (%s) FROM projects.txt\n\\copy capital_phases (%s) FROM phases.txt\nCOMMIT;\n' "$pcols" "$hcols" ;;
    binary)
        printf 'BEGIN; SET CONSTRAINTS ALL DEFERRED;\n\\copy capital_projects (%s) FROM projects.bin WITH (FORMAT binary)\n\\copy capital_phases (%s) FROM phases.bin WITH (FORMAT binary)\nCOMMIT;\n' "$pcols" "$hcols" ;;
    staging)
        printf 'BEGIN; SET CONSTRAINTS ALL DEFERRED;\nCREATE TEMP TABLE sp ON COMMIT DROP AS SELECT %s FROM capital_projects WITH NO DATA;\nCREATE TEMP TABLE sh ON COMMIT DROP AS SELECT %s FROM capital_phases WITH NO DATA;\n\\copy sp FROM projects.txt\n\\copy sh FROM phases.txt\nINSERT INTO capital_projects (%s) SELECT * FROM sp;\nINSERT INTO capital_phases (%s) SELECT * FROM sh;\nCOMMIT;\n' "$pcols" "$hcols" "$pcols" "$hcols" ;;
    batched) batches 512 ;;
    batched8k) batches 8192 ;;
    esac
}

# Drops the capital tables' two foreign keys (found by what they reference).
dropfks="DO \$\$ DECLARE c record; BEGIN
  FOR c IN SELECT conrelid::regclass AS t, conname FROM pg_constraint WHERE contype = 'f'
           AND conrelid IN ('capital_phases'::regclass, 'capital_projects'::regclass)
           AND confrelid IN ('capital_projects'::regclass, 'dataset_sources'::regclass) LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.t, c.conname);
  END LOOP; END \$\$;"
triggers() { # with or without the lock
    local lockp="" locks=""
    if [ "$1" = lock ]; then
        lockp="PERFORM 1 FROM capital_projects p WHERE p.id IN (SELECT DISTINCT project_id FROM new_rows) FOR KEY SHARE OF p;"
        locks="PERFORM 1 FROM dataset_sources s WHERE s.id IN (SELECT DISTINCT source_id FROM new_rows) FOR KEY SHARE OF s;"
    fi
    cat <<SQL
CREATE FUNCTION phases_have_projects() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN
  $lockp
  IF EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM capital_projects p WHERE p.id = n.project_id)) THEN
    RAISE foreign_key_violation USING MESSAGE = 'a phase without its project'; END IF;
  RETURN NULL; END \$\$;
CREATE TRIGGER phases_have_projects AFTER INSERT ON capital_phases REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION phases_have_projects();
CREATE FUNCTION projects_have_sources() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN
  $locks
  IF EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM dataset_sources s WHERE s.id = n.source_id)) THEN
    RAISE foreign_key_violation USING MESSAGE = 'a project without its source'; END IF;
  RETURN NULL; END \$\$;
CREATE TRIGGER projects_have_sources AFTER INSERT ON capital_projects REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION projects_have_sources();
SQL
}

servercpu() { # script database -> the backend's CPU seconds for the script
    { echo "SELECT pg_backend_pid() AS pid \\gset"; cat "$1"; echo "\\setenv BPID :pid";
      echo "\\! awk '{printf \"%.2f\\n\", (\$14 + \$15) / 100}' /proc/\$BPID/stat"; } >timed.sql
    psql "$ci dbname=$2" -v ON_ERROR_STOP=1 -qAt -f timed.sql 2>&1 | tail -1
}

echo '\copy t FROM untyped.csv WITH (FORMAT csv, HEADER true)' >peer.sql
echo "$projects projects, $((2 * projects)) phases; server CPU seconds (backend utime + stime), $runs runs"
declare -A ours peers
for run in $(seq 1 "$runs"); do
    for way in $ways; do
        fresh x
        case $way in
        nofk) psql "$ci dbname=x" -qc "$dropfks" ;;
        stmt) psql "$ci dbname=x" -qc "$dropfks" && triggers lock | psql "$ci dbname=x" -q ;;
        stmtnolock) psql "$ci dbname=x" -qc "$dropfks" && triggers nolock | psql "$ci dbname=x" -q ;;
        esac
        load "$way" >load.sql
        a=$(servercpu load.sql x)
        rows=$(psql "$ci dbname=x" -qAtc "SELECT (SELECT count(*) FROM capital_projects) + (SELECT count(*) FROM capital_phases)")
        psql "$ci dbname=postgres" -qc "DROP DATABASE IF EXISTS y" -c "CREATE DATABASE y" 2>/dev/null
        psql "$ci dbname=y" -qc "CREATE TABLE t ($(for i in $(seq 1 14); do printf 'c%d text%s' $i "$([ $i -lt 14 ] && echo ,)"; done))"
        b=$(servercpu peer.sql y)
        echo "$way run $run: $a s against \\copy $b s ($rows rows stored)"
        ours[$way]+="$a "
        peers[$way]+="$b "
    done
done
med() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
printf '\n%-12s %12s %12s %8s\n' way "server CPU" "\\copy CPU" ratio
for way in $ways; do
    a=$(echo "${ours[$way]}" | med)
    b=$(echo "${peers[$way]}" | med)
    printf '%-12s %10s s %10s s %8.2f\n' "$way" "$a" "$b" "$(echo "$a / $b" | bc -l)"
done
