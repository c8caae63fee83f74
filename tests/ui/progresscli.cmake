# SPDX-License-Identifier: GPL-3.0-or-later
# milepost update and milepost history on a database holding the bundled plan. Included from
# CMakeLists.txt, inside its if(TARGET milepost), where plan, clidir and milepost_cli_test are set.
set(progressdb "${clidir}/progress.sqlite")
milepost_cli_test(cli.progress.setup "-DARGS=import-plan|${plan}|--db|${progressdb}" -DREMOVE=${progressdb} -DEXPECT_EXIT=0)
set_tests_properties(cli.progress.setup PROPERTIES FIXTURES_SETUP milepost_progress_plan)
# A person learns a milestone's id from the milestones export: its last column.
milepost_cli_test(cli.progress.export-ids "-DARGS=export|--dataset|milestones|--csv|-|--no-bom|--db|${progressdb}"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=^Phase,Objective,Subtitle,Section,Milestone,Start,End,Quarters,Line,Id\r\n[^\n]*,1\r\n[^\n]*,2\r\n")
set_tests_properties(cli.progress.export-ids PROPERTIES FIXTURES_REQUIRED milepost_progress_plan)
milepost_cli_test(cli.progress.update
    "-DARGS=update|--milestone|1|--status|on track|--percent|40%|--owner|Ana Ruiz|--office|HR|--actual-start|2022-09-01|--as-of|2022-10-01|--by|ana|--note|Started on time.|--db|${progressdb}"
    -DEXPECT_EXIT=0 -DEXPECT_NO_STDERR=ON
    "-DEXPECT_STDOUT=^Recorded an update of milestone 1 [^\n]+ as of 2022-10-01 \\(version 1\\)\n  Status: \\(none\\) [^\n]+ On track\n  Percent complete: \\(none\\) [^\n]+ 40%\n  Actual start: [^\n]+\n  Owner: [^\n]+ Ana Ruiz\n  Office: [^\n]+ HR\n  Note: Started on time.\n$")
set_tests_properties(cli.progress.update PROPERTIES FIXTURES_REQUIRED milepost_progress_plan FIXTURES_SETUP milepost_progress_first)
milepost_cli_test(cli.progress.update-again
    "-DARGS=update|--milestone|1|--status|at_risk|--percent|45|--as-of|2022-11-01|--by|ben|--db|${progressdb}"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=\\(version 2\\)\n  Status: On track [^\n]+ At risk\n  Percent complete: 40% [^\n]+ 45%\n$")
set_tests_properties(cli.progress.update-again PROPERTIES FIXTURES_REQUIRED milepost_progress_first FIXTURES_SETUP milepost_progress_db)
milepost_cli_test(cli.progress.unchanged
    "-DARGS=update|--milestone|1|--status|At risk|--as-of|2022-11-02|--by|ben|--db|${progressdb}"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=nothing to record, the values are already so \\(version 2\\)")
milepost_cli_test(cli.progress.stale
    "-DARGS=update|--milestone|1|--status|done|--expect-version|1|--by|cy|--as-of|2022-11-05|--db|${progressdb}"
    -DEXPECT_EXIT=1 -DEXPECT_NO_STDOUT=ON "-DEXPECT_STDERR=version 1, now 2[^\n]+Nothing was changed")
milepost_cli_test(cli.progress.bad-status "-DARGS=update|--milestone|1|--status|finished|--by|cy|--db|${progressdb}"
    -DEXPECT_EXIT=2 -DEXPECT_NO_STDOUT=ON "-DEXPECT_STDERR=^milepost: [^ ]+finished[^ ]+ is not a status; use one of not_started, on_track")
milepost_cli_test(cli.progress.bad-percent "-DARGS=update|--milestone|1|--percent|140|--by|cy|--db|${progressdb}"
    -DEXPECT_EXIT=2 "-DEXPECT_STDERR=140[^ ]+ is not a percent complete[^\n]+\nmilepost: nothing was recorded\n$")
milepost_cli_test(cli.progress.end-before-start
    "-DARGS=update|--milestone|1|--actual-end|2022-08-01|--as-of|2022-11-03|--by|cy|--db|${progressdb}"
    -DEXPECT_EXIT=2 "-DEXPECT_STDERR=the actual end 2022-08-01 is before the actual start 2022-09-01")
milepost_cli_test(cli.progress.unknown-milestone "-DARGS=update|--milestone|99999|--status|done|--by|cy|--db|${progressdb}"
    -DEXPECT_EXIT=1 "-DEXPECT_STDERR=^milepost: there is no milestone 99999\n$")
milepost_cli_test(cli.progress.no-values "-DARGS=update|--milestone|1|--by|cy|--db|${progressdb}"
    -DEXPECT_EXIT=2 "-DEXPECT_STDERR=needs a value to record")
milepost_cli_test(cli.progress.no-milestone "-DARGS=update|--status|done|--db|${progressdb}"
    -DEXPECT_EXIT=2 "-DEXPECT_STDERR=needs --milestone ID")
milepost_cli_test(cli.progress.history "-DARGS=history|--db|${progressdb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=^2022-11-01  milestone 1 [^\n]+, by ben \\(entered [^\n]+ UTC\\), version 2\n    Status: On track [^\n]+ At risk\n    Percent complete: 40% [^\n]+ 45%\n2022-10-01  milestone 1 [^\n]+, by ana [^\n]+version 1\n    Status: \\(none\\)")
milepost_cli_test(cli.progress.history-since "-DARGS=history|--since|2022-10-01|--until|2022-11-30|--db|${progressdb}"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=^2022-11-01  milestone 1 [^\n]+\n    Status: [^\n]+\n    Percent complete: [^\n]+\n$")
milepost_cli_test(cli.progress.history-none "-DARGS=history|--until|2022-09-30|--db|${progressdb}"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=^No updates recorded between those dates\n$")
milepost_cli_test(cli.progress.history-json "-DARGS=history|--milestone|1|--json|--db|${progressdb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=\"entries\": \\[\n +{\n +\"asOf\": \"2022-11-01\",\n +\"changes\": \\[\n +{\n +\"field\": \"status\",\n +\"new\": \"at_risk\",\n +\"old\": \"on_track\"")
milepost_cli_test(cli.progress.history-bad-date "-DARGS=history|--since|Q3-22|--db|${progressdb}"
    -DEXPECT_EXIT=2 "-DEXPECT_STDERR=^milepost: --since Q3-22 is not a day")
# The report's "Changes since" section (its text is checked in tests/ui/report, through pdftotext).
milepost_cli_test(cli.progress.report-since
    "-DARGS=report|--pdf|${clidir}/progress-since.pdf|--as-of|2022-11-30|--since|2022-10-15|--db|${progressdb}"
    -DREMOVE=${clidir}/progress-since.pdf -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=^Wrote [0-9]+ pages to [^\n]+: 160 milestones as of 2022-11-30\n$")
milepost_cli_test(cli.progress.report-since-late
    "-DARGS=report|--pdf|${clidir}/progress-late.pdf|--as-of|2022-10-01|--since|2022-10-15|--db|${progressdb}"
    -DEXPECT_EXIT=2 -DEXPECT_ABSENT=${clidir}/progress-late.pdf
    "-DEXPECT_STDERR=^milepost: --since 2022-10-15 is not before the as-of date 2022-10-01")
# The baseline "Imported" is kept by the import; a name the plan has no baseline under is refused.
milepost_cli_test(cli.progress.report-baseline
    "-DARGS=report|--pdf|${clidir}/progress-baseline.pdf|--as-of|2022-11-30|--baseline|Imported|--db|${progressdb}"
    -DREMOVE=${clidir}/progress-baseline.pdf -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=^Wrote [0-9]+ pages to [^\n]+: 160 milestones as of 2022-11-30\n$")
milepost_cli_test(cli.progress.report-baseline-unknown
    "-DARGS=report|--pdf|${clidir}/progress-nobaseline.pdf|--baseline|March board|--db|${progressdb}"
    -DEXPECT_EXIT=1 -DEXPECT_ABSENT=${clidir}/progress-nobaseline.pdf
    "-DEXPECT_STDERR=^milepost: the plan has no baseline named “March board”")
set_tests_properties(cli.progress.unchanged cli.progress.stale cli.progress.bad-status cli.progress.bad-percent
    cli.progress.end-before-start cli.progress.unknown-milestone cli.progress.no-values cli.progress.no-milestone
    cli.progress.history cli.progress.history-since cli.progress.history-none cli.progress.history-json
    cli.progress.history-bad-date cli.progress.report-since cli.progress.report-since-late
    cli.progress.report-baseline cli.progress.report-baseline-unknown
    PROPERTIES FIXTURES_REQUIRED milepost_progress_db)
# Importing the same report again keeps the ids and every update.
milepost_cli_test(cli.progress.reimport "-DARGS=import-plan|${plan}|--db|${progressdb}" -DEXPECT_EXIT=0)
set_tests_properties(cli.progress.reimport PROPERTIES FIXTURES_REQUIRED milepost_progress_db
    FIXTURES_SETUP milepost_progress_reimported DEPENDS "cli.progress.history;cli.progress.history-json")
milepost_cli_test(cli.progress.history-after-reimport "-DARGS=history|--milestone|1|--db|${progressdb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=^2022-11-01  milestone 1 [^\n]+version 2\n(    [^\n]+\n)+2022-10-01  milestone 1 [^\n]+version 1\n")
set_tests_properties(cli.progress.history-after-reimport PROPERTIES FIXTURES_REQUIRED milepost_progress_reimported)
milepost_cli_test(cli.progress.missing-db "-DARGS=update|--milestone|1|--status|done|--by|cy|--db|${clidir}/no-such-progress.sqlite"
    -DEXPECT_EXIT=1 -DEXPECT_ABSENT=${clidir}/no-such-progress.sqlite "-DEXPECT_STDERR=^milepost: no database at")
# Update sheets: the template out (one owner's), filled in by hand, and back in.
milepost_cli_test(cli.progress.template "-DARGS=export|--dataset|progress-template|--owner|ana ruiz|--csv|-|--no-bom|--db|${progressdb}"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=^Id,Objective,Milestone,Planned start,Planned end,Status now,Percent now,Actual start now,Actual end now,Owner now,Office now,Latest note,Status,Percent,Actual start,Actual end,Owner,Office,Note,As of\r\n1,[^\n]+,At risk,45%,2022-09-01,,Ana Ruiz,HR,Started on time.,,,,,,,,\r\n$"
    "-DEXPECT_STDERR=^Exported an update sheet of 1 milestones owned by ana ruiz to -\n$")
set_tests_properties(cli.progress.template PROPERTIES FIXTURES_REQUIRED milepost_progress_db)
file(WRITE "${clidir}/progress-sheet.csv"
    "Id,Status,Percent,Actual end,Note,As of\r\n2,done,100,2022-10-20,Finished.,2022-10-31\r\n3,,,,,\r\n4,finished,,,,\r\n5,,140,,,\r\n99999,on track,,,,\r\n")
milepost_cli_test(cli.progress.import-sheet "-DARGS=import|--dataset|progress|${clidir}/progress-sheet.csv|--by|office|--db|${progressdb}"
    -DEXPECT_EXIT=1 "-DEXPECT_STDOUT=^Read 5 rows from [^\n]+: 1 stored, 0 unchanged, 3 rejected, 1 blank\nline 4, column Status: [^\n]+finished[^\n]+\nline 5, column Percent: [^\n]+140[^\n]+\nline 6, column Id: there is no milestone 99999\n$")
# It adds an update: after the tests that count them.
set_tests_properties(cli.progress.import-sheet PROPERTIES FIXTURES_REQUIRED milepost_progress_reimported
    DEPENDS "cli.progress.history;cli.progress.history-since;cli.progress.history-none;cli.progress.history-json;cli.progress.history-after-reimport;cli.progress.template")
# A sheet made by an office in a day-first spreadsheet, with its own column names: its dates read
# both ways, so nothing is stored until the command says how; then June 4, never April 6.
file(WRITE "${clidir}/progress-sheet-office.csv" "Milestone ID;Estado;Inicio real\r\n6;on track;04/06/2022\r\n")
milepost_cli_test(cli.progress.import-sheet-ambiguous
    "-DARGS=import|--dataset|progress|${clidir}/progress-sheet-office.csv|--map|id=Milestone ID|--map|status=Estado|--map|actual_start=Inicio real|--by|office|--db|${progressdb}"
    -DEXPECT_EXIT=1 "-DEXPECT_STDERR=^milepost: nothing was stored: every date in the sheet reads both ways[^\n]+--date-format D/M/YYYY or --date-format M/D/YYYY.\n$")
milepost_cli_test(cli.progress.import-sheet-day-first
    "-DARGS=import|--dataset|progress|${clidir}/progress-sheet-office.csv|--map|id=Milestone ID|--map|status=Estado|--map|actual_start=Inicio real|--date-format|D/M/YYYY|--by|office|--db|${progressdb}"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=^Dates: D/M/YYYY, as given\nRead 1 rows from [^\n]+: 1 stored, 0 unchanged, 0 rejected, 0 blank\n$")
milepost_cli_test(cli.progress.import-sheet-day-first-stored "-DARGS=history|--milestone|6|--json|--db|${progressdb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=\"field\": \"actual_start\",\n +\"new\": \"2022-06-04\"")
milepost_cli_test(cli.progress.import-sheet-bad-map
    "-DARGS=import|--dataset|progress|${clidir}/progress-sheet-office.csv|--map|started=Inicio real|--by|office|--db|${progressdb}"
    -DEXPECT_EXIT=2 "-DEXPECT_STDERR=^milepost: --map for a progress sheet takes SHEET_COLUMN=FILE_COLUMN")
set_tests_properties(cli.progress.import-sheet-ambiguous cli.progress.import-sheet-day-first
    cli.progress.import-sheet-day-first-stored cli.progress.import-sheet-bad-map
    PROPERTIES FIXTURES_REQUIRED milepost_progress_reimported)
set_tests_properties(cli.progress.import-sheet-ambiguous PROPERTIES DEPENDS cli.progress.import-sheet)
set_tests_properties(cli.progress.import-sheet-day-first PROPERTIES DEPENDS cli.progress.import-sheet-ambiguous)
set_tests_properties(cli.progress.import-sheet-day-first-stored PROPERTIES DEPENDS cli.progress.import-sheet-day-first)
# One office's sheet: milestone 1's office is HR (cli.progress.update).
milepost_cli_test(cli.progress.template-office "-DARGS=export|--dataset|progress-template|--office|hr|--csv|-|--no-bom|--db|${progressdb}"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=^Id,[^\n]+\r\n1,[^\n]+,Ana Ruiz,HR,[^\n]+\r\n$"
    "-DEXPECT_STDERR=^Exported an update sheet of 1 milestones of the office hr to -\n$")
set_tests_properties(cli.progress.template-office PROPERTIES FIXTURES_REQUIRED milepost_progress_db)
