# SPDX-License-Identifier: GPL-3.0-or-later
# Every Catch2 test case must be run by ctest. catch_discover_tests registers a test by its name,
# and a ';' in a name splits it into two ctest entries that match no test case and pass without
# running anything. This fails when a TEST_CASE name holds a ';'.
#   cmake -DROOT=<tests folder> -P testnames.cmake
file(GLOB_RECURSE sources "${ROOT}/*.cpp")
set(bad "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "TEST_CASE\\(\"[^\"]*;")
    foreach(line IN LISTS lines)
        list(APPEND bad "${source}: ${line}")
    endforeach()
endforeach()
if(bad)
    list(JOIN bad "\n" text)
    message(FATAL_ERROR "test case names with ';' (ctest would run none of them):\n${text}")
endif()
list(LENGTH sources count)
message(STATUS "${count} test sources, no test case name with ';'")
