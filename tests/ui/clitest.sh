# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the shell tests of the command line (sourced): a failure's line, and a fresh working
# folder with a home of its own and no display, as runcli.cmake gives the cmake-driven tests.

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Empties and enters WORK_DIR; HOME becomes WORK_DIR/home; the program speaks English.
enter_fresh_folder() {
    rm -rf "$1"
    mkdir -p "$1"
    cd "$1"
    HOME="$1/home"
    export HOME
    mkdir -p "$HOME"
    unset QT_QPA_PLATFORM DISPLAY WAYLAND_DISPLAY || true
    # The messages the tests read are English, whatever the machine's language.
    LANGUAGE=en
    export LANGUAGE
}
