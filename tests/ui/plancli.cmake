# SPDX-License-Identifier: GPL-3.0-or-later
# milepost plan (plan edits from the command line) and milepost changes on a database holding the
# bundled plan. Included from CMakeLists.txt, inside its if(TARGET milepost), where plan, clidir
# and milepost_cli_test are set.
set(plandb "${clidir}/plan-edits.sqlite")
milepost_cli_test(cli.plan.setup "-DARGS=import-plan|${plan}|--db|${plandb}" -DREMOVE=${plandb} -DEXPECT_EXIT=0)
set_tests_properties(cli.plan.setup PROPERTIES FIXTURES_SETUP milepost_plan_db)
milepost_cli_test(cli.plan.objectives "-DARGS=plan|objectives|--db|${plandb}" -DEXPECT_EXIT=0 -DEXPECT_NO_STDERR=ON
    "-DEXPECT_STDOUT=^1  Learn  LEARN \\(7 milestones\\)\n2  Assess  Student Performance Review \\(0 milestones\\)\n")
# The listing reads the plan as imported, before the first edit below.
set_tests_properties(cli.plan.objectives PROPERTIES FIXTURES_REQUIRED milepost_plan_db FIXTURES_SETUP milepost_plan_listed)
# Each edit below builds on the one before: a chain of fixtures.
milepost_cli_test(cli.plan.add
    "-DARGS=plan|add-milestone|--objective|broad fiscal analysis|--title|Board workshop|--start|2022-10-01|--end|2022-12-15|--quarters|Q4-22|--as-of|2022-10-01|--by|ana|--note|Asked by the board.|--db|${plandb}"
    -DEXPECT_EXIT=0 -DEXPECT_NO_STDERR=ON
    "-DEXPECT_STDOUT=^Added milestone [0-9]+ “Board workshop” to objective 4 “Broad Fiscal Analysis” as of 2022-10-01 \\(version 1\\)\n  Title: \\(none\\) → Board workshop\n  Planned start: \\(none\\) → [^\n]+2022\n  Planned end: \\(none\\) → [^\n]+2022\n  Quarters marked: \\(none\\) → 2022-Q4\n  Removed: [^\n]+ → in the plan\n  Note: Asked by the board.\n$")
set_tests_properties(cli.plan.add PROPERTIES FIXTURES_REQUIRED "milepost_plan_db;milepost_plan_listed"
    FIXTURES_SETUP milepost_plan_added)
milepost_cli_test(cli.plan.edit
    "-DARGS=plan|edit-milestone|--id|1|--end|2023-06-30|--as-of|2022-10-05|--by|ben|--note|Vendor late.|--db|${plandb}"
    -DEXPECT_EXIT=0 -DEXPECT_NO_STDERR=ON
    "-DEXPECT_STDOUT=^Recorded a plan edit of milestone 1 “[^”]+” as of 2022-10-05 \\(version 1\\)\n  Planned end: [^\n]+ → [^\n]+2023\n  Note: Vendor late.\n$")
set_tests_properties(cli.plan.edit PROPERTIES FIXTURES_REQUIRED milepost_plan_added FIXTURES_SETUP milepost_plan_edited)
milepost_cli_test(cli.plan.remove "-DARGS=plan|remove-milestone|--id|2|--as-of|2022-10-06|--by|ben|--db|${plandb}"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=^Recorded a plan edit of milestone 2 “[^”]+” as of 2022-10-06 \\(version 1\\)\n  Removed: in the plan → not in the plan\n$")
set_tests_properties(cli.plan.remove PROPERTIES FIXTURES_REQUIRED milepost_plan_edited FIXTURES_SETUP milepost_plan_removed)
milepost_cli_test(cli.plan.objective-status
    "-DARGS=plan|set-objective-status|--objective|4|--status|at risk|--estimate|Q1-23|--as-of|2022-10-07|--by|cy|--db|${plandb}"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=^Recorded a plan edit of objective 4 “Broad Fiscal Analysis” as of 2022-10-07 \\(version 1\\)\n  Objective status: [^\n]+ → At risk\n  Estimated completion: [^\n]+ → 2023 Q1\n$")
set_tests_properties(cli.plan.objective-status PROPERTIES FIXTURES_REQUIRED milepost_plan_removed FIXTURES_SETUP milepost_plan_all)
# Refusals: nothing is stored.
milepost_cli_test(cli.plan.unchanged "-DARGS=plan|edit-milestone|--id|1|--end|2023-06-30|--by|ben|--db|${plandb}"
    -DEXPECT_EXIT=0 "-DEXPECT_STDOUT=^Milestone 1 “[^”]+”: nothing to record, the plan already says so \\(version 1\\)\n$")
milepost_cli_test(cli.plan.stale "-DARGS=plan|edit-milestone|--id|1|--title|Renamed|--expect-version|0|--by|cy|--db|${plandb}"
    -DEXPECT_EXIT=1 -DEXPECT_NO_STDOUT=ON "-DEXPECT_STDERR=^milepost: [^\n]*version")
milepost_cli_test(cli.plan.bad-date "-DARGS=plan|edit-milestone|--id|1|--end|Smarch 40|--by|cy|--db|${plandb}"
    -DEXPECT_EXIT=2 -DEXPECT_NO_STDOUT=ON "-DEXPECT_STDERR=^milepost: Planned end “Smarch 40” cannot be read[^\n]*\nmilepost: nothing was recorded\n$")
milepost_cli_test(cli.plan.unknown-milestone "-DARGS=plan|remove-milestone|--id|99999|--by|cy|--db|${plandb}"
    -DEXPECT_EXIT=1 "-DEXPECT_STDERR=^milepost: there is no milestone 99999\n$")
milepost_cli_test(cli.plan.shared-title
    "-DARGS=plan|set-objective-status|--objective|Staffing Plan to Support Schools|--status|done|--by|cy|--db|${plandb}"
    -DEXPECT_EXIT=2 "-DEXPECT_STDERR=^milepost: 2 objectives are titled “Staffing Plan to Support Schools”: give one of their numbers, [0-9]+, [0-9]+\n$")
milepost_cli_test(cli.plan.no-id "-DARGS=plan|remove-milestone|--by|cy|--db|${plandb}"
    -DEXPECT_EXIT=2 "-DEXPECT_STDERR=^milepost: plan remove-milestone needs --id ID")
milepost_cli_test(cli.plan.no-values "-DARGS=plan|edit-milestone|--id|1|--by|cy|--db|${plandb}"
    -DEXPECT_EXIT=2 "-DEXPECT_STDERR=needs a value to change")
milepost_cli_test(cli.plan.unknown-action "-DARGS=plan|rename|--db|${plandb}"
    -DEXPECT_EXIT=2 "-DEXPECT_STDERR=^milepost: plan takes one of objectives, add-milestone")
set_tests_properties(cli.plan.unchanged cli.plan.stale cli.plan.bad-date cli.plan.unknown-milestone cli.plan.shared-title
    cli.plan.no-id cli.plan.no-values cli.plan.unknown-action PROPERTIES FIXTURES_REQUIRED milepost_plan_all)
# The history lists the edits with their author; changes groups them for a board.
milepost_cli_test(cli.plan.history "-DARGS=history|--milestone|1|--db|${plandb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=Plan edits:\n2022-10-05  milestone 1 “[^”]+”, plan edit by ben \\(entered [^\n]+\\), version 1\n    Planned end: ")
milepost_cli_test(cli.plan.changes "-DARGS=changes|--since|2022-09-30|--until|2022-10-31|--db|${plandb}" -DEXPECT_EXIT=0
    -DEXPECT_NO_STDERR=ON
    "-DEXPECT_STDOUT=^Changes after 2022-09-30 up to 2022-10-31\n1 new, 1 removed, 1 with dates moved \\(1 slipped\\), 1 objective changed on 3 milestones; from 0 progress updates and 4 plan edits.\n\nNew milestones \\(1\\)\n  2022-10-01  milestone [0-9]+ “Board workshop” \\(Broad Fiscal Analysis\\)\n      Added to the plan: [^\n]+\n      Note: Asked by the board. \\(ana, 2022-10-01\\)\n\nRemoved milestones \\(1\\)\n.*\nDates moved \\(1\\)\n  2022-10-05  milestone 1 [^\n]+\n      Planned end: [^\n]+ \\(slipped [0-9]+ days\\)\n      Note: Vendor late. \\(ben, 2022-10-05\\)\n\nObjectives \\(1\\)\n  2022-10-07  objective “Broad Fiscal Analysis”\n      Objective status: \\(none\\) → At risk\n")
milepost_cli_test(cli.plan.changes-json "-DARGS=changes|--since|2022-09-30|--until|2022-10-31|--json|--db|${plandb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=\"counts\": {\n +\"added\": 1,\n +\"completed\": 0,\n[^}]+\"removed\": 1,\n +\"renamed\": 0,\n +\"rescheduled\": 1,")
milepost_cli_test(cli.plan.changes-before "-DARGS=changes|--since|2022-09-01|--until|2022-09-30|--db|${plandb}" -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=^Changes after 2022-09-01 up to 2022-09-30\nNothing changed between these dates.\n$")
milepost_cli_test(cli.plan.changes-no-since "-DARGS=changes|--db|${plandb}" -DEXPECT_EXIT=2 "-DEXPECT_STDERR=needs --since DATE")
set_tests_properties(cli.plan.history cli.plan.changes cli.plan.changes-json cli.plan.changes-before cli.plan.changes-no-since
    PROPERTIES FIXTURES_REQUIRED milepost_plan_all)
