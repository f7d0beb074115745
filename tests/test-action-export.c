/* test-action-export.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The team's actions as CSV and as an iCalendar file, each read back with a parser
 * written from the RFC here, so that what a spreadsheet or a calendar reads is what
 * the team wrote.
 */

#include <sys/stat.h>

#include <glib/gstdio.h>

#include "coprod-action-export.h"
#include "coprod-context.h"
#include "coprod-test-util.h"

typedef struct
{
  char          *data_dir;
  CoprodStore   *store;
  CoprodContext *context;
  CoprodTeam    *team;
} Fixture;

static const char *const tricky_text =
  "I will ask, \"politely\", about Tayo's\nshort breaks; then report back — 日本語 👍";

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) starts = g_date_time_new_local (2026, 12, 1, 10, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_new_local (2026, 12, 1, 12, 0, 0);
  CoprodPerson *amara, *ben;
  CoprodMeeting *meeting;
  CoprodAction *action;
  GDate due;

  f->data_dir = coprod_test_make_tmp_dir ("coprod-action-export");
  f->store = coprod_store_open (f->data_dir, &error);
  g_assert_no_error (error);
  f->context = coprod_context_new (f->store, &error);
  g_assert_no_error (error);
  f->team = coprod_context_create_team (f->context, "Riverside; families, together", &error);
  amara = coprod_team_add_person (f->team, "Amara Okafor", COPROD_SIDE_FAMILY, &error);
  ben = coprod_team_add_person (f->team, "Dr Ben Carter", COPROD_SIDE_PROFESSIONAL, &error);
  meeting = coprod_team_add_meeting (f->team, "December, with \"quotes\"", starts, ends, &error);
  g_assert_no_error (error);

  g_date_clear (&due, 1);
  g_date_set_dmy (&due, 11, G_DATE_DECEMBER, 2026);
  coprod_team_add_action (f->team, tricky_text, coprod_person_get_id (amara), &due,
                          coprod_meeting_get_id (meeting), 0, &error);
  g_date_set_dmy (&due, 31, G_DATE_DECEMBER, 2026);
  action = coprod_team_add_action (f->team, "=HYPERLINK(\"http://example.com\")",
                                   coprod_person_get_id (ben), &due, 0, 0, &error);
  g_assert_true (coprod_action_set_status (action, COPROD_ACTION_CANNOT,
                                           "No budget until April, sorry", 0, &error));
  coprod_team_add_action (f->team, "  I will bring the leaflets  ", 0, NULL, 0, 0, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  coprod_store_close (f->store, NULL);
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  coprod_test_remove_tmp_dir (f->data_dir);
  g_free (f->data_dir);
}

static char *
write_to_string (Fixture  *f,
                 gboolean  ics)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (ics)
    ok = coprod_actions_write_ics (f->team, 1795000000, out, &error);
  else
    ok = coprod_actions_write_csv (f->team, out, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

/* RFC 4180, strictly: records end in CRLF; a field is quoted or has no quote, comma or
 * line break in it; inside quotes "" is a quote. Returns rows of fields. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++; !(p[0] == '"' && p[1] != '"'); p++)
            {
              g_assert_true (*p != '\0');
              if (p[0] == '"')
                p++;
              g_string_append_c (field, *p);
            }
          p++;
          g_assert_true (*p == ',' || *p == '\r');
        }
      else
        {
          for (; *p != ',' && *p != '\r' && *p != '\0'; p++)
            {
              g_assert_true (*p != '"' && *p != '\n');
              g_string_append_c (field, *p);
            }
        }
      g_ptr_array_add (row, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
    }
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);
  return rows;
}

static const char *
cell (GPtrArray *rows,
      guint      r,
      guint      c)
{
  GPtrArray *row = g_ptr_array_index (rows, r);

  g_assert_cmpuint (c, <, row->len);
  return g_ptr_array_index (row, c);
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *text = write_to_string (f, FALSE);
  g_autoptr(GPtrArray) rows = NULL;

  /* UTF-8 with a byte-order mark, which Calc takes as the encoding. */
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  rows = parse_csv (text + 3);
  g_assert_cmpuint (rows->len, ==, 4);
  for (guint r = 0; r < rows->len; r++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, r))->len, ==, 8);

  g_assert_cmpstr (cell (rows, 0, 0), ==, "Action");
  g_assert_cmpstr (cell (rows, 0, 1), ==, "Who");

  g_assert_cmpstr (cell (rows, 1, 0), ==, tricky_text);
  g_assert_cmpstr (cell (rows, 1, 1), ==, "Amara Okafor");
  g_assert_cmpstr (cell (rows, 1, 2), ==, "2026-12-11");
  g_assert_cmpstr (cell (rows, 1, 3), ==, "Open");
  g_assert_cmpstr (cell (rows, 1, 5), ==, "December, with \"quotes\"");
  g_assert_cmpstr (cell (rows, 1, 7), ==, "");

  /* A would-be formula is kept as text. */
  g_assert_cmpstr (cell (rows, 2, 0), ==, "'=HYPERLINK(\"http://example.com\")");
  g_assert_cmpstr (cell (rows, 2, 3), ==, "Can’t do");
  g_assert_cmpstr (cell (rows, 2, 4), ==, "No budget until April, sorry");
  g_assert_cmpuint (strlen (cell (rows, 2, 7)), ==, 10);

  /* Spaces at either end survive, and no owner or date is an empty field. */
  g_assert_cmpstr (cell (rows, 3, 0), ==, "  I will bring the leaflets  ");
  g_assert_cmpstr (cell (rows, 3, 1), ==, "");
  g_assert_cmpstr (cell (rows, 3, 2), ==, "");
}

/* RFC 5545: unfolds lines (CRLF then a space), checking every physical line is at
 * most 75 octets and valid UTF-8 on its own. */
static GStrv
unfold_ics (const char *text)
{
  g_auto(GStrv) physical = g_strsplit (text, "\r\n", -1);
  GPtrArray *lines = g_ptr_array_new ();
  GString *current = NULL;

  for (guint i = 0; physical[i] != NULL; i++)
    {
      const char *line = physical[i];

      g_assert_cmpuint (strlen (line), <=, 75);
      g_assert_true (g_utf8_validate (line, -1, NULL));
      g_assert_null (strchr (line, '\n'));
      if (line[0] == ' ')
        {
          g_assert_nonnull (current);
          g_string_append (current, line + 1);
          continue;
        }
      if (current != NULL)
        g_ptr_array_add (lines, g_string_free (current, FALSE));
      current = *line != '\0' ? g_string_new (line) : NULL;
    }
  if (current != NULL)
    g_ptr_array_add (lines, g_string_free (current, FALSE));
  g_ptr_array_add (lines, NULL);
  return (GStrv) g_ptr_array_free (lines, FALSE);
}

static char *
unescape_ics (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p != '\\')
        {
          g_assert_true (*p != ';' && *p != ',');
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      g_assert_nonnull (strchr ("\\;,nN", *p));
      g_string_append_c (out, *p == 'n' || *p == 'N' ? '\n' : *p);
    }
  return g_string_free (out, FALSE);
}

static void
test_ics (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *text = write_to_string (f, TRUE);
  g_auto(GStrv) lines = unfold_ics (text);
  g_autofree char *summary = NULL;
  g_autofree char *calendar = NULL;
  guint events = 0;

  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  g_assert_cmpstr (lines[0], ==, "BEGIN:VCALENDAR");
  g_assert_true (g_strv_contains ((const char *const *) lines, "VERSION:2.0"));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_equal (lines[i], "BEGIN:VEVENT"))
        events++;
      else if (g_str_has_prefix (lines[i], "SUMMARY:"))
        summary = unescape_ics (lines[i] + strlen ("SUMMARY:"));
      else if (g_str_has_prefix (lines[i], "X-WR-CALNAME:"))
        calendar = unescape_ics (lines[i] + strlen ("X-WR-CALNAME:"));
    }

  /* Only the open action with a date: not the can't-do one, not the undated one. */
  g_assert_cmpuint (events, ==, 1);
  g_assert_true (g_strv_contains ((const char *const *) lines, "DTSTART;VALUE=DATE:20261211"));
  g_assert_true (g_strv_contains ((const char *const *) lines, "DTEND;VALUE=DATE:20261212"));
  g_assert_true (g_strv_contains ((const char *const *) lines, "DTSTAMP:20261118T110640Z"));
  {
    g_autofree char *expected = g_strdup_printf ("Amara Okafor: %s", tricky_text);

    g_assert_cmpstr (summary, ==, expected);
  }
  g_assert_cmpstr (calendar, ==, "Riverside; families, together");
}

/* The spreadsheet and the calendar are written as ordinary files only, a new one for
 * its owner only, and one written again keeps its permissions. */
static void
test_file_targets (Fixture       *f,
                   gconstpointer  data)
{
  const char *formats[] = { "csv", "ics" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *dir = g_build_filename (f->data_dir, formats[i], NULL);
      g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
      g_autofree char *device = g_build_filename (dir, "null", NULL);
      g_autofree char *folder = g_build_filename (dir, "folder", NULL);
      g_autofree char *target = g_build_filename (dir, "target", NULL);
      g_autofree char *link = g_build_filename (dir, "link", NULL);
      g_autofree char *fresh = g_build_filename (dir, "new", NULL);
      g_autofree char *shared = g_build_filename (dir, "shared", NULL);
      g_autofree char *private = g_build_filename (dir, "private", NULL);
      g_autofree char *contents = NULL;
      const char *refused[] = { fifo, device, folder, link };

      g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
      if (!coprod_test_make_export_traps (fifo, device, folder, link, target, "not actions"))
        refused[1] = NULL;

      for (guint r = 0; r < G_N_ELEMENTS (refused); r++)
        {
          g_autoptr(GFile) file = NULL;
          g_autoptr(GError) error = NULL;
          GStatBuf before, after;

          if (refused[r] == NULL)
            continue;
          file = g_file_new_for_path (refused[r]);
          g_assert_cmpint (g_lstat (refused[r], &before), ==, 0);
          g_assert_false (coprod_actions_export_to_file (f->team, file, formats[i], 0, &error));
          g_assert_nonnull (error);
          g_assert_cmpint (g_lstat (refused[r], &after), ==, 0);
          g_assert_cmpuint (before.st_mode, ==, after.st_mode);
          g_assert_cmpuint (before.st_ino, ==, after.st_ino);
          g_assert_cmpuint (before.st_rdev, ==, after.st_rdev);
        }
      g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "not actions");

      {
        g_autoptr(GFile) file = g_file_new_for_path (fresh);
        g_autoptr(GFile) shared_file = g_file_new_for_path (shared);
        g_autoptr(GFile) private_file = g_file_new_for_path (private);
        g_autoptr(GError) error = NULL;

        g_assert_true (coprod_actions_export_to_file (f->team, file, formats[i], 0, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (coprod_test_file_mode (fresh), ==, 0600);

        g_assert_true (g_file_set_contents (shared, "old", -1, NULL));
        g_assert_cmpint (g_chmod (shared, 0640), ==, 0);
        g_assert_true (coprod_actions_export_to_file (f->team, shared_file, formats[i], 0,
                                                      &error));
        g_assert_no_error (error);
        g_assert_cmpuint (coprod_test_file_mode (shared), ==, 0640);

        g_assert_true (g_file_set_contents (private, "old", -1, NULL));
        g_assert_cmpint (g_chmod (private, 0600), ==, 0);
        g_assert_true (coprod_actions_export_to_file (f->team, private_file, formats[i], 0,
                                                      &error));
        g_assert_no_error (error);
        g_assert_cmpuint (coprod_test_file_mode (private), ==, 0600);
        g_clear_pointer (&contents, g_free);
        g_assert_true (g_file_get_contents (private, &contents, NULL, NULL));
        g_assert_nonnull (strstr (contents, "Amara Okafor"));
      }
      g_rmdir (folder);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/London", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/action-export/csv", Fixture, NULL, fixture_set_up, test_csv,
              fixture_tear_down);
  g_test_add ("/action-export/ics", Fixture, NULL, fixture_set_up, test_ics,
              fixture_tear_down);
  g_test_add ("/action-export/file-targets", Fixture, NULL, fixture_set_up, test_file_targets,
              fixture_tear_down);

  return g_test_run ();
}
