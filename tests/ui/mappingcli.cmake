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
    "-DEXPECT_STDOUT=profile milepost-enrollment .*\nNot in the file, left empty: School, Grade, Unit \\(students\\), Illustrative \\(no\\), Note.\n4 rows read: 3 stored, 1 rejected, 0 blank, 0 totals.\n.*line 4, column 4 \\(Count\\): rejected: Count is empty")
# A file of one year without a Period column: the year is given once for every row, LD is
# mapped by hand, and the mapping is saved as a profile the next import names.
set(mappingdb "${clidir}/mapping.sqlite")
milepost_cli_test(cli.mapping.fixed-value
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-no-period.csv|--db|${mappingdb}|--value|Period=2019-20|--map|local_district=LD|--save-profile|one-year-staffing"
    -DREMOVE=${mappingdb} -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=profile one-year-staffing .*\nNot in the file, left empty: Site, Positions, Illustrative \\(no\\), Note.\n3 rows read: 3 stored, 0 rejected, 0 blank, 0 totals.\n.*Saved the profile “one-year-staffing”")
set_tests_properties(cli.mapping.fixed-value PROPERTIES FIXTURES_SETUP milepost_mapping_profile)
milepost_cli_test(cli.mapping.saved-profile
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-no-period.csv|--db|${mappingdb}|--profile|one-year-staffing|--json"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=\"profile\": \"one-year-staffing\",.*\"stored\": 3,.*\"unchanged\": 3")
set_tests_properties(cli.mapping.saved-profile PROPERTIES FIXTURES_REQUIRED milepost_mapping_profile)
# Without the mapping the file fits no profile: the message names what is missing and suggests --map.
milepost_cli_test(cli.mapping.no-fit-suggests
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-no-period.csv|--db|${clidir}/nofit-mapping.sqlite"
    -DEXPECT_ABSENT=${clidir}/nofit-mapping.sqlite -DEXPECT_EXIT=1 -DEXPECT_NO_STDOUT=ON
    "-DEXPECT_STDERR=milepost-staffing needs: Period, Local District\n.*suggest: --map \"local_district=LD\" --map \"employee_group=Employee Group\"")
milepost_cli_test(cli.mapping.bad-value
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-no-period.csv|--db|${clidir}/badvalue.sqlite|--value|period=2019-21|--map|local_district=LD"
    -DREMOVE=${clidir}/badvalue.sqlite -DEXPECT_ABSENT=${clidir}/badvalue.sqlite -DEXPECT_EXIT=1 -DEXPECT_NO_STDOUT=ON
    "-DEXPECT_STDERR=the value “2019-21” for Period cannot be used")
milepost_cli_test(cli.mapping.unknown-field
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-no-period.csv|--db|${clidir}/badfield.sqlite|--map|colour=LD"
    -DEXPECT_ABSENT=${clidir}/badfield.sqlite -DEXPECT_EXIT=2 -DEXPECT_NO_STDOUT=ON
    "-DEXPECT_STDERR=^milepost: --map: staffing has no field “colour”; its fields are period, local_district")
milepost_cli_test(cli.mapping.list-fields "-DARGS=import|--list-fields|projects" -DEXPECT_EXIT=0 -DEXPECT_NO_STDERR=ON
    "-DEXPECT_STDOUT=^Fields of projects [^\n]+\n  project_key +Project Key +optional +text\n.*  phase +Phase +required +text\n.*  planned_start +Planned Start +optional +date, in the column's format [^\n]*not-applicable code")
# Footers are counted as totals: neither imported nor rejected.
milepost_cli_test(cli.mapping.footer
    "-DARGS=import|--dataset|enrollment|${testdata}/enrollment-with-totals.csv|--db|${clidir}/footer.sqlite|--value|school_year=2019-20"
    -DREMOVE=${clidir}/footer.sqlite -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=6 rows read: 3 stored, 0 rejected, 1 blank, 2 totals.\nTotals \\(footer rows, not imported\\): line 4, 7.\n")
milepost_cli_test(cli.mapping.footer.json
    "-DARGS=import|--dataset|enrollment|${testdata}/enrollment-with-totals.csv|--db|${clidir}/footer-json.sqlite|--value|school_year=2019-20|--json"
    -DREMOVE=${clidir}/footer-json.sqlite -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=\"rowsRead\": 6,.*\"stored\": 3,.*\"totals\": 2,")
# Files of one year each, given their year with --value: each year is a source of its own and
# both stay; the same year imported again refreshes (nothing new, nothing gone).
set(yearsdb "${clidir}/two-years.sqlite")
milepost_cli_test(cli.mapping.years.first
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-no-period.csv|--db|${yearsdb}|--value|period=2019-20|--map|local_district=LD"
    -DREMOVE=${yearsdb} -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=\\(source “[^”]+ \\(period=2019-20\\)”\\).*Records: 3 new, 0 changed, 0 unchanged, 0 gone.")
milepost_cli_test(cli.mapping.years.second
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-no-period.csv|--db|${yearsdb}|--value|period=2020-21|--map|local_district=LD"
    -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=\\(source “[^”]+ \\(period=2020-21\\)”\\).*Records: 3 new, 0 changed, 0 unchanged, 0 gone.")
milepost_cli_test(cli.mapping.years.again
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-no-period.csv|--db|${yearsdb}|--value|period=2019-20|--map|local_district=LD"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=Records: 0 new, 0 changed, 3 unchanged, 0 gone.")
set_tests_properties(cli.mapping.years.first PROPERTIES FIXTURES_SETUP milepost_mapping_years)
set_tests_properties(cli.mapping.years.second PROPERTIES FIXTURES_REQUIRED milepost_mapping_years)
set_tests_properties(cli.mapping.years.again PROPERTIES FIXTURES_REQUIRED milepost_mapping_years
    DEPENDS cli.mapping.years.second)
# Unknown codes in an amount column: the report says each value once with its rows and lines,
# and how to import the codes as not applicable; run so, the rows are stored.
milepost_cli_test(cli.mapping.codes-grouped
    "-DARGS=import|--dataset|projects|${testdata}/capital-unknown-codes.csv|--db|${clidir}/codes.sqlite"
    -DREMOVE=${clidir}/codes.sqlite -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=6 rows read: 1 stored, 5 rejected, 0 blank, 0 totals.\n.*Rejected \\(column 3, Budget\\): “DIIX” is not an amount \\(also written “diix”\\): 3 rows, lines 3, 4, 7.\nIf DIIX, PNB means “not applicable”, import the file again with --na-code DIIX --na-code PNB to store those values as such.\nline 5, column 3 \\(Budget\\): rejected: “PNB” is not an amount\nline 6, column 3 \\(Budget\\): rejected: “12.345” has more than two decimal places")
milepost_cli_test(cli.mapping.codes-given
    "-DARGS=import|--dataset|projects|${testdata}/capital-unknown-codes.csv|--db|${clidir}/codes-given.sqlite|--na-code|DIIX|--na-code|PNB"
    -DREMOVE=${clidir}/codes-given.sqlite -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=6 rows read: 5 stored, 1 rejected, 0 blank, 0 totals.\n")
milepost_cli_test(cli.mapping.codes-grouped.json
    "-DARGS=import|--dataset|projects|${testdata}/capital-unknown-codes.csv|--db|${clidir}/codes-json.sqlite|--json"
    -DREMOVE=${clidir}/codes-json.sqlite -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=\"rejectedByValue\": \\[\n +{\n +\"column\": 3,\n +\"columnName\": \"Budget\",\n +\"lines\": \\[\n +3,\n +4,\n +7\n +\\],\n +\"naCode\": \"DIIX\",")
# A wide file, one column per grade: each grade is a row; the empty Grade 2 cell is a blank row,
# the footer one total. The mapping is saved and the next import with it finds every row again.
set(widedb "${clidir}/wide.sqlite")
milepost_cli_test(cli.mapping.wide
    "-DARGS=import|--dataset|enrollment|${testdata}/enrollment-wide-grades.csv|--db|${widedb}|--map|local_district=LD|--wide|grade=Grade (.+)|--save-profile|wide-grades"
    -DREMOVE=${widedb} -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=7 rows read: 4 stored, 1 rejected, 1 blank, 1 totals.\n.*line 2, column 7 \\(Grade 2\\): blank: no value in this wide column\nline 3, column 6 \\(Grade 1\\): rejected: “x” is not a number")
set_tests_properties(cli.mapping.wide PROPERTIES FIXTURES_SETUP milepost_mapping_wide)
milepost_cli_test(cli.mapping.wide.saved
    "-DARGS=import|--dataset|enrollment|${testdata}/enrollment-wide-grades.csv|--db|${widedb}|--profile|wide-grades"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=Records: 0 new, 0 changed, 4 unchanged, 0 gone.")
set_tests_properties(cli.mapping.wide.saved PROPERTIES FIXTURES_REQUIRED milepost_mapping_wide)
milepost_cli_test(cli.mapping.wide.no-value-field
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-no-period.csv|--db|${clidir}/wide-staffing.sqlite|--wide|period=FY.*"
    -DEXPECT_ABSENT=${clidir}/wide-staffing.sqlite -DEXPECT_EXIT=2 -DEXPECT_NO_STDOUT=ON
    "-DEXPECT_STDERR=^milepost: --wide: staffing has several number fields; say which the cells give")
# Amounts in thousands, written as accounting does: the unit is applied exactly, and a value
# finer than a cent in that unit is refused.
milepost_cli_test(cli.mapping.unit
    "-DARGS=import|--dataset|projects|${testdata}/capital-thousands.csv|--db|${clidir}/unit.sqlite|--map|project_key=Project|--map|budget=Budget ($000)|--unit|budget=thousands"
    -DREMOVE=${clidir}/unit.sqlite -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=3 rows read: 2 stored, 1 rejected, 0 blank, 0 totals.\n.*line 4, column 3 \\(Budget \\(\\$000\\)\\): rejected: “1.234567” has more decimal places than whole cents in this column's unit")
milepost_cli_test(cli.mapping.unit.not-amount
    "-DARGS=import|--dataset|projects|${testdata}/capital-thousands.csv|--db|${clidir}/unit-bad.sqlite|--unit|phase=thousands"
    -DEXPECT_ABSENT=${clidir}/unit-bad.sqlite -DEXPECT_EXIT=2 -DEXPECT_NO_STDOUT=ON
    "-DEXPECT_STDERR=^milepost: --unit: Phase is not an amount; only amounts have a unit")
# The file's own words for employee groups, and the Local District inside the school code.
milepost_cli_test(cli.mapping.value-map-extract
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-own-words.csv|--db|${clidir}/words.sqlite|--map|employee_group=Group|--map|job_category=Job|--extract|local_district=DBN:^(\\d\\d)|--value-map|employee_group:Teachers=certificated|--value-map|employee_group:Support staff=classified"
    -DREMOVE=${clidir}/words.sqlite -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=3 rows read: 2 stored, 1 rejected, 0 blank, 0 totals.\n.*line 4, column 2 \\(DBN\\): rejected: “M015” does not match the pattern “\\^\\(\\\\d\\\\d\\)” that takes Local District from it")
milepost_cli_test(cli.mapping.value-map-unmapped
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-own-words.csv|--db|${clidir}/words-bad.sqlite|--map|employee_group=Group|--map|job_category=Job|--map|local_district=DBN|--value-map|site:Main=Central"
    -DEXPECT_ABSENT=${clidir}/words-bad.sqlite -DEXPECT_EXIT=2 -DEXPECT_NO_STDOUT=ON
    "-DEXPECT_STDERR=^milepost: a value map for Site: no column of the file is read as Site; map one with --map site=COLUMN")
# A date column mapped with --map and no --date-format is read in the order its whole column
# shows; months and fiscal years in it are kept as such. A column that shows both orders, or
# neither, is refused before anything is created, with the options that would read it.
set(mapped "import|--dataset|projects|--map|project_key=Project|--map|phase=Phase|--map|planned_start=Start")
milepost_cli_test(cli.mapping.date-order-detected
    "-DARGS=${mapped}|--map|planned_end=End|${testdata}/capital-mapped-month-first.csv|--db|${clidir}/dateorder.sqlite"
    -DREMOVE=${clidir}/dateorder.sqlite -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=3 rows read: 3 stored, 0 rejected, 0 blank, 0 totals.\n.*Planned Start \\(column “Start”\\): month first \\(M/D/YYYY\\), from line 2: 5/14/2009")
milepost_cli_test(cli.mapping.date-order-mixed
    "-DARGS=${mapped}|${testdata}/capital-mapped-mixed-order.csv|--db|${clidir}/dateorder-mixed.sqlite"
    -DEXPECT_ABSENT=${clidir}/dateorder-mixed.sqlite -DEXPECT_EXIT=2 -DEXPECT_NO_STDOUT=ON
    "-DEXPECT_STDERR=^milepost: Planned Start: mixed: line 2 has 5/14/2009 \\(month first\\) and line 3 has 13/05/2009 \\(day first\\)")
milepost_cli_test(cli.mapping.date-order-ambiguous
    "-DARGS=${mapped}|${testdata}/capital-mapped-ambiguous.csv|--db|${clidir}/dateorder-ambiguous.sqlite"
    -DEXPECT_ABSENT=${clidir}/dateorder-ambiguous.sqlite -DEXPECT_EXIT=2 -DEXPECT_NO_STDOUT=ON
    "-DEXPECT_STDERR=ambiguous: .*say which with --date-format planned_start=M/D/YYYY or --date-format planned_start=D/M/YYYY")
