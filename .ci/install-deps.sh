#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Milepost needs to build and test on Debian 12 / Ubuntu 22.04 or newer,
# and nothing when it is all there already. Uses sudo only when not root.
set -euo pipefail

# Every package is named, because --no-install-recommends skips what a -dev package only
# recommends: qt6-charts-dev's CMake files need libqt6opengl6-dev, which qt6-base-dev merely
# recommends. A fresh Debian 12 root (../shared/tools/fresh-machine-check) proves the list.
packages=(
    # build
    g++ cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    libsqlite3-dev libgl-dev libpq-dev
    # translations: lupdate and lrelease (the build), Qt's own Spanish for standard dialogs
    qt6-l10n-tools qt6-translations-l10n
    # tests: Catch2, the sqlite3 tool some tests compare with, PDF pages to text and images,
    # fonts for offscreen rendering and PDFs, validators for the desktop and AppStream files
    catch2 sqlite3 poppler-utils fonts-dejavu-core
    desktop-file-utils appstream
    # the PostgreSQL 15 server the store's tests start a throwaway cluster of (initdb, pg_ctl)
    postgresql
    # packaging (cpack -G DEB reads the shared libraries' package names with dpkg-shlibdeps)
    dpkg-dev file
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
