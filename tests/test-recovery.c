/* test-recovery.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A damaged file, another program's database and a newer Coprod's database each open
 * the recovery page: it explains in plain words, offers the latest backup, and leaves
 * the original file exactly as it was, also after the backup is put in its place.
 */

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <unistd.h>

#include "coprod-context.h"
#include "coprod-recovery-window.h"
#include "coprod-test-app.h"
#include "coprod-window.h"

typedef enum
{
  DAMAGE_GARBAGE,
  DAMAGE_TRUNCATED,
  DAMAGE_NOT_COPROD,
  DAMAGE_TOO_NEW,
} Damage;

typedef enum
{
  LOG_NONE,
  LOG_WAL,      /* a write-ahead log and its -shm, left by a crash */
  LOG_JOURNAL,  /* a hot rollback journal, left by a crash */
} Log;

typedef struct
{
  Damage      damage;
  const char *title;
  gboolean    with_backup;
  Log         log;
} Case;

typedef struct
{
  const Case *c;
  char       *data_dir;
  char       *db_path;
  GBytes     *original;
  char       *sums;     /* of the file and each log beside it */
  gboolean    saw_recovery;
  gboolean    saw_restored_team;
} Fixture;

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A store with one team, and (if asked) a backup that holds it. */
static void
make_good_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodStore) store = coprod_store_open (f->data_dir, &error);
  g_autoptr(CoprodContext) context = NULL;

  g_assert_no_error (error);
  context = coprod_context_new (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (coprod_context_create_team (context, "Team in the backup", &error));
  for (int i = 0; i < 40; i++)
    g_assert_nonnull (coprod_context_create_team (context, "Another team to fill pages",
                                                  &error));

  if (f->c->with_backup)
    g_assert_true (coprod_store_backup (store, &error));
  else
    {
      g_autoptr(GPtrArray) backups = coprod_store_list_backups (f->data_dir);

      for (guint i = 0; i < backups->len; i++)
        g_unlink (g_ptr_array_index (backups, i));
    }
  g_assert_no_error (error);
}

static void
damage (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  switch (f->c->damage)
    {
    case DAMAGE_GARBAGE:
      {
        char garbage[8192];

        for (gsize i = 0; i < sizeof garbage; i++)
          garbage[i] = (char) g_test_rand_int_range (0, 256);
        g_file_set_contents (f->db_path, garbage, sizeof garbage, &error);
      }
      break;

    case DAMAGE_TRUNCATED:
      g_file_get_contents (f->db_path, &contents, &length, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (length, >, 4096);
      g_file_set_contents (f->db_path, contents, length / 2, &error);
      break;

    case DAMAGE_NOT_COPROD:
      g_unlink (f->db_path);
      exec_sql (f->db_path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                            "INSERT INTO notes (body) VALUES ('shopping list');");
      break;

    case DAMAGE_TOO_NEW:
      exec_sql (f->db_path, "PRAGMA user_version = 999;");
      break;

    default:
      g_assert_not_reached ();
    }
  g_assert_no_error (error);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

/* The damaged file as a crash leaves it: a program was changing it when it was killed,
 * and its log is still beside it. The files are copied while the change is open. */
static void
leave_log (Fixture *f)
{
  g_autofree char *scratch_dir = g_strconcat (f->data_dir, "-scratch", NULL);
  g_autofree char *scratch = g_build_filename (scratch_dir, "coprod.db", NULL);
  g_autofree char *big = g_strnfill (1000, 'x');
  sqlite3 *db = NULL;

  g_assert_cmpint (g_mkdir (scratch_dir, 0700), ==, 0);
  if (f->c->damage == DAMAGE_NOT_COPROD)
    {
      g_assert_cmpint (sqlite3_open (scratch, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, f->c->log == LOG_WAL ? "PRAGMA journal_mode = WAL"
                                                              : "PRAGMA journal_mode = DELETE",
                                     NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
                                     NULL, NULL, NULL), ==, SQLITE_OK);
      for (int i = 0; i < 50; i++)
        {
          g_autofree char *sql = g_strdup_printf ("INSERT INTO notes (body) VALUES ('%s')", big);

          g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
        }
    }
  else
    {
      g_autoptr(GFile) from = g_file_new_for_path (f->db_path);
      g_autoptr(GFile) to = g_file_new_for_path (scratch);

      g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
      g_assert_cmpint (sqlite3_open (scratch, &db), ==, SQLITE_OK);
    }

  if (f->c->log == LOG_JOURNAL)
    g_assert_cmpint (sqlite3_exec (db, "PRAGMA cache_size = 1; BEGIN;"
                                       "UPDATE notes SET body = 'never committed'",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  else
    g_assert_cmpint (sqlite3_exec (db, f->c->damage == DAMAGE_NOT_COPROD
                                         ? "PRAGMA wal_autocheckpoint = 0;"
                                           "UPDATE notes SET body = 'in the log' WHERE id = 1"
                                         : "PRAGMA wal_autocheckpoint = 0;"
                                           "UPDATE team SET name = 'In the log' WHERE id = 1",
                                   NULL, NULL, NULL), ==, SQLITE_OK);

  coprod_test_copy_database (scratch, f->db_path);
  sqlite3_close (db);
  coprod_test_remove_tmp_dir (scratch_dir);
}

static void
assert_untouched (Fixture    *f,
                  const char *path)
{
  g_autoptr(GBytes) now = read_bytes (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  if (f->c->log != LOG_NONE)
    {
      g_autofree char *sums = coprod_test_database_sums (path);

      g_assert_cmpstr (sums, ==, f->sums);
      return;
    }
  g_assert_true (g_bytes_equal (now, f->original));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static gboolean
has_team (GListModel *teams,
          const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (teams); i++)
    {
      g_autoptr(CoprodTeam) team = g_list_model_get_item (teams, i);

      if (g_strcmp0 (coprod_team_get_name (team), name) == 0)
        return TRUE;
    }
  return FALSE;
}

static char *
find_set_aside (const char *data_dir)
{
  g_autoptr(GDir) dir = g_dir_open (data_dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "coprod-set-aside-") && g_str_has_suffix (name, ".db"))
      return g_build_filename (data_dir, name, NULL);
  return NULL;
}

static void
recovery_page (GtkApplication *app,
               GtkWindow      *window,
               gpointer        user_data)
{
  Fixture *f = user_data;
  GtkWidget *win = GTK_WIDGET (window);
  GtkWidget *status, *restore, *fresh;
  g_autofree char *kept = NULL;

  g_assert_true (COPROD_IS_RECOVERY_WINDOW (window));
  f->saw_recovery = TRUE;
  status = coprod_test_child (win, COPROD_TYPE_RECOVERY_WINDOW, "status_page");
  restore = coprod_test_child (win, COPROD_TYPE_RECOVERY_WINDOW, "restore_button");
  fresh = coprod_test_child (win, COPROD_TYPE_RECOVERY_WINDOW, "fresh_button");

  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, f->c->title);
  g_assert_cmpuint (strlen (adw_status_page_get_description (ADW_STATUS_PAGE (status))), >, 40);
  g_assert_true (gtk_widget_get_visible (fresh));
  assert_untouched (f, f->db_path);

  if (!f->c->with_backup)
    {
      g_assert_false (gtk_widget_get_visible (restore));
      g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)),
                                "no backup"));
      return;
    }

  g_assert_true (gtk_widget_get_visible (restore));
  g_signal_emit_by_name (restore, "clicked");

  /* The backup is in place and the main window shows what it held ... */
  coprod_test_wait_for_toplevel (COPROD_TYPE_WINDOW);
  f->saw_restored_team =
    has_team (coprod_context_get_teams (
                coprod_application_get_context (COPROD_APPLICATION (app))),
              "Team in the backup");

  /* ... and the unreadable file was kept aside, byte for byte. */
  kept = find_set_aside (f->data_dir);
  g_assert_nonnull (kept);
  assert_untouched (f, kept);
}

static void
test_recovery (gconstpointer data)
{
  Fixture f = { data, NULL, NULL, NULL, NULL, FALSE, FALSE };

  f.data_dir = coprod_test_make_tmp_dir ("coprod-recovery");
  f.db_path = g_build_filename (f.data_dir, "coprod.db", NULL);
  make_good_store (&f);
  /* A file cut short can no longer be written to: its log is left before it is cut. */
  if (f.c->log == LOG_NONE || f.c->damage == DAMAGE_TOO_NEW)
    damage (&f);
  if (f.c->log != LOG_NONE)
    leave_log (&f);
  if (f.c->log != LOG_NONE && f.c->damage == DAMAGE_TRUNCATED)
    damage (&f);
  f.original = read_bytes (f.db_path);
  f.sums = coprod_test_database_sums (f.db_path);
  g_test_message ("before:\n%s", f.sums);

  g_assert_cmpint (coprod_test_run_app (f.data_dir, recovery_page, &f), ==, 0);
  g_assert_true (f.saw_recovery);
  g_assert_cmpint (f.saw_restored_team, ==, f.c->with_backup);

  coprod_test_remove_tmp_dir (f.data_dir);
  g_bytes_unref (f.original);
  g_free (f.sums);
  g_free (f.db_path);
  g_free (f.data_dir);
}

/* A folder that cannot be written to opens the data read-only, with a strip that says
 * so; an edit is refused and says so too, and the file is as it was. */

typedef struct
{
  char     *db_path;
  char     *before;
  gboolean  saw_window;
} ReadOnlyFixture;

static char *
file_sum (const char *path)
{
  g_autoptr(GBytes) bytes = read_bytes (path);

  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

static void
read_only_window (GtkApplication *app,
                  GtkWindow      *window,
                  gpointer        user_data)
{
  ReadOnlyFixture *f = user_data;
  CoprodContext *context = coprod_application_get_context (COPROD_APPLICATION (app));
  GListModel *teams;
  g_autoptr(CoprodTeam) team = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  const char *text;

  g_assert_true (COPROD_IS_WINDOW (window));
  f->saw_window = TRUE;
  text = coprod_window_get_read_only_text (COPROD_WINDOW (window));
  g_assert_nonnull (text);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "can only read"));
  g_assert_nonnull (strstr (text, "cannot be written to"));
  g_assert_nonnull (strstr (text, "exports still work"));

  /* No button offers to add what could not be kept. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    guint n_new_team = 0;

    coprod_test_collect (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      {
        GtkWidget *button = g_ptr_array_index (buttons, i);
        const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (button));

        if (g_strcmp0 (action, "win.new-team") == 0 || g_strcmp0 (action, "win.add-person") == 0)
          {
            coprod_test_wait_until (!gtk_widget_get_sensitive (button),
                                    "the button for %s to be turned off", action);
            n_new_team++;
          }
      }
    g_assert_cmpuint (n_new_team, >, 0);
  }

  teams = coprod_context_get_teams (context);
  g_assert_true (has_team (teams, "Team in the backup"));
  g_assert_null (coprod_context_create_team (context, "Not saved", &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_READ_ONLY);
  g_assert_false (has_team (teams, "Not saved"));

  after = file_sum (f->db_path);
  g_assert_cmpstr (after, ==, f->before);
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = coprod_test_make_tmp_dir ("coprod-read-only");
  g_autofree char *data_dir = g_build_filename (dir, "data", NULL);
  static const Case good = { DAMAGE_GARBAGE, NULL, FALSE };
  Fixture maker = { &good, NULL, NULL, NULL, NULL, FALSE, FALSE };
  ReadOnlyFixture f = { 0 };
  gboolean mounted = FALSE;

  g_assert_cmpint (g_mkdir (data_dir, 0700), ==, 0);
  /* Root writes whatever the modes say, so for root the folder is a file system
   * mounted read-only. */
  if (geteuid () == 0)
    {
      if (mount ("tmpfs", data_dir, "tmpfs", 0, "size=16m,mode=0700") != 0)
        {
          g_test_skip ("A read-only folder needs a mount, which is not allowed here");
          coprod_test_remove_tmp_dir (dir);
          return;
        }
      mounted = TRUE;
    }

  maker.data_dir = data_dir;
  maker.db_path = g_build_filename (data_dir, "coprod.db", NULL);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CoprodStore) store = coprod_store_open (data_dir, &error);
    g_autoptr(CoprodContext) context = NULL;

    g_assert_no_error (error);
    context = coprod_context_new (store, &error);
    g_assert_nonnull (coprod_context_create_team (context, "Team in the backup", &error));
    g_assert_true (coprod_store_close (store, &error));
    g_assert_no_error (error);
  }

  if (mounted)
    g_assert_cmpint (mount (NULL, data_dir, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
  else
    g_assert_cmpint (g_chmod (data_dir, 0500), ==, 0);
  f.db_path = maker.db_path;
  f.before = file_sum (f.db_path);

  g_assert_cmpint (coprod_test_run_app (data_dir, read_only_window, &f), ==, 0);
  g_assert_true (f.saw_window);

  if (mounted)
    g_assert_cmpint (umount2 (data_dir, MNT_DETACH), ==, 0);
  else
    g_chmod (data_dir, 0700);
  coprod_test_remove_tmp_dir (dir);
  g_free (f.before);
  g_free (maker.db_path);
}

static const Case cases[] = {
  { DAMAGE_GARBAGE, "Coprod’s File Is Damaged", TRUE },
  { DAMAGE_TRUNCATED, "Coprod’s File Is Damaged", TRUE },
  { DAMAGE_NOT_COPROD, "This Is Not a Coprod File", TRUE },
  { DAMAGE_TOO_NEW, "Saved by a Newer Coprod", TRUE },
  { DAMAGE_GARBAGE, "Coprod’s File Is Damaged", FALSE },
  { DAMAGE_TOO_NEW, "Saved by a Newer Coprod", TRUE, LOG_WAL },
  { DAMAGE_TRUNCATED, "Coprod’s File Is Damaged", TRUE, LOG_WAL },
  { DAMAGE_NOT_COPROD, "This Is Not a Coprod File", TRUE, LOG_WAL },
  { DAMAGE_NOT_COPROD, "This Is Not a Coprod File", TRUE, LOG_JOURNAL },
};

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/recovery/garbage", &cases[0], test_recovery);
  g_test_add_data_func ("/recovery/truncated", &cases[1], test_recovery);
  g_test_add_data_func ("/recovery/not-coprod", &cases[2], test_recovery);
  g_test_add_data_func ("/recovery/too-new", &cases[3], test_recovery);
  g_test_add_data_func ("/recovery/no-backup", &cases[4], test_recovery);
  g_test_add_data_func ("/recovery/too-new-wal", &cases[5], test_recovery);
  g_test_add_data_func ("/recovery/damaged-wal", &cases[6], test_recovery);
  g_test_add_data_func ("/recovery/not-coprod-wal", &cases[7], test_recovery);
  g_test_add_data_func ("/recovery/not-coprod-journal", &cases[8], test_recovery);
  g_test_add_func ("/recovery/read-only-folder", test_read_only_folder);

  return g_test_run ();
}
