/* coprod-test-util.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "coprod-test-util.h"

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

/**
 * coprod_test_make_tmp_dir:
 * @prefix: the start of the folder's name, to tell which test left it behind
 *
 * Returns: (transfer full): a new, empty folder for one test's data
 */
char *
coprod_test_make_tmp_dir (const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  char *path = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return path;
}

/* Removes PATH and everything in it, and checks that it is gone. */
void
coprod_test_remove_tmp_dir (const char *path)
{
  remove_tree (path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/**
 * coprod_test_age_deleted_rows:
 * @data_dir: a data folder whose store is closed, or open with nothing pending
 * @seconds: how long ago the rows should look deleted
 *
 * Makes every row deleted in the store of @data_dir look deleted @seconds ago, as if
 * that much time had passed since: the next open removes for good what was deleted
 * longer ago than an Undo can reach.
 */
void
coprod_test_age_deleted_rows (const char *data_dir,
                              gint64      seconds)
{
  static const char *const tables[] = {
    "team", "person", "meeting", "agenda_item", "agenda_template", "action", "expectation",
    "glossary_term",
  };
  g_autofree char *path = g_build_filename (data_dir, "coprod.db", NULL);
  gint64 when = g_get_real_time () / G_USEC_PER_SEC - seconds;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      /* Names from the list above and a number: no text from outside reaches the SQL. */
      g_autofree char *sql = g_strdup_printf ("UPDATE %s SET deleted_at = %" G_GINT64_FORMAT
                                              " WHERE deleted = 1", tables[i], when);
      char *message = NULL;

      if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
        g_error ("“%s” failed: %s", sql, message);
    }
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}
