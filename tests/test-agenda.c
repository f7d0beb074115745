/* test-agenda.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A meeting's agenda in the model: items are added, duplicated, moved, deleted and
 * restored in order, every change is in the store, and the schedule follows them.
 */

#include "coprod-agenda-template.h"
#include "coprod-context.h"
#include "coprod-test-util.h"

typedef struct
{
  char          *data_dir;
  CoprodStore   *store;
  CoprodContext *context;
  CoprodTeam    *team;
  CoprodMeeting *meeting;
} Fixture;

static void
open_all (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->store = coprod_store_open (f->data_dir, &error);
  g_assert_no_error (error);
  f->context = coprod_context_new (f->store, &error);
  g_assert_no_error (error);
}

static void
close_all (Fixture *f)
{
  g_assert_true (coprod_store_close (f->store, NULL));
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  f->team = NULL;
  f->meeting = NULL;
}

static void
reopen (Fixture *f)
{
  gint64 team_id = coprod_team_get_id (f->team);
  gint64 meeting_id = coprod_meeting_get_id (f->meeting);
  GListModel *meetings;

  close_all (f);
  open_all (f);
  f->team = coprod_context_find_team (f->context, team_id);
  g_assert_nonnull (f->team);
  meetings = coprod_team_get_meetings (f->team);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CoprodMeeting) meeting = g_list_model_get_item (meetings, i);

      if (coprod_meeting_get_id (meeting) == meeting_id)
        f->meeting = meeting;
    }
  g_assert_nonnull (f->meeting);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) starts = g_date_time_new_local (2026, 12, 1, 10, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_new_local (2026, 12, 1, 12, 0, 0);

  f->data_dir = coprod_test_make_tmp_dir ("coprod-agenda");
  open_all (f);
  f->team = coprod_context_create_team (f->context, "Agenda team", &error);
  g_assert_no_error (error);
  f->meeting = coprod_team_add_meeting (f->team, "Planning", starts, ends, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_all (f);
  coprod_test_remove_tmp_dir (f->data_dir);
  g_free (f->data_dir);
}

/* The agenda's titles in order, joined by "|", with each item's position checked. */
static char *
titles (CoprodMeeting *meeting)
{
  GListModel *agenda = coprod_meeting_get_agenda (meeting);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda, i);

      g_assert_cmpuint (coprod_agenda_item_get_position (item), ==, i);
      g_string_append_printf (out, "%s%s", i ? "|" : "", coprod_agenda_item_get_title (item));
    }
  return g_string_free (out, FALSE);
}

static CoprodAgendaItem *
add (Fixture          *f,
     CoprodAgendaKind  kind,
     const char       *title,
     int               minutes)
{
  g_autoptr(GError) error = NULL;
  CoprodAgendaItem *item = coprod_meeting_add_agenda_item (f->meeting, kind, title, minutes,
                                                           &error);

  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

static void
test_add_move_duplicate (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  CoprodAgendaItem *welcome, *review, *copy;

  welcome = add (f, COPROD_AGENDA_KIND_INTRODUCTIONS, "Welcome", 15);
  review = add (f, COPROD_AGENDA_KIND_ACTIONS_REVIEW, "What we said we'd do", 20);
  add (f, COPROD_AGENDA_KIND_ACTIONS_ROUND, "Actions", 15);
  coprod_agenda_item_set_private_notes (review, "Ask Tom about the budget first");
  coprod_agenda_item_set_shared_notes (review, "Three actions from last time");

  order = titles (f->meeting);
  g_assert_cmpstr (order, ==, "Welcome|What we said we'd do|Actions");

  /* Moving down and back up, as Alt+Down and Alt+Up do. */
  g_assert_true (coprod_meeting_move_agenda_item (f->meeting, welcome, 1, &error));
  g_clear_pointer (&order, g_free);
  order = titles (f->meeting);
  g_assert_cmpstr (order, ==, "What we said we'd do|Welcome|Actions");
  g_assert_true (coprod_meeting_move_agenda_item (f->meeting, welcome, 0, &error));
  /* Past the end means the end. */
  g_assert_true (coprod_meeting_move_agenda_item (f->meeting, welcome, 99, &error));
  g_assert_no_error (error);
  g_clear_pointer (&order, g_free);
  order = titles (f->meeting);
  g_assert_cmpstr (order, ==, "What we said we'd do|Actions|Welcome");

  /* A copy goes just after its original, and leaves the private notes behind. */
  copy = coprod_meeting_duplicate_agenda_item (f->meeting, review, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (coprod_agenda_item_get_title (copy), ==, "What we said we'd do");
  g_assert_cmpint (coprod_agenda_item_get_minutes (copy), ==, 20);
  g_assert_cmpint (coprod_agenda_item_get_kind (copy), ==, COPROD_AGENDA_KIND_ACTIONS_REVIEW);
  g_assert_cmpstr (coprod_agenda_item_get_shared_notes (copy), ==, "Three actions from last time");
  g_assert_cmpstr (coprod_agenda_item_get_private_notes (copy), ==, "");
  g_assert_cmpuint (coprod_agenda_item_get_position (copy), ==, 1);

  /* Everything is in the store, in order. */
  reopen (f);
  g_clear_pointer (&order, g_free);
  order = titles (f->meeting);
  g_assert_cmpstr (order, ==,
                   "What we said we'd do|What we said we'd do|Actions|Welcome");
  {
    g_autoptr(CoprodAgendaItem) first = g_list_model_get_item (coprod_meeting_get_agenda (f->meeting), 0);

    g_assert_cmpstr (coprod_agenda_item_get_private_notes (first), ==,
                     "Ask Tom about the budget first");
  }
}

static void
test_delete_and_restore (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autoptr(CoprodAgendaItem) middle = NULL;

  add (f, COPROD_AGENDA_KIND_ITEM, "One", 10);
  middle = g_object_ref (add (f, COPROD_AGENDA_KIND_ITEM, "Two", 10));
  add (f, COPROD_AGENDA_KIND_ITEM, "Three", 10);

  g_assert_true (coprod_meeting_delete_agenda_item (f->meeting, middle, &error));
  order = titles (f->meeting);
  g_assert_cmpstr (order, ==, "One|Three");

  /* Undo puts it back where it was. */
  g_assert_true (coprod_meeting_restore_agenda_item (f->meeting, middle, &error));
  g_assert_no_error (error);
  g_clear_pointer (&order, g_free);
  order = titles (f->meeting);
  g_assert_cmpstr (order, ==, "One|Two|Three");

  /* Deleted and not restored: gone for good at the next start. */
  g_assert_true (coprod_meeting_delete_agenda_item (f->meeting, middle, &error));
  reopen (f);
  g_clear_pointer (&order, g_free);
  order = titles (f->meeting);
  g_assert_cmpstr (order, ==, "One|Three");
}

static void
test_fields_and_schedule (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodSchedule) schedule = NULL;
  CoprodAgendaItem *lunch, *talk;
  CoprodPerson *lead;
  gint64 lead_id;

  lead = coprod_team_add_person (f->team, "Sunita", COPROD_SIDE_PROFESSIONAL, &error);
  g_assert_no_error (error);
  lead_id = coprod_person_get_id (lead);

  talk = add (f, COPROD_AGENDA_KIND_ITEM, "Short breaks", 60);
  coprod_agenda_item_set_lead_person_id (talk, lead_id);
  coprod_agenda_item_set_plain_description (talk, "What is working, and what is not");
  lunch = add (f, COPROD_AGENDA_KIND_BREAK, "Lunch", 30);
  coprod_agenda_item_set_fixed_start (lunch, 11 * 60 + 30);
  add (f, COPROD_AGENDA_KIND_ACTIONS_ROUND, "Actions", 20);
  /* Out of range values are kept in range rather than refused. */
  coprod_agenda_item_set_minutes (lunch, 30);
  coprod_agenda_item_set_minutes (talk, -5);
  g_assert_cmpint (coprod_agenda_item_get_minutes (talk), ==, 0);
  coprod_agenda_item_set_minutes (talk, 60);

  schedule = coprod_meeting_compute_schedule (f->meeting, FALSE, 90);
  g_assert_cmpint (coprod_schedule_get_slot (schedule, 1)->gap_before, ==, 30);
  g_assert_cmpint (coprod_schedule_get_total_minutes (schedule), ==, 140);
  g_assert_cmpint (coprod_schedule_get_overrun_minutes (schedule), ==, 20);
  g_assert_cmpint (coprod_schedule_get_warnings (schedule), ==,
                   COPROD_SCHEDULE_WARNING_OVERRUN);

  reopen (f);
  {
    GListModel *agenda = coprod_meeting_get_agenda (f->meeting);
    g_autoptr(CoprodAgendaItem) first = g_list_model_get_item (agenda, 0);
    g_autoptr(CoprodAgendaItem) second = g_list_model_get_item (agenda, 1);

    g_assert_cmpint (coprod_agenda_item_get_lead_person_id (first), ==, lead_id);
    g_assert_cmpstr (coprod_agenda_item_get_plain_description (first), ==,
                     "What is working, and what is not");
    g_assert_cmpint (coprod_agenda_item_get_fixed_start (second), ==, 11 * 60 + 30);
    g_assert_cmpint (coprod_agenda_item_get_kind (second), ==, COPROD_AGENDA_KIND_BREAK);
  }

  /* A lead who leaves the team leaves the item without a lead, not broken, once the
   * person is removed for good, a day later. */
  g_assert_true (coprod_team_delete_person (f->team,
                                            coprod_team_find_person (f->team, lead_id),
                                            &error));
  g_assert_true (coprod_store_flush (f->store, &error));
  coprod_test_age_deleted_rows (f->data_dir, COPROD_STORE_KEEP_DELETED_SECONDS + 60);
  reopen (f);
  {
    g_autoptr(CoprodAgendaItem) first =
      g_list_model_get_item (coprod_meeting_get_agenda (f->meeting), 0);

    g_assert_cmpint (coprod_agenda_item_get_lead_person_id (first), ==, 0);
  }
}

/* The break warning is the team's: it counts once someone has said they need breaks,
 * after the team's own limit, and both are kept. */
static void
test_team_breaks (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodSchedule) before = NULL;
  g_autoptr(CoprodSchedule) after = NULL;
  CoprodPerson *jordan;

  add (f, COPROD_AGENDA_KIND_ITEM, "Long talk", 50);
  add (f, COPROD_AGENDA_KIND_ACTIONS_ROUND, "Actions", 10);
  jordan = coprod_team_add_person (f->team, "Jordan", COPROD_SIDE_YOUNG_PERSON, &error);
  g_assert_no_error (error);

  g_assert_cmpint (coprod_team_get_break_after_minutes (f->team), ==, 90);
  g_assert_false (coprod_team_needs_breaks (f->team));
  coprod_team_set_break_after_minutes (f->team, 45);
  before = coprod_meeting_compute_schedule (f->meeting, coprod_team_needs_breaks (f->team),
                                            coprod_team_get_break_after_minutes (f->team));
  g_assert_cmpint (coprod_schedule_get_warnings (before), ==, COPROD_SCHEDULE_WARNING_NONE);

  coprod_person_set_needs_breaks (jordan, TRUE);
  g_assert_true (coprod_team_needs_breaks (f->team));
  after = coprod_meeting_compute_schedule (f->meeting, coprod_team_needs_breaks (f->team),
                                           coprod_team_get_break_after_minutes (f->team));
  g_assert_cmpint (coprod_schedule_get_warnings (after), ==, COPROD_SCHEDULE_WARNING_NO_BREAK);
  g_assert_cmpint (coprod_schedule_get_first_without_break (after), ==, 0);

  reopen (f);
  g_assert_cmpint (coprod_team_get_break_after_minutes (f->team), ==, 45);
  g_assert_true (coprod_team_needs_breaks (f->team));
}

/* The three templates that come with Coprod each make a plan a facilitator could use
 * as it is: it fits in two and a half hours and ends with an actions round. */
static void
test_built_in_templates (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) templates = coprod_agenda_template_list_all (f->store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (templates), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CoprodAgendaTemplate) template = g_list_model_get_item (templates, i);
      g_autoptr(GDateTime) starts = g_date_time_new_local (2026, 12, 1 + i, 10, 0, 0);
      g_autoptr(GDateTime) ends = g_date_time_new_local (2026, 12, 1 + i, 12, 30, 0);
      g_autoptr(CoprodSchedule) schedule = NULL;
      CoprodMeeting *meeting;
      guint n = coprod_agenda_template_get_n_items (template);

      g_assert_true (coprod_agenda_template_is_built_in (template));
      g_assert_cmpuint (strlen (coprod_agenda_template_get_name (template)), >, 0);
      g_assert_cmpint (coprod_agenda_template_get_item (template, n - 2)->kind, ==,
                       COPROD_AGENDA_KIND_ACTIONS_ROUND);
      g_assert_false (coprod_agenda_template_delete (template, f->store, NULL));

      meeting = coprod_team_add_meeting (f->team, "From a template", starts, ends, &error);
      g_assert_no_error (error);
      g_assert_true (coprod_agenda_template_apply (template, meeting, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (coprod_meeting_get_agenda (meeting)), ==, n);

      /* Breaks often enough for a team that needs one every hour. */
      schedule = coprod_meeting_compute_schedule (meeting, TRUE, 60);
      g_assert_cmpint (coprod_schedule_get_warnings (schedule), ==,
                       COPROD_SCHEDULE_WARNING_NONE);
      g_assert_cmpint (coprod_schedule_get_planned_minutes (schedule), ==,
                       coprod_agenda_template_get_minutes (template));
    }
}

static void
test_saved_template (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodAgendaTemplate) saved = NULL;
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(GDateTime) starts = g_date_time_new_local (2027, 1, 5, 18, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_new_local (2027, 1, 5, 19, 30, 0);
  g_autofree char *order = NULL;
  CoprodAgendaItem *item;
  CoprodMeeting *next;

  item = add (f, COPROD_AGENDA_KIND_INTRODUCTIONS, "Tea and names", 10);
  coprod_agenda_item_set_plain_description (item, "Everyone says hello.");
  coprod_agenda_item_set_private_notes (item, "Not for the template");
  add (f, COPROD_AGENDA_KIND_ACTIONS_ROUND, "Who does what", 20);

  saved = coprod_agenda_template_save (f->store, "Evening meeting ✨", f->meeting, &error);
  g_assert_no_error (error);
  g_assert_false (coprod_agenda_template_is_built_in (saved));

  /* It is kept, and starts another meeting's agenda. */
  reopen (f);
  templates = coprod_agenda_template_list_all (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (templates), ==, 4);
  g_clear_object (&saved);
  saved = g_list_model_get_item (templates, 3);
  g_assert_cmpstr (coprod_agenda_template_get_name (saved), ==, "Evening meeting ✨");
  g_assert_cmpint (coprod_agenda_template_get_minutes (saved), ==, 30);

  next = coprod_team_add_meeting (f->team, "Next", starts, ends, &error);
  g_assert_no_error (error);
  g_assert_true (coprod_agenda_template_apply (saved, next, &error));
  order = titles (next);
  g_assert_cmpstr (order, ==, "Tea and names|Who does what");
  {
    g_autoptr(CoprodAgendaItem) first = g_list_model_get_item (coprod_meeting_get_agenda (next), 0);

    g_assert_cmpstr (coprod_agenda_item_get_plain_description (first), ==, "Everyone says hello.");
    g_assert_cmpstr (coprod_agenda_item_get_private_notes (first), ==, "");
    g_assert_cmpint (coprod_agenda_item_get_kind (first), ==, COPROD_AGENDA_KIND_INTRODUCTIONS);
  }

  /* Deleted, it is gone at the next start. */
  g_assert_true (coprod_agenda_template_delete (saved, f->store, &error));
  reopen (f);
  g_clear_object (&templates);
  templates = coprod_agenda_template_list_all (f->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (templates), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/agenda/add-move-duplicate", Fixture, NULL, fixture_set_up,
              test_add_move_duplicate, fixture_tear_down);
  g_test_add ("/agenda/delete-and-restore", Fixture, NULL, fixture_set_up,
              test_delete_and_restore, fixture_tear_down);
  g_test_add ("/agenda/fields-and-schedule", Fixture, NULL, fixture_set_up,
              test_fields_and_schedule, fixture_tear_down);
  g_test_add ("/agenda/team-breaks", Fixture, NULL, fixture_set_up,
              test_team_breaks, fixture_tear_down);
  g_test_add ("/agenda/built-in-templates", Fixture, NULL, fixture_set_up,
              test_built_in_templates, fixture_tear_down);
  g_test_add ("/agenda/saved-template", Fixture, NULL, fixture_set_up,
              test_saved_template, fixture_tear_down);

  return g_test_run ();
}
