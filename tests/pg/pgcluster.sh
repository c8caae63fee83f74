#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for one test run: initdb and pg_ctl on a Unix socket in DIR,
# no TCP, fsync off. `start` writes DIR/conninfo, which the tests read (MILEPOST_TEST_PG_DIR);
# `stop` stops the server and removes DIR. initdb refuses root, so as root the cluster runs as
# the postgres user. Without the server binaries `start` says so and succeeds, and the tests
# skip; when CI is set it fails instead.
#
#   pgcluster.sh start|stop DIR
set -u
action=$1
dir=$2
bin=${MILEPOST_PG_BIN:-/usr/lib/postgresql/15/bin}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
    fi
    rm -rf "$dir"
}

case $action in
start)
    stop_cluster
    if [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
        echo "PostgreSQL 15 server not found in $bin: the PostgreSQL store tests are skipped (Debian: apt-get install postgresql)"
        if [ -n "${CI:-}" ]; then
            echo "CI is set: a missing PostgreSQL server fails the run"
            exit 1
        fi
        exit 0
    fi
    mkdir -p "$dir" || exit 1
    chmod 700 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$dir" || exit 1
    fi
    if ! as_owner "$bin/initdb" -D "$dir/data" -A trust -U milepost -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log"
        exit 1
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null; then
        cat "$dir/server.log"
        exit 1
    fi
    echo "host=$dir user=milepost dbname=postgres" >"$dir/conninfo"
    echo "PostgreSQL test cluster on $dir"
    ;;
stop)
    stop_cluster
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
