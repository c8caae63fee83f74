# SPDX-License-Identifier: GPL-3.0-or-later
# milepost_git_version(<var>): the version the program reports. From a git checkout, what
# `git describe --tags --always --dirty` says: a tag such as v0.2.0 gives "0.2.0", a commit past
# it "0.2.0-3-gabc1234"; with no tag, the project version and the commit ("0.1.0-gabc1234"),
# "-dirty" when the work tree has changes. Without git or a checkout, the project version.
# Read when CMake configures: a commit shows after the next configure. Packages keep the project
# version (cmake/Packaging.cmake), which a package manager can order.
function(milepost_git_version out_var)
    set(version "${PROJECT_VERSION}")
    find_package(Git QUIET)
    if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
        execute_process(COMMAND "${GIT_EXECUTABLE}" describe --tags --always --dirty
            WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
            OUTPUT_VARIABLE described OUTPUT_STRIP_TRAILING_WHITESPACE
            RESULT_VARIABLE result ERROR_QUIET)
        if(result EQUAL 0 AND described MATCHES "^v?([0-9]+\\.[0-9]+.*)$")
            set(version "${CMAKE_MATCH_1}")
        elseif(result EQUAL 0 AND NOT described STREQUAL "")
            set(version "${PROJECT_VERSION}-g${described}")
        endif()
    endif()
    set(${out_var} "${version}" PARENT_SCOPE)
endfunction()
