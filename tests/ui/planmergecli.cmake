# SPDX-License-Identifier: GPL-3.0-or-later
# milepost import-plan of a new edition of the stored plan: the merge report, --dry-run and
# --match. Included from CMakeLists.txt, inside its if(TARGET milepost), where plan, clidir and
# milepost_cli_test are set. The edition is the bundled report with one end date moved, one
# milestone renamed, one dropped and one added; it has the bundled report's file name.
file(READ "${plan}" edition)
string(REPLACE "Receive Board approval for graduation profile\t6/01/22\t6/30/22"
    "Receive Board approval for graduation profile\t6/01/22\t9/30/22" edition "${edition}")
string(REPLACE "Develop an asset map of all District initiatives that support college and career readiness"
    "Develop an asset map of all District initiatives supporting college and career readiness" edition "${edition}")
string(REGEX REPLACE "Issue a request for proposal \\(RFP\\) for College and Career Certificate[^\n]*\n" "" edition "${edition}")
string(REGEX REPLACE "(Complete and launch College Access and Reminders Exchange \\(CARE\\) digital application[^\n]*\n)"
    "\\1Publish the graduation profile to families\t7/01/22\t8/31/22\t\t●\t\t\n" edition "${edition}")
get_filename_component(planname "${plan}" NAME)
file(WRITE "${clidir}/edition/${planname}" "${edition}")
set(mergedb "${clidir}/merge.sqlite")
set(editionfile "${clidir}/edition/${planname}")
set(oldtitle "Develop an asset map of all District initiatives that support college and career readiness")
set(newtitle "Develop an asset map of all District initiatives supporting college and career readiness")

milepost_cli_test(cli.import-plan.merge.setup "-DARGS=import-plan|${plan}|--db|${mergedb}" -DREMOVE=${mergedb}
    -DEXPECT_EXIT=0)
set_tests_properties(cli.import-plan.merge.setup PROPERTIES FIXTURES_SETUP milepost_merge_plan)
# --dry-run: the report, with the rename offered and how to confirm it; the database untouched.
milepost_cli_test(cli.import-plan.merge.dry-run "-DARGS=import-plan|${editionfile}|--db|${mergedb}|--dry-run"
    -DEXPECT_EXIT=0 -DEXPECT_UNCHANGED=${mergedb} -DEXPECT_NO_STDERR=ON
    "-DEXPECT_STDOUT=^A new edition of the stored plan; merging it would change:\nMilestones in the new edition: 160 = 157 unchanged \\+ 1 changed \\+ 2 new \\+ 0 back\nMilestones in the stored edition: 160 = 157 unchanged \\+ 1 changed \\+ 2 removed\nNew \\(2\\):\n  \\+ [^\n]+supporting college and career readiness\n  \\+ [^\n]+Publish the graduation profile to families\nRemoved, kept with their history \\(2\\):\n.*Changed \\(1\\), recorded as plan edits:\n  \\* [^\n]+Receive Board approval for graduation profile: Planned end [^\n]+\nRename candidates, counted as removed and new until confirmed \\(1\\):\n  \\? [^\n]+; to keep it one: --match \"${oldtitle}=${newtitle}\"\nDry run: nothing was stored.\n$")
milepost_cli_test(cli.import-plan.merge.dry-run-json "-DARGS=import-plan|${editionfile}|--db|${mergedb}|--dry-run|--json"
    -DEXPECT_EXIT=0 -DEXPECT_UNCHANGED=${mergedb}
    "-DEXPECT_STDOUT=\"dryRun\": true,.*\"editionCount\": 160,.*\"renameCandidates\": \\[\n +{\n +\"kind\": \"milestone\",\n +\"newTitle\": \"${newtitle}\"")
# A --match that names no removed and new pair is refused before anything is stored.
milepost_cli_test(cli.import-plan.merge.bad-match "-DARGS=import-plan|${editionfile}|--db|${mergedb}|--match|No such=Thing"
    -DEXPECT_EXIT=2 -DEXPECT_UNCHANGED=${mergedb} -DEXPECT_NO_STDOUT=ON
    "-DEXPECT_STDERR=^milepost: --match [^\n]+No such=Thing[^\n]+ names no removed milestone [^\n]+nothing was stored\n$")
set_tests_properties(cli.import-plan.merge.dry-run cli.import-plan.merge.dry-run-json cli.import-plan.merge.bad-match
    PROPERTIES FIXTURES_REQUIRED milepost_merge_plan FIXTURES_SETUP milepost_merge_checked)
# --match confirms the rename: one milestone changed more, one fewer removed and new.
milepost_cli_test(cli.import-plan.merge.match "-DARGS=import-plan|${editionfile}|--db|${mergedb}|--match|${oldtitle}=${newtitle}"
    -DEXPECT_EXIT=0
    "-DEXPECT_STDOUT=\nMerged as a new edition of the stored plan; every recorded update is kept:\nMilestones in the new edition: 160 = 157 unchanged \\+ 2 changed \\+ 1 new \\+ 0 back\nMilestones in the stored edition: 160 = 157 unchanged \\+ 2 changed \\+ 1 removed\n.*  \\* [^\n]+supporting college and career readiness: Title [^\n]+\n")
set_tests_properties(cli.import-plan.merge.match PROPERTIES FIXTURES_REQUIRED "milepost_merge_plan;milepost_merge_checked")
