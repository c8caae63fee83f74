# SPDX-License-Identifier: GPL-3.0-or-later
# milepost imports: the list of dataset imports and the removal of one, with what a refresh
# replaced put back. Included from CMakeLists.txt, inside its if(TARGET milepost), where clidir and
# milepost_cli_test are set. The tests build one database step by step: an enrollment file (run 1),
# a staffing file (run 2), a newer enrollment file that refreshes run 1 (run 3).
set(testdata "${PROJECT_SOURCE_DIR}/tests/data")
set(importsdb "${clidir}/imports.sqlite")
milepost_cli_test(cli.imports.setup.enrollment
    "-DARGS=import|--dataset|enrollment|${testdata}/enrollment-four-columns.csv|--db|${importsdb}"
    -DREMOVE=${importsdb} -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=4 rows read: 3 stored, 1 rejected")
milepost_cli_test(cli.imports.setup.staffing
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-no-period.csv|--db|${importsdb}|--value|Period=2019-20|--map|local_district=LD"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=3 rows read: 3 stored")
# Central 2023-24 changed, East gone, West (rejected before) and South new, Central 2024-25 unchanged.
milepost_cli_test(cli.imports.setup.refresh
    "-DARGS=import|--dataset|enrollment|${testdata}/enrollment-four-columns-v2.csv|--db|${importsdb}"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=4 rows read: 4 stored, 0 rejected.*2 new, 1 changed, 1 unchanged, 1 gone")
set_tests_properties(cli.imports.setup.enrollment PROPERTIES FIXTURES_SETUP milepost_imports_1)
set_tests_properties(cli.imports.setup.staffing PROPERTIES FIXTURES_REQUIRED milepost_imports_1
    FIXTURES_SETUP milepost_imports_2)
set_tests_properties(cli.imports.setup.refresh PROPERTIES FIXTURES_REQUIRED milepost_imports_2
    FIXTURES_SETUP milepost_imports_3)

milepost_cli_test(cli.imports.list "-DARGS=imports|--db|${importsdb}" -DEXPECT_EXIT=0 -DEXPECT_NO_STDERR=ON
    "-DEXPECT_STDOUT=^   3  [0-9-]+ [0-9:]+  [^ ]+  enrollment “milepost-enrollment”  4 stored of 4 read\n    enrollment-four-columns-v2.csv\n   2  [^\n]+  staffing “[^”]+”  3 stored of 3 read\n    staffing-no-period.csv\n   1  [^\n]+  enrollment “milepost-enrollment”  3 stored of 4 read \\(refreshed by a later import\\)\n    enrollment-four-columns.csv\n$")
milepost_cli_test(cli.imports.list.json "-DARGS=imports|--json|--db|${importsdb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=\"dataset\": \"enrollment\",.*\"file\": \"enrollment-four-columns-v2.csv\",.*\"id\": 3,.*\"removable\": true,.*\"id\": 1,.*\"removable\": false,.*\"rowsRead\": 4,.*\"stored\": 3,")
# An import a later one refreshed stays until the later one is removed. The refusals change no
# data: cli.imports.remove.refresh and cli.imports.restored run after them and count every row.
# (Not EXPECT_UNCHANGED: the first command that reads import_runs may let SQLite's PRAGMA optimize
# write its statistics into the file when it closes.)
milepost_cli_test(cli.imports.remove.refreshed "-DARGS=imports|remove|1|--db|${importsdb}" -DEXPECT_EXIT=1
    -DEXPECT_NO_STDOUT=ON
    "-DEXPECT_STDERR=^milepost: Import 1 cannot be removed while a later import of the same source is kept")
milepost_cli_test(cli.imports.remove.missing "-DARGS=imports|remove|99|--db|${importsdb}" -DEXPECT_EXIT=1
    -DEXPECT_NO_STDOUT=ON "-DEXPECT_STDERR=^milepost: There is no import 99.")
milepost_cli_test(cli.imports.remove.usage "-DARGS=imports|remove|three|--db|${importsdb}" -DEXPECT_EXIT=2
    -DEXPECT_NO_STDOUT=ON "-DEXPECT_STDERR=^milepost: “three” is not an import id")
set_tests_properties(cli.imports.list cli.imports.list.json cli.imports.remove.refreshed cli.imports.remove.missing
    cli.imports.remove.usage PROPERTIES FIXTURES_REQUIRED milepost_imports_3)

# Removing the refresh puts back Central's 1200 and East's 980 and takes out West and South.
milepost_cli_test(cli.imports.remove.refresh "-DARGS=imports|remove|3|--db|${importsdb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=^Removed import 3 \\(enrollment “milepost-enrollment” from enrollment-four-columns-v2.csv\\): 2 rows it added removed, 2 rows it changed or removed restored. The database as it was is in the backups")
set_tests_properties(cli.imports.remove.refresh PROPERTIES FIXTURES_REQUIRED milepost_imports_3
    FIXTURES_SETUP milepost_imports_4
    DEPENDS "cli.imports.list;cli.imports.list.json;cli.imports.remove.refreshed;cli.imports.remove.missing;cli.imports.remove.usage")
milepost_cli_test(cli.imports.restored "-DARGS=export|--dataset|enrollment|--csv|-|--db|${importsdb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=2023-24,Central,,All,,students,1200,no,\r?\n2023-24,East,,All,,students,980,no,\r?\n2024-25,Central,,All,,students,1250,no,\r?\n$")
set_tests_properties(cli.imports.restored PROPERTIES FIXTURES_REQUIRED milepost_imports_4)

# The staffing source's only import: the source goes with it; a backup was taken before each removal.
milepost_cli_test(cli.imports.remove.only "-DARGS=imports|remove|2|--db|${importsdb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=3 rows it added removed, 0 rows it changed or removed restored; the source is gone with its only import")
set_tests_properties(cli.imports.remove.only PROPERTIES FIXTURES_REQUIRED milepost_imports_4
    FIXTURES_SETUP milepost_imports_5 DEPENDS cli.imports.restored)
milepost_cli_test(cli.imports.after-removal "-DARGS=imports|--db|${importsdb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=^   1  [^\n]+  enrollment “milepost-enrollment”  3 stored of 4 read\n    enrollment-four-columns.csv\n$")
milepost_cli_test(cli.imports.backups "-DARGS=db|backups|--db|${importsdb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=Before removing import 2\n.*Before removing import 3\n")
set_tests_properties(cli.imports.after-removal cli.imports.backups PROPERTIES FIXTURES_REQUIRED milepost_imports_5)
