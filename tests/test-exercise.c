/* test-exercise.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of the expectations exercise: four lists kept in order, the phases one
 * step at a time, a guess paired only with what the other group expects of the same
 * group, answers only after the comparison and "can't meet" only with a reason. Each
 * case reopens the store to see what was really kept.
 */

#include "coprod-context.h"
#include "coprod-test-util.h"

typedef struct
{
  char           *data_dir;
  CoprodStore    *store;
  CoprodContext  *context;
  CoprodTeam     *team;      /* owned by the context */
  CoprodMeeting  *meeting;   /* owned by the team */
  CoprodExercise *exercise;  /* owned by the meeting */
} Fixture;

static void
open_all (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodTeam) team = NULL;
  g_autoptr(CoprodMeeting) meeting = NULL;

  f->store = coprod_store_open (f->data_dir, &error);
  g_assert_no_error (error);
  f->context = coprod_context_new (f->store, &error);
  g_assert_no_error (error);
  team = g_list_model_get_item (coprod_context_get_teams (f->context), 0);
  f->team = team;
  meeting = g_list_model_get_item (coprod_team_get_meetings (f->team), 0);
  f->meeting = meeting;
  f->exercise = coprod_meeting_get_exercise (meeting);
}

static void
close_all (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  coprod_store_close (f->store, &error);
  g_assert_no_error (error);
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  f->team = NULL;
  f->meeting = NULL;
  f->exercise = NULL;
}

static void
reopen (Fixture *f)
{
  close_all (f);
  open_all (f);
}

static void
count_changes (guint *count)
{
  (*count)++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) starts = g_date_time_new_local (2026, 12, 1, 10, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_new_local (2026, 12, 1, 12, 0, 0);
  CoprodTeam *team;
  guint begun = 0;

  f->data_dir = coprod_test_make_tmp_dir ("coprod-exercise");
  f->store = coprod_store_open (f->data_dir, &error);
  g_assert_no_error (error);
  f->context = coprod_context_new (f->store, &error);
  g_assert_no_error (error);
  team = coprod_context_create_team (f->context, "Exercise team", &error);
  g_assert_no_error (error);
  coprod_team_add_meeting (team, "December meeting", starts, ends, &error);
  g_assert_no_error (error);
  reopen (f);
  g_assert_null (f->exercise);
  /* Beginning it is announced once, for the shared screen to start watching it. */
  g_signal_connect_swapped (f->meeting, "notify::exercise", G_CALLBACK (count_changes),
                            &begun);
  f->exercise = coprod_meeting_ensure_exercise (f->meeting, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->exercise);
  g_assert_true (coprod_meeting_ensure_exercise (f->meeting, NULL) == f->exercise);
  g_assert_cmpuint (begun, ==, 1);
  g_signal_handlers_disconnect_by_data (f->meeting, &begun);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_all (f);
  coprod_test_remove_tmp_dir (f->data_dir);
  g_free (f->data_dir);
}

static CoprodExpectation *
add (Fixture               *f,
     CoprodGroup            author,
     CoprodExpectationList  list,
     const char            *text)
{
  g_autoptr(GError) error = NULL;
  CoprodExpectation *item = coprod_exercise_add (f->exercise, author, list,
                                                 COPROD_CATEGORY_BEHAVIOUR, text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

static const char *
text_at (Fixture               *f,
         CoprodGroup            author,
         CoprodExpectationList  list,
         guint                  position)
{
  g_autoptr(CoprodExpectation) item =
    g_list_model_get_item (coprod_exercise_get_list (f->exercise, author, list), position);

  g_assert_nonnull (item);
  return coprod_expectation_get_text (item);
}

/* Four lists, each in the order written: moved, deleted and put back where it was. */
static void
test_lists (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodExpectation) second = NULL;
  guint changes = 0;

  g_signal_connect_swapped (f->exercise, "changed", G_CALLBACK (count_changes), &changes);
  g_assert_null (coprod_exercise_add (f->exercise, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT,
                                      COPROD_CATEGORY_TASK, "   ", &error));
  g_assert_error (error, COPROD_EXPECTATION_ERROR, COPROD_EXPECTATION_ERROR_EMPTY);
  g_clear_error (&error);

  add (f, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT, "Answer emails within a week");
  second = g_object_ref (add (f, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT,
                              "Use plain words — مرحبا 👋"));
  add (f, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT, "Tell us when something can't be done");
  add (f, COPROD_GROUP_B, COPROD_LIST_WE_THINK_THEY_EXPECT, "Fix everything at once");
  g_assert_cmpuint (changes, ==, 4);
  g_assert_cmpuint (coprod_exercise_count_written (f->exercise, COPROD_GROUP_A), ==, 3);
  g_assert_cmpuint (coprod_exercise_count_written (f->exercise, COPROD_GROUP_B), ==, 1);
  g_assert_cmpint (coprod_expectation_get_about (second), ==, COPROD_GROUP_B);

  g_assert_true (coprod_exercise_move (f->exercise, second, 0, &error));
  g_assert_true (coprod_exercise_delete (f->exercise, second, &error));
  g_assert_cmpuint (coprod_exercise_count_written (f->exercise, COPROD_GROUP_A), ==, 2);
  g_assert_true (coprod_exercise_restore (f->exercise, second, &error));
  g_assert_no_error (error);
  reopen (f);

  g_assert_nonnull (f->exercise);
  g_assert_cmpstr (text_at (f, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT, 0), ==,
                   "Use plain words — مرحبا 👋");
  g_assert_cmpstr (text_at (f, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT, 1), ==,
                   "Answer emails within a week");
  g_assert_cmpstr (text_at (f, COPROD_GROUP_B, COPROD_LIST_WE_THINK_THEY_EXPECT, 0), ==,
                   "Fix everything at once");
  g_assert_cmpuint (g_list_model_get_n_items (coprod_exercise_get_list (f->exercise,
                                                                        COPROD_GROUP_A,
                                                                        COPROD_LIST_WE_EXPECT)),
                    ==, 3);

  /* A line still deleted a day later is gone for good at the next start. */
  {
    g_autoptr(CoprodExpectation) gone = g_list_model_get_item (
      coprod_exercise_get_list (f->exercise, COPROD_GROUP_B, COPROD_LIST_WE_THINK_THEY_EXPECT), 0);
    gint64 gone_id = coprod_expectation_get_id (gone);

    g_assert_true (coprod_exercise_delete (f->exercise, gone, &error));
    g_assert_true (coprod_store_flush (f->store, &error));
    coprod_test_age_deleted_rows (f->data_dir, COPROD_STORE_KEEP_DELETED_SECONDS + 60);
    reopen (f);
    g_assert_null (coprod_store_get_row (f->store, COPROD_TABLE_EXPECTATION, gone_id, &error));
    g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  }
}

/* Forward one step at a time, back any number. */
static void
test_phases (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (coprod_exercise_get_phase (f->exercise), ==, COPROD_PHASE_DRAFTING);
  g_assert_false (coprod_exercise_set_phase (f->exercise, COPROD_PHASE_RESPONDING, &error));
  g_assert_error (error, COPROD_EXPECTATION_ERROR, COPROD_EXPECTATION_ERROR_WRONG_PHASE);
  g_clear_error (&error);
  g_assert_true (coprod_exercise_set_phase (f->exercise, COPROD_PHASE_REVEALED, &error));
  g_assert_true (coprod_exercise_set_phase (f->exercise, COPROD_PHASE_RESPONDING, &error));
  g_assert_true (coprod_exercise_set_phase (f->exercise, COPROD_PHASE_DRAFTING, &error));
  g_assert_true (coprod_exercise_set_phase (f->exercise, COPROD_PHASE_REVEALED, &error));
  g_assert_no_error (error);
  reopen (f);
  g_assert_cmpint (coprod_exercise_get_phase (f->exercise), ==, COPROD_PHASE_REVEALED);
}

/* A guess is paired with what the other group expects of the same group, one to one;
 * the mirror shows the pairs, what nobody guessed and what nobody expected. */
static void
test_pairing_and_mirror (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) mirror = NULL;
  CoprodExpectation *expects_plain, *expects_honest, *guess_plain, *guess_fix, *other_side;
  CoprodMirrorRow *row;

  /* Families (A) expect of professionals (B); professionals guess what families expect. */
  expects_plain = add (f, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT, "Use plain words");
  expects_honest = add (f, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT, "Be honest when you can't");
  guess_plain = add (f, COPROD_GROUP_B, COPROD_LIST_WE_THINK_THEY_EXPECT, "No jargon");
  guess_fix = add (f, COPROD_GROUP_B, COPROD_LIST_WE_THINK_THEY_EXPECT, "Fix everything");
  other_side = add (f, COPROD_GROUP_A, COPROD_LIST_WE_THINK_THEY_EXPECT, "Come to every meeting");

  /* Not while the groups are still writing. */
  g_assert_false (coprod_exercise_pair (f->exercise, guess_plain, expects_plain, &error));
  g_assert_error (error, COPROD_EXPECTATION_ERROR, COPROD_EXPECTATION_ERROR_WRONG_PHASE);
  g_clear_error (&error);
  g_assert_true (coprod_exercise_set_phase (f->exercise, COPROD_PHASE_REVEALED, NULL));

  /* Two expectations, or a guess about the other group, are no pair. */
  g_assert_false (coprod_exercise_pair (f->exercise, expects_honest, expects_plain, &error));
  g_assert_error (error, COPROD_EXPECTATION_ERROR, COPROD_EXPECTATION_ERROR_NOT_A_GUESS);
  g_clear_error (&error);
  g_assert_false (coprod_exercise_pair (f->exercise, other_side, expects_plain, &error));
  g_clear_error (&error);

  /* Either order; a second pair for the same expectation replaces the first. */
  g_assert_true (coprod_exercise_pair (f->exercise, expects_plain, guess_fix, &error));
  g_assert_true (coprod_exercise_pair (f->exercise, guess_plain, expects_plain, &error));
  g_assert_no_error (error);
  g_assert_true (coprod_exercise_find_partner (f->exercise, expects_plain) == guess_plain);
  g_assert_null (coprod_exercise_find_partner (f->exercise, guess_fix));
  reopen (f);

  mirror = coprod_exercise_dup_mirror (f->exercise, COPROD_GROUP_B);
  g_assert_cmpuint (mirror->len, ==, 3);
  row = g_ptr_array_index (mirror, 0);
  g_assert_cmpstr (coprod_expectation_get_text (row->actual), ==, "Use plain words");
  g_assert_cmpstr (coprod_expectation_get_text (row->guess), ==, "No jargon");
  row = g_ptr_array_index (mirror, 1);
  g_assert_cmpstr (coprod_expectation_get_text (row->actual), ==, "Be honest when you can't");
  g_assert_null (row->guess);
  row = g_ptr_array_index (mirror, 2);
  g_assert_null (row->actual);
  g_assert_cmpstr (coprod_expectation_get_text (row->guess), ==, "Fix everything");

  /* Unpairing, and deleting what a guess was paired with, leave the guess on its own. */
  row = g_ptr_array_index (mirror, 0);
  g_assert_true (coprod_exercise_unpair (f->exercise, row->actual, &error));
  g_assert_null (coprod_exercise_find_partner (f->exercise, row->guess));
  g_assert_true (coprod_exercise_pair (f->exercise, row->guess, row->actual, &error));
  g_assert_true (coprod_exercise_delete (f->exercise, row->actual, &error));
  g_assert_cmpint (coprod_expectation_get_matched_id (row->guess), ==, 0);
}

/* Answered by the group it is about, after the comparison; "can't" with a reason. */
static void
test_responses (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) agreed = NULL;
  g_autoptr(GDate) due = g_date_new_dmy (15, 12, 2026);
  CoprodExpectation *expects = add (f, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT,
                                    "Weekend short breaks for every family");
  CoprodExpectation *guess = add (f, COPROD_GROUP_B, COPROD_LIST_WE_THINK_THEY_EXPECT,
                                  "More short breaks");
  CoprodAction *action;
  gint64 expectation_id = coprod_expectation_get_id (expects);

  g_assert_true (coprod_exercise_set_phase (f->exercise, COPROD_PHASE_REVEALED, NULL));
  g_assert_false (coprod_exercise_respond (f->exercise, expects, COPROD_RESPONSE_CAN, "", &error));
  g_assert_error (error, COPROD_EXPECTATION_ERROR, COPROD_EXPECTATION_ERROR_WRONG_PHASE);
  g_clear_error (&error);
  g_assert_true (coprod_exercise_set_phase (f->exercise, COPROD_PHASE_RESPONDING, NULL));

  g_assert_false (coprod_exercise_respond (f->exercise, guess, COPROD_RESPONSE_CAN, "", &error));
  g_assert_error (error, COPROD_EXPECTATION_ERROR, COPROD_EXPECTATION_ERROR_NOT_ANSWERABLE);
  g_clear_error (&error);
  g_assert_false (coprod_exercise_respond (f->exercise, expects, COPROD_RESPONSE_CANNOT, "  \n",
                                           &error));
  g_assert_error (error, COPROD_EXPECTATION_ERROR, COPROD_EXPECTATION_ERROR_REASON_NEEDED);
  g_clear_error (&error);
  g_assert_cmpint (coprod_expectation_get_response (expects), ==, COPROD_RESPONSE_NONE);
  g_assert_true (coprod_exercise_respond (f->exercise, expects, COPROD_RESPONSE_CANNOT,
                                          "There are twelve places for forty families",
                                          &error));
  g_assert_no_error (error);

  /* It becomes an agreement, and an action linked back to it. */
  coprod_expectation_set_agreed (expects, TRUE);
  action = coprod_team_add_action (f->team, "I will ask for more places by Friday", 0, due,
                                   coprod_meeting_get_id (f->meeting), 0, &error);
  g_assert_no_error (error);
  coprod_action_set_from_expectation_id (action, expectation_id);
  reopen (f);

  agreed = coprod_exercise_dup_agreements (f->exercise);
  g_assert_cmpuint (agreed->len, ==, 1);
  expects = g_ptr_array_index (agreed, 0);
  g_assert_cmpint (coprod_expectation_get_response (expects), ==, COPROD_RESPONSE_CANNOT);
  g_assert_cmpstr (coprod_expectation_get_response_note (expects), ==,
                   "There are twelve places for forty families");
  action = g_list_model_get_item (coprod_team_get_actions (f->team), 0);
  g_assert_cmpint (coprod_action_get_from_expectation_id (action), ==, expectation_id);
  g_object_unref (action);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/exercise/lists", test_lists);
  ADD ("/exercise/phases", test_phases);
  ADD ("/exercise/pairing-and-mirror", test_pairing_and_mirror);
  ADD ("/exercise/responses", test_responses);
#undef ADD

  return g_test_run ();
}
