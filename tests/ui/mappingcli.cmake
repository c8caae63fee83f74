# SPDX-License-Identifier: GPL-3.0-or-later
# milepost import on files that need mapping: optional columns missing, fixed values, codes,
# footers. Included from CMakeLists.txt, inside its if(TARGET milepost), where clidir and
# milepost_cli_test are set.
set(testdata "${PROJECT_SOURCE_DIR}/tests/data")
# A hand-written enrollment file with the required columns only: the built-in profile fits it
# without School, Grade, Unit, Illustrative and Note, and says so.
milepost_cli_test(cli.mapping.optional-fields
    "-DARGS=import|--dataset|enrollment|${testdata}/enrollment-four-columns.csv|--db|${clidir}/optional.sqlite"
    -DREMOVE=${clidir}/optional.sqlite -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=profile milepost-enrollment .*\nNot in the file, left empty: School, Grade, Unit \\(students\\), Illustrative \\(no\\), Note.\n4 rows read: 3 stored, 1 rejected, 0 blank.\n.*line 4, column 4 \\(Count\\): rejected: Count is empty")
