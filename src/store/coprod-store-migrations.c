/* coprod-store-migrations.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each migration is frozen once released: later schema changes are new functions
 * appended to the array, never edits of old ones.
 */

#include "coprod-store-private.h"

static gboolean
migrate_0_to_1 (sqlite3  *db,
                GError  **error)
{
  static const char sql[] =
    "CREATE TABLE team ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL,"
    "  group_a_label TEXT NOT NULL DEFAULT '',"
    "  group_b_label TEXT NOT NULL DEFAULT '',"
    "  created INTEGER NOT NULL,"
    "  deleted INTEGER NOT NULL DEFAULT 0"
    ") STRICT;"
    "CREATE TABLE person ("
    "  id INTEGER PRIMARY KEY,"
    "  team_id INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,"
    "  name TEXT NOT NULL,"
    "  side TEXT NOT NULL DEFAULT 'family'"
    "    CHECK (side IN ('family', 'young_person', 'professional', 'other')),"
    "  role_text TEXT NOT NULL DEFAULT '',"
    "  organisation TEXT NOT NULL DEFAULT '',"
    "  likes_about_me TEXT NOT NULL DEFAULT '',"
    "  important_to_me TEXT NOT NULL DEFAULT '',"
    "  support_me TEXT NOT NULL DEFAULT '',"
    "  access_needs TEXT NOT NULL DEFAULT '',"
    "  show_on_shared_screen INTEGER NOT NULL DEFAULT 1,"
    "  created INTEGER NOT NULL,"
    "  deleted INTEGER NOT NULL DEFAULT 0"
    ") STRICT;"
    "CREATE INDEX person_team ON person (team_id);"
    "CREATE TABLE meeting ("
    "  id INTEGER PRIMARY KEY,"
    "  team_id INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,"
    "  title TEXT NOT NULL,"
    "  purpose TEXT NOT NULL DEFAULT '',"
    "  starts_at INTEGER NOT NULL,"
    "  planned_end INTEGER NOT NULL,"
    "  place TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL DEFAULT 'planned'"
    "    CHECK (status IN ('planned', 'live', 'ended')),"
    "  started_at INTEGER NOT NULL DEFAULT 0,"
    "  ended_at INTEGER NOT NULL DEFAULT 0,"
    "  private_notes TEXT NOT NULL DEFAULT '',"
    "  created INTEGER NOT NULL,"
    "  deleted INTEGER NOT NULL DEFAULT 0"
    ") STRICT;"
    "CREATE INDEX meeting_team ON meeting (team_id, starts_at);";

  return coprod_store_exec (db, sql, error);
}

/* Who came to each meeting and for how long, so that families can be paid for their
 * time as equals (seed 001). */
static gboolean
migrate_1_to_2 (sqlite3  *db,
                GError  **error)
{
  static const char sql[] =
    "CREATE TABLE attendance ("
    "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
    "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
    "  attended INTEGER NOT NULL DEFAULT 0,"
    "  minutes INTEGER NOT NULL DEFAULT 0,"
    "  expenses_pence INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (meeting_id, person_id)"
    ") STRICT;";

  return coprod_store_exec (db, sql, error);
}

/* The agenda of each meeting; a per-team limit on time without a break, and whether a
 * person has said they need breaks, which the schedule engine's warning depends on. */
static gboolean
migrate_2_to_3 (sqlite3  *db,
                GError  **error)
{
  static const char sql[] =
    "CREATE TABLE agenda_item ("
    "  id INTEGER PRIMARY KEY,"
    "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL,"
    "  kind TEXT NOT NULL DEFAULT 'item'"
    "    CHECK (kind IN ('item', 'break', 'introductions', 'expectations',"
    "                    'actions_review', 'actions_round', 'close')),"
    "  title TEXT NOT NULL DEFAULT '',"
    "  plain_description TEXT NOT NULL DEFAULT '',"
    "  minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),"
    "  fixed_start INTEGER NOT NULL DEFAULT -1 CHECK (fixed_start BETWEEN -1 AND 1439),"
    "  lead_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,"
    "  shared_notes TEXT NOT NULL DEFAULT '',"
    "  private_notes TEXT NOT NULL DEFAULT '',"
    "  actual_start INTEGER NOT NULL DEFAULT 0,"
    "  actual_end INTEGER NOT NULL DEFAULT 0,"
    "  deleted INTEGER NOT NULL DEFAULT 0"
    ") STRICT;"
    "CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position);"
    "ALTER TABLE team ADD COLUMN break_after_minutes INTEGER NOT NULL DEFAULT 90;"
    "ALTER TABLE person ADD COLUMN needs_breaks INTEGER NOT NULL DEFAULT 0;";

  return coprod_store_exec (db, sql, error);
}

/* Agendas saved as templates, for the facilitator's next meetings of any team. */
static gboolean
migrate_3_to_4 (sqlite3  *db,
                GError  **error)
{
  static const char sql[] =
    "CREATE TABLE agenda_template ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL,"
    "  created INTEGER NOT NULL,"
    "  deleted INTEGER NOT NULL DEFAULT 0"
    ") STRICT;"
    "CREATE TABLE agenda_template_item ("
    "  id INTEGER PRIMARY KEY,"
    "  template_id INTEGER NOT NULL REFERENCES agenda_template (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL,"
    "  kind TEXT NOT NULL DEFAULT 'item'"
    "    CHECK (kind IN ('item', 'break', 'introductions', 'expectations',"
    "                    'actions_review', 'actions_round', 'close')),"
    "  title TEXT NOT NULL DEFAULT '',"
    "  plain_description TEXT NOT NULL DEFAULT '',"
    "  minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0)"
    ") STRICT;"
    "CREATE INDEX agenda_template_item_template ON agenda_template_item (template_id, position);";

  return coprod_store_exec (db, sql, error);
}

/* What a live meeting needs to be picked up again after a crash: the item under way,
 * when a pause began, and per item the time added and the time spent paused. */
static gboolean
migrate_4_to_5 (sqlite3  *db,
                GError  **error)
{
  static const char sql[] =
    "ALTER TABLE meeting ADD COLUMN paused_at INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE meeting ADD COLUMN current_item_id INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE agenda_item ADD COLUMN added_minutes INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE agenda_item ADD COLUMN paused_seconds INTEGER NOT NULL DEFAULT 0;";

  return coprod_store_exec (db, sql, error);
}

/* The ground rules a team agrees, shown to the room when a meeting opens. */
static gboolean
migrate_5_to_6 (sqlite3  *db,
                GError  **error)
{
  return coprod_store_exec (db, "ALTER TABLE team ADD COLUMN ground_rules TEXT NOT NULL DEFAULT '';",
                            error);
}

/* Actions: what someone said they would do, by when, and what became of it. The due
 * date is a calendar date ("2026-12-01"), the same wherever the laptop is; every
 * change of status or note is kept as an update, with the meeting it was made in. */
static gboolean
migrate_6_to_7 (sqlite3  *db,
                GError  **error)
{
  static const char sql[] =
    "CREATE TABLE action ("
    "  id INTEGER PRIMARY KEY,"
    "  team_id INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,"
    "  meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,"
    "  agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,"
    "  from_expectation_id INTEGER NOT NULL DEFAULT 0,"
    "  text TEXT NOT NULL DEFAULT '',"
    "  owner_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,"
    "  due TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cannot')),"
    "  status_note TEXT NOT NULL DEFAULT '',"
    "  created INTEGER NOT NULL,"
    "  closed INTEGER NOT NULL DEFAULT 0,"
    "  deleted INTEGER NOT NULL DEFAULT 0"
    ") STRICT;"
    "CREATE INDEX action_team ON action (team_id, status, due);"
    "CREATE TABLE action_update ("
    "  id INTEGER PRIMARY KEY,"
    "  action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,"
    "  meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,"
    "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cannot')),"
    "  note TEXT NOT NULL DEFAULT '',"
    "  created INTEGER NOT NULL"
    ") STRICT;"
    "CREATE INDEX action_update_action ON action_update (action_id, created);";

  return coprod_store_exec (db, sql, error);
}

/* "No action this time": the facilitator's answer, at the end of a meeting, for
 * someone who came and leaves without an action point. */
static gboolean
migrate_7_to_8 (sqlite3  *db,
                GError  **error)
{
  return coprod_store_exec (db, "ALTER TABLE attendance ADD COLUMN no_action INTEGER NOT NULL "
                            "DEFAULT 0;", error);
}

/* The expectations exercise (seed 004): each of the two groups lists what it expects
 * of the other and what it thinks the other expects of it. A guess is paired with the
 * expectation it meant (matched_id, on the guess); the group an expectation is about
 * answers it, and "cannot" carries its reason in response_note. */
static gboolean
migrate_8_to_9 (sqlite3  *db,
                GError  **error)
{
  static const char sql[] =
    "CREATE TABLE exercise ("
    "  id INTEGER PRIMARY KEY,"
    "  meeting_id INTEGER NOT NULL UNIQUE REFERENCES meeting (id) ON DELETE CASCADE,"
    "  phase TEXT NOT NULL DEFAULT 'drafting'"
    "    CHECK (phase IN ('drafting', 'revealed', 'responding', 'done')),"
    "  created INTEGER NOT NULL"
    ") STRICT;"
    "CREATE TABLE expectation ("
    "  id INTEGER PRIMARY KEY,"
    "  exercise_id INTEGER NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,"
    "  author_side TEXT NOT NULL CHECK (author_side IN ('a', 'b')),"
    "  list TEXT NOT NULL CHECK (list IN ('we_expect', 'we_think_they_expect')),"
    "  category TEXT NOT NULL DEFAULT 'task' CHECK (category IN ('task', 'behaviour', 'skill')),"
    "  text TEXT NOT NULL DEFAULT '',"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  matched_id INTEGER REFERENCES expectation (id) ON DELETE SET NULL,"
    "  response TEXT NOT NULL DEFAULT ''"
    "    CHECK (response IN ('', 'can', 'partly', 'cannot', 'find_out')),"
    "  response_note TEXT NOT NULL DEFAULT '',"
    "  agreed INTEGER NOT NULL DEFAULT 0,"
    "  created INTEGER NOT NULL,"
    "  deleted INTEGER NOT NULL DEFAULT 0"
    ") STRICT;"
    "CREATE INDEX expectation_exercise ON expectation (exercise_id, author_side, list, position);";

  return coprod_store_exec (db, sql, error);
}

/* The team's glossary (seed 001: "no place for jargon being used with families"): a
 * word or abbreviation, what it means in plain words, and the other ways it is
 * written ("EHC plan" for "EHCP"), one to a line, so that the checker finds them all.
 * A line is the separator because a form may itself hold commas or semicolons
 * ("Education, Health and Care plan") but never a line break. */
static gboolean
migrate_9_to_10 (sqlite3  *db,
                 GError  **error)
{
  static const char sql[] =
    "CREATE TABLE glossary_term ("
    "  id INTEGER PRIMARY KEY,"
    "  team_id INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,"
    "  term TEXT NOT NULL,"
    "  plain_meaning TEXT NOT NULL DEFAULT '',"
    "  also_known_as TEXT NOT NULL DEFAULT '',"
    "  created INTEGER NOT NULL,"
    "  deleted INTEGER NOT NULL DEFAULT 0"
    ") STRICT;"
    "CREATE INDEX glossary_term_team ON glossary_term (team_id, term);";

  return coprod_store_exec (db, sql, error);
}

/* When each row was deleted (seconds since 1970, 0 while it is not), so that opening
 * the file removes for good only what no copy of Coprod can still offer to undo; before
 * this, every open removed every deleted row, under the Undo of a copy still running.
 * What is deleted already counts as deleted now: this open would have removed it, and
 * a copy still offering to undo it gets a day more. */
static gboolean
migrate_10_to_11 (sqlite3  *db,
                  GError  **error)
{
  static const char sql[] =
    "ALTER TABLE team ADD COLUMN deleted_at INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE person ADD COLUMN deleted_at INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE meeting ADD COLUMN deleted_at INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE agenda_item ADD COLUMN deleted_at INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE agenda_template ADD COLUMN deleted_at INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE action ADD COLUMN deleted_at INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE expectation ADD COLUMN deleted_at INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE glossary_term ADD COLUMN deleted_at INTEGER NOT NULL DEFAULT 0;"
    "UPDATE team SET deleted_at = unixepoch () WHERE deleted = 1;"
    "UPDATE person SET deleted_at = unixepoch () WHERE deleted = 1;"
    "UPDATE meeting SET deleted_at = unixepoch () WHERE deleted = 1;"
    "UPDATE agenda_item SET deleted_at = unixepoch () WHERE deleted = 1;"
    "UPDATE agenda_template SET deleted_at = unixepoch () WHERE deleted = 1;"
    "UPDATE action SET deleted_at = unixepoch () WHERE deleted = 1;"
    "UPDATE expectation SET deleted_at = unixepoch () WHERE deleted = 1;"
    "UPDATE glossary_term SET deleted_at = unixepoch () WHERE deleted = 1;";

  return coprod_store_exec (db, sql, error);
}

const CoprodMigration coprod_store_migrations[COPROD_STORE_SCHEMA_VERSION] = {
  migrate_0_to_1,
  migrate_1_to_2,
  migrate_2_to_3,
  migrate_3_to_4,
  migrate_4_to_5,
  migrate_5_to_6,
  migrate_6_to_7,
  migrate_7_to_8,
  migrate_8_to_9,
  migrate_9_to_10,
  migrate_10_to_11,
};
