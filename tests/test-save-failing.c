/* test-save-failing.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A commit that fails loses nothing: with a disk made full by a VFS that refuses every
 * write, and with a real full disk (a small tmpfs), the edits made before and while
 * writing failed reach the file once it works again, by the retry timer or with the
 * next edit, and the store says all along that they are waiting.
 */

#define _GNU_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "coprod-store.h"
#include "coprod-test-util.h"
#include "coprod-test-vfs.h"

typedef struct
{
  char *tmp;       /* made by the test, removed at the end */
  char *data_dir;  /* a folder inside it that does not exist yet */
  char *db_path;
} Fixture;

/* What the store told while a test ran. */
typedef struct
{
  guint    pending_notes;
  guint    pending_dropped;   /* how often has-pending turned FALSE */
  guint    failing_notes;
  guint    committed;
  guint    failed;
} Heard;

/* Whether this process has a mount namespace of its own, made in main(), where a
 * tmpfs can be mounted without anyone else seeing it; and if not, why. */
static gboolean own_mounts;
static int own_mounts_errno;

/* Helpers */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->tmp = coprod_test_make_tmp_dir ("coprod-test-save-failing");
  f->data_dir = g_build_filename (f->tmp, "data", NULL);
  f->db_path = g_build_filename (f->data_dir, "coprod.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  coprod_test_vfs_set_full (FALSE);
  coprod_test_remove_tmp_dir (f->tmp);
  g_free (f->tmp);
  g_free (f->data_dir);
  g_free (f->db_path);
}

static void
pending_cb (CoprodStore *store,
            GParamSpec  *pspec,
            Heard       *heard)
{
  heard->pending_notes++;
  if (!coprod_store_get_has_pending (store))
    heard->pending_dropped++;
}

static void
failing_cb (CoprodStore *store,
            GParamSpec  *pspec,
            Heard       *heard)
{
  heard->failing_notes++;
}

static void
committed_cb (CoprodStore *store,
              Heard       *heard)
{
  heard->committed++;
}

static void
failed_cb (CoprodStore *store,
           GError      *error,
           Heard       *heard)
{
  heard->failed++;
}

static CoprodStore *
open_store (const char *data_dir,
            Heard      *heard)
{
  g_autoptr(GError) error = NULL;
  CoprodStore *store = coprod_store_open (data_dir, &error);

  g_assert_no_error (error);
  g_assert_true (COPROD_IS_STORE (store));
  g_signal_connect (store, "notify::has-pending", G_CALLBACK (pending_cb), heard);
  g_signal_connect (store, "notify::save-failing", G_CALLBACK (failing_cb), heard);
  g_signal_connect (store, "committed", G_CALLBACK (committed_cb), heard);
  g_signal_connect (store, "failed", G_CALLBACK (failed_cb), heard);
  return store;
}

static gint64
insert (CoprodStore *store,
        CoprodTable  table,
        GVariant    *values)
{
  g_autoptr(GError) error = NULL;
  gint64 id = coprod_store_insert (store, table, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
update_text (CoprodStore *store,
             CoprodTable  table,
             gint64       id,
             const char  *column,
             const char  *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (coprod_store_update (store, table, id, column, g_variant_new_string (text),
                                      &error));
  g_assert_no_error (error);
}

static void
flush (CoprodStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (coprod_store_flush (store, &error));
  g_assert_no_error (error);
}

/* What a second connection finds in the file: only what was committed. */
static char *
file_text (const char *db_path,
           const char *sql,
           gint64      id)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 2000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text != NULL ? text : g_strdup ("(no row)");
}

static gint64
file_int (const char *db_path,
          const char *sql,
          gint64      id)
{
  g_autofree char *text = file_text (db_path, sql, id);

  return g_ascii_strtoll (text, NULL, 10);
}

/* Runs the main loop until the store has committed (by its retry timer: nothing else
 * runs it) or the deadline passes. */
static void
wait_for_commit (Heard *heard)
{
  guint before = heard->committed;
  gint64 deadline = g_get_monotonic_time () + 40 * G_TIME_SPAN_SECOND;

  while (heard->committed == before && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  if (heard->committed == before)
    g_error ("Gave up waiting for the store to commit by itself");
}

/* The edits a test makes while writing fails, one of each kind the store has: an
 * update, a new row, an edit of that new row by the id the caller holds, attendance,
 * and a deletion. */
typedef struct
{
  gint64 team, meeting, gone, person;
} Rows;

static void
make_rows (CoprodStore *store,
           Rows        *rows)
{
  rows->team = insert (store, COPROD_TABLE_TEAM,
                       g_variant_new_parsed ("{'name': <'Before'>, 'created': <int64 1>}"));
  rows->meeting = insert (store, COPROD_TABLE_MEETING,
                          g_variant_new_parsed ("{'team_id': <%x>, 'title': <'March'>,"
                                                " 'status': <'planned'>}", rows->team));
  rows->gone = insert (store, COPROD_TABLE_MEETING,
                       g_variant_new_parsed ("{'team_id': <%x>, 'title': <'April'>,"
                                             " 'status': <'planned'>}", rows->team));
  flush (store);
}

static void
edit_rows (CoprodStore *store,
           Rows        *rows,
           const char  *team_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) row = NULL;

  update_text (store, COPROD_TABLE_TEAM, rows->team, "name", team_name);
  rows->person = insert (store, COPROD_TABLE_PERSON,
                         g_variant_new_parsed ("{'team_id': <%x>, 'name': <'Ada'>,"
                                               " 'side': <'family'>}", rows->team));
  update_text (store, COPROD_TABLE_PERSON, rows->person, "likes_about_me", "She listens");
  g_assert_true (coprod_store_set_attendance (store, rows->meeting, rows->person,
                                              g_variant_new_parsed ("{'attended': <int64 1>,"
                                                                    " 'minutes': <int64 90>}"),
                                              &error));
  g_assert_no_error (error);
  g_assert_true (coprod_store_set_deleted (store, COPROD_TABLE_MEETING, rows->gone, TRUE,
                                           &error));
  g_assert_no_error (error);
  flush (store);

  /* The model reloads a row it has just written: it must still be there to read. */
  row = coprod_store_get_row (store, COPROD_TABLE_PERSON, rows->person, &error);
  g_assert_no_error (error);
  g_assert_nonnull (row);
}

static void
assert_rows_in_file (const char *db_path,
                     Rows       *rows,
                     const char *team_name)
{
  g_autofree char *name = file_text (db_path, "SELECT name FROM team WHERE id = ?1", rows->team);
  g_autofree char *person = file_text (db_path, "SELECT name FROM person WHERE id = ?1",
                                       rows->person);
  g_autofree char *likes = file_text (db_path, "SELECT likes_about_me FROM person WHERE id = ?1",
                                      rows->person);

  g_assert_cmpstr (name, ==, team_name);
  g_assert_cmpstr (person, ==, "Ada");
  g_assert_cmpstr (likes, ==, "She listens");
  g_assert_cmpint (file_int (db_path, "SELECT minutes FROM attendance WHERE person_id = ?1",
                             rows->person), ==, 90);
  g_assert_cmpint (file_int (db_path, "SELECT deleted FROM meeting WHERE id = ?1", rows->gone),
                   ==, 1);
}

static void
assert_rows_not_in_file (const char *db_path,
                         Rows       *rows)
{
  g_autofree char *name = file_text (db_path, "SELECT name FROM team WHERE id = ?1", rows->team);
  g_autofree char *person = file_text (db_path, "SELECT name FROM person WHERE id = ?1",
                                       rows->person);

  g_assert_cmpstr (name, ==, "Before");
  g_assert_cmpstr (person, ==, "(no row)");
}

/* Tests */

/* Writing fails (every write refused with SQLITE_FULL) for a while: what was edited
 * before and during it is kept, told as waiting, and written by the retry timer alone
 * once writing works. */
static void
test_injected_full_retried (Fixture       *f,
                            gconstpointer  data)
{
  Heard heard = { 0 };
  CoprodStore *store = open_store (f->data_dir, &heard);
  const GError *why;
  Rows rows;

  make_rows (store, &rows);
  heard = (Heard) { 0 };

  coprod_test_vfs_set_full (TRUE);
  edit_rows (store, &rows, "During");
  g_assert_cmpuint (coprod_test_vfs_get_refused (), >, 0);
  g_assert_true (coprod_store_get_save_failing (store));
  g_assert_true (coprod_store_get_has_pending (store));
  why = coprod_store_get_save_error (store);
  g_assert_error (why, COPROD_STORE_ERROR, COPROD_STORE_ERROR_DISK_FULL);
  g_assert_cmpuint (heard.failing_notes, ==, 1);
  g_assert_cmpuint (heard.pending_dropped, ==, 0);
  g_assert_cmpuint (heard.failed, ==, 0);
  assert_rows_not_in_file (f->db_path, &rows);

  /* Still failing at the first retry: nothing changes, nothing is dropped. */
  {
    guint refused = coprod_test_vfs_get_refused ();
    gint64 deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

    while (coprod_test_vfs_get_refused () == refused && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpuint (coprod_test_vfs_get_refused (), >, refused);
  }
  g_assert_true (coprod_store_get_save_failing (store));
  g_assert_true (coprod_store_get_has_pending (store));
  g_assert_cmpuint (heard.pending_dropped, ==, 0);

  coprod_test_vfs_set_full (FALSE);
  wait_for_commit (&heard);
  g_assert_false (coprod_store_get_save_failing (store));
  g_assert_false (coprod_store_get_has_pending (store));
  g_assert_null (coprod_store_get_save_error (store));
  g_assert_cmpuint (heard.failing_notes, ==, 2);
  g_assert_cmpuint (heard.pending_dropped, ==, 1);
  assert_rows_in_file (f->db_path, &rows, "During");

  g_assert_finalize_object (store);
}

/* The next edit after writing works again writes what waited, without the timer. */
static void
test_injected_full_next_edit (Fixture       *f,
                              gconstpointer  data)
{
  Heard heard = { 0 };
  CoprodStore *store = open_store (f->data_dir, &heard);
  Rows rows;

  make_rows (store, &rows);
  coprod_test_vfs_set_full (TRUE);
  edit_rows (store, &rows, "During");
  g_assert_true (coprod_store_get_save_failing (store));

  coprod_test_vfs_set_full (FALSE);
  update_text (store, COPROD_TABLE_MEETING, rows.meeting, "place", "Library");
  flush (store);
  g_assert_false (coprod_store_get_save_failing (store));
  g_assert_false (coprod_store_get_has_pending (store));
  assert_rows_in_file (f->db_path, &rows, "During");
  {
    g_autofree char *place = file_text (f->db_path, "SELECT place FROM meeting WHERE id = ?1",
                                        rows.meeting);

    g_assert_cmpstr (place, ==, "Library");
  }

  g_assert_finalize_object (store);
}

/* Closing while writing still fails says that edits were lost, rather than nothing. */
static void
test_injected_full_close (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Heard heard = { 0 };
  CoprodStore *store = open_store (f->data_dir, &heard);
  Rows rows;

  make_rows (store, &rows);
  coprod_test_vfs_set_full (TRUE);
  edit_rows (store, &rows, "During");
  g_assert_false (coprod_store_close (store, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_DISK_FULL);
  g_assert_false (coprod_store_get_has_pending (store));
  coprod_test_vfs_set_full (FALSE);
  g_assert_finalize_object (store);
}

/* Fills the file system that holds DIR and returns the file that fills it. */
static char *
fill_disk (const char *dir)
{
  char *path = g_build_filename (dir, "filler", NULL);
  char block[16384];
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  gsize written = 0;

  g_assert_cmpint (fd, >=, 0);
  memset (block, 'x', sizeof block);
  for (;;)
    {
      ssize_t n = write (fd, block, sizeof block);

      if (n < 0 && errno == ENOSPC)
        break;
      g_assert_cmpint (n, >, 0);
      written += n;
    }
  /* Whatever is left is smaller than a block; take that too. */
  while (write (fd, block, 1) == 1)
    written++;
  g_assert_cmpint (errno, ==, ENOSPC);
  close (fd);
  g_test_message ("filled the disk with %" G_GSIZE_FORMAT " bytes", written);
  return path;
}

/* A real full disk: the data folder on a 1 MiB tmpfs that the test fills. */
static void
test_tmpfs_full (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *mount_dir = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *filler = NULL;
  g_autofree char *long_name = NULL;
  Heard heard = { 0 };
  CoprodStore *store;
  Rows rows;

  if (!own_mounts)
    {
      g_autofree char *why = g_strdup_printf ("a real full disk needs a tmpfs mounted in a "
                                              "mount namespace of the test's own, which this "
                                              "machine does not allow (unshare: %s); the "
                                              "injected full disk still ran",
                                              g_strerror (own_mounts_errno));

      g_test_skip (why);
      return;
    }

  mount_dir = g_build_filename (f->tmp, "small-disk", NULL);
  g_assert_cmpint (g_mkdir (mount_dir, 0700), ==, 0);
  if (mount ("coprod-test", mount_dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0700") != 0)
    {
      int saved = errno;
      g_autofree char *why = g_strdup_printf ("a real full disk needs a small tmpfs, which "
                                              "could not be mounted: %s", g_strerror (saved));

      g_test_skip (why);
      return;
    }

  data_dir = g_build_filename (mount_dir, "data", NULL);
  db_path = g_build_filename (data_dir, "coprod.db", NULL);
  store = open_store (data_dir, &heard);
  make_rows (store, &rows);

  filler = fill_disk (mount_dir);
  /* Long enough that its pages cannot fit in what the WAL already holds. */
  long_name = g_strnfill (200 * 1024, 'n');
  edit_rows (store, &rows, long_name);
  g_assert_true (coprod_store_get_save_failing (store));
  g_assert_true (coprod_store_get_has_pending (store));
  g_assert_error (coprod_store_get_save_error (store), COPROD_STORE_ERROR,
                  COPROD_STORE_ERROR_DISK_FULL);
  assert_rows_not_in_file (db_path, &rows);

  g_assert_cmpint (g_unlink (filler), ==, 0);
  wait_for_commit (&heard);
  g_assert_false (coprod_store_get_save_failing (store));
  g_assert_false (coprod_store_get_has_pending (store));
  assert_rows_in_file (db_path, &rows, long_name);

  g_assert_finalize_object (store);
  g_assert_cmpint (umount2 (mount_dir, MNT_DETACH), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* Before anything can start a thread: a mount namespace is only had by a process
   * that is one thread. Mounts made in it stay in it. */
  own_mounts = unshare (CLONE_NEWNS) == 0;
  if (!own_mounts)
    own_mounts_errno = errno;
  else if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    {
      own_mounts = FALSE;
      own_mounts_errno = errno;
    }

  g_test_init (&argc, &argv, NULL);
  coprod_test_vfs_install ();

  g_test_add ("/save-failing/injected/retried", Fixture, NULL, fixture_set_up,
              test_injected_full_retried, fixture_tear_down);
  g_test_add ("/save-failing/injected/next-edit", Fixture, NULL, fixture_set_up,
              test_injected_full_next_edit, fixture_tear_down);
  g_test_add ("/save-failing/injected/close", Fixture, NULL, fixture_set_up,
              test_injected_full_close, fixture_tear_down);
  g_test_add ("/save-failing/tmpfs", Fixture, NULL, fixture_set_up,
              test_tmpfs_full, fixture_tear_down);
  return g_test_run ();
}
