# SPDX-License-Identifier: GPL-3.0-or-later
# milepost profile export / import: a mapping saved in one database, shared as a file and used in
# another. Included from CMakeLists.txt, inside its if(TARGET milepost), where clidir and
# milepost_cli_test are set.
set(testdata "${PROJECT_SOURCE_DIR}/tests/data")
set(minedb "${clidir}/profile-mine.sqlite")
set(theirsdb "${clidir}/profile-theirs.sqlite")
set(otherdb "${clidir}/profile-other.sqlite")
set(sharedfile "${clidir}/one-year.json")
set(otherfile "${clidir}/one-year-other.json")
# Mine: a file of one year mapped by hand and saved as "one-year"; theirs: a database of their own.
milepost_cli_test(cli.profile.setup.mine
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-no-period.csv|--db|${minedb}|--value|Period=2019-20|--map|local_district=LD|--save-profile|one-year"
    -DREMOVE=${minedb} -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=Saved the profile “one-year”")
milepost_cli_test(cli.profile.setup.theirs
    "-DARGS=import|--dataset|enrollment|${testdata}/enrollment-four-columns.csv|--db|${theirsdb}"
    -DREMOVE=${theirsdb} -DEXPECT_EXIT=0)
# Another "one-year", for another year.
milepost_cli_test(cli.profile.setup.other
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-no-period.csv|--db|${otherdb}|--value|Period=2020-21|--map|local_district=LD|--save-profile|one-year"
    -DREMOVE=${otherdb} -DEXPECT_EXIT=0)
milepost_cli_test(cli.profile.export "-DARGS=profile|export|one-year|${sharedfile}|--db|${minedb}" -DREMOVE=${sharedfile}
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=^Wrote the profile “one-year” \\(staffing\\) to [^\n]+one-year.json.\n$")
milepost_cli_test(cli.profile.export.other "-DARGS=profile|export|one-year|${otherfile}|--db|${otherdb}"
    -DREMOVE=${otherfile} -DEXPECT_EXIT=0)
set_tests_properties(cli.profile.setup.mine PROPERTIES FIXTURES_SETUP milepost_profile_mine)
set_tests_properties(cli.profile.setup.other PROPERTIES FIXTURES_SETUP milepost_profile_otherdb)
set_tests_properties(cli.profile.setup.theirs PROPERTIES FIXTURES_SETUP milepost_profile_theirs)
set_tests_properties(cli.profile.export PROPERTIES FIXTURES_REQUIRED milepost_profile_mine
    FIXTURES_SETUP milepost_profile_file)
set_tests_properties(cli.profile.export.other PROPERTIES FIXTURES_REQUIRED milepost_profile_otherdb
    FIXTURES_SETUP milepost_profile_otherfile)
milepost_cli_test(cli.profile.export.stdout "-DARGS=profile|export|milepost-staffing|-|--db|${minedb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=^{\n    \"milepostImportProfile\": 1,\n    \"profile\": {\n.*\"name\": \"milepost-staffing\"")
milepost_cli_test(cli.profile.export.unknown "-DARGS=profile|export|no-such|${clidir}/no-such.json|--db|${minedb}"
    -DEXPECT_EXIT=1 -DEXPECT_ABSENT=${clidir}/no-such.json "-DEXPECT_STDERR=^milepost: there is no profile “no-such”")
set_tests_properties(cli.profile.export.stdout cli.profile.export.unknown PROPERTIES FIXTURES_REQUIRED milepost_profile_mine)

# Theirs takes the file and imports with it.
milepost_cli_test(cli.profile.import "-DARGS=profile|import|${sharedfile}|--db|${theirsdb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=^Saved the profile “one-year” \\(staffing\\) from [^\n]+one-year.json; milepost import --profile \"one-year\" uses it.\n$")
set_tests_properties(cli.profile.import PROPERTIES FIXTURES_REQUIRED "milepost_profile_file;milepost_profile_theirs"
    FIXTURES_SETUP milepost_profile_imported)
milepost_cli_test(cli.profile.import.used
    "-DARGS=import|--dataset|staffing|${testdata}/staffing-no-period.csv|--profile|one-year|--db|${theirsdb}"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=profile one-year .*3 rows read: 3 stored, 0 rejected")
milepost_cli_test(cli.profile.import.again "-DARGS=profile|import|${sharedfile}|--db|${theirsdb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=already saved as [^\n]+ has it; nothing changed")
# Refused without --replace: cli.profile.import.replace, which runs after it, finds the first
# "one-year" still saved (it would say "nothing changed" had this replaced it).
milepost_cli_test(cli.profile.import.different "-DARGS=profile|import|${otherfile}|--db|${theirsdb}" -DEXPECT_EXIT=1
    -DEXPECT_NO_STDOUT=ON
    "-DEXPECT_STDERR=^milepost: a different profile “one-year” is already saved; nothing changed. Use --replace")
set_tests_properties(cli.profile.import.used cli.profile.import.again cli.profile.import.different PROPERTIES
    FIXTURES_REQUIRED "milepost_profile_imported;milepost_profile_otherfile")
milepost_cli_test(cli.profile.import.replace "-DARGS=profile|import|${otherfile}|--replace|--db|${theirsdb}"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=, replacing the one saved before;")
set_tests_properties(cli.profile.import.replace PROPERTIES
    FIXTURES_REQUIRED "milepost_profile_imported;milepost_profile_otherfile"
    DEPENDS "cli.profile.import.used;cli.profile.import.again;cli.profile.import.different")

milepost_cli_test(cli.profile.import.not-a-profile "-DARGS=profile|import|${testdata}/enrollment-four-columns.csv|--db|${theirsdb}"
    -DEXPECT_EXIT=1 -DEXPECT_NO_STDOUT=ON
    "-DEXPECT_STDERR=^milepost: [^\n]+enrollment-four-columns.csv cannot be read as an import profile: it is not JSON")
set_tests_properties(cli.profile.import.not-a-profile PROPERTIES FIXTURES_REQUIRED milepost_profile_theirs)
milepost_cli_test(cli.profile.usage "-DARGS=profile|export|one-year" -DEXPECT_EXIT=2 -DEXPECT_NO_STDOUT=ON
    "-DEXPECT_STDERR=^milepost: profile takes export NAME FILE or import FILE")
