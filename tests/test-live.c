/* test-live.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The live state of a meeting, on clocks the test moves by hand: starting, moving
 * between items, pausing, adding time, the alerts as time runs out, ending, and
 * picking the meeting up again from the store after the app was killed.
 */

#include "coprod-context.h"
#include "coprod-live-state.h"
#include "coprod-test-util.h"

#define MINUTE ((gint64) 60 * G_USEC_PER_SEC)

typedef struct
{
  char          *data_dir;
  CoprodStore   *store;
  CoprodContext *context;
  CoprodMeeting *meeting;
  gint64         mono;     /* µs */
  gint64         wall;     /* µs since 1970 */
} Fixture;

static gint64
fake_mono (gpointer data)
{
  return ((Fixture *) data)->mono;
}

static gint64
fake_wall (gpointer data)
{
  return ((Fixture *) data)->wall;
}

static void
advance (Fixture *f,
         gint64   us)
{
  f->mono += us;
  f->wall += us;
}

static CoprodLiveState *
live_new (Fixture *f)
{
  CoprodLiveState *live = coprod_live_state_new (f->meeting);

  coprod_live_state_set_clocks (live, fake_mono, fake_wall, f);
  return live;
}

static void
open_meeting (Fixture *f,
              gint64   meeting_id)
{
  g_autoptr(GError) error = NULL;
  CoprodTeam *team;
  GListModel *meetings;

  f->store = coprod_store_open (f->data_dir, &error);
  g_assert_no_error (error);
  f->context = coprod_context_new (f->store, &error);
  g_assert_no_error (error);
  team = g_list_model_get_item (coprod_context_get_teams (f->context), 0);
  g_object_unref (team);
  meetings = coprod_team_get_meetings (team);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CoprodMeeting) meeting = g_list_model_get_item (meetings, i);

      if (coprod_meeting_get_id (meeting) == meeting_id)
        f->meeting = meeting;
    }
  g_assert_nonnull (f->meeting);
}

static void
close_all (Fixture *f)
{
  coprod_store_close (f->store, NULL);
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  f->meeting = NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) starts = g_date_time_new_local (2026, 12, 1, 10, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_new_local (2026, 12, 1, 11, 0, 0);
  CoprodTeam *team;
  const struct { CoprodAgendaKind kind; const char *title; int minutes; } items[] = {
    { COPROD_AGENDA_KIND_INTRODUCTIONS, "Welcome", 10 },
    { COPROD_AGENDA_KIND_ITEM, "Short breaks", 20 },
    { COPROD_AGENDA_KIND_ACTIONS_ROUND, "Actions", 15 },
  };

  f->data_dir = coprod_test_make_tmp_dir ("coprod-live");
  f->store = coprod_store_open (f->data_dir, &error);
  g_assert_no_error (error);
  f->context = coprod_context_new (f->store, &error);
  g_assert_no_error (error);
  team = coprod_context_create_team (f->context, "Live team", &error);
  g_assert_no_error (error);
  f->meeting = coprod_team_add_meeting (team, "Live meeting", starts, ends, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    g_assert_nonnull (coprod_meeting_add_agenda_item (f->meeting, items[i].kind, items[i].title,
                                                      items[i].minutes, &error));

  /* 10:00 on the meeting's day, and a monotonic clock that has nothing to do with it. */
  f->wall = g_date_time_to_unix (starts) * G_USEC_PER_SEC;
  f->mono = 987654321;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_all (f);
  coprod_test_remove_tmp_dir (f->data_dir);
  g_free (f->data_dir);
}

static gint64
db_int (Fixture    *f,
        CoprodTable table,
        gint64      id,
        const char *column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) row = coprod_store_get_row (f->store, table, id, &error);
  gint64 value = -1;

  g_assert_no_error (error);
  g_assert_true (g_variant_lookup (row, column, "x", &value));
  return value;
}

static gint64
item_id (Fixture *f,
         guint    index)
{
  g_autoptr(CoprodAgendaItem) item =
    g_list_model_get_item (coprod_meeting_get_agenda (f->meeting), index);

  return coprod_agenda_item_get_id (item);
}

static void
test_run_through (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodLiveState) live = live_new (f);
  g_autoptr(GDateTime) finish = NULL;
  gint64 start = f->wall / G_USEC_PER_SEC;

  g_assert_false (coprod_live_state_get_running (live));
  g_assert_true (coprod_live_state_start (live, &error));
  g_assert_no_error (error);
  g_assert_true (coprod_live_state_get_running (live));
  g_assert_cmpint (coprod_meeting_get_status (f->meeting), ==, COPROD_MEETING_LIVE);
  g_assert_cmpint (db_int (f, COPROD_TABLE_MEETING, coprod_meeting_get_id (f->meeting),
                           "started_at"), ==, start);
  g_assert_cmpint (db_int (f, COPROD_TABLE_AGENDA_ITEM, item_id (f, 0), "actual_start"),
                   ==, start);

  /* Ten minutes of welcome: the alerts come at a fifth and a twentieth left. */
  advance (f, 7 * MINUTE);
  g_assert_cmpint (coprod_live_state_get_item_remaining (live), ==, 3 * MINUTE);
  g_assert_cmpint (coprod_live_state_get_alert (live), ==, COPROD_LIVE_ALERT_NONE);
  advance (f, 1 * MINUTE);
  g_assert_cmpint (coprod_live_state_get_alert (live), ==, COPROD_LIVE_ALERT_LOW);
  advance (f, 1 * MINUTE + 30 * G_USEC_PER_SEC);
  g_assert_cmpint (coprod_live_state_get_alert (live), ==, COPROD_LIVE_ALERT_VERY_LOW);
  advance (f, 2 * MINUTE + 30 * G_USEC_PER_SEC);
  g_assert_cmpint (coprod_live_state_get_alert (live), ==, COPROD_LIVE_ALERT_OVERRUN);
  g_assert_cmpint (coprod_live_state_get_item_remaining (live), ==, -2 * MINUTE);

  /* Running two minutes over: everything after moves on two minutes. */
  finish = coprod_live_state_dup_projected_finish (live);
  g_assert_cmpint (g_date_time_to_unix (finish), ==, start + (12 + 20 + 15) * 60);

  /* Next: the welcome ends now, the next item starts now. */
  g_assert_true (coprod_live_state_next (live, &error));
  g_assert_cmpuint (coprod_live_state_get_current_index (live), ==, 1);
  g_assert_cmpint (db_int (f, COPROD_TABLE_AGENDA_ITEM, item_id (f, 0), "actual_end"),
                   ==, start + 12 * 60);
  g_assert_cmpint (db_int (f, COPROD_TABLE_AGENDA_ITEM, item_id (f, 1), "actual_start"),
                   ==, start + 12 * 60);
  g_assert_cmpint (coprod_live_state_get_item_elapsed (live), ==, 0);

  /* A pause stops the item's clock, not the meeting's. */
  advance (f, 5 * MINUTE);
  g_assert_true (coprod_live_state_pause (live, &error));
  g_assert_true (coprod_live_state_get_paused (live));
  advance (f, 10 * MINUTE);
  g_assert_cmpint (coprod_live_state_get_item_elapsed (live), ==, 5 * MINUTE);
  g_assert_cmpint (coprod_live_state_get_meeting_elapsed (live), ==, 27 * MINUTE);
  g_assert_true (coprod_live_state_resume (live, &error));
  advance (f, 1 * MINUTE);
  g_assert_cmpint (coprod_live_state_get_item_elapsed (live), ==, 6 * MINUTE);
  g_assert_cmpint (db_int (f, COPROD_TABLE_AGENDA_ITEM, item_id (f, 1), "paused_seconds"),
                   ==, 10 * 60);

  /* Five more minutes for this item. */
  g_assert_true (coprod_live_state_add_minutes (live, 5, &error));
  g_assert_cmpint (coprod_live_state_get_item_remaining (live), ==, 19 * MINUTE);
  g_assert_cmpint (db_int (f, COPROD_TABLE_AGENDA_ITEM, item_id (f, 1), "added_minutes"),
                   ==, 5);

  /* Jumping back is allowed; ending records the end. */
  g_assert_true (coprod_live_state_previous (live, &error));
  g_assert_cmpuint (coprod_live_state_get_current_index (live), ==, 0);
  g_assert_true (coprod_live_state_go_to (live, 2, &error));
  advance (f, 15 * MINUTE);
  g_assert_true (coprod_live_state_end (live, &error));
  g_assert_no_error (error);
  g_assert_false (coprod_live_state_get_running (live));
  g_assert_cmpint (coprod_meeting_get_status (f->meeting), ==, COPROD_MEETING_ENDED);
  g_assert_cmpint (db_int (f, COPROD_TABLE_MEETING, coprod_meeting_get_id (f->meeting),
                           "ended_at"), ==, f->wall / G_USEC_PER_SEC);
  g_assert_false (coprod_live_state_next (live, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED);
}

/* The app is killed mid-meeting, during a pause; the next start carries on where it was,
 * with the time that passed while it was closed counted as it should be. */
static void
test_resume_after_kill (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CoprodLiveState *live = live_new (f);
  gint64 meeting_id = coprod_meeting_get_id (f->meeting);

  g_assert_true (coprod_live_state_start (live, &error));
  advance (f, 4 * MINUTE);
  g_assert_true (coprod_live_state_next (live, &error));
  advance (f, 6 * MINUTE);
  g_assert_true (coprod_live_state_add_minutes (live, 1, &error));
  g_assert_true (coprod_live_state_pause (live, &error));
  advance (f, 2 * MINUTE);
  g_object_unref (live);

  /* Gone, without ending anything; then 3 minutes pass and the app opens again, on a
   * monotonic clock that started again from nothing. */
  close_all (f);
  advance (f, 3 * MINUTE);
  f->mono = 42;
  open_meeting (f, meeting_id);
  g_assert_cmpint (coprod_meeting_get_status (f->meeting), ==, COPROD_MEETING_LIVE);

  live = live_new (f);
  g_assert_true (coprod_live_state_resume_if_live (live, &error));
  g_assert_no_error (error);
  g_assert_true (coprod_live_state_get_running (live));
  g_assert_true (coprod_live_state_get_paused (live));
  g_assert_cmpuint (coprod_live_state_get_current_index (live), ==, 1);
  g_assert_cmpint (coprod_live_state_get_item_elapsed (live), ==, 6 * MINUTE);
  g_assert_cmpint (coprod_live_state_get_added_minutes (live), ==, 1);
  g_assert_cmpint (coprod_live_state_get_meeting_elapsed (live), ==, 15 * MINUTE);

  /* Carrying on: the pause of 5 minutes is not counted against the item. */
  g_assert_true (coprod_live_state_resume (live, &error));
  advance (f, 2 * MINUTE);
  g_assert_cmpint (coprod_live_state_get_item_elapsed (live), ==, 8 * MINUTE);
  g_assert_cmpint (coprod_live_state_get_item_remaining (live), ==, 13 * MINUTE);
  g_object_unref (live);
}

/* Running late: the console says what no longer fits, and either shortens the rest or
 * moves what does not fit to the next meeting; the actions round keeps its time. */
static void
test_running_late (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodLiveState) live = NULL;
  g_autoptr(GPtrArray) late = NULL;
  g_autoptr(GDateTime) next_start = g_date_time_new_local (2027, 1, 5, 10, 0, 0);
  g_autoptr(GDateTime) next_end = g_date_time_new_local (2027, 1, 5, 11, 0, 0);
  CoprodAgendaItem *budget, *close;
  CoprodMeeting *next;
  CoprodTeam *team = g_list_model_get_item (coprod_context_get_teams (f->context), 0);

  g_object_unref (team);
  /* Welcome 10, Short breaks 20, Budget 20, Actions 15, Close 5: 70 minutes for 60. */
  budget = coprod_meeting_add_agenda_item (f->meeting, COPROD_AGENDA_KIND_ITEM, "Budget", 20,
                                           &error);
  g_assert_true (coprod_meeting_move_agenda_item (f->meeting, budget, 2, &error));
  close = coprod_meeting_add_agenda_item (f->meeting, COPROD_AGENDA_KIND_CLOSE, "Close", 5,
                                          &error);
  g_assert_nonnull (close);

  live = live_new (f);
  g_assert_true (coprod_live_state_start (live, &error));
  g_assert_cmpint (coprod_live_state_get_late_minutes (live), ==, 10);
  advance (f, 12 * MINUTE);
  g_assert_true (coprod_live_state_next (live, &error));
  g_assert_cmpint (coprod_live_state_get_late_minutes (live), ==, 12);

  late = coprod_live_state_dup_late_items (live);
  g_assert_cmpuint (late->len, ==, 1);
  g_assert_true (g_ptr_array_index (late, 0) == budget);

  /* Shortening takes the 12 minutes from the items to come, not from the actions. */
  g_assert_true (coprod_live_state_shorten_rest (live, &error));
  g_assert_cmpint (coprod_live_state_get_late_minutes (live), ==, 0);
  g_assert_cmpint (coprod_agenda_item_get_minutes (budget), ==, 8);
  {
    g_autoptr(CoprodAgendaItem) actions =
      g_list_model_get_item (coprod_meeting_get_agenda (f->meeting), 3);

    g_assert_cmpint (coprod_agenda_item_get_kind (actions), ==, COPROD_AGENDA_KIND_ACTIONS_ROUND);
    g_assert_cmpint (coprod_agenda_item_get_minutes (actions), ==, 15);
  }

  /* Later, running late again: the budget goes to the next meeting instead. */
  advance (f, 30 * MINUTE);
  g_assert_cmpint (coprod_live_state_get_late_minutes (live), ==, 10);
  next = coprod_team_add_meeting (team, "Next time", next_start, next_end, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coprod_live_state_move_late_items (live, next, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (coprod_meeting_get_agenda (f->meeting)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (coprod_meeting_get_agenda (next)), ==, 1);
  {
    g_autoptr(CoprodAgendaItem) moved = g_list_model_get_item (coprod_meeting_get_agenda (next), 0);

    g_assert_cmpstr (coprod_agenda_item_get_title (moved), ==, "Budget");
  }
  g_assert_cmpint (coprod_live_state_get_late_minutes (live), ==, 2);
  g_assert_cmpuint (coprod_live_state_get_current_index (live), ==, 1);
}

static void
test_nothing_to_run (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) starts = g_date_time_new_local (2026, 12, 2, 10, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_new_local (2026, 12, 2, 11, 0, 0);
  g_autoptr(CoprodLiveState) live = NULL;
  CoprodTeam *team = g_list_model_get_item (coprod_context_get_teams (f->context), 0);
  CoprodMeeting *empty;

  g_object_unref (team);
  empty = coprod_team_add_meeting (team, "No agenda", starts, ends, &error);
  live = coprod_live_state_new (empty);
  g_assert_false (coprod_live_state_start (live, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED);
  g_assert_cmpint (coprod_meeting_get_status (empty), ==, COPROD_MEETING_PLANNED);
  g_assert_null (coprod_live_state_get_current_item (live));
  g_assert_null (coprod_live_state_dup_projected_finish (live));
  /* A planned meeting has nothing to resume. */
  g_assert_true (coprod_live_state_resume_if_live (live, NULL));
  g_assert_false (coprod_live_state_get_running (live));
}

static void
count_notify (guint *count)
{
  (*count)++;
}

/* What the shared screen shows: it follows the item under way until a scene is
 * pinned, blanking hides it and brings it back, and none of it touches the store. */
static void
test_shared_scene (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CoprodLiveState) live = live_new (f);
  guint scene_changes = 0;
  g_autofree char *short_clock = coprod_live_format_clock (-(4 * MINUTE + 5 * G_USEC_PER_SEC));
  g_autofree char *long_clock = coprod_live_format_clock (62 * MINUTE + 3 * G_USEC_PER_SEC);

  g_assert_cmpstr (short_clock, ==, "04:05");
  g_assert_cmpstr (long_clock, ==, "1:02:03");

  g_signal_connect_swapped (live, "notify::scene", G_CALLBACK (count_notify), &scene_changes);
  g_assert_true (coprod_live_state_get_following (live));
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_WELCOME);

  /* Following: introductions bring up the cards, any other item itself. */
  g_assert_true (coprod_live_state_start (live, NULL));
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_INTRODUCTIONS);
  g_assert_cmpuint (scene_changes, >, 0);
  scene_changes = 0;
  g_assert_true (coprod_live_state_next (live, NULL));
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_CURRENT_ITEM);
  g_assert_cmpuint (scene_changes, >, 0);

  /* Pinned, the scene stays whatever the item. */
  coprod_live_state_pin_scene (live, COPROD_SCENE_AGENDA);
  g_assert_false (coprod_live_state_get_following (live));
  g_assert_true (coprod_live_state_next (live, NULL));
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_AGENDA);

  /* Blanking hides any scene and gives it back. */
  scene_changes = 0;
  coprod_live_state_set_blanked (live, TRUE);
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_BLANK);
  g_assert_cmpuint (scene_changes, ==, 1);
  coprod_live_state_set_blanked (live, FALSE);
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_AGENDA);

  /* Following again, the actions round shows the actions being made. */
  coprod_live_state_follow (live);
  g_assert_true (coprod_live_state_get_following (live));
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_ACTIONS);

  /* The type's scale stays in bounds. */
  coprod_live_state_set_text_scale (live, 10);
  g_assert_cmpfloat (coprod_live_state_get_text_scale (live), ==, COPROD_TEXT_SCALE_MAX);
  coprod_live_state_set_text_scale (live, 0);
  g_assert_cmpfloat (coprod_live_state_get_text_scale (live), ==, COPROD_TEXT_SCALE_MIN);

  coprod_live_state_set_card_index (live, 3);
  g_assert_cmpuint (coprod_live_state_get_card_index (live), ==, 3);

  /* Ended, the room sees the welcome again rather than a stale item. */
  g_assert_true (coprod_live_state_end (live, NULL));
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_WELCOME);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/London", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/live/run-through", Fixture, NULL, fixture_set_up, test_run_through,
              fixture_tear_down);
  g_test_add ("/live/resume-after-kill", Fixture, NULL, fixture_set_up, test_resume_after_kill,
              fixture_tear_down);
  g_test_add ("/live/nothing-to-run", Fixture, NULL, fixture_set_up, test_nothing_to_run,
              fixture_tear_down);
  g_test_add ("/live/running-late", Fixture, NULL, fixture_set_up, test_running_late,
              fixture_tear_down);
  g_test_add ("/live/shared-scene", Fixture, NULL, fixture_set_up, test_shared_scene,
              fixture_tear_down);

  return g_test_run ();
}
