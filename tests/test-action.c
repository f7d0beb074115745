/* test-action.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of an action point: can't do needs a reason, every change is kept as
 * history with its meeting, and overdue is counted in calendar days where the
 * facilitator is. Each case reopens the store to see what was really kept.
 */

#include "coprod-action-listing.h"
#include "coprod-context.h"
#include "coprod-live-state.h"
#include "coprod-test-util.h"

typedef struct
{
  char          *data_dir;
  CoprodStore   *store;
  CoprodContext *context;
  CoprodTeam    *team;      /* owned by the context */
  gint64         person_id;
  gint64         meeting_id;
  gint64         item_id;
} Fixture;

static void
open_all (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodTeam) team = NULL;

  f->store = coprod_store_open (f->data_dir, &error);
  g_assert_no_error (error);
  f->context = coprod_context_new (f->store, &error);
  g_assert_no_error (error);
  team = g_list_model_get_item (coprod_context_get_teams (f->context), 0);
  f->team = team;
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
}

static void
reopen (Fixture *f)
{
  close_all (f);
  open_all (f);
}

static CoprodAction *
first_action (Fixture *f)
{
  g_autoptr(CoprodAction) action = g_list_model_get_item (coprod_team_get_actions (f->team), 0);

  g_assert_nonnull (action);
  return action;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) starts = g_date_time_new_local (2026, 12, 1, 10, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_new_local (2026, 12, 1, 12, 0, 0);
  CoprodTeam *team;
  CoprodPerson *person;
  CoprodMeeting *meeting;
  CoprodAgendaItem *item;

  f->data_dir = coprod_test_make_tmp_dir ("coprod-action");
  f->store = coprod_store_open (f->data_dir, &error);
  g_assert_no_error (error);
  f->context = coprod_context_new (f->store, &error);
  g_assert_no_error (error);
  team = coprod_context_create_team (f->context, "Action team", &error);
  g_assert_no_error (error);
  person = coprod_team_add_person (team, "Sunita Patel", COPROD_SIDE_PROFESSIONAL, &error);
  g_assert_no_error (error);
  meeting = coprod_team_add_meeting (team, "December meeting", starts, ends, &error);
  g_assert_no_error (error);
  item = coprod_meeting_add_agenda_item (meeting, COPROD_AGENDA_KIND_ITEM, "Short breaks", 20,
                                         &error);
  g_assert_no_error (error);
  f->person_id = coprod_person_get_id (person);
  f->meeting_id = coprod_meeting_get_id (meeting);
  f->item_id = coprod_agenda_item_get_id (item);
  reopen (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_all (f);
  coprod_test_remove_tmp_dir (f->data_dir);
  g_free (f->data_dir);
}

static CoprodAction *
add_full (Fixture    *f,
          const char *text,
          guint       day,
          guint       month,
          gint64      meeting_id,
          gint64      item_id)
{
  g_autoptr(GError) error = NULL;
  GDate due;
  CoprodAction *action;

  g_date_clear (&due, 1);
  if (day > 0)
    g_date_set_dmy (&due, day, month, 2026);
  action = coprod_team_add_action (f->team, text, f->person_id, day > 0 ? &due : NULL,
                                   meeting_id, item_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (action);
  return action;
}

/* An action made at the December meeting's agenda item, due in December. */
static CoprodAction *
add_action (Fixture    *f,
            const char *text,
            guint       day)
{
  return add_full (f, text, day, G_DATE_DECEMBER, f->meeting_id, f->item_id);
}

static void
test_made_in_a_meeting (Fixture       *f,
                        gconstpointer  data)
{
  const char *text = "I will ask the short breaks team about weekend places by Friday — "
                     "سأسأل 👍";
  CoprodAction *action = add_action (f, text, 11);
  gint64 id = coprod_action_get_id (action);
  gint64 created = coprod_action_get_created (action);
  GDate due;

  g_assert_cmpint (coprod_action_get_status (action), ==, COPROD_ACTION_OPEN);
  g_assert_cmpint (created, >, 0);
  reopen (f);

  /* Every field comes back from the row it was read from. */
  action = first_action (f);
  g_assert_cmpint (coprod_action_get_id (action), ==, id);
  g_assert_cmpint (coprod_action_get_created (action), ==, created);
  g_assert_cmpint (coprod_action_get_closed (action), ==, 0);
  g_assert_cmpstr (coprod_action_get_status_note (action), ==, "");
  g_assert_cmpstr (coprod_action_get_due_iso (action), ==, "2026-12-11");
  g_assert_cmpstr (coprod_action_get_text (action), ==, text);
  g_assert_cmpint (coprod_action_get_owner_person_id (action), ==, f->person_id);
  g_assert_cmpint (coprod_action_get_meeting_id (action), ==, f->meeting_id);
  g_assert_cmpint (coprod_action_get_agenda_item_id (action), ==, f->item_id);
  g_assert_cmpint (coprod_action_get_from_expectation_id (action), ==, 0);
  g_assert_cmpint (coprod_action_get_team_id (action), ==, coprod_team_get_id (f->team));
  g_assert_true (coprod_action_get_due (action, &due));
  g_assert_cmpuint (g_date_get_day (&due), ==, 11);
  g_assert_cmpuint (g_date_get_month (&due), ==, G_DATE_DECEMBER);
  g_assert_cmpuint (g_date_get_year (&due), ==, 2026);

  /* Taking the date away, and a new owner. */
  coprod_action_set_due (action, NULL);
  coprod_action_set_owner_person_id (action, 0);
  reopen (f);
  action = first_action (f);
  g_assert_false (coprod_action_get_due (action, &due));
  g_assert_cmpint (coprod_action_get_owner_person_id (action), ==, 0);
}

static void
test_cannot_needs_a_reason (Fixture       *f,
                            gconstpointer  data)
{
  CoprodAction *action = add_action (f, "I will find a venue with a hearing loop", 8);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;

  g_assert_false (coprod_action_set_status (action, COPROD_ACTION_CANNOT, NULL, f->meeting_id,
                                            &error));
  g_assert_error (error, COPROD_ACTION_ERROR, COPROD_ACTION_ERROR_REASON_NEEDED);
  g_clear_error (&error);
  g_assert_false (coprod_action_set_status (action, COPROD_ACTION_CANNOT, " \t\n\u3000",
                                            f->meeting_id, &error));
  g_assert_error (error, COPROD_ACTION_ERROR, COPROD_ACTION_ERROR_REASON_NEEDED);
  g_clear_error (&error);
  g_assert_cmpint (coprod_action_get_status (action), ==, COPROD_ACTION_OPEN);

  g_assert_true (coprod_action_set_status (action, COPROD_ACTION_CANNOT,
                                           "The only room with a loop is booked until March",
                                           f->meeting_id, &error));
  g_assert_no_error (error);
  reopen (f);

  action = first_action (f);
  g_assert_cmpint (coprod_action_get_status (action), ==, COPROD_ACTION_CANNOT);
  g_assert_cmpstr (coprod_action_get_status_note (action), ==,
                   "The only room with a loop is booked until March");
  g_assert_cmpint (coprod_action_get_closed (action), >, 0);
  history = coprod_action_dup_history (action, &error);
  g_assert_no_error (error);
  /* The refused attempts left nothing behind. */
  g_assert_cmpuint (history->len, ==, 1);
}

static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  CoprodAction *action = add_action (f, "I will send the minutes in large print", 4);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  CoprodActionUpdate *update;

  g_assert_false (coprod_action_add_note (action, "   ", f->meeting_id, &error));
  g_assert_error (error, COPROD_ACTION_ERROR, COPROD_ACTION_ERROR_EMPTY_NOTE);
  g_clear_error (&error);

  g_assert_true (coprod_action_add_note (action, "Printed, posting on Monday", 0, &error));
  g_assert_true (coprod_action_set_status (action, COPROD_ACTION_DONE, "Posted to everyone",
                                           f->meeting_id, &error));
  g_assert_true (coprod_action_set_status (action, COPROD_ACTION_OPEN,
                                           "Rachel did not get hers", f->meeting_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (coprod_action_get_closed (action), ==, 0);
  g_assert_cmpstr (coprod_action_get_status_note (action), ==, "");
  reopen (f);

  action = first_action (f);
  g_assert_cmpint (coprod_action_get_status (action), ==, COPROD_ACTION_OPEN);
  history = coprod_action_dup_history (action, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);
  update = g_ptr_array_index (history, 0);
  g_assert_cmpstr (update->note, ==, "Printed, posting on Monday");
  g_assert_cmpint (update->meeting_id, ==, 0);
  g_assert_cmpint (update->status, ==, COPROD_ACTION_OPEN);
  update = g_ptr_array_index (history, 1);
  g_assert_cmpstr (update->note, ==, "Posted to everyone");
  g_assert_cmpint (update->meeting_id, ==, f->meeting_id);
  g_assert_cmpint (update->status, ==, COPROD_ACTION_DONE);
  update = g_ptr_array_index (history, 2);
  g_assert_cmpint (update->status, ==, COPROD_ACTION_OPEN);
  g_assert_cmpint (update->created, >, 0);
}

static GDate *
date (guint day,
      guint month,
      guint year)
{
  return g_date_new_dmy (day, month, year);
}

static void
test_overdue (Fixture       *f,
              gconstpointer  data)
{
  CoprodAction *action = add_action (f, "I will call the transport team", 1);
  CoprodAction *undated = add_action (f, "I will think about it", 0);
  g_autoptr(GDate) same_day = date (1, 12, 2026);
  g_autoptr(GDate) three_later = date (4, 12, 2026);
  g_autoptr(GDate) new_year = date (2, 1, 2027);
  g_autoptr(GDate) before = date (20, 11, 2026);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (coprod_action_get_days_overdue (action, before), ==, 0);
  g_assert_cmpint (coprod_action_get_days_overdue (action, same_day), ==, 0);
  g_assert_cmpint (coprod_action_get_days_overdue (action, three_later), ==, 3);
  g_assert_cmpint (coprod_action_get_days_overdue (action, new_year), ==, 32);
  g_assert_cmpint (coprod_action_get_days_overdue (undated, new_year), ==, 0);

  /* Done, or can't do, is never overdue. */
  g_assert_true (coprod_action_set_status (action, COPROD_ACTION_DONE, "", 0, &error));
  g_assert_cmpint (coprod_action_get_days_overdue (action, new_year), ==, 0);
}

/* One moment, three places: it is already the 2nd in Auckland while still the 1st in
 * London and Los Angeles, so only there is an action due on the 1st a day overdue. */
static void
test_overdue_across_time_zones (Fixture       *f,
                                gconstpointer  data)
{
  CoprodAction *action = add_action (f, "I will book the room", 1);
  g_autoptr(GDateTime) moment = g_date_time_new_utc (2026, 12, 1, 23, 30, 0);
  g_autoptr(GTimeZone) london = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(GTimeZone) auckland = g_time_zone_new_identifier ("Pacific/Auckland");
  g_autoptr(GTimeZone) los_angeles = g_time_zone_new_identifier ("America/Los_Angeles");
  GDate today;

  g_assert_nonnull (london);
  g_assert_nonnull (auckland);
  g_assert_nonnull (los_angeles);

  coprod_date_today (london, g_date_time_to_unix (moment), &today);
  g_assert_cmpuint (g_date_get_day (&today), ==, 1);
  g_assert_cmpint (coprod_action_get_days_overdue (action, &today), ==, 0);

  coprod_date_today (auckland, g_date_time_to_unix (moment), &today);
  g_assert_cmpuint (g_date_get_day (&today), ==, 2);
  g_assert_cmpint (coprod_action_get_days_overdue (action, &today), ==, 1);

  coprod_date_today (los_angeles, g_date_time_to_unix (moment), &today);
  g_assert_cmpuint (g_date_get_day (&today), ==, 1);
  g_assert_cmpint (coprod_action_get_days_overdue (action, &today), ==, 0);

  /* The date is kept as a date, not a moment: it reads back as the 1st. */
  reopen (f);
  {
    GDate due;

    g_assert_true (coprod_action_get_due (first_action (f), &due));
    g_assert_cmpuint (g_date_get_day (&due), ==, 1);
  }
}

/* A due date the file holds that is not a real date reads as no date. */
static void
test_damaged_due_date (Fixture       *f,
                       gconstpointer  data)
{
  const char *bad[] = { "2026-02-30", "garbage", "2026-1-01", "", "20261201xx", "２０２６-12-01" };
  CoprodAction *action = add_action (f, "I will write it up", 3);
  gint64 id = coprod_action_get_id (action);
  g_autoptr(GDate) later = g_date_new_dmy (1, 1, 2030);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate due;

      g_assert_true (coprod_store_update (f->store, COPROD_TABLE_ACTION, id, "due",
                                          g_variant_new_string (bad[i]), &error));
      g_assert_no_error (error);
      reopen (f);
      g_assert_false (coprod_action_get_due (first_action (f), &due));
      g_assert_cmpint (coprod_action_get_days_overdue (first_action (f), later), ==, 0);
    }
}

static void
test_delete_and_restore (Fixture       *f,
                         gconstpointer  data)
{
  CoprodAction *action = add_action (f, "I will bring the leaflets", 2);
  g_autoptr(CoprodAction) kept = g_object_ref (action);
  g_autoptr(GError) error = NULL;

  g_assert_true (coprod_team_delete_action (f->team, kept, &error));
  g_assert_cmpuint (g_list_model_get_n_items (coprod_team_get_actions (f->team)), ==, 0);
  g_assert_true (coprod_team_restore_action (f->team, kept, &error));
  g_assert_cmpuint (g_list_model_get_n_items (coprod_team_get_actions (f->team)), ==, 1);
  g_assert_true (coprod_team_delete_action (f->team, kept, &error));
  g_assert_no_error (error);
  reopen (f);
  g_assert_cmpuint (g_list_model_get_n_items (coprod_team_get_actions (f->team)), ==, 0);
}

static CoprodAction *
add_dated (Fixture    *f,
           const char *text,
           guint       day,
           guint       month,
           gint64      meeting_id)
{
  return add_full (f, text, day, month, meeting_id, 0);
}

static void
test_order_and_search (Fixture       *f,
                       gconstpointer  data)
{
  CoprodAction *made[] = {
    add_dated (f, "Six days late", 5, 12, 0),
    add_dated (f, "Not dated", 0, 0, 0),
    add_dated (f, "Ten days late: ask the CAFÉ about the room", 1, 12, 0),
    add_dated (f, "Due later", 20, 12, 0),
    add_dated (f, "Already done, the ﬁnal report", 2, 12, 0),
  };
  CoprodAction *expected[] = { made[2], made[0], made[3], made[1], made[4] };
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GDate) today = g_date_new_dmy (11, 12, 2026);
  g_autofree char *cafe = coprod_action_fold_text ("cafe");
  g_autofree char *final = coprod_action_fold_text ("FINAL");
  g_autofree char *sunita = coprod_action_fold_text ("SUNITA");
  g_autofree char *nothing = coprod_action_fold_text ("");
  g_autofree char *missing = coprod_action_fold_text ("xyzzy");
  g_autofree char *owner = coprod_action_fold_text ("Sunita Patel");
  g_autoptr(GError) error = NULL;

  g_assert_true (coprod_action_set_status (made[4], COPROD_ACTION_DONE, "", 0, &error));
  for (guint i = 0; i < G_N_ELEMENTS (made); i++)
    g_ptr_array_add (sorted, made[i]);
  /* A plain selection sort: the order comes from coprod_action_compare() alone. */
  for (guint i = 0; i < G_N_ELEMENTS (made); i++)
    for (guint j = i + 1; j < G_N_ELEMENTS (made); j++)
      if (coprod_action_compare (g_ptr_array_index (sorted, j), g_ptr_array_index (sorted, i),
                                 today) < 0)
        {
          gpointer swap = sorted->pdata[i];

          sorted->pdata[i] = sorted->pdata[j];
          sorted->pdata[j] = swap;
        }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_ptr_array_index (sorted, i) == expected[i]);

  /* Searching ignores case and accents, matches the owner's name, and "ﬁ" is "fi". */
  g_assert_true (coprod_action_matches (made[2], cafe, NULL));
  g_assert_false (coprod_action_matches (made[0], cafe, NULL));
  g_assert_true (coprod_action_matches (made[4], final, NULL));
  g_assert_true (coprod_action_matches (made[0], sunita, owner));
  g_assert_false (coprod_action_matches (made[0], sunita, NULL));
  g_assert_true (coprod_action_matches (made[0], nothing, NULL));
  g_assert_false (coprod_action_matches (made[0], missing, owner));

  /* A change of words is searched afresh. */
  coprod_action_set_text (made[0], "Now about the café too");
  g_assert_true (coprod_action_matches (made[0], cafe, NULL));
}

/* Folding lowers ASCII on its own and sends only the other characters through
 * Unicode: the result must be the same wherever the two meet. */
static void
test_fold (void)
{
  static const char *const cases[][2] = {
    { "Ask the CAFÉ about it", "ask the cafe about it" },
    { "Ｔａｙｏ’s ﬁnal form", "tayo’s final form" },
    { "İSTANBUL Straße", "istanbul strasse" },
    { "e\u0301a\u0308 and A\u0301\u0327B", "ea and ab" },
    { "ΣΊΣΥΦΟΣ: naïve—done", "σισυφοσ: naive—done" },
    { "Ω ℃ ㎏ Ǆ", "ω °c kg dz" },
    { "\xff bad bytes", "\xef\xbf\xbd bad bytes" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = coprod_action_fold_text (cases[i][0]);

      g_assert_cmpstr (folded, ==, cases[i][1]);
    }
}

/* "You said, we did": what the December meeting steps through. */
static void
test_review (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) nov_starts = g_date_time_new_local (2026, 11, 3, 10, 0, 0);
  g_autoptr(GDateTime) nov_ends = g_date_time_new_local (2026, 11, 3, 12, 0, 0);
  CoprodMeeting *november = coprod_team_add_meeting (f->team, "November meeting", nov_starts,
                                                     nov_ends, &error);
  GListModel *meetings = coprod_team_get_meetings (f->team);
  CoprodMeeting *december = NULL;
  gint64 nov = coprod_meeting_get_id (november);
  CoprodAction *done_since, *done_before, *old_open, *not_yet, *made_here, *undated,
               *undated_done;
  g_autoptr(GPtrArray) review = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CoprodMeeting) meeting = g_list_model_get_item (meetings, i);

      if (coprod_meeting_get_id (meeting) == f->meeting_id)
        december = meeting;
    }
  g_assert_nonnull (december);
  g_assert_true (coprod_team_find_next_meeting (f->team, coprod_meeting_get_starts_at_unix (november))
                 == december);
  g_assert_null (coprod_team_find_next_meeting (f->team, coprod_meeting_get_starts_at_unix (december)));
  g_assert_true (coprod_team_find_previous_meeting (f->team, G_MAXINT64) == december);
  g_assert_null (coprod_team_find_previous_meeting (f->team,
                                                    coprod_meeting_get_starts_at_unix (november)));

  done_since = add_dated (f, "Done since November", 20, 11, nov);
  done_before = add_dated (f, "Done before November", 30, 10, nov);
  old_open = add_dated (f, "Still open from October", 1, 10, 0);
  not_yet = add_dated (f, "Due after December's meeting", 15, 12, nov);
  made_here = add_dated (f, "Made in December", 25, 11, f->meeting_id);
  undated = add_dated (f, "Undated, from November", 0, 0, nov);
  undated_done = add_dated (f, "Undated and done", 0, 0, nov);
  g_assert_true (coprod_action_set_status (done_since, COPROD_ACTION_DONE, "Sent", nov, &error));
  g_assert_true (coprod_action_set_status (done_before, COPROD_ACTION_DONE, "", nov, &error));
  g_assert_true (coprod_action_set_status (undated_done, COPROD_ACTION_DONE, "", nov, &error));
  (void) not_yet;
  (void) made_here;

  review = coprod_team_dup_actions_to_review (f->team, december);
  g_assert_cmpuint (review->len, ==, 3);
  g_assert_true (g_ptr_array_index (review, 0) == old_open);
  g_assert_true (g_ptr_array_index (review, 1) == undated);
  g_assert_true (g_ptr_array_index (review, 2) == done_since);

  /* November has no meeting before it: what was due by then and made elsewhere. */
  g_clear_pointer (&review, g_ptr_array_unref);
  review = coprod_team_dup_actions_to_review (f->team, november);
  g_assert_cmpuint (review->len, ==, 1);
  g_assert_true (g_ptr_array_index (review, 0) == old_open);
}

static CoprodMeeting *
december_meeting (Fixture *f)
{
  GListModel *meetings = coprod_team_get_meetings (f->team);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CoprodMeeting) meeting = g_list_model_get_item (meetings, i);

      if (coprod_meeting_get_id (meeting) == f->meeting_id)
        return meeting;
    }
  g_assert_not_reached ();
}

static void
count_notify (guint *count)
{
  (*count)++;
}

/* Stepping through "You said, we did" in the live meeting: one action at a time, each
 * outcome recorded with its note and the meeting, and the list holding still while
 * outcomes take actions out of what would be reviewed afresh. */
static void
test_review_flow (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CoprodMeeting *december = december_meeting (f);
  g_autoptr(CoprodLiveState) live = coprod_live_state_new (december);
  g_autoptr(GDateTime) nov_starts = g_date_time_new_local (2026, 11, 3, 10, 0, 0);
  g_autoptr(GDateTime) nov_ends = g_date_time_new_local (2026, 11, 3, 12, 0, 0);
  CoprodMeeting *november = coprod_team_add_meeting (f->team, "November meeting", nov_starts,
                                                     nov_ends, &error);
  /* Due before November and still open, then due since November. */
  CoprodAction *first = add_dated (f, "Phone the short breaks team", 1, 10, 0);
  CoprodAction *second = add_dated (f, "Send the minutes round", 20, 11, 0);
  g_autoptr(GPtrArray) review = coprod_team_dup_actions_to_review (f->team, december);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) afresh = NULL;
  CoprodActionUpdate *update;
  guint moves = 0;

  g_assert_nonnull (november);
  g_assert_null (coprod_live_state_get_review_action (live));
  g_signal_connect_swapped (live, "notify::review-index", G_CALLBACK (count_notify), &moves);
  coprod_live_state_set_review (live, review);
  g_assert_cmpuint (moves, ==, 1);
  g_assert_cmpuint (coprod_live_state_get_review_length (live), ==, 2);
  g_assert_true (coprod_live_state_get_review_action (live) == first);

  /* "We did": done, with what happened. */
  g_assert_true (coprod_action_set_status (coprod_live_state_get_review_action (live),
                                           COPROD_ACTION_DONE, "They rang back on Monday",
                                           f->meeting_id, &error));
  g_assert_no_error (error);
  coprod_live_state_set_review_index (live, coprod_live_state_get_review_index (live) + 1);
  g_assert_cmpuint (moves, ==, 2);

  /* Reviewed afresh, the done one would drop out; the review in hand keeps it. */
  afresh = coprod_team_dup_actions_to_review (f->team, december);
  g_assert_cmpuint (afresh->len, ==, 1);
  g_assert_true (coprod_live_state_get_review_action (live) == second);

  /* "Can't do" is refused without a reason and then kept with it. */
  g_assert_false (coprod_action_set_status (second, COPROD_ACTION_CANNOT, "  ", f->meeting_id,
                                            &error));
  g_assert_error (error, COPROD_ACTION_ERROR, COPROD_ACTION_ERROR_REASON_NEEDED);
  g_clear_error (&error);
  g_assert_true (coprod_action_set_status (second, COPROD_ACTION_CANNOT,
                                           "The office has closed until January",
                                           f->meeting_id, &error));

  /* Past the end it stays on the last; back to the start goes back. */
  coprod_live_state_set_review_index (live, 10);
  g_assert_true (coprod_live_state_get_review_action (live) == second);
  g_assert_cmpuint (moves, ==, 2);
  coprod_live_state_set_review_index (live, 0);
  g_assert_true (coprod_live_state_get_review_action (live) == first);

  reopen (f);
  for (guint i = 0; i < g_list_model_get_n_items (coprod_team_get_actions (f->team)); i++)
    {
      g_autoptr(CoprodAction) action = g_list_model_get_item (coprod_team_get_actions (f->team),
                                                              i);

      if (g_str_equal (coprod_action_get_text (action), "Phone the short breaks team"))
        {
          g_assert_cmpint (coprod_action_get_status (action), ==, COPROD_ACTION_DONE);
          history = coprod_action_dup_history (action, &error);
        }
    }
  g_assert_no_error (error);
  g_assert_nonnull (history);
  update = g_ptr_array_index (history, history->len - 1);
  g_assert_cmpstr (update->note, ==, "They rang back on Monday");
  g_assert_cmpint (update->meeting_id, ==, f->meeting_id);
  g_assert_cmpint (update->status, ==, COPROD_ACTION_DONE);
}

/* What the Actions view lists: open actions under their owner's name in name order,
 * the most overdue first; searching narrows it at once; a change to an action moves
 * it once the main loop is idle; the history and one meeting's actions. */
static void
test_listing (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodActionListing) listing = NULL;
  g_autoptr(CoprodActionListing) meeting = NULL;
  g_autoptr(CoprodOwnerHeading) heading = NULL;
  g_autoptr(GObject) item = NULL;
  CoprodPerson *amara = coprod_team_add_person (f->team, "Amara Okafor", COPROD_SIDE_FAMILY,
                                                &error);
  CoprodAction *late, *later, *amaras, *between;
  GDate today;
  guint changes = 0;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, G_DATE_DECEMBER, 2026);
  late = add_action (f, "Ring the school about transport", 1);
  later = add_action (f, "Book the room for January", 8);
  between = add_full (f, "Send round the leaflet", 20, 12, 0, 0);
  amaras = coprod_team_add_action (f->team, "Ask other parents what helps",
                                   coprod_person_get_id (amara), NULL, f->meeting_id, 0, &error);
  g_assert_no_error (error);

  listing = coprod_action_listing_new (f->team, COPROD_ACTION_LISTING_OPEN, 0);
  coprod_action_listing_set_today (listing, &today);
  g_signal_connect_swapped (listing, "items-changed", G_CALLBACK (count_notify), &changes);
  /* Amara, then Sunita: late (9 days), later (2 days), then the one not yet due. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (listing)), ==, 6);
  g_assert_cmpuint (coprod_action_listing_get_n_actions (listing), ==, 4);
  heading = g_list_model_get_item (G_LIST_MODEL (listing), 0);
  g_assert_true (COPROD_IS_OWNER_HEADING (heading));
  g_assert_true (coprod_owner_heading_get_person (heading) == amara);
  g_assert_cmpuint (coprod_owner_heading_get_n_actions (heading), ==, 1);
  g_clear_object (&heading);
  item = g_list_model_get_item (G_LIST_MODEL (listing), 1);
  g_assert_true (item == (GObject *) amaras);
  g_clear_object (&item);
  heading = g_list_model_get_item (G_LIST_MODEL (listing), 2);
  g_assert_cmpuint (coprod_owner_heading_get_n_actions (heading), ==, 3);
  g_assert_cmpuint (coprod_owner_heading_get_n_overdue (heading), ==, 2);
  g_clear_object (&heading);
  item = g_list_model_get_item (G_LIST_MODEL (listing), 3);
  g_assert_true (item == (GObject *) late);
  g_assert_cmpint (coprod_action_get_days_overdue (late, &today), ==, 9);
  g_clear_object (&item);
  item = g_list_model_get_item (G_LIST_MODEL (listing), 4);
  g_assert_true (item == (GObject *) later);
  g_clear_object (&item);
  item = g_list_model_get_item (G_LIST_MODEL (listing), 5);
  g_assert_true (item == (GObject *) between);
  g_clear_object (&item);

  /* Searching, without case or accents, in the words and the owner's name. */
  changes = 0;
  coprod_action_listing_set_search (listing, "  SCHOÓL ");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (coprod_action_listing_get_n_actions (listing), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (listing)), ==, 2);
  coprod_action_listing_set_search (listing, "okafor");
  g_assert_cmpuint (coprod_action_listing_get_n_actions (listing), ==, 1);
  coprod_action_listing_set_search (listing, "nothing like this");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (listing)), ==, 0);
  coprod_action_listing_set_search (listing, NULL);
  g_assert_cmpuint (coprod_action_listing_get_n_actions (listing), ==, 4);

  /* A new name moves its owner's heading into place once the main loop is idle, and
   * is what a search finds. */
  coprod_person_set_name (amara, "Zainab Okafor");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  heading = g_list_model_get_item (G_LIST_MODEL (listing), 4);
  g_assert_true (COPROD_IS_OWNER_HEADING (heading));
  g_assert_true (coprod_owner_heading_get_person (heading) == amara);
  g_clear_object (&heading);
  coprod_action_listing_set_search (listing, "zainab");
  g_assert_cmpuint (coprod_action_listing_get_n_actions (listing), ==, 1);
  coprod_action_listing_set_search (listing, NULL);

  /* Done, it leaves the open list once the main loop is idle. */
  g_assert_true (coprod_action_set_status (late, COPROD_ACTION_DONE, "Rang them", f->meeting_id,
                                           &error));
  g_assert_cmpuint (coprod_action_listing_get_n_actions (listing), ==, 4);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (coprod_action_listing_get_n_actions (listing), ==, 3);

  /* The history lists it, the latest closed first. */
  g_assert_true (coprod_action_set_status (later, COPROD_ACTION_CANNOT, "No rooms in January",
                                           f->meeting_id, &error));
  coprod_action_listing_set_mode (listing, COPROD_ACTION_LISTING_CLOSED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (listing)), ==, 2);
  item = g_list_model_get_item (G_LIST_MODEL (listing), 0);
  g_assert_true (item == (GObject *) later || item == (GObject *) late);
  g_clear_object (&item);

  /* One meeting's actions, as they were made, open or not. */
  meeting = coprod_action_listing_new (f->team, COPROD_ACTION_LISTING_MEETING, f->meeting_id);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (meeting)), ==, 3);
  item = g_list_model_get_item (G_LIST_MODEL (meeting), 0);
  g_assert_true (item == (GObject *) late);
  g_clear_object (&item);
  coprod_team_add_action (f->team, "One more", f->person_id, NULL, f->meeting_id, 0, &error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (meeting)), ==, 4);
}

/* Who came, the time they gave and their expenses, kept across a restart. */
static void
test_attendance (Fixture       *f,
                 gconstpointer  data)
{
  CoprodMeeting *meeting = december_meeting (f);
  CoprodAttendance came = { TRUE, 150, 1240, FALSE };
  CoprodAttendance too_long = { TRUE, 24 * 60 + 1, 0, FALSE };
  CoprodAttendance negative = { TRUE, 60, -5, FALSE };
  CoprodAttendance read;
  g_autoptr(GError) error = NULL;

  g_assert_false (coprod_meeting_get_attendance (meeting, f->person_id, &read));
  g_assert_false (read.attended);
  g_assert_true (coprod_meeting_set_attendance (meeting, f->person_id, &came, &error));
  g_assert_no_error (error);
  g_assert_false (coprod_meeting_set_attendance (meeting, f->person_id, &too_long, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (coprod_meeting_set_attendance (meeting, f->person_id, &negative, &error));
  g_clear_error (&error);
  reopen (f);

  meeting = december_meeting (f);
  g_assert_true (coprod_meeting_get_attendance (meeting, f->person_id, &read));
  g_assert_true (read.attended);
  g_assert_cmpint (read.minutes, ==, 150);
  g_assert_cmpint (read.expenses_pence, ==, 1240);
  g_assert_false (read.no_action);

  /* Changed, it is rewritten, not added twice. */
  came.minutes = 180;
  g_assert_true (coprod_meeting_set_attendance (meeting, f->person_id, &came, &error));
  reopen (f);
  g_assert_true (coprod_meeting_get_attendance (december_meeting (f), f->person_id, &read));
  g_assert_cmpint (read.minutes, ==, 180);

  /* Someone who came and is then taken off the team keeps their record, out of sight;
   * someone who never came goes for good, once no Undo can reach them. */
  {
    CoprodPerson *sunita = coprod_team_find_person (f->team, f->person_id);
    CoprodPerson *never = coprod_team_add_person (f->team, "Never came", COPROD_SIDE_FAMILY,
                                                  &error);
    gint64 never_id = coprod_person_get_id (never);

    g_assert_true (coprod_team_delete_person (f->team, sunita, &error));
    g_assert_true (coprod_team_delete_person (f->team, never, &error));
    g_assert_true (coprod_store_flush (f->store, &error));
    coprod_test_age_deleted_rows (f->data_dir, COPROD_STORE_KEEP_DELETED_SECONDS + 60);
    reopen (f);
    reopen (f);
    g_assert_null (coprod_team_find_person (f->team, f->person_id));
    g_assert_true (coprod_meeting_get_attendance (december_meeting (f), f->person_id, &read));
    g_assert_cmpint (read.minutes, ==, 180);
    g_assert_cmpint (read.expenses_pence, ==, 1240);
    g_assert_null (coprod_store_get_row (f->store, COPROD_TABLE_PERSON, never_id, &error));
    g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  }
}

/* Everyone leaves with an action point, or the facilitator says why not. */
static void
test_everyone_leaves_with_an_action (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CoprodMeeting *meeting = december_meeting (f);
  CoprodPerson *amara = coprod_team_add_person (f->team, "Amara Okafor", COPROD_SIDE_FAMILY,
                                                &error);
  CoprodPerson *jordan = coprod_team_add_person (f->team, "Jordan Reid",
                                                 COPROD_SIDE_YOUNG_PERSON, &error);
  CoprodAttendance came = { TRUE, 120, 0, FALSE };
  g_autoptr(GPtrArray) missing = NULL;

  /* Someone who did not come is not asked about. */
  coprod_team_add_person (f->team, "Stayed at home", COPROD_SIDE_FAMILY, &error);
  g_assert_no_error (error);
  g_assert_true (coprod_meeting_set_attendance (meeting, f->person_id, &came, &error));
  g_assert_true (coprod_meeting_set_attendance (meeting, coprod_person_get_id (amara), &came,
                                                &error));
  g_assert_true (coprod_meeting_set_attendance (meeting, coprod_person_get_id (jordan), &came,
                                                &error));
  /* Sunita's action is from another meeting: it does not count for this one. */
  add_dated (f, "From before", 1, 11, 0);

  missing = coprod_team_dup_people_without_actions (f->team, meeting);
  g_assert_cmpuint (missing->len, ==, 3);

  add_action (f, "Sunita will phone the short breaks team", 12);
  coprod_team_add_action (f->team, "Amara will ask other parents", coprod_person_get_id (amara),
                          NULL, f->meeting_id, 0, &error);
  came.no_action = TRUE;
  g_assert_true (coprod_meeting_set_attendance (meeting, coprod_person_get_id (jordan), &came,
                                                &error));
  g_assert_no_error (error);
  g_clear_pointer (&missing, g_ptr_array_unref);
  missing = coprod_team_dup_people_without_actions (f->team, meeting);
  g_assert_cmpuint (missing->len, ==, 0);

  /* "No action this time" is kept too. */
  reopen (f);
  g_clear_pointer (&missing, g_ptr_array_unref);
  missing = coprod_team_dup_people_without_actions (f->team, december_meeting (f));
  g_assert_cmpuint (missing->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/London", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/action/made-in-a-meeting", test_made_in_a_meeting);
  ADD ("/action/cannot-needs-a-reason", test_cannot_needs_a_reason);
  ADD ("/action/history", test_history);
  ADD ("/action/overdue", test_overdue);
  ADD ("/action/overdue-across-time-zones", test_overdue_across_time_zones);
  ADD ("/action/damaged-due-date", test_damaged_due_date);
  ADD ("/action/delete-and-restore", test_delete_and_restore);
  ADD ("/action/order-and-search", test_order_and_search);
  ADD ("/action/review", test_review);
  ADD ("/action/review-flow", test_review_flow);
  ADD ("/action/listing", test_listing);
  ADD ("/action/attendance", test_attendance);
  ADD ("/action/everyone-leaves-with-an-action", test_everyone_leaves_with_an_action);
#undef ADD
  g_test_add_func ("/action/fold", test_fold);

  return g_test_run ();
}
