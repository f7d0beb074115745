/* test-recovery.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A damaged file, another program's database and a newer Coprod's database each open
 * the recovery page: it explains in plain words, offers the latest backup, and leaves
 * the original file exactly as it was, also after the backup is put in its place.
 */

#include <glib/gstdio.h>
#include <sqlite3.h>

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

typedef struct
{
  Damage      damage;
  const char *title;
  gboolean    with_backup;
} Case;

typedef struct
{
  const Case *c;
  char       *data_dir;
  char       *db_path;
  GBytes     *original;
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

static void
assert_untouched (Fixture    *f,
                  const char *path)
{
  g_autoptr(GBytes) now = read_bytes (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

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
  Fixture f = { data, NULL, NULL, NULL, FALSE, FALSE };

  f.data_dir = coprod_test_make_tmp_dir ("coprod-recovery");
  f.db_path = g_build_filename (f.data_dir, "coprod.db", NULL);
  make_good_store (&f);
  damage (&f);
  f.original = read_bytes (f.db_path);

  g_assert_cmpint (coprod_test_run_app (f.data_dir, recovery_page, &f), ==, 0);
  g_assert_true (f.saw_recovery);
  g_assert_cmpint (f.saw_restored_team, ==, f.c->with_backup);

  coprod_test_remove_tmp_dir (f.data_dir);
  g_bytes_unref (f.original);
  g_free (f.db_path);
  g_free (f.data_dir);
}

static const Case cases[] = {
  { DAMAGE_GARBAGE, "Coprod’s File Is Damaged", TRUE },
  { DAMAGE_TRUNCATED, "Coprod’s File Is Damaged", TRUE },
  { DAMAGE_NOT_COPROD, "This Is Not a Coprod File", TRUE },
  { DAMAGE_TOO_NEW, "Saved by a Newer Coprod", TRUE },
  { DAMAGE_GARBAGE, "Coprod’s File Is Damaged", FALSE },
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

  return g_test_run ();
}
