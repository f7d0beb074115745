/* test-meeting-list.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tab-separated meeting list of `coprod --list-meetings`.
 */

#include "coprod-context.h"
#include "coprod-meeting-list.h"
#include "coprod-test-util.h"

typedef struct
{
  char          *tmp;
  CoprodStore   *store;
  CoprodContext *context;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;

  f->tmp = coprod_test_make_tmp_dir ("coprod-test-meeting-list");
  data_dir = g_build_filename (f->tmp, "data", NULL);
  f->store = coprod_store_open (data_dir, &error);
  g_assert_no_error (error);
  f->context = coprod_context_new (f->store, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (g_steal_pointer (&f->context));
  g_assert_finalize_object (g_steal_pointer (&f->store));
  coprod_test_remove_tmp_dir (f->tmp);
  g_free (f->tmp);
}

static char *
write_list (CoprodStore *store)
{
  g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  char nul = '\0';

  g_assert_true (coprod_meeting_list_write (store, output, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (output, &nul, 1, NULL, NULL, &error));
  g_assert_true (g_output_stream_close (output, NULL, &error));
  g_assert_no_error (error);
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (output));
}

static CoprodMeeting *
add_meeting (CoprodTeam *team,
             const char *title,
             int         month,
             int         day,
             int         hour,
             int         minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(GDateTime) starts = g_date_time_new (zone, 2026, month, day, hour, minute, 0);
  g_autoptr(GDateTime) ends = g_date_time_add_hours (starts, 2);
  g_autoptr(GError) error = NULL;
  CoprodMeeting *meeting = coprod_team_add_meeting (team, title, starts, ends, &error);

  g_assert_no_error (error);
  return meeting;
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *text = write_list (f->store);

  g_assert_cmpstr (text, ==, "");
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  CoprodTeam *river = coprod_context_create_team (f->context, "Riverside", &error);
  CoprodTeam *hill = coprod_context_create_team (f->context, "Hill\tside", &error);
  CoprodTeam *gone = coprod_context_create_team (f->context, "Gone", &error);
  CoprodMeeting *late, *early, *tricky, *summer, *deleted;

  g_assert_no_error (error);
  /* Added out of date order, and across teams. */
  late = add_meeting (river, "Late", 11, 3, 18, 0);
  early = add_meeting (hill, "Early", 1, 15, 9, 5);
  tricky = add_meeting (river, "Tab\there\nand a new\r\nline", 3, 2, 14, 30);
  summer = add_meeting (hill, "Summer (BST)", 7, 1, 10, 0);
  deleted = add_meeting (river, "Deleted meeting", 2, 1, 10, 0);
  add_meeting (gone, "Meeting of a deleted team", 2, 2, 10, 0);
  g_assert_true (coprod_team_delete_meeting (river, deleted, &error));
  g_assert_true (coprod_context_delete_team (f->context, gone, &error));
  g_assert_no_error (error);

  text = write_list (f->store);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT "\t2026-01-15 09:05\tHill side\tEarly\n"
                              "%" G_GINT64_FORMAT "\t2026-03-02 14:30\tRiverside\t"
                              "Tab here and a new  line\n"
                              "%" G_GINT64_FORMAT "\t2026-07-01 10:00\tHill side\t"
                              "Summer (BST)\n"
                              "%" G_GINT64_FORMAT "\t2026-11-03 18:00\tRiverside\tLate\n",
                              coprod_meeting_get_id (early), coprod_meeting_get_id (tricky),
                              coprod_meeting_get_id (summer), coprod_meeting_get_id (late));
  g_assert_cmpstr (text, ==, expected);

  /* Every line has exactly four fields. */
  {
    g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 5);
    g_assert_cmpstr (lines[4], ==, "");
    for (guint i = 0; i < 4; i++)
      {
        g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

        g_assert_cmpuint (g_strv_length (fields), ==, 4);
        g_assert_null (strchr (lines[i], '\r'));
      }
  }

  /* A meeting moved is listed at its new date, and the text follows the model. */
  {
    g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/London");
    g_autoptr(GDateTime) earliest = g_date_time_new (zone, 2025, 12, 31, 23, 59, 0);
    g_autofree char *first = NULL;

    coprod_meeting_set_starts_at (late, earliest);
    coprod_meeting_set_title (late, "Moved");
    g_clear_pointer (&text, g_free);
    text = write_list (f->store);
    first = g_strdup_printf ("%" G_GINT64_FORMAT "\t2025-12-31 23:59\tRiverside\tMoved\n",
                             coprod_meeting_get_id (late));
    g_assert_true (g_str_has_prefix (text, first));
  }
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("TZ", "Europe/London", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/export/meeting-list/empty", Fixture, NULL, fixture_set_up, test_empty,
              fixture_tear_down);
  g_test_add ("/export/meeting-list/order-and-fields", Fixture, NULL, fixture_set_up,
              test_list, fixture_tear_down);

  return g_test_run ();
}
