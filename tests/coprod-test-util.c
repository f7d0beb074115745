/* coprod-test-util.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

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

/* A database file and the logs SQLite may keep beside it. */
static const char *const database_suffixes[] = { "", "-wal", "-shm", "-journal" };

/**
 * coprod_test_database_sums:
 *
 * Returns: (transfer full): the SHA-256 of @path and of each of its logs, "absent" for
 *   one that is not there, one a line: to show that a file was left exactly as it was
 */
char *
coprod_test_database_sums (const char *path)
{
  GString *sums = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (database_suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, database_suffixes[i], NULL);
      g_autofree char *contents = NULL;
      g_autofree char *sum = NULL;
      gsize length = 0;

      if (g_file_get_contents (name, &contents, &length, NULL))
        sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents,
                                           length);
      g_string_append_printf (sums, "%s: %s\n", database_suffixes[i], sum ? sum : "absent");
    }
  return g_string_free (sums, FALSE);
}

/* Copies the database file at @from, and whichever of its logs are there, to @to: the
 * files as a crash leaves them when copied while a program has them open. */
void
coprod_test_copy_database (const char *from,
                           const char *to)
{
  for (guint i = 0; i < G_N_ELEMENTS (database_suffixes); i++)
    {
      g_autofree char *from_path = g_strconcat (from, database_suffixes[i], NULL);
      g_autofree char *to_path = g_strconcat (to, database_suffixes[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (from_path, &contents, &length, NULL))
        g_assert_true (g_file_set_contents (to_path, contents, length, NULL));
    }
}

/* The permission bits of @path itself (a link's own, not its target's). */
guint
coprod_test_file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/**
 * coprod_test_make_export_traps:
 *
 * Makes what an export must never write over: a FIFO, a device node of the test's own
 * (as root only: never the system's /dev/null), a folder, and a link to @target, which
 * holds @target_contents.
 *
 * Returns: whether the device node could be made; the test leaves that case out if not
 */
gboolean
coprod_test_make_export_traps (const char *fifo,
                               const char *device,
                               const char *folder,
                               const char *link,
                               const char *target,
                               const char *target_contents)
{
  gboolean device_made = TRUE;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  if (mknod (device, S_IFCHR | 0666, makedev (1, 3)) != 0)
    {
      g_test_message ("No device node made (%s): that case is left out", g_strerror (errno));
      device_made = FALSE;
    }
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, target_contents, -1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  return device_made;
}
