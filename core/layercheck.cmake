# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file under DIR includes a Qt GUI module. <QWidget> already fails to compile in
# core (no QtWidgets include path), but Qt's include root is on the path, so <QtGui/QColor>
# would compile; this closes that door. Run as: cmake -DDIR=<folder> -P layercheck.cmake
if(NOT DIR)
    message(FATAL_ERROR "layercheck.cmake needs -DDIR=<folder>")
endif()
set(gui_modules "QtGui|QtWidgets|QtCharts|QtPrintSupport|QtSvg|QtOpenGL|QtQuick|QtQml|QtGraphs")
file(GLOB_RECURSE sources "${DIR}/*.h" "${DIR}/*.cpp")
set(offenders "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](${gui_modules})[/>\"]")
    if(lines)
        list(APPEND offenders "${source}: ${lines}")
    endif()
endforeach()
if(offenders)
    string(REPLACE ";" "\n  " offenders "${offenders}")
    message(FATAL_ERROR "core must use Qt Core and SQLite only; GUI includes found:\n  ${offenders}")
endif()
