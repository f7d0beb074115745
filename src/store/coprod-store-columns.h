/* coprod-store-columns.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns of each table the model reads and writes, in the order a row hands them
 * over. The store generates its SQL from these lists at compile time; the enums below
 * come from the same lists, so a column's index cannot drift from the SELECT that
 * returns it. Column 0 of every table is its id.
 *
 * Each entry is X (T, NAME, name, TYPE): the enum's suffix, the SQL column, and TEXT,
 * INTEGER or REF (a nullable reference to another row, read and written as 0 for NULL).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define COPROD_TEAM_COLUMNS(X, T) \
  X (T, NAME, name, TEXT) \
  X (T, GROUP_A_LABEL, group_a_label, TEXT) \
  X (T, GROUP_B_LABEL, group_b_label, TEXT) \
  X (T, CREATED, created, INTEGER) \
  X (T, BREAK_AFTER_MINUTES, break_after_minutes, INTEGER) \
  X (T, GROUND_RULES, ground_rules, TEXT)

#define COPROD_PERSON_COLUMNS(X, T) \
  X (T, TEAM_ID, team_id, INTEGER) \
  X (T, NAME, name, TEXT) \
  X (T, SIDE, side, TEXT) \
  X (T, ROLE_TEXT, role_text, TEXT) \
  X (T, ORGANISATION, organisation, TEXT) \
  X (T, LIKES_ABOUT_ME, likes_about_me, TEXT) \
  X (T, IMPORTANT_TO_ME, important_to_me, TEXT) \
  X (T, SUPPORT_ME, support_me, TEXT) \
  X (T, ACCESS_NEEDS, access_needs, TEXT) \
  X (T, SHOW_ON_SHARED_SCREEN, show_on_shared_screen, INTEGER) \
  X (T, CREATED, created, INTEGER) \
  X (T, NEEDS_BREAKS, needs_breaks, INTEGER)

#define COPROD_MEETING_COLUMNS(X, T) \
  X (T, TEAM_ID, team_id, INTEGER) \
  X (T, TITLE, title, TEXT) \
  X (T, PURPOSE, purpose, TEXT) \
  X (T, STARTS_AT, starts_at, INTEGER) \
  X (T, PLANNED_END, planned_end, INTEGER) \
  X (T, PLACE, place, TEXT) \
  X (T, STATUS, status, TEXT) \
  X (T, STARTED_AT, started_at, INTEGER) \
  X (T, ENDED_AT, ended_at, INTEGER) \
  X (T, PRIVATE_NOTES, private_notes, TEXT) \
  X (T, CREATED, created, INTEGER) \
  X (T, PAUSED_AT, paused_at, INTEGER) \
  X (T, CURRENT_ITEM_ID, current_item_id, INTEGER)

#define COPROD_AGENDA_ITEM_COLUMNS(X, T) \
  X (T, MEETING_ID, meeting_id, INTEGER) \
  X (T, POSITION, position, INTEGER) \
  X (T, KIND, kind, TEXT) \
  X (T, TITLE, title, TEXT) \
  X (T, PLAIN_DESCRIPTION, plain_description, TEXT) \
  X (T, MINUTES, minutes, INTEGER) \
  X (T, FIXED_START, fixed_start, INTEGER) \
  X (T, LEAD_PERSON_ID, lead_person_id, REF) \
  X (T, SHARED_NOTES, shared_notes, TEXT) \
  X (T, PRIVATE_NOTES, private_notes, TEXT) \
  X (T, ACTUAL_START, actual_start, INTEGER) \
  X (T, ACTUAL_END, actual_end, INTEGER) \
  X (T, ADDED_MINUTES, added_minutes, INTEGER) \
  X (T, PAUSED_SECONDS, paused_seconds, INTEGER)

#define COPROD_TEMPLATE_COLUMNS(X, T) \
  X (T, NAME, name, TEXT) \
  X (T, CREATED, created, INTEGER)

#define COPROD_TEMPLATE_ITEM_COLUMNS(X, T) \
  X (T, TEMPLATE_ID, template_id, INTEGER) \
  X (T, POSITION, position, INTEGER) \
  X (T, KIND, kind, TEXT) \
  X (T, TITLE, title, TEXT) \
  X (T, PLAIN_DESCRIPTION, plain_description, TEXT) \
  X (T, MINUTES, minutes, INTEGER)

#define COPROD_ACTION_COLUMNS(X, T) \
  X (T, TEAM_ID, team_id, INTEGER) \
  X (T, MEETING_ID, meeting_id, REF) \
  X (T, AGENDA_ITEM_ID, agenda_item_id, REF) \
  X (T, FROM_EXPECTATION_ID, from_expectation_id, INTEGER) \
  X (T, TEXT, text, TEXT) \
  X (T, OWNER_PERSON_ID, owner_person_id, REF) \
  X (T, DUE, due, TEXT) \
  X (T, STATUS, status, TEXT) \
  X (T, STATUS_NOTE, status_note, TEXT) \
  X (T, CREATED, created, INTEGER) \
  X (T, CLOSED, closed, INTEGER)

#define COPROD_ACTION_UPDATE_COLUMNS(X, T) \
  X (T, ACTION_ID, action_id, INTEGER) \
  X (T, MEETING_ID, meeting_id, REF) \
  X (T, STATUS, status, TEXT) \
  X (T, NOTE, note, TEXT) \
  X (T, CREATED, created, INTEGER)

#define COPROD_EXERCISE_COLUMNS(X, T) \
  X (T, MEETING_ID, meeting_id, INTEGER) \
  X (T, PHASE, phase, TEXT) \
  X (T, CREATED, created, INTEGER)

#define COPROD_EXPECTATION_COLUMNS(X, T) \
  X (T, EXERCISE_ID, exercise_id, INTEGER) \
  X (T, AUTHOR_SIDE, author_side, TEXT) \
  X (T, LIST, list, TEXT) \
  X (T, CATEGORY, category, TEXT) \
  X (T, TEXT, text, TEXT) \
  X (T, POSITION, position, INTEGER) \
  X (T, MATCHED_ID, matched_id, REF) \
  X (T, RESPONSE, response, TEXT) \
  X (T, RESPONSE_NOTE, response_note, TEXT) \
  X (T, AGREED, agreed, INTEGER) \
  X (T, CREATED, created, INTEGER)

#define COPROD_GLOSSARY_TERM_COLUMNS(X, T) \
  X (T, TEAM_ID, team_id, INTEGER) \
  X (T, TERM, term, TEXT) \
  X (T, PLAIN_MEANING, plain_meaning, TEXT) \
  X (T, ALSO_KNOWN_AS, also_known_as, TEXT) \
  X (T, CREATED, created, INTEGER)

/* Each table's enum of column indices, from its list: COPROD_ACTION_COL_ID,
 * COPROD_ACTION_COL_TEAM_ID, ... COPROD_ACTION_N_COLUMNS. */
#define COPROD_COLUMN_ENUM(T, C, c, ty) T##_COL_##C,
#define COPROD_COLUMN_ENUM_TYPE(T, COLUMNS, Name) \
  typedef enum { T##_COL_ID, COLUMNS (COPROD_COLUMN_ENUM, T) T##_N_COLUMNS } Name;

COPROD_COLUMN_ENUM_TYPE (COPROD_TEAM, COPROD_TEAM_COLUMNS, CoprodTeamColumn)
COPROD_COLUMN_ENUM_TYPE (COPROD_PERSON, COPROD_PERSON_COLUMNS, CoprodPersonColumn)
COPROD_COLUMN_ENUM_TYPE (COPROD_MEETING, COPROD_MEETING_COLUMNS, CoprodMeetingColumn)
COPROD_COLUMN_ENUM_TYPE (COPROD_AGENDA_ITEM, COPROD_AGENDA_ITEM_COLUMNS, CoprodAgendaItemColumn)
COPROD_COLUMN_ENUM_TYPE (COPROD_TEMPLATE, COPROD_TEMPLATE_COLUMNS, CoprodTemplateColumn)
COPROD_COLUMN_ENUM_TYPE (COPROD_TEMPLATE_ITEM, COPROD_TEMPLATE_ITEM_COLUMNS,
                         CoprodTemplateItemColumn)
COPROD_COLUMN_ENUM_TYPE (COPROD_ACTION, COPROD_ACTION_COLUMNS, CoprodActionColumn)
COPROD_COLUMN_ENUM_TYPE (COPROD_ACTION_UPDATE, COPROD_ACTION_UPDATE_COLUMNS,
                         CoprodActionUpdateColumn)
COPROD_COLUMN_ENUM_TYPE (COPROD_EXERCISE, COPROD_EXERCISE_COLUMNS, CoprodExerciseColumn)
COPROD_COLUMN_ENUM_TYPE (COPROD_EXPECTATION, COPROD_EXPECTATION_COLUMNS,
                         CoprodExpectationColumn)
COPROD_COLUMN_ENUM_TYPE (COPROD_GLOSSARY_TERM, COPROD_GLOSSARY_TERM_COLUMNS,
                         CoprodGlossaryTermColumn)

G_END_DECLS
