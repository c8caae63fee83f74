#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (if needed) and runs each for SECONDS (default 900), one after
# the other, then prints what each ran and whether it found a crash.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
#
# BUILD_DIR (default <source>/build-fuzz) is the clang build; SCRATCH (default
# ${TMPDIR:-/tmp}/milepost-fuzz) receives the new corpus entries, the crash artifacts and the
# logs, so that a run never writes into the repository. The seeds in tests/fuzz/corpus are read only.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${BUILD_DIR:-$source_dir/build-fuzz}
scratch=${SCRATCH:-${TMPDIR:-/tmp}/milepost-fuzz}
seconds=${1:-900}
[ $# -gt 0 ] && shift
targets=${*:-fuzz_csv fuzz_planreader fuzz_rowparser fuzz_dates}
# ASan records a 30-frame stack at every allocation and free, only to show where a bad block
# was allocated or freed in a report; the targets allocate on every input, so that bookkeeping
# was a quarter of their time. Errors are found as before, and a crash's own stack is printed in
# full; run an artifact again with ASAN_OPTIONS= (unset) for the allocation stacks.
ASAN_OPTIONS=${ASAN_OPTIONS-malloc_context_size=0}
export ASAN_OPTIONS

# The longest input per target: CSV and rows a dozen records, a plan a few objectives, a date a line or three.
max_len() {
    case $1 in
        fuzz_csv) echo 4096 ;;
        fuzz_planreader) echo 16384 ;;
        fuzz_rowparser) echo 4096 ;;
        fuzz_dates) echo 256 ;;
        *) echo 4096 ;;
    esac
}

if [ ! -f "$build_dir/build.ninja" ] && [ ! -f "$build_dir/Makefile" ]; then
    CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$source_dir" -B "$build_dir" -G Ninja \
        -DMILEPOST_FUZZ=ON -DMILEPOST_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DMILEPOST_VERSION_FROM_GIT=OFF
fi
# shellcheck disable=SC2086 # targets is a list
cmake --build "$build_dir" --target $targets

summary=$scratch/summary.txt
mkdir -p "$scratch"
: >"$summary"
status=0
for target in $targets; do
    corpus=$scratch/corpus/$target
    artifacts=$scratch/artifacts/$target
    log=$scratch/$target.log
    mkdir -p "$corpus" "$artifacts"
    dict=
    [ -f "$here/dict/$target.dict" ] && dict=-dict=$here/dict/$target.dict
    echo "== $target: $seconds s, -max_len=$(max_len "$target"), log in $log"
    started=$(date +%s)
    set +e
    # The first corpus folder takes what is new; the seeds are only read. The subshell's
    # `times` gives the fuzzer's CPU time, so that a rate can be quoted apart from the load.
    # shellcheck disable=SC2086 # dict is empty or one option
    (
        "$build_dir/tests/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 \
            -max_len="$(max_len "$target")" -timeout=10 -rss_limit_mb=2048 $dict \
            -artifact_prefix="$artifacts/" "$corpus" "$here/corpus/$target" >"$log" 2>&1
        fuzzer_code=$?
        times >"$scratch/$target.times"
        exit $fuzzer_code
    )
    code=$?
    set -e
    elapsed=$(($(date +%s) - started))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -n 1)
    # The children's line of `times`: "0m25.21s 0m1.10s" (user, system).
    cpu=$(sed -n 2p "$scratch/$target.times" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); t += p[1] * 60 + p[2] } printf "%.0f", t }')
    per_cpu=$(awk -v runs="${runs:-0}" -v cpu="${cpu:-0}" 'BEGIN { if (cpu > 0) printf "%.0f", runs / cpu; else print "?" }')
    crashes=$(find "$artifacts" -type f | wc -l)
    if [ "$code" -eq 0 ] && [ "$crashes" -eq 0 ]; then
        result="no crash"
    else
        result="CRASH (exit $code): $(find "$artifacts" -type f | head -n 3 | tr '\n' ' ')"
        status=1
    fi
    line="$target: ${runs:-?} inputs in ${elapsed} s (${cpu:-?} s of CPU), ${speed:-?} execs/s, ${per_cpu} per CPU second, peak RSS ${rss:-?} MB, corpus $(find "$corpus" -type f | wc -l) new, $result"
    echo "$line"
    echo "$line" >>"$summary"
done
echo
echo "Summary ($summary):"
cat "$summary"
exit $status
