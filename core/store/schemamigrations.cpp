// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamigrations.h"

#include <array>

namespace milepost {

namespace {

// Schema version 1. Dates keep the text the plan wrote (raw) next to what it means (kind, first
// and last day as ISO text), so that reports can query by day and the plan reads back exactly.
// The CHECKs mirror the invariants of the domain types; a new Finding kind or date kind is a
// schema change and gets a migration. Every foreign key is the leading column of a UNIQUE or
// PRIMARY KEY constraint, whose index also serves the cascades.
constexpr const char schemaVersion1[] = R"sql(
CREATE TABLE plans (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL,
    source      TEXT NOT NULL,
    imported_at TEXT NOT NULL
        CHECK (imported_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z')
);
CREATE INDEX plans_source ON plans (source);

CREATE TABLE objectives (
    id                   INTEGER PRIMARY KEY,
    plan_id              INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position             INTEGER NOT NULL CHECK (position >= 0),
    phase                TEXT NOT NULL CHECK (phase IN ('LEARN', 'ASSESS', 'COMMUNICATE', 'ACT')),
    title                TEXT NOT NULL,
    subtitle             TEXT NOT NULL,
    objective_text       TEXT NOT NULL,
    status_text          TEXT NOT NULL,
    status_state         TEXT NOT NULL
        CHECK (status_state IN ('unknown', 'not_started', 'in_progress', 'completed')),
    estimated_completion TEXT,
    narrative            TEXT NOT NULL,
    source_line          INTEGER NOT NULL CHECK (source_line >= 0),
    UNIQUE (plan_id, position)
);

CREATE TABLE milestones (
    id            INTEGER PRIMARY KEY,
    objective_id  INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 0),
    section       TEXT NOT NULL,
    title         TEXT NOT NULL,
    start_raw     TEXT NOT NULL,
    start_kind    TEXT NOT NULL,
    start_first   TEXT,
    start_last    TEXT,
    start_problem TEXT NOT NULL,
    start_reason  TEXT NOT NULL,
    end_raw       TEXT NOT NULL,
    end_kind      TEXT NOT NULL,
    end_first     TEXT,
    end_last      TEXT,
    end_problem   TEXT NOT NULL,
    end_reason    TEXT NOT NULL,
    source_line   INTEGER NOT NULL CHECK (source_line >= 0),
    UNIQUE (objective_id, position),
    CHECK (start_kind IN ('exact', 'month', 'quarter', 'ongoing', 'not_applicable', 'invalid')),
    CHECK (CASE WHEN start_kind IN ('exact', 'month', 'quarter')
                THEN start_first GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                     AND start_last GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                     AND start_first <= start_last
                ELSE start_first IS NULL AND start_last IS NULL END),
    CHECK (start_problem IN ('none', 'missing', 'impossible_date', 'unrecognised')),
    CHECK ((start_kind = 'invalid') = (start_problem <> 'none')),
    CHECK (end_kind IN ('exact', 'month', 'quarter', 'ongoing', 'not_applicable', 'invalid')),
    CHECK (CASE WHEN end_kind IN ('exact', 'month', 'quarter')
                THEN end_first GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                     AND end_last GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                     AND end_first <= end_last
                ELSE end_first IS NULL AND end_last IS NULL END),
    CHECK (end_problem IN ('none', 'missing', 'impossible_date', 'unrecognised')),
    CHECK ((end_kind = 'invalid') = (end_problem <> 'none'))
);

-- The quarters a milestone is marked in: a set, read back in calendar order.
CREATE TABLE milestone_quarters (
    milestone_id INTEGER NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    year         INTEGER NOT NULL,
    quarter      INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    PRIMARY KEY (milestone_id, year, quarter)
) WITHOUT ROWID;

CREATE TABLE findings (
    id            INTEGER PRIMARY KEY,
    plan_id       INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    line          INTEGER NOT NULL CHECK (line >= 0),
    column_number INTEGER NOT NULL CHECK (column_number >= 0),
    kind          TEXT NOT NULL CHECK (kind IN ('invalid-date', 'unrecognised-value', 'missing-value',
                                                'end-before-start', 'marks-disagree', 'unreadable-table')),
    message       TEXT NOT NULL
);
CREATE INDEX findings_plan ON findings (plan_id, line, column_number);
)sql";

// Schema version 2: staffing, enrollment and capital projects imported from files. Rows belong
// to a source (what a re-import refreshes) and carry the import runs that created, last
// changed and last saw them, so that a newer export reports new, changed and gone records.
// record_key joins the row's key fields with U+001F; it is what a re-import matches on. Columns
// are named after the DatasetSchema field keys; a *_code column keeps the source's code for a
// value that does not apply (PNS, DOES, ...), and never holds one together with the value.
// Amounts are whole cents, percentages hundredths of a percent, dates ISO text.
constexpr const char schemaVersion2[] = R"sql(
CREATE TABLE dataset_sources (
    id      INTEGER PRIMARY KEY,
    dataset TEXT NOT NULL CHECK (dataset IN ('staffing', 'enrollment', 'projects')),
    name    TEXT NOT NULL,
    UNIQUE (dataset, name)
);

CREATE TABLE import_runs (
    id                 INTEGER PRIMARY KEY,
    source_id          INTEGER NOT NULL REFERENCES dataset_sources (id) ON DELETE CASCADE,
    file               TEXT NOT NULL,
    profile            TEXT NOT NULL,
    encoding           TEXT NOT NULL,
    delimiter          TEXT NOT NULL,
    imported_at        TEXT NOT NULL
        CHECK (imported_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'),
    rows_read          INTEGER NOT NULL CHECK (rows_read >= 0),
    stored             INTEGER NOT NULL CHECK (stored >= 0),
    rejected           INTEGER NOT NULL CHECK (rejected >= 0),
    blank              INTEGER NOT NULL CHECK (blank >= 0),
    new_records        INTEGER NOT NULL CHECK (new_records >= 0),
    changed_records    INTEGER NOT NULL CHECK (changed_records >= 0),
    unchanged_records  INTEGER NOT NULL CHECK (unchanged_records >= 0),
    gone_records       INTEGER NOT NULL CHECK (gone_records >= 0),
    new_projects       INTEGER NOT NULL CHECK (new_projects >= 0),
    changed_projects   INTEGER NOT NULL CHECK (changed_projects >= 0),
    unchanged_projects INTEGER NOT NULL CHECK (unchanged_projects >= 0),
    gone_projects      INTEGER NOT NULL CHECK (gone_projects >= 0),
    CHECK (rows_read = stored + rejected + blank)
);
CREATE INDEX import_runs_source ON import_runs (source_id, id);

CREATE TABLE import_events (
    run_id        INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 0),
    outcome       TEXT NOT NULL CHECK (outcome IN ('rejected', 'blank', 'changed', 'gone')),
    line          INTEGER NOT NULL CHECK (line >= 0),
    column_number INTEGER NOT NULL CHECK (column_number >= 0),
    column_name   TEXT NOT NULL,
    record_key    TEXT NOT NULL,
    value         TEXT NOT NULL,
    reason        TEXT NOT NULL,
    PRIMARY KEY (run_id, position)
) WITHOUT ROWID;

CREATE TABLE import_profiles (
    name       TEXT PRIMARY KEY,
    dataset    TEXT NOT NULL CHECK (dataset IN ('staffing', 'enrollment', 'projects')),
    definition TEXT NOT NULL,
    saved_at   TEXT NOT NULL
);

CREATE TABLE staffing (
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER NOT NULL REFERENCES dataset_sources (id) ON DELETE CASCADE,
    record_key     TEXT NOT NULL,
    period         TEXT NOT NULL,
    period_first   TEXT NOT NULL,
    period_last    TEXT NOT NULL,
    local_district TEXT NOT NULL,
    site           TEXT,
    employee_group TEXT NOT NULL CHECK (employee_group IN ('certificated', 'classified')),
    job_category   TEXT NOT NULL,
    positions      INTEGER CHECK (positions >= 0),
    vacancies      INTEGER CHECK (vacancies >= 0),
    hires          INTEGER CHECK (hires >= 0),
    illustrative   INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
    note           TEXT,
    source_line    INTEGER NOT NULL CHECK (source_line > 0),
    created_run    INTEGER NOT NULL,
    changed_run    INTEGER NOT NULL,
    seen_run       INTEGER NOT NULL,
    UNIQUE (source_id, record_key),
    CHECK (period_first <= period_last),
    CHECK (positions IS NOT NULL OR vacancies IS NOT NULL OR hires IS NOT NULL)
);

CREATE TABLE enrollment (
    id                INTEGER PRIMARY KEY,
    source_id         INTEGER NOT NULL REFERENCES dataset_sources (id) ON DELETE CASCADE,
    record_key        TEXT NOT NULL,
    school_year       TEXT NOT NULL,
    school_year_first TEXT NOT NULL,
    school_year_last  TEXT NOT NULL,
    local_district    TEXT NOT NULL,
    school            TEXT,
    program           TEXT NOT NULL,
    grade             TEXT,
    unit              TEXT NOT NULL CHECK (unit IN ('students', 'classrooms')),
    count             INTEGER NOT NULL CHECK (count >= 0),
    illustrative      INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
    note              TEXT,
    source_line       INTEGER NOT NULL CHECK (source_line > 0),
    created_run       INTEGER NOT NULL,
    changed_run       INTEGER NOT NULL,
    seen_run          INTEGER NOT NULL,
    UNIQUE (source_id, record_key),
    CHECK (school_year_first <= school_year_last)
);

CREATE TABLE capital_projects (
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER NOT NULL REFERENCES dataset_sources (id) ON DELETE CASCADE,
    record_key     TEXT NOT NULL,
    project_key    TEXT,
    site_code      TEXT,
    school_name    TEXT,
    region         TEXT,
    board_district TEXT,
    project_type   TEXT,
    description    TEXT,
    funding        TEXT,
    funding_code   TEXT,
    source_line    INTEGER NOT NULL CHECK (source_line > 0),
    created_run    INTEGER NOT NULL,
    changed_run    INTEGER NOT NULL,
    seen_run       INTEGER NOT NULL,
    UNIQUE (source_id, record_key),
    CHECK (funding IS NULL OR funding_code IS NULL)
);

-- Keyed by project, phase name and occurrence (the second "Scope" of one project is 2): one
-- B-tree, in project order, instead of a table and a unique index.
CREATE TABLE capital_phases (
    project_id            INTEGER NOT NULL REFERENCES capital_projects (id) ON DELETE CASCADE,
    phase                 TEXT NOT NULL,
    occurrence            INTEGER NOT NULL CHECK (occurrence >= 1),
    status                TEXT,
    planned_start         TEXT CHECK (planned_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    planned_start_code    TEXT,
    planned_end           TEXT CHECK (planned_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    planned_end_code      TEXT,
    actual_start          TEXT CHECK (actual_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    actual_start_code     TEXT,
    actual_end            TEXT CHECK (actual_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    actual_end_code       TEXT,
    budget                INTEGER,
    budget_code           TEXT,
    estimate              INTEGER,
    estimate_code         TEXT,
    spent                 INTEGER,
    spent_code            TEXT,
    percent_complete      INTEGER CHECK (percent_complete BETWEEN 0 AND 10000),
    percent_complete_code TEXT,
    illustrative          INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
    note                  TEXT,
    source_line           INTEGER NOT NULL CHECK (source_line > 0),
    created_run           INTEGER NOT NULL,
    changed_run           INTEGER NOT NULL,
    seen_run              INTEGER NOT NULL,
    PRIMARY KEY (project_id, phase, occurrence),
    CHECK (planned_start IS NULL OR planned_start_code IS NULL),
    CHECK (planned_end IS NULL OR planned_end_code IS NULL),
    CHECK (actual_start IS NULL OR actual_start_code IS NULL),
    CHECK (actual_end IS NULL OR actual_end_code IS NULL),
    CHECK (budget IS NULL OR budget_code IS NULL),
    CHECK (estimate IS NULL OR estimate_code IS NULL),
    CHECK (spent IS NULL OR spent_code IS NULL),
    CHECK (percent_complete IS NULL OR percent_complete_code IS NULL),
    CHECK (planned_end >= planned_start),
    CHECK (actual_end >= actual_start)
) WITHOUT ROWID;
)sql";

// Schema version 3: the capital tables, reshaped for imports of a million rows.
// - A phase's dates are Julian day numbers (QDate::toJulianDay; date(planned_start) gives ISO
//   text). A range check keeps them between the years 1 and 9999 and refuses text; the GLOB
//   that checked ISO text cost a bulk import more than any other part of the table's checks.
// - A project's key is a named unique index instead of a UNIQUE constraint, so that an import
//   into an empty table can build it once after its rows (DatasetImportSession) rather than
//   insert a million keys into it at random.
// The rows are copied; capital_phases is dropped first, so that no cascade runs.
constexpr const char schemaVersion3[] = R"sql(
CREATE TABLE capital_projects_v3 (
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER NOT NULL REFERENCES dataset_sources (id) ON DELETE CASCADE,
    record_key     TEXT NOT NULL,
    project_key    TEXT,
    site_code      TEXT,
    school_name    TEXT,
    region         TEXT,
    board_district TEXT,
    project_type   TEXT,
    description    TEXT,
    funding        TEXT,
    funding_code   TEXT,
    source_line    INTEGER NOT NULL CHECK (source_line > 0),
    created_run    INTEGER NOT NULL,
    changed_run    INTEGER NOT NULL,
    seen_run       INTEGER NOT NULL,
    CHECK (funding IS NULL OR funding_code IS NULL)
);
INSERT INTO capital_projects_v3
    SELECT id, source_id, record_key, project_key, site_code, school_name, region, board_district, project_type,
           description, funding, funding_code, source_line, created_run, changed_run, seen_run
    FROM capital_projects;

CREATE TABLE capital_phases_v3 (
    project_id            INTEGER NOT NULL REFERENCES capital_projects_v3 (id) ON DELETE CASCADE,
    phase                 TEXT NOT NULL,
    occurrence            INTEGER NOT NULL CHECK (occurrence >= 1),
    status                TEXT,
    planned_start         INTEGER CHECK (planned_start BETWEEN 1721426 AND 5373484),
    planned_start_code    TEXT,
    planned_end           INTEGER CHECK (planned_end BETWEEN 1721426 AND 5373484),
    planned_end_code      TEXT,
    actual_start          INTEGER CHECK (actual_start BETWEEN 1721426 AND 5373484),
    actual_start_code     TEXT,
    actual_end            INTEGER CHECK (actual_end BETWEEN 1721426 AND 5373484),
    actual_end_code       TEXT,
    budget                INTEGER,
    budget_code           TEXT,
    estimate              INTEGER,
    estimate_code         TEXT,
    spent                 INTEGER,
    spent_code            TEXT,
    percent_complete      INTEGER CHECK (percent_complete BETWEEN 0 AND 10000),
    percent_complete_code TEXT,
    illustrative          INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
    note                  TEXT,
    source_line           INTEGER NOT NULL CHECK (source_line > 0),
    created_run           INTEGER NOT NULL,
    changed_run           INTEGER NOT NULL,
    seen_run              INTEGER NOT NULL,
    PRIMARY KEY (project_id, phase, occurrence),
    CHECK (planned_start IS NULL OR planned_start_code IS NULL),
    CHECK (planned_end IS NULL OR planned_end_code IS NULL),
    CHECK (actual_start IS NULL OR actual_start_code IS NULL),
    CHECK (actual_end IS NULL OR actual_end_code IS NULL),
    CHECK (budget IS NULL OR budget_code IS NULL),
    CHECK (estimate IS NULL OR estimate_code IS NULL),
    CHECK (spent IS NULL OR spent_code IS NULL),
    CHECK (percent_complete IS NULL OR percent_complete_code IS NULL),
    CHECK (planned_end >= planned_start),
    CHECK (actual_end >= actual_start)
) WITHOUT ROWID;
-- ISO text to the day's number: julianday() counts from noon, QDate from the day.
INSERT INTO capital_phases_v3
    SELECT project_id, phase, occurrence, status,
           CAST(julianday(planned_start) + 0.5 AS INTEGER), planned_start_code,
           CAST(julianday(planned_end) + 0.5 AS INTEGER), planned_end_code,
           CAST(julianday(actual_start) + 0.5 AS INTEGER), actual_start_code,
           CAST(julianday(actual_end) + 0.5 AS INTEGER), actual_end_code,
           budget, budget_code, estimate, estimate_code, spent, spent_code, percent_complete,
           percent_complete_code, illustrative, note, source_line, created_run, changed_run, seen_run
    FROM capital_phases;

DROP TABLE capital_phases;
DROP TABLE capital_projects;
ALTER TABLE capital_projects_v3 RENAME TO capital_projects;
ALTER TABLE capital_phases_v3 RENAME TO capital_phases;
CREATE UNIQUE INDEX capital_projects_key ON capital_projects (source_id, record_key);
)sql";

// Schema version 4: progress recorded on milestones, and a history of it that is never rewritten.
// - milestone_keys gives each milestone an identity that outlives the plan's re-imports, which
//   delete and rebuild the milestones table: the plan's source (its file name, what a re-import
//   replaces), the objective's title and subtitle with their occurrence among the plan's
//   objectives, and the milestone's title with its occurrence in its objective. The texts are
//   compared exactly: a changed title is a new key, never a guess. Its id is the milestone id
//   people see and type (milepost update --milestone ID); keys are never deleted, so the
//   history of a milestone that a later edition leaves out is kept.
// - milestone_updates is the journal: one row per update (as-of date, who, when, why) and
//   milestone_changes one row per field it changed, with the old and the new value as text.
//   Triggers refuse to update or delete either; nothing cascades into them.
// - milestone_progress holds the current values: what the journal gives when replayed to the
//   end, kept in the same transaction, with the version a writer must have read.
// Dates are ISO text (YYYY-MM-DD), which orders as the days do on every engine.
constexpr const char schemaVersion4[] = R"sql(
CREATE TABLE milestone_keys (
    id                   INTEGER PRIMARY KEY,
    plan_source          TEXT NOT NULL,
    objective_title      TEXT NOT NULL,
    objective_subtitle   TEXT NOT NULL,
    objective_occurrence INTEGER NOT NULL CHECK (objective_occurrence >= 1),
    title                TEXT NOT NULL,
    occurrence           INTEGER NOT NULL CHECK (occurrence >= 1),
    UNIQUE (plan_source, objective_title, objective_subtitle, objective_occurrence, title, occurrence)
);

-- The keys of the milestones stored so far, numbered in the plans' order.
CREATE TEMP TABLE milestone_key_map AS
    SELECT m.id AS milestone_id, o.source AS plan_source, o.title AS objective_title,
           o.subtitle AS objective_subtitle, o.occurrence AS objective_occurrence, m.title AS title,
           ROW_NUMBER() OVER (PARTITION BY m.objective_id, m.title ORDER BY m.position) AS occurrence
    FROM milestones m
    JOIN (SELECT objectives.id, plans.source, objectives.title, objectives.subtitle,
                 ROW_NUMBER() OVER (PARTITION BY plans.source, objectives.title, objectives.subtitle
                                    ORDER BY plans.id, objectives.position) AS occurrence
          FROM objectives JOIN plans ON plans.id = objectives.plan_id) o ON o.id = m.objective_id;
INSERT INTO milestone_keys (plan_source, objective_title, objective_subtitle, objective_occurrence, title, occurrence)
    SELECT plan_source, objective_title, objective_subtitle, objective_occurrence, title, occurrence
    FROM milestone_key_map ORDER BY milestone_id;

ALTER TABLE milestones ADD COLUMN key_id INTEGER REFERENCES milestone_keys (id);
UPDATE milestones SET key_id = (
    SELECT k.id FROM milestone_key_map map
    JOIN milestone_keys k ON k.plan_source = map.plan_source AND k.objective_title = map.objective_title
                         AND k.objective_subtitle = map.objective_subtitle
                         AND k.objective_occurrence = map.objective_occurrence
                         AND k.title = map.title AND k.occurrence = map.occurrence
    WHERE map.milestone_id = milestones.id);
DROP TABLE milestone_key_map;
CREATE UNIQUE INDEX milestones_key ON milestones (key_id);

CREATE TABLE milestone_updates (
    id           INTEGER PRIMARY KEY,
    milestone_id INTEGER NOT NULL REFERENCES milestone_keys (id),
    as_of        TEXT NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    entered_by   TEXT NOT NULL CHECK (entered_by <> ''),
    entered_at   TEXT NOT NULL
        CHECK (entered_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'),
    note         TEXT NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    UNIQUE (milestone_id, version)
);
CREATE INDEX milestone_updates_as_of ON milestone_updates (as_of, milestone_id);

CREATE TABLE milestone_changes (
    update_id INTEGER NOT NULL REFERENCES milestone_updates (id),
    field     TEXT NOT NULL
        CHECK (field IN ('status', 'percent', 'actual_start', 'actual_end', 'owner', 'office')),
    old_value TEXT,
    new_value TEXT,
    PRIMARY KEY (update_id, field),
    CHECK (old_value IS NOT new_value)
) WITHOUT ROWID;

CREATE TRIGGER milestone_updates_kept BEFORE UPDATE ON milestone_updates
BEGIN SELECT RAISE(ABORT, 'the history of updates is never rewritten'); END;
CREATE TRIGGER milestone_updates_not_deleted BEFORE DELETE ON milestone_updates
BEGIN SELECT RAISE(ABORT, 'the history of updates is never rewritten'); END;
CREATE TRIGGER milestone_changes_kept BEFORE UPDATE ON milestone_changes
BEGIN SELECT RAISE(ABORT, 'the history of updates is never rewritten'); END;
CREATE TRIGGER milestone_changes_not_deleted BEFORE DELETE ON milestone_changes
BEGIN SELECT RAISE(ABORT, 'the history of updates is never rewritten'); END;

CREATE TABLE milestone_progress (
    milestone_id INTEGER PRIMARY KEY REFERENCES milestone_keys (id),
    status       TEXT CHECK (status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'done', 'deferred',
                                        'cancelled')),
    percent      INTEGER CHECK (percent BETWEEN 0 AND 100),
    actual_start TEXT CHECK (actual_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    actual_end   TEXT CHECK (actual_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    owner        TEXT,
    office       TEXT,
    note         TEXT,
    note_as_of   TEXT CHECK (note_as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    as_of        TEXT NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    version      INTEGER NOT NULL CHECK (version >= 1),
    CHECK (actual_end >= actual_start),
    CHECK ((note IS NULL) = (note_as_of IS NULL))
);
)sql";

// Schema version 5: footer rows ("TOTAL", "Grand Total") an import recognised and left out. They
// are counted apart: rows_read keeps version 2's meaning of stored + rejected + blank, and a run
// read rows_read + totals rows of its file.
constexpr const char schemaVersion5[] = R"sql(
ALTER TABLE import_runs ADD COLUMN totals INTEGER NOT NULL DEFAULT 0 CHECK (totals >= 0);
)sql";

// Schema version 6: every import reversible.
// - import_runs.imported_by: the login name of who ran the import ('' for runs before).
// - import_runs.keeps_replaced: 1 for runs that keep what they replace (below); a refresh made
//   before version 6 kept nothing and can be taken back only by restoring a backup.
// - *_superseded keep what a refresh (a re-import of a source that had rows) replaced: a copy
//   of each row as it was before the run changed its values or its line, or deleted it as gone,
//   tagged with the run (superseded_run); rows it only marked seen are not copied (their
//   seen_run was the source's previous run). Removing the run (ImportHistory::remove) puts
//   these rows back (SupersededRows). The rows were checked when first stored, so
//   the copies carry no CHECKs. A column added to a dataset table is added here too.
constexpr const char schemaVersion6[] = R"sql(
ALTER TABLE import_runs ADD COLUMN imported_by TEXT NOT NULL DEFAULT '';
ALTER TABLE import_runs ADD COLUMN keeps_replaced INTEGER NOT NULL DEFAULT 0 CHECK (keeps_replaced IN (0, 1));

CREATE TABLE staffing_superseded (
    superseded_run INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    id             INTEGER NOT NULL,
    source_id      INTEGER NOT NULL,
    record_key     TEXT NOT NULL,
    period         TEXT,
    period_first   TEXT,
    period_last    TEXT,
    local_district TEXT,
    site           TEXT,
    employee_group TEXT,
    job_category   TEXT,
    positions      INTEGER,
    vacancies      INTEGER,
    hires          INTEGER,
    illustrative   INTEGER,
    note           TEXT,
    source_line    INTEGER NOT NULL,
    created_run    INTEGER NOT NULL,
    changed_run    INTEGER NOT NULL,
    seen_run       INTEGER NOT NULL,
    PRIMARY KEY (superseded_run, id)
) WITHOUT ROWID;

CREATE TABLE enrollment_superseded (
    superseded_run    INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    id                INTEGER NOT NULL,
    source_id         INTEGER NOT NULL,
    record_key        TEXT NOT NULL,
    school_year       TEXT,
    school_year_first TEXT,
    school_year_last  TEXT,
    local_district    TEXT,
    school            TEXT,
    program           TEXT,
    grade             TEXT,
    unit              TEXT,
    count             INTEGER,
    illustrative      INTEGER,
    note              TEXT,
    source_line       INTEGER NOT NULL,
    created_run       INTEGER NOT NULL,
    changed_run       INTEGER NOT NULL,
    seen_run          INTEGER NOT NULL,
    PRIMARY KEY (superseded_run, id)
) WITHOUT ROWID;

CREATE TABLE capital_projects_superseded (
    superseded_run INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    id             INTEGER NOT NULL,
    source_id      INTEGER NOT NULL,
    record_key     TEXT NOT NULL,
    project_key    TEXT,
    site_code      TEXT,
    school_name    TEXT,
    region         TEXT,
    board_district TEXT,
    project_type   TEXT,
    description    TEXT,
    funding        TEXT,
    funding_code   TEXT,
    source_line    INTEGER NOT NULL,
    created_run    INTEGER NOT NULL,
    changed_run    INTEGER NOT NULL,
    seen_run       INTEGER NOT NULL,
    PRIMARY KEY (superseded_run, id)
) WITHOUT ROWID;

CREATE TABLE capital_phases_superseded (
    superseded_run        INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
    project_id            INTEGER NOT NULL,
    phase                 TEXT NOT NULL,
    occurrence            INTEGER NOT NULL,
    status                TEXT,
    planned_start         INTEGER,
    planned_start_code    TEXT,
    planned_end           INTEGER,
    planned_end_code      TEXT,
    actual_start          INTEGER,
    actual_start_code     TEXT,
    actual_end            INTEGER,
    actual_end_code       TEXT,
    budget                INTEGER,
    budget_code           TEXT,
    estimate              INTEGER,
    estimate_code         TEXT,
    spent                 INTEGER,
    spent_code            TEXT,
    percent_complete      INTEGER,
    percent_complete_code TEXT,
    illustrative          INTEGER,
    note                  TEXT,
    source_line           INTEGER NOT NULL,
    created_run           INTEGER NOT NULL,
    changed_run           INTEGER NOT NULL,
    seen_run              INTEGER NOT NULL,
    PRIMARY KEY (superseded_run, project_id, phase, occurrence)
) WITHOUT ROWID;
)sql";

// Schema version 7: the capital projects by region, for the dashboard's figures computed in the
// database (CapitalFiguresQuery): a Local District filter finds its projects without reading
// the other million rows.
constexpr const char schemaVersion7[] = R"sql(
CREATE INDEX capital_projects_region ON capital_projects (region);
)sql";

// Schema version 8 (plan edits and baselines; one self-contained step, named for what it adds
// so that it can be renumbered): people change the plan itself, and those changes are kept like
// progress updates.
// - objective_keys: an objective's identity across re-imports (as milestone_keys spells it),
//   added the first time an objective is edited.
// - plan_edits is the journal of plan edits, on a milestone (milestone_id) or an objective
//   (objective_id); plan_edit_changes one row per field with the old and the new value as
//   text (PlanEditField). Triggers refuse to update or delete either. Adding a milestone is an
//   edit of a new milestone key whose "removed" goes from 'yes' to 'no'; removing one sets it
//   to 'yes'. Nothing is deleted: the key, its progress and its history stay.
// - milestone_plan_edits and objective_plan_edits hold the current values (the journal
//   replayed to the end, NULL for a field never edited) with the version a writer must have
//   read. The imported rows are never changed: a re-import rebuilds them and the edits stay
//   laid over them (PlanEditReplay).
// - plan_baselines and baseline_milestones keep a plan's dates as first imported (the baseline
//   'Imported', taken by every import for milestones it has not seen) and as of any baseline a
//   person takes: the first day of the start and the last day of the end, NULL when undated.
constexpr const char schemaVersion8PlanEdits[] = R"sql(
CREATE TABLE objective_keys (
    id          INTEGER PRIMARY KEY,
    plan_source TEXT NOT NULL,
    title       TEXT NOT NULL,
    subtitle    TEXT NOT NULL,
    occurrence  INTEGER NOT NULL CHECK (occurrence >= 1),
    UNIQUE (plan_source, title, subtitle, occurrence)
);

CREATE TABLE plan_edits (
    id           INTEGER PRIMARY KEY,
    milestone_id INTEGER REFERENCES milestone_keys (id),
    objective_id INTEGER REFERENCES objective_keys (id),
    as_of        TEXT NOT NULL CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    entered_by   TEXT NOT NULL CHECK (entered_by <> ''),
    entered_at   TEXT NOT NULL
        CHECK (entered_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'),
    note         TEXT NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    UNIQUE (milestone_id, version),
    UNIQUE (objective_id, version),
    CHECK ((milestone_id IS NULL) <> (objective_id IS NULL))
);
CREATE INDEX plan_edits_as_of ON plan_edits (as_of);

CREATE TABLE plan_edit_changes (
    edit_id   INTEGER NOT NULL REFERENCES plan_edits (id),
    field     TEXT NOT NULL
        CHECK (field IN ('title', 'planned_start', 'planned_end', 'quarters', 'removed', 'objective_status',
                         'estimated_completion')),
    old_value TEXT,
    new_value TEXT,
    PRIMARY KEY (edit_id, field),
    CHECK (old_value IS NOT new_value)
) WITHOUT ROWID;

CREATE TRIGGER plan_edits_kept BEFORE UPDATE ON plan_edits
BEGIN SELECT RAISE(ABORT, 'the history of plan edits is never rewritten'); END;
CREATE TRIGGER plan_edits_not_deleted BEFORE DELETE ON plan_edits
BEGIN SELECT RAISE(ABORT, 'the history of plan edits is never rewritten'); END;
CREATE TRIGGER plan_edit_changes_kept BEFORE UPDATE ON plan_edit_changes
BEGIN SELECT RAISE(ABORT, 'the history of plan edits is never rewritten'); END;
CREATE TRIGGER plan_edit_changes_not_deleted BEFORE DELETE ON plan_edit_changes
BEGIN SELECT RAISE(ABORT, 'the history of plan edits is never rewritten'); END;

CREATE TABLE milestone_plan_edits (
    milestone_id  INTEGER PRIMARY KEY REFERENCES milestone_keys (id),
    title         TEXT CHECK (title <> ''),
    planned_start TEXT,
    planned_end   TEXT,
    quarters      TEXT,
    removed       TEXT CHECK (removed IN ('yes', 'no')),
    version       INTEGER NOT NULL CHECK (version >= 1)
);

CREATE TABLE objective_plan_edits (
    objective_id         INTEGER PRIMARY KEY REFERENCES objective_keys (id),
    status               TEXT CHECK (status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'done', 'deferred',
                                                'cancelled')),
    estimated_completion TEXT,
    version              INTEGER NOT NULL CHECK (version >= 1)
);

CREATE TABLE plan_baselines (
    id          INTEGER PRIMARY KEY,
    plan_source TEXT NOT NULL,
    name        TEXT NOT NULL CHECK (name <> ''),
    taken_at    TEXT NOT NULL
        CHECK (taken_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'),
    taken_by    TEXT NOT NULL,
    UNIQUE (plan_source, name)
);

CREATE TABLE baseline_milestones (
    baseline_id  INTEGER NOT NULL REFERENCES plan_baselines (id),
    milestone_id INTEGER NOT NULL REFERENCES milestone_keys (id),
    start_first  TEXT CHECK (start_first GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_last     TEXT CHECK (end_last GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (baseline_id, milestone_id)
) WITHOUT ROWID;

-- The plans stored so far: their dates now are the earliest kept, so they are the baseline.
INSERT INTO plan_baselines (plan_source, name, taken_at, taken_by)
    SELECT source, 'Imported', MAX(imported_at), '' FROM plans GROUP BY source;
INSERT INTO baseline_milestones (baseline_id, milestone_id, start_first, end_last)
    SELECT b.id, m.key_id, m.start_first, m.end_last
    FROM milestones m
    JOIN objectives o ON o.id = m.objective_id
    JOIN plans p ON p.id = o.plan_id
    JOIN plan_baselines b ON b.plan_source = p.source AND b.name = 'Imported';
)sql";

// Schema version 9 (serverAuthorStep): on a PostgreSQL server, the author of a progress update
// is the role the person logged in as, set by the server (PgSchema adds the trigger); nothing
// changes in an SQLite file, where the desktop's login name is all there is. A step of its own
// so that the version says whether a server database has the trigger.
constexpr const char serverAuthorStep[] = R"sql(
-- PostgreSQL only: milestone_updates.entered_by set by the server (PgSchema::serverOnlySql).
)sql";

// Schema version 10 (plan imports; one self-contained step, named for what it adds so that it
// can be renumbered): every plan import is kept in plan_imports, for File › Imported Data… to
// list beside the dataset imports: the plan's source (what a re-import replaces), the file, when
// and by whom, what it stored, and the plan it stored (plan_id: the row of plans, which a later
// import of the same source replaces; no foreign key, so that the record outlives it, and ids
// are never reused); replaced: 1 when it replaced a stored plan of the same source, which is
// not kept. The plans stored before are listed as imported by '' and replaced NULL (not known).
constexpr const char schemaVersion10PlanImports[] = R"sql(
CREATE TABLE plan_imports (
    id          INTEGER PRIMARY KEY,
    plan_source TEXT NOT NULL,
    file        TEXT NOT NULL,
    imported_at TEXT NOT NULL
        CHECK (imported_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'),
    imported_by TEXT NOT NULL,
    plan_id     INTEGER NOT NULL,
    objectives  INTEGER NOT NULL CHECK (objectives >= 0),
    milestones  INTEGER NOT NULL CHECK (milestones >= 0),
    findings    INTEGER NOT NULL CHECK (findings >= 0),
    replaced    INTEGER CHECK (replaced IN (0, 1))
);
CREATE INDEX plan_imports_source ON plan_imports (plan_source, id);
INSERT INTO plan_imports (plan_source, file, imported_at, imported_by, plan_id, objectives, milestones, findings)
    SELECT p.source, p.source, p.imported_at, '', p.id,
           (SELECT count(*) FROM objectives o WHERE o.plan_id = p.id),
           (SELECT count(*) FROM milestones m JOIN objectives o ON o.id = m.objective_id WHERE o.plan_id = p.id),
           (SELECT count(*) FROM findings f WHERE f.plan_id = p.id)
    FROM plans p ORDER BY p.id;
)sql";

// Schema version 11 (planEditionsStep; one self-contained step, named for what it adds so that it
// can be renumbered): a new edition of a plan is merged into the stored one (PlanMerge), and the
// import journals what the edition changed as plan edits. edition names the file of such an
// entry; NULL for a person's edit. It tells apart a value an edition set (the next edition may
// change it again) from one a person set (kept on top of any later edition).
constexpr const char planEditionsStep[] = R"sql(
ALTER TABLE plan_edits ADD COLUMN edition TEXT CHECK (edition IS NULL OR edition <> '');
)sql";

// Schema version 12 (datePrecisionStep; one self-contained step, named for what it adds so that
// it can be renumbered): a phase's date kept as precisely as the source wrote it. *_precision is
// 'month' or 'year' for a date written as a month ("May 2009") or a school and fiscal year
// ("FY2012"), NULL for a day; the date column holds the day that stands for it (its first day
// for a start, its last for an end: DatePrecisions). The superseded copies keep it too.
constexpr const char datePrecisionStep[] = R"sql(
ALTER TABLE capital_phases ADD COLUMN planned_start_precision TEXT CHECK (planned_start_precision IN ('month', 'year'));
ALTER TABLE capital_phases ADD COLUMN planned_end_precision TEXT CHECK (planned_end_precision IN ('month', 'year'));
ALTER TABLE capital_phases ADD COLUMN actual_start_precision TEXT CHECK (actual_start_precision IN ('month', 'year'));
ALTER TABLE capital_phases ADD COLUMN actual_end_precision TEXT CHECK (actual_end_precision IN ('month', 'year'));
ALTER TABLE capital_phases_superseded ADD COLUMN planned_start_precision TEXT;
ALTER TABLE capital_phases_superseded ADD COLUMN planned_end_precision TEXT;
ALTER TABLE capital_phases_superseded ADD COLUMN actual_start_precision TEXT;
ALTER TABLE capital_phases_superseded ADD COLUMN actual_end_precision TEXT;
)sql";

// Schema version 13 (periodSpellingStep; one self-contained step, named for what it changes so
// that it can be renumbered): a staffing period stored before Milepost wrote periods one way
// only. The school years 2000-01 to 2011-12 (and 1900-01 to 1911-12) were stored as "2008-09",
// which reads back as September 2008 as well, and the months whose number is the next year's
// last two digits (December 2011) as "2011-12", which reads back as a school year as well: the
// import refuses both as ambiguous, so such rows did not read back and their export did not
// import again. The stored first and last days say which it was; the text becomes what
// Period::canonical() writes now ("2008-2009", "Dec 2011"), and so does the first part of the
// row's key (the period is the first key field), so that a refresh of the source still finds
// the row. A row whose new key another row of its source already has is left as it was (a
// refresh after the new spelling came in stored that one anew), still not read back, as before.
// The superseded copies, which an undo puts back, change alike.
constexpr const char periodSpellingStep[] =
    "UPDATE staffing SET record_key = substr(period, 1, 4) || '-' || substr(period_last, 1, 4) || "
    "substr(record_key, length(period) + 1), period = substr(period, 1, 4) || '-' || substr(period_last, "
    "1, 4) WHERE length(period) = 7 AND substr(period, 5, 1) = '-' AND period_first = substr(period, 1, "
    "4) || '-07-01' AND period_last = CAST(CAST(substr(period, 1, 4) AS INTEGER) + 1 AS TEXT) || '-06-30' "
    "AND substr(period, 6, 2) = substr(period_last, 3, 2) AND substr(period, 6, 2) BETWEEN '01' AND '12' "
    "AND substr(record_key, 1, length(period) + 1) = period || '\x1F' AND NOT EXISTS (SELECT 1 FROM "
    "staffing t WHERE t.source_id = staffing.source_id AND t.record_key = substr(staffing.period, 1, 4) "
    "|| '-' || substr(staffing.period_last, 1, 4) || substr(staffing.record_key, length(staffing.period) "
    "+ 1));\n"
    "UPDATE staffing SET record_key = (CASE substr(period, 6, 2) WHEN '01' THEN 'Jan' WHEN '02' THEN "
    "'Feb' WHEN '03' THEN 'Mar' WHEN '04' THEN 'Apr' WHEN '05' THEN 'May' WHEN '06' THEN 'Jun' WHEN '07' "
    "THEN 'Jul' WHEN '08' THEN 'Aug' WHEN '09' THEN 'Sep' WHEN '10' THEN 'Oct' WHEN '11' THEN 'Nov' WHEN "
    "'12' THEN 'Dec' END || ' ' || substr(period, 1, 4)) || substr(record_key, length(period) + 1), "
    "period = (CASE substr(period, 6, 2) WHEN '01' THEN 'Jan' WHEN '02' THEN 'Feb' WHEN '03' THEN 'Mar' "
    "WHEN '04' THEN 'Apr' WHEN '05' THEN 'May' WHEN '06' THEN 'Jun' WHEN '07' THEN 'Jul' WHEN '08' THEN "
    "'Aug' WHEN '09' THEN 'Sep' WHEN '10' THEN 'Oct' WHEN '11' THEN 'Nov' WHEN '12' THEN 'Dec' END || ' ' "
    "|| substr(period, 1, 4)) WHERE length(period) = 7 AND substr(period, 5, 1) = '-' AND period_first = "
    "period || '-01' AND substr(period_last, 1, 7) = period AND CAST(substr(period, 6, 2) AS INTEGER) = "
    "(CAST(substr(period, 1, 4) AS INTEGER) + 1) % 100 AND substr(record_key, 1, length(period) + 1) = "
    "period || '\x1F' AND NOT EXISTS (SELECT 1 FROM staffing t WHERE t.source_id = staffing.source_id AND "
    "t.record_key = (CASE substr(staffing.period, 6, 2) WHEN '01' THEN 'Jan' WHEN '02' THEN 'Feb' WHEN "
    "'03' THEN 'Mar' WHEN '04' THEN 'Apr' WHEN '05' THEN 'May' WHEN '06' THEN 'Jun' WHEN '07' THEN 'Jul' "
    "WHEN '08' THEN 'Aug' WHEN '09' THEN 'Sep' WHEN '10' THEN 'Oct' WHEN '11' THEN 'Nov' WHEN '12' THEN "
    "'Dec' END || ' ' || substr(staffing.period, 1, 4)) || substr(staffing.record_key, "
    "length(staffing.period) + 1));\n"
    "UPDATE staffing_superseded SET record_key = substr(period, 1, 4) || '-' || substr(period_last, 1, 4) "
    "|| substr(record_key, length(period) + 1), period = substr(period, 1, 4) || '-' || "
    "substr(period_last, 1, 4) WHERE length(period) = 7 AND substr(period, 5, 1) = '-' AND period_first = "
    "substr(period, 1, 4) || '-07-01' AND period_last = CAST(CAST(substr(period, 1, 4) AS INTEGER) + 1 AS "
    "TEXT) || '-06-30' AND substr(period, 6, 2) = substr(period_last, 3, 2) AND substr(period, 6, 2) "
    "BETWEEN '01' AND '12' AND substr(record_key, 1, length(period) + 1) = period || '\x1F';\n"
    "UPDATE staffing_superseded SET record_key = (CASE substr(period, 6, 2) WHEN '01' THEN 'Jan' WHEN "
    "'02' THEN 'Feb' WHEN '03' THEN 'Mar' WHEN '04' THEN 'Apr' WHEN '05' THEN 'May' WHEN '06' THEN 'Jun' "
    "WHEN '07' THEN 'Jul' WHEN '08' THEN 'Aug' WHEN '09' THEN 'Sep' WHEN '10' THEN 'Oct' WHEN '11' THEN "
    "'Nov' WHEN '12' THEN 'Dec' END || ' ' || substr(period, 1, 4)) || substr(record_key, length(period) "
    "+ 1), period = (CASE substr(period, 6, 2) WHEN '01' THEN 'Jan' WHEN '02' THEN 'Feb' WHEN '03' THEN "
    "'Mar' WHEN '04' THEN 'Apr' WHEN '05' THEN 'May' WHEN '06' THEN 'Jun' WHEN '07' THEN 'Jul' WHEN '08' "
    "THEN 'Aug' WHEN '09' THEN 'Sep' WHEN '10' THEN 'Oct' WHEN '11' THEN 'Nov' WHEN '12' THEN 'Dec' END "
    "|| ' ' || substr(period, 1, 4)) WHERE length(period) = 7 AND substr(period, 5, 1) = '-' AND "
    "period_first = period || '-01' AND substr(period_last, 1, 7) = period AND CAST(substr(period, 6, 2) "
    "AS INTEGER) = (CAST(substr(period, 1, 4) AS INTEGER) + 1) % 100 AND substr(record_key, 1, "
    "length(period) + 1) = period || '\x1F';\n";

// steps[i] takes the schema from version i to i + 1. Steps are only ever appended: a released
// step is never edited, since files out there are already at its version.
constexpr std::array<const char *, 13> allSteps{
    schemaVersion1,   schemaVersion2,  schemaVersion3,   schemaVersion4,          schemaVersion5,
    schemaVersion6,   schemaVersion7,  schemaVersion8PlanEdits, serverAuthorStep, schemaVersion10PlanImports,
    planEditionsStep, datePrecisionStep, periodSpellingStep};

} // namespace

std::span<const char *const> SchemaMigrations::steps()
{
    return allSteps;
}

} // namespace milepost
