#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb, removes everything the build installed, installs the .deb with apt and runs
# the installed program the way a user would. Proves that the package's Depends pull in all it
# needs. It installs and purges packages, so it runs only on a throwaway root:
#   ../shared/tools/fresh-machine-check -- bash .ci/check-package.sh     (about 20 minutes)
# Prints one line a step; stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { echo "check-package: $*"; }
fail() { echo "check-package: FAILED: $*"; exit 1; }
# Runs a command with its output kept in a log, shown only when it fails.
log=$(mktemp)
quiet() { "$@" > "$log" 2>&1 || { tail -n 40 "$log"; fail "$*"; }; }
[ "${CI:-}" = true ] || fail "run on a throwaway root with CI=true (fresh-machine-check sets it): this purges packages"
[ "$(id -u)" = 0 ] || fail "run as root"
export DEBIAN_FRONTEND=noninteractive

step "installing the build dependencies"
quiet bash .ci/install-deps.sh

step "building (Release, no tests)"
quiet cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DMILEPOST_BUILD_TESTS=OFF
quiet cmake --build build

step "making the .deb"
quiet cpack -G DEB -B "$PWD/build" --config build/CPackConfig.cmake
debs=(build/milepost_*.deb)
[ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || fail "expected one build/milepost_*.deb, found: ${debs[*]}"
deb=${debs[0]}
step "made $deb; Depends: $(dpkg-deb -f "$deb" Depends)"

# Everything the build needed goes, and what it pulled in with it: Qt's runtime libraries come
# back only if the package asks for them. The checking tools stay (poppler-utils for pdfinfo,
# desktop-file-utils, appstream).
step "purging the build dependencies"
quiet apt-get purge -y g++ cmake ninja-build pkg-config git dpkg-dev file catch2 sqlite3 \
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libsqlite3-dev libgl-dev
quiet apt-mark auto fonts-dejavu-core
quiet apt-get autoremove --purge -y
for gone in libqt6core6 libqt6gui6 libqt6charts6 libqt6svg6 qt6-base-dev; do
    if [ "$(dpkg-query -W -f='${Status}' "$gone" 2> /dev/null)" = "install ok installed" ]; then
        fail "$gone is still installed after the purge: the check would not prove the Depends"
    fi
done

step "installing $deb with apt (no recommends)"
quiet apt-get install -y --no-install-recommends "./$deb"
[ "$(command -v milepost)" = /usr/bin/milepost ] || fail "milepost is not /usr/bin/milepost: $(command -v milepost)"

# The installed program, in a clean environment and a new home, as a user's first session.
T=$(mktemp -d)
user() { env -i HOME="$T/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
mkdir "$T/home"

version=$(user milepost --version) || fail "milepost --version exited non-zero"
[[ "$version" =~ ^Milepost\ [0-9]+\.[0-9]+ ]] || fail "milepost --version printed: $version"
step "milepost --version: $version"

user milepost import-plan data/lausd-100-day-plan-report-2022.txt --db "$T/p.sqlite" > "$T/import.txt" \
    || fail "milepost import-plan exited non-zero: $(cat "$T/import.txt")"
grep -q '^Imported 42 objectives, 160 milestones' "$T/import.txt" || fail "import-plan did not read 160 milestones: $(head -3 "$T/import.txt")"
step "milepost import-plan: $(head -1 "$T/import.txt")"

user QT_QPA_PLATFORM=offscreen milepost report --pdf "$T/r.pdf" --db "$T/p.sqlite" > "$T/report.txt" 2>&1 \
    || fail "milepost report --pdf exited non-zero: $(cat "$T/report.txt")"
[ -s "$T/r.pdf" ] || fail "milepost report wrote no PDF"
pages=$(pdfinfo "$T/r.pdf" | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -ge 2 ] || fail "pdfinfo reads ${pages:-no} pages in the report"
# Text in the PDF means the offscreen platform found a font.
# (Into a file first: grep -q stops reading early, and pipefail would count pdftotext's SIGPIPE.)
pdftotext "$T/r.pdf" "$T/r.txt"
grep -q 'Milestone report' "$T/r.txt" || fail "no title in the report's text; its fonts: $(pdffonts "$T/r.pdf")"
step "milepost report --pdf: $pages pages, with text"

user milepost export --dataset milestones --csv "$T/m.csv" --db "$T/p.sqlite" > "$T/export.txt" 2>&1 \
    || fail "milepost export exited non-zero: $(cat "$T/export.txt")"
lines=$(wc -l < "$T/m.csv")
head -1 "$T/m.csv" | grep -q 'Milestone,Start,End' || fail "the milestones CSV's header: $(head -1 "$T/m.csv")"
[ "$lines" = 161 ] || fail "the milestones CSV has $lines lines, not a header and 160 milestones"
step "milepost export: a header and 160 milestones"

share=/usr/share
id=io.github.milepost.Milepost
out=$(desktop-file-validate "$share/applications/$id.desktop" 2>&1) && [ -z "$out" ] \
    || fail "desktop-file-validate: $out"
step "desktop-file-validate $share/applications/$id.desktop: clean"
appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml" > "$T/as.txt" 2>&1 \
    || fail "appstreamcli validate: $(cat "$T/as.txt")"
step "appstreamcli validate $share/metainfo/$id.metainfo.xml: $(tail -1 "$T/as.txt")"

for f in icons/hicolor/scalable/apps/$id.svg icons/hicolor/48x48/apps/$id.png \
         icons/hicolor/256x256/apps/$id.png man/man1/milepost.1; do
    [ -s "$share/$f" ] || fail "$share/$f is not installed"
    dpkg -S "$share/$f" > /dev/null 2>&1 || fail "$share/$f does not belong to a package"
done
step "icons and man page installed"

rm -rf "$T" "$log"
step "passed"
