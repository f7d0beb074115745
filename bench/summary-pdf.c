/* summary-pdf.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 7's target: the summary PDF of a meeting with a 40-item agenda, 200 expectations
 * and 100 actions, written in under 300 ms. The team is built straight through the
 * model, then the summary written a few times; the median is the figure.
 *
 *   summary-pdf [RUNS]
 */

#include "coprod-context.h"
#include "coprod-summary.h"
#include "coprod-test-util.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
check (GError *error)
{
  if (error != NULL)
    g_error ("%s", error->message);
}

static CoprodMeeting *
build (CoprodContext *context,
       CoprodTeam   **team_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) starts = g_date_time_new_local (2026, 11, 30, 9, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_new_local (2026, 11, 30, 17, 0, 0);
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  CoprodTeam *team = coprod_context_create_team (context, "Benchmark team", &error);
  CoprodMeeting *meeting;
  CoprodExercise *exercise;

  check (error);
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i);
      CoprodPerson *person = coprod_team_add_person (team, name, i % 4, &error);

      check (error);
      g_ptr_array_add (people, person);
    }
  meeting = coprod_team_add_meeting (team, "Short breaks: what is working", starts, ends, &error);
  check (error);
  coprod_meeting_set_purpose (meeting, "To hear what helps families take a break");
  coprod_meeting_set_place (meeting, "The library");
  for (guint i = 0; i < people->len; i++)
    {
      CoprodAttendance came = { TRUE, 120, 500, FALSE };

      coprod_meeting_set_attendance (meeting, coprod_person_get_id (g_ptr_array_index (people, i)),
                                     &came, &error);
      check (error);
    }

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Agenda item %u: what families told us", i);
      CoprodAgendaItem *item = coprod_meeting_add_agenda_item (meeting, COPROD_AGENDA_KIND_ITEM,
                                                               title, 10, &error);

      check (error);
      coprod_agenda_item_set_shared_notes (item, "We heard that short breaks work best when "
                                           "families know the staff, and when plans are "
                                           "made early enough to count on.");
    }

  exercise = coprod_meeting_ensure_exercise (meeting, &error);
  check (error);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *text = g_strdup_printf ("Expectation %u: tell us early when something "
                                               "changes, and why", i);

      coprod_exercise_add (exercise, i % 2 ? COPROD_GROUP_A : COPROD_GROUP_B,
                           (i / 2) % 2 ? COPROD_LIST_WE_EXPECT : COPROD_LIST_WE_THINK_THEY_EXPECT,
                           i % 3, text, &error);
      check (error);
    }

  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *text = g_strdup_printf ("Action %u: phone the short breaks team and "
                                               "ask about the summer", i);
      GDate due;

      g_date_clear (&due, 1);
      g_date_set_dmy (&due, 1 + i % 28, G_DATE_DECEMBER, 2026);
      coprod_team_add_action (team, text,
                              coprod_person_get_id (g_ptr_array_index (people, i % people->len)),
                              &due, coprod_meeting_get_id (meeting), 0, &error);
      check (error);
    }
  *team_out = team;
  return meeting;
}

int
main (int   argc,
      char *argv[])
{
  guint runs = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 7;
  g_autofree char *dir = coprod_test_make_tmp_dir ("coprod-bench-summary");
  g_autofree char *path = g_build_filename (dir, "summary.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodStore) store = coprod_store_open (dir, &error);
  g_autoptr(CoprodContext) context = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  const struct { const char *name; CoprodSummaryFlags flags; } kinds[] = {
    { "summary", 0 },
    { "large print, with handouts", COPROD_SUMMARY_LARGE_PRINT | COPROD_SUMMARY_HANDOUTS },
  };
  CoprodMeeting *meeting;
  CoprodTeam *team;

  check (error);
  context = coprod_context_new (store, &error);
  check (error);
  meeting = build (context, &team);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_array_set_size (times, 0);
      for (guint i = 0; i < runs; i++)
        {
          gint64 start = g_get_monotonic_time ();
          double took;

          if (!coprod_summary_write_pdf (team, meeting, kinds[k].flags, path, &error))
            g_error ("%s", error->message);
          took = (g_get_monotonic_time () - start) / 1000.0;
          g_array_append_val (times, took);
        }
      g_array_sort (times, compare_doubles);
      g_print ("%s: median %.1f ms, fastest %.1f ms, slowest %.1f ms over %u runs "
               "(target under 300 ms)\n", kinds[k].name,
               g_array_index (times, double, runs / 2), g_array_index (times, double, 0),
               g_array_index (times, double, runs - 1), runs);
    }

  coprod_store_close (store, NULL);
  g_clear_object (&context);
  g_clear_object (&store);
  coprod_test_remove_tmp_dir (dir);
  return 0;
}
