/* test-store.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store layer on its own: the file it makes, its schema, round trips through its
 * API, migrations, backups, commit timing and what it does with files it must not touch.
 */

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "coprod-store-private.h"
#include "coprod-test-util.h"

/* team, person, meeting, attendance, agenda_item, agenda_template, agenda_template_item,
 * action, action_update, exercise, expectation, glossary_term */
#define N_TABLES 12

typedef struct
{
  char *tmp;       /* made by the test, removed at the end */
  char *data_dir;  /* a folder inside it that does not exist yet */
  char *db_path;
} Fixture;

typedef void (*DamageFunc) (Fixture *f);

typedef struct
{
  const char       *path;
  DamageFunc        damage;
  CoprodStoreError  code;
} RecoveryCase;

/* Helpers */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->tmp = coprod_test_make_tmp_dir ("coprod-test-store");
  f->data_dir = g_build_filename (f->tmp, "data", NULL);
  f->db_path = g_build_filename (f->data_dir, "coprod.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  coprod_test_remove_tmp_dir (f->tmp);
  g_free (f->tmp);
  g_free (f->data_dir);
  g_free (f->db_path);
}

static CoprodStore *
open_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  CoprodStore *store = coprod_store_open (f->data_dir, &error);

  g_assert_no_error (error);
  g_assert_true (COPROD_IS_STORE (store));
  return store;
}

/* Closing must really close: a leaked reference would keep the connection open. */
static void
close_store (CoprodStore *store)
{
  g_assert_finalize_object (store);
}

static sqlite3 *
db_open (const char *path,
         int         flags)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, flags, NULL);

  if (rc != SQLITE_OK)
    g_error ("Could not open %s: %s", path, sqlite3_errstr (rc));
  return db;
}

static void
db_exec (sqlite3    *db,
         const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    g_error ("“%s” failed: %s", sql, message);
}

static gint64
db_int (sqlite3    *db,
        const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
db_text (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* Reads one number from a closed database. The connection is read-write so that
 * closing it, as the last one, tidies the WAL files away as Coprod would. */
static gint64
file_int (const char *path,
          const char *sql)
{
  sqlite3 *db = db_open (path, SQLITE_OPEN_READWRITE);
  gint64 value = db_int (db, sql);

  sqlite3_close (db);
  return value;
}

static char *
file_text (const char *path,
           const char *sql)
{
  sqlite3 *db = db_open (path, SQLITE_OPEN_READWRITE);
  char *value = db_text (db, sql);

  sqlite3_close (db);
  return value;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_file_is (const char *path,
                GBytes     *expected)
{
  g_autoptr(GBytes) actual = read_bytes (path);

  g_assert_cmpmem (g_bytes_get_data (actual, NULL), g_bytes_get_size (actual),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 07777, ==, mode);
}

static void
assert_no_journal (const char *db_path)
{
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db_path, "-shm", NULL);

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static gint64
insert_row (CoprodStore *store,
            CoprodTable  table,
            GVariant    *values)
{
  g_autoptr(GError) error = NULL;
  gint64 id = coprod_store_insert (store, table, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
insert_team (CoprodStore *store,
             const char  *name)
{
  return insert_row (store, COPROD_TABLE_TEAM,
                     g_variant_new_parsed ("{'name': <%s>, 'created': <int64 1700000000>}",
                                           name));
}

static gint64
insert_person (CoprodStore *store,
               gint64       team_id,
               const char  *name)
{
  return insert_row (store, COPROD_TABLE_PERSON,
                     g_variant_new_parsed ("{'team_id': <%x>, 'name': <%s>, 'side': <'family'>,"
                                           " 'created': <int64 1700000000>}",
                                           team_id, name));
}

static gint64
insert_meeting (CoprodStore *store,
                gint64       team_id,
                const char  *title,
                gint64       starts_at)
{
  return insert_row (store, COPROD_TABLE_MEETING,
                     g_variant_new_parsed ("{'team_id': <%x>, 'title': <%s>, 'starts_at': <%x>,"
                                           " 'planned_end': <%x>, 'status': <'planned'>,"
                                           " 'created': <int64 1700000000>}",
                                           team_id, title, starts_at, starts_at + 3600));
}

static void
update (CoprodStore *store,
        CoprodTable  table,
        gint64       id,
        const char  *column,
        GVariant    *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (coprod_store_update (store, table, id, column, value, &error));
  g_assert_no_error (error);
}

static GVariant *
get_row (CoprodStore *store,
         CoprodTable  table,
         gint64       id)
{
  g_autoptr(GError) error = NULL;
  GVariant *row = coprod_store_get_row (store, table, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (row);
  return row;
}

static char *
row_text (GVariant   *row,
          const char *column)
{
  const char *text = NULL;

  g_assert_true (g_variant_lookup (row, column, "&s", &text));
  return g_strdup (text);
}

static gint64
row_int (GVariant   *row,
         const char *column)
{
  gint64 value = -1;

  g_assert_true (g_variant_lookup (row, column, "x", &value));
  return value;
}

static char *
get_text (CoprodStore *store,
          CoprodTable  table,
          gint64       id,
          const char  *column)
{
  g_autoptr(GVariant) row = get_row (store, table, id);

  return row_text (row, column);
}

typedef struct
{
  guint    column;
  GString *names;
  guint    n_rows;
} Listing;

static void
list_row_cb (const CoprodStoreRow *row,
             gpointer              user_data)
{
  Listing *listing = user_data;

  g_string_append_printf (listing->names, "%s%s", listing->n_rows > 0 ? "|" : "",
                          coprod_store_row_get_text (row, listing->column));
  listing->n_rows++;
}

/* The names of the rows of a list, joined with "|", to compare whole lists at once. */
static char *
list_names (CoprodStore *store,
            CoprodTable  table,
            gint64       parent_id,
            guint        column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  Listing listing = { column, names, 0 };

  g_assert_true (coprod_store_foreach_row (store, table, parent_id, list_row_cb, &listing,
                                           &error));
  g_assert_no_error (error);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
count_failed_cb (CoprodStore  *store,
                 const GError *error,
                 guint        *count)
{
  g_assert_true (g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED) ||
                 g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND));
  (*count)++;
}

static char *
backup_path (Fixture    *f,
             const char *stamp)
{
  g_autofree char *name = g_strdup_printf ("coprod-%s.db", stamp);

  return g_build_filename (f->data_dir, "backups", name, NULL);
}

/* Writes a version-1 database by hand, as Coprod 1 left it, with one team in it. */
static void
make_version_1 (Fixture    *f,
                const char *extra_sql)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;
  sqlite3 *db;

  g_assert_cmpint (g_mkdir_with_parents (f->data_dir, 0700), ==, 0);
  db = db_open (f->db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  db_exec (db, "PRAGMA journal_mode = WAL");
  g_assert_true (coprod_store_migrations[0] (db, &error));
  g_assert_no_error (error);
  ids = g_strdup_printf ("PRAGMA user_version = 1; PRAGMA application_id = %d",
                         COPROD_STORE_APPLICATION_ID);
  db_exec (db, ids);
  db_exec (db, "INSERT INTO team (name, created) VALUES ('Old team', 1600000000)");
  if (extra_sql != NULL)
    db_exec (db, extra_sql);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  assert_no_journal (f->db_path);
}

/* Tests */

static void
test_create_modes (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *outer = g_build_filename (f->tmp, "a", NULL);
  g_autofree char *wal = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  CoprodStore *store;

  g_free (f->data_dir);
  g_free (f->db_path);
  f->data_dir = g_build_filename (outer, "b", "data", NULL);
  f->db_path = g_build_filename (f->data_dir, "coprod.db", NULL);
  g_assert_false (g_file_test (outer, G_FILE_TEST_EXISTS));

  store = open_store (f);
  g_assert_cmpstr (coprod_store_get_data_dir (store), ==, f->data_dir);
  g_assert_cmpstr (coprod_store_get_path (store), ==, f->db_path);
  assert_mode (f->data_dir, 0700);
  assert_mode (outer, 0700);
  assert_mode (f->db_path, 0600);

  /* The journal holds the same personal data as the file. */
  update (store, COPROD_TABLE_TEAM, insert_team (store, "A"), "name", g_variant_new_string ("B"));
  wal = g_strconcat (f->db_path, "-wal", NULL);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  assert_mode (wal, 0600);

  /* So do the backups, made from the second start on (a new file holds nothing). */
  close_store (store);
  store = open_store (f);
  backups = coprod_store_list_backups (f->data_dir);
  g_assert_cmpuint (backups->len, ==, 1);
  assert_mode (g_ptr_array_index (backups, 0), 0600);
  {
    g_autofree char *dir = g_path_get_dirname (g_ptr_array_index (backups, 0));

    assert_mode (dir, 0700);
  }

  close_store (store);
  assert_mode (f->db_path, 0600);
}

static void
test_pragmas (Fixture       *f,
              gconstpointer  data)
{
  CoprodStore *store = open_store (f);
  g_autofree char *journal_mode = NULL;

  insert_team (store, "A team");
  close_store (store);
  assert_no_journal (f->db_path);

  journal_mode = file_text (f->db_path, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (file_int (f->db_path, "PRAGMA user_version"), ==, COPROD_STORE_SCHEMA_VERSION);
  g_assert_cmpint (file_int (f->db_path, "PRAGMA application_id"), ==,
                   COPROD_STORE_APPLICATION_ID);
  {
    g_autofree char *check = file_text (f->db_path, "PRAGMA integrity_check");

    g_assert_cmpstr (check, ==, "ok");
  }
}

static void
test_strict (Fixture       *f,
             gconstpointer  data)
{
  CoprodStore *store = open_store (f);
  sqlite3 *db;
  int rc;

  close_store (store);

  db = db_open (f->db_path, SQLITE_OPEN_READWRITE);
  sqlite3_extended_result_codes (db, TRUE);
  /* Every table is STRICT. */
  g_assert_cmpint (db_int (db, "SELECT count(*) FROM pragma_table_list"
                               " WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'"), ==, N_TABLES);
  g_assert_cmpint (db_int (db, "SELECT count(*) FROM pragma_table_list"
                               " WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'"
                               " AND strict = 1"), ==, N_TABLES);

  /* A STRICT table refuses a value of the wrong type instead of storing it anyway. */
  rc = sqlite3_exec (db, "INSERT INTO team (name, created) VALUES ('x', 'yesterday')",
                     NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_CONSTRAINT_DATATYPE);
  rc = sqlite3_exec (db, "INSERT INTO team (name, created) VALUES (42.5, 1)", NULL, NULL, NULL);
  g_assert_cmpint (rc, ==, SQLITE_OK);
  g_assert_cmpint (db_int (db, "SELECT typeof(name) = 'text' FROM team"), ==, 1);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GVariant) row = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  CoprodStore *store = open_store (f);
  GVariantDict dict;
  gint64 team, other, person, m1, m2, m3;

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "name", "s", "Riverside");
  g_variant_dict_insert (&dict, "group_a_label", "s", "Families");
  g_variant_dict_insert (&dict, "group_b_label", "s", "Professionals");
  g_variant_dict_insert (&dict, "created", "x", (gint64) 1700000001);
  team = coprod_store_insert (store, COPROD_TABLE_TEAM, g_variant_dict_end (&dict), &error);
  g_assert_no_error (error);
  other = insert_team (store, "Hillside");
  g_assert_cmpint (other, !=, team);

  row = get_row (store, COPROD_TABLE_TEAM, team);
  g_assert_cmpint (row_int (row, "id"), ==, team);
  g_assert_cmpint (row_int (row, "created"), ==, 1700000001);
  {
    g_autofree char *name = row_text (row, "name");
    g_autofree char *a = row_text (row, "group_a_label");
    g_autofree char *b = row_text (row, "group_b_label");

    g_assert_cmpstr (name, ==, "Riverside");
    g_assert_cmpstr (a, ==, "Families");
    g_assert_cmpstr (b, ==, "Professionals");
  }
  g_clear_pointer (&row, g_variant_unref);

  /* Every person column goes in and comes back out. */
  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "team_id", "x", team);
  g_variant_dict_insert (&dict, "name", "s", "bob");
  g_variant_dict_insert (&dict, "side", "s", "professional");
  g_variant_dict_insert (&dict, "role_text", "s", "Social worker");
  g_variant_dict_insert (&dict, "organisation", "s", "Council");
  g_variant_dict_insert (&dict, "likes_about_me", "s", "Rings back");
  g_variant_dict_insert (&dict, "important_to_me", "s", "Plain words");
  g_variant_dict_insert (&dict, "support_me", "s", "Tell me early");
  g_variant_dict_insert (&dict, "access_needs", "s", "Hearing loop");
  g_variant_dict_insert (&dict, "show_on_shared_screen", "x", (gint64) 0);
  g_variant_dict_insert (&dict, "created", "x", (gint64) 1700000002);
  person = coprod_store_insert (store, COPROD_TABLE_PERSON, g_variant_dict_end (&dict), &error);
  g_assert_no_error (error);
  row = get_row (store, COPROD_TABLE_PERSON, person);
  g_assert_cmpint (row_int (row, "team_id"), ==, team);
  g_assert_cmpint (row_int (row, "show_on_shared_screen"), ==, 0);
  g_assert_cmpint (row_int (row, "created"), ==, 1700000002);
  {
    static const char *const expected[][2] = {
      { "name", "bob" }, { "side", "professional" }, { "role_text", "Social worker" },
      { "organisation", "Council" }, { "likes_about_me", "Rings back" },
      { "important_to_me", "Plain words" }, { "support_me", "Tell me early" },
      { "access_needs", "Hearing loop" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autofree char *text = row_text (row, expected[i][0]);

        g_assert_cmpstr (text, ==, expected[i][1]);
      }
  }
  g_clear_pointer (&row, g_variant_unref);

  insert_person (store, team, "Alice");
  insert_person (store, team, "carol");
  insert_person (store, other, "Dan");
  names = list_names (store, COPROD_TABLE_PERSON, team, COPROD_PERSON_COL_NAME);
  g_assert_cmpstr (names, ==, "Alice|bob|carol");
  g_clear_pointer (&names, g_free);
  names = list_names (store, COPROD_TABLE_PERSON, other, COPROD_PERSON_COL_NAME);
  g_assert_cmpstr (names, ==, "Dan");
  g_clear_pointer (&names, g_free);

  /* Meetings are listed in date order, whatever order they were added in. */
  m1 = insert_meeting (store, team, "Third", 1800000000);
  m2 = insert_meeting (store, team, "First", 1700000000);
  m3 = insert_meeting (store, team, "Second", 1750000000);
  names = list_names (store, COPROD_TABLE_MEETING, team, COPROD_MEETING_COL_TITLE);
  g_assert_cmpstr (names, ==, "First|Second|Third");
  g_clear_pointer (&names, g_free);
  row = get_row (store, COPROD_TABLE_MEETING, m2);
  g_assert_cmpint (row_int (row, "starts_at"), ==, 1700000000);
  g_assert_cmpint (row_int (row, "planned_end"), ==, 1700003600);
  g_clear_pointer (&row, g_variant_unref);

  /* Updates, of text and of numbers (a boolean is stored as a number). */
  update (store, COPROD_TABLE_PERSON, person, "likes_about_me",
          g_variant_new_string ("Always rings back"));
  update (store, COPROD_TABLE_PERSON, person, "show_on_shared_screen",
          g_variant_new_boolean (TRUE));
  update (store, COPROD_TABLE_MEETING, m1, "starts_at", g_variant_new_int64 (1600000000));
  row = get_row (store, COPROD_TABLE_PERSON, person);
  {
    g_autofree char *likes = row_text (row, "likes_about_me");

    g_assert_cmpstr (likes, ==, "Always rings back");
  }
  g_assert_cmpint (row_int (row, "show_on_shared_screen"), ==, 1);
  g_clear_pointer (&row, g_variant_unref);
  names = list_names (store, COPROD_TABLE_MEETING, team, COPROD_MEETING_COL_TITLE);
  g_assert_cmpstr (names, ==, "Third|First|Second");
  g_clear_pointer (&names, g_free);

  /* Deleted rows leave the lists at once and can come back until the store is reopened. */
  g_assert_true (coprod_store_set_deleted (store, COPROD_TABLE_MEETING, m3, TRUE, &error));
  g_assert_no_error (error);
  g_assert_false (coprod_store_get_has_pending (store));
  names = list_names (store, COPROD_TABLE_MEETING, team, COPROD_MEETING_COL_TITLE);
  g_assert_cmpstr (names, ==, "Third|First");
  g_clear_pointer (&names, g_free);
  g_assert_true (coprod_store_set_deleted (store, COPROD_TABLE_MEETING, m3, FALSE, &error));
  g_assert_no_error (error);
  names = list_names (store, COPROD_TABLE_MEETING, team, COPROD_MEETING_COL_TITLE);
  g_assert_cmpstr (names, ==, "Third|First|Second");
  g_clear_pointer (&names, g_free);

  g_assert_true (coprod_store_set_deleted (store, COPROD_TABLE_PERSON, person, TRUE, &error));
  g_assert_true (coprod_store_set_deleted (store, COPROD_TABLE_TEAM, other, TRUE, &error));
  g_assert_no_error (error);
  names = list_names (store, COPROD_TABLE_TEAM, 0, COPROD_TEAM_COL_NAME);
  g_assert_cmpstr (names, ==, "Riverside");
  g_clear_pointer (&names, g_free);
  row = get_row (store, COPROD_TABLE_PERSON, person);
  g_clear_pointer (&row, g_variant_unref);
  close_store (store);

  /* Reopened at once, what was deleted is still kept, out of sight, for an Undo that
   * another copy of Coprod may still offer. */
  store = open_store (f);
  names = list_names (store, COPROD_TABLE_TEAM, 0, COPROD_TEAM_COL_NAME);
  g_assert_cmpstr (names, ==, "Riverside");
  g_clear_pointer (&names, g_free);
  names = list_names (store, COPROD_TABLE_PERSON, team, COPROD_PERSON_COL_NAME);
  g_assert_cmpstr (names, ==, "Alice|carol");
  g_clear_pointer (&names, g_free);
  close_store (store);
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM team"), ==, 2);
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM person WHERE deleted = 1"
                                         " AND deleted_at > 0"), ==, 1);

  /* Reopened after the rows have been deleted for longer than an Undo can reach: they
   * are gone, with the people of a deleted team. */
  coprod_test_age_deleted_rows (f->data_dir, COPROD_STORE_KEEP_DELETED_SECONDS + 60);
  store = open_store (f);
  g_assert_null (coprod_store_get_row (store, COPROD_TABLE_PERSON, person, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (coprod_store_get_row (store, COPROD_TABLE_TEAM, other, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  close_store (store);
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM person"), ==, 2);
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM meeting"), ==, 3);
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM team"), ==, 1);
  store = open_store (f);
  names = list_names (store, COPROD_TABLE_PERSON, team, COPROD_PERSON_COL_NAME);
  g_assert_cmpstr (names, ==, "Alice|carol");
  g_clear_pointer (&names, g_free);
  names = list_names (store, COPROD_TABLE_MEETING, team, COPROD_MEETING_COL_TITLE);
  g_assert_cmpstr (names, ==, "Third|First|Second");
  close_store (store);
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  CoprodStore *store = open_store (f);
  GVariantDict dict;
  guint failed = 0;
  gint64 team, id;

  g_signal_connect (store, "failed", G_CALLBACK (count_failed_cb), &failed);
  team = insert_team (store, "Before");
  g_assert_true (coprod_store_flush (store, &error));

  /* Column names are never trusted: only the store's own columns can be updated. */
  {
    static const char *const bad_columns[] = {
      "nonsense", "id", "deleted", "name = 'x' --", "NAME", "",
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad_columns); i++)
      {
        g_assert_false (coprod_store_update (store, COPROD_TABLE_TEAM, team, bad_columns[i],
                                             g_variant_new_string ("x"), &error));
        g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED);
        g_clear_error (&error);
      }
  }

  /* A value of the wrong type is refused before it reaches SQLite. */
  g_assert_false (coprod_store_update (store, COPROD_TABLE_TEAM, team, "name",
                                       g_variant_new_int64 (3), &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (coprod_store_update (store, COPROD_TABLE_TEAM, team, "created",
                                       g_variant_new_string ("3"), &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED);
  g_clear_error (&error);

  g_assert_null (coprod_store_get_row (store, COPROD_TABLE_TEAM, team + 1000, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (coprod_store_get_row (store, COPROD_TABLE_PERSON, 1, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An edit that fails inside a pending transaction keeps the edits before it. */
  update (store, COPROD_TABLE_TEAM, team, "name", g_variant_new_string ("Kept"));
  g_assert_true (coprod_store_get_has_pending (store));

  /* Foreign keys are on: a person must belong to a team that exists. The model only
   * refers to rows it has read, so one that is missing was removed since. */
  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "team_id", "x", team + 1000);
  g_variant_dict_insert (&dict, "name", "s", "Nobody's");
  g_variant_dict_insert (&dict, "side", "s", "family");
  id = coprod_store_insert (store, COPROD_TABLE_PERSON, g_variant_dict_end (&dict), &error);
  g_assert_cmpint (id, ==, 0);
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An edit, a deletion or an Undo of a row that is not there changes nothing, and says
   * so instead of passing for saved; the edit on the "failed" signal too. */
  g_assert_false (coprod_store_update (store, COPROD_TABLE_TEAM, team + 1000, "name",
                                       g_variant_new_string ("Lost"), &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (failed, ==, 1);
  g_assert_false (coprod_store_set_deleted (store, COPROD_TABLE_TEAM, team + 1000, TRUE,
                                            &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (coprod_store_set_deleted (store, COPROD_TABLE_TEAM, team + 1000, FALSE,
                                            &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* CHECK constraints hold too, and a failed update says so on the "failed" signal. */
  id = insert_person (store, team, "Somebody");
  g_assert_false (coprod_store_update (store, COPROD_TABLE_PERSON, id, "side",
                                       g_variant_new_string ("alien"), &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpuint (failed, ==, 2);

  g_assert_true (coprod_store_flush (store, &error));
  g_assert_no_error (error);
  close_store (store);

  name = file_text (f->db_path, "SELECT name FROM team");
  g_assert_cmpstr (name, ==, "Kept");
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM person"), ==, 1);
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM person WHERE side = 'family'"),
                   ==, 1);
}

/* What a row callback keeps of an action row: every column, by its index. */
typedef struct
{
  guint  n_rows;
  gint64 ints[COPROD_ACTION_N_COLUMNS];
  char  *texts[COPROD_ACTION_N_COLUMNS];
} ActionCopy;

static void
action_copy_clear (ActionCopy *copy)
{
  for (guint i = 0; i < COPROD_ACTION_N_COLUMNS; i++)
    g_clear_pointer (&copy->texts[i], g_free);
  memset (copy, 0, sizeof *copy);
}

static void
copy_action_cb (const CoprodStoreRow *row,
                gpointer              user_data)
{
  static const guint ints[] = {
    COPROD_ACTION_COL_ID, COPROD_ACTION_COL_TEAM_ID, COPROD_ACTION_COL_MEETING_ID,
    COPROD_ACTION_COL_AGENDA_ITEM_ID, COPROD_ACTION_COL_FROM_EXPECTATION_ID,
    COPROD_ACTION_COL_OWNER_PERSON_ID, COPROD_ACTION_COL_CREATED, COPROD_ACTION_COL_CLOSED,
  };
  static const guint texts[] = {
    COPROD_ACTION_COL_TEXT, COPROD_ACTION_COL_DUE, COPROD_ACTION_COL_STATUS,
    COPROD_ACTION_COL_STATUS_NOTE,
  };
  ActionCopy *copy = user_data;

  G_STATIC_ASSERT (G_N_ELEMENTS (ints) + G_N_ELEMENTS (texts) == COPROD_ACTION_N_COLUMNS);
  /* Only the last row of a listing is kept. */
  for (guint i = 0; i < COPROD_ACTION_N_COLUMNS; i++)
    g_clear_pointer (&copy->texts[i], g_free);
  for (guint i = 0; i < G_N_ELEMENTS (ints); i++)
    copy->ints[ints[i]] = coprod_store_row_get_int (row, ints[i]);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = coprod_store_row_get_text (row, texts[i]);

      g_assert_true (g_utf8_validate (text, -1, NULL));
      copy->texts[texts[i]] = g_strdup (text);
    }
  copy->n_rows++;
}

static void
read_action (CoprodStore *store,
             gint64       id,
             ActionCopy  *copy)
{
  g_autoptr(GError) error = NULL;

  action_copy_clear (copy);
  g_assert_true (coprod_store_read_row (store, COPROD_TABLE_ACTION, id, copy_action_cb, copy,
                                        &error));
  g_assert_no_error (error);
  g_assert_cmpuint (copy->n_rows, ==, 1);
}

/* The row callbacks the model builds its objects with: every column comes back by its
 * index, references that are NULL read as 0, and text is always valid UTF-8, even when
 * another program wrote bytes that are not. */
static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  const char *text = "Ring Zoë’s 👩‍🦽 school — e\u0301, مرحبا, ﬁle";
  g_autoptr(GError) error = NULL;
  CoprodStore *store = open_store (f);
  ActionCopy copy = { 0 };
  gint64 team, person, meeting, item, full, bare;
  sqlite3 *db;

  team = insert_team (store, "Riverside");
  person = insert_person (store, team, "Amira");
  meeting = insert_meeting (store, team, "Autumn", 1700000000);
  item = insert_row (store, COPROD_TABLE_AGENDA_ITEM,
                     g_variant_new_parsed ("{'meeting_id': <%x>, 'position': <int64 0>,"
                                           " 'kind': <'item'>, 'title': <'Transport'>}",
                                           meeting));
  full = insert_row (store, COPROD_TABLE_ACTION,
                     g_variant_new_parsed ("{'team_id': <%x>, 'meeting_id': <%x>,"
                                           " 'agenda_item_id': <%x>,"
                                           " 'from_expectation_id': <int64 77>, 'text': <%s>,"
                                           " 'owner_person_id': <%x>, 'due': <'2026-12-01'>,"
                                           " 'status': <'cannot'>,"
                                           " 'status_note': <'The form changed'>,"
                                           " 'created': <int64 1700000123>,"
                                           " 'closed': <int64 1700000999>}",
                                           team, meeting, item, text, person));
  bare = insert_row (store, COPROD_TABLE_ACTION,
                     g_variant_new_parsed ("{'team_id': <%x>, 'status': <'open'>,"
                                           " 'created': <int64 1700000200>}", team));
  g_assert_true (g_utf8_validate (text, -1, NULL));

  read_action (store, full, &copy);
  g_assert_cmpint (copy.ints[COPROD_ACTION_COL_ID], ==, full);
  g_assert_cmpint (copy.ints[COPROD_ACTION_COL_TEAM_ID], ==, team);
  g_assert_cmpint (copy.ints[COPROD_ACTION_COL_MEETING_ID], ==, meeting);
  g_assert_cmpint (copy.ints[COPROD_ACTION_COL_AGENDA_ITEM_ID], ==, item);
  g_assert_cmpint (copy.ints[COPROD_ACTION_COL_FROM_EXPECTATION_ID], ==, 77);
  g_assert_cmpint (copy.ints[COPROD_ACTION_COL_OWNER_PERSON_ID], ==, person);
  g_assert_cmpint (copy.ints[COPROD_ACTION_COL_CREATED], ==, 1700000123);
  g_assert_cmpint (copy.ints[COPROD_ACTION_COL_CLOSED], ==, 1700000999);
  g_assert_cmpstr (copy.texts[COPROD_ACTION_COL_TEXT], ==, text);
  g_assert_cmpstr (copy.texts[COPROD_ACTION_COL_DUE], ==, "2026-12-01");
  g_assert_cmpstr (copy.texts[COPROD_ACTION_COL_STATUS], ==, "cannot");
  g_assert_cmpstr (copy.texts[COPROD_ACTION_COL_STATUS_NOTE], ==, "The form changed");

  /* References not given are NULL in the file and 0 here; texts not given are empty. */
  read_action (store, bare, &copy);
  g_assert_cmpint (copy.ints[COPROD_ACTION_COL_ID], ==, bare);
  g_assert_cmpint (copy.ints[COPROD_ACTION_COL_MEETING_ID], ==, 0);
  g_assert_cmpint (copy.ints[COPROD_ACTION_COL_AGENDA_ITEM_ID], ==, 0);
  g_assert_cmpint (copy.ints[COPROD_ACTION_COL_OWNER_PERSON_ID], ==, 0);
  g_assert_cmpint (copy.ints[COPROD_ACTION_COL_CLOSED], ==, 0);
  g_assert_cmpstr (copy.texts[COPROD_ACTION_COL_TEXT], ==, "");
  g_assert_cmpstr (copy.texts[COPROD_ACTION_COL_DUE], ==, "");
  g_assert_cmpstr (copy.texts[COPROD_ACTION_COL_STATUS_NOTE], ==, "");

  /* A listing hands over the team's rows in order, each once. */
  action_copy_clear (&copy);
  g_assert_true (coprod_store_foreach_row (store, COPROD_TABLE_ACTION, team, copy_action_cb,
                                           &copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (copy.n_rows, ==, 2);
  g_assert_cmpint (copy.ints[COPROD_ACTION_COL_ID], ==, bare);
  action_copy_clear (&copy);
  g_assert_true (coprod_store_foreach_row (store, COPROD_TABLE_ACTION, team + 1000,
                                           copy_action_cb, &copy, &error));
  g_assert_cmpuint (copy.n_rows, ==, 0);

  /* A row that is not there is an error, and the callback never runs. */
  g_assert_false (coprod_store_read_row (store, COPROD_TABLE_ACTION, bare + 1000,
                                         copy_action_cb, &copy, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (copy.n_rows, ==, 0);
  close_store (store);

  /* Bytes that are not UTF-8, in two columns of one row, written by another program. */
  db = db_open (f->db_path, SQLITE_OPEN_READWRITE);
  db_exec (db, "UPDATE action SET text = CAST (X'66FF6F' AS TEXT),"
               " status_note = CAST (X'C3' AS TEXT) WHERE status = 'cannot'");
  sqlite3_close (db);
  store = open_store (f);
  read_action (store, full, &copy);
  g_assert_cmpstr (copy.texts[COPROD_ACTION_COL_TEXT], ==, "f\uFFFDo");
  g_assert_cmpstr (copy.texts[COPROD_ACTION_COL_STATUS_NOTE], ==, "\uFFFD");
  action_copy_clear (&copy);
  close_store (store);
}

static char *
make_big_string (void)
{
  static const char *const pieces[] = { "é", "🙂", "ab", "\u202e", "日本", "e\u0301", " " };
  GString *big = g_string_new (NULL);

  for (guint i = 0; big->len < 1024 * 1024; i++)
    g_string_append (big, pieces[i % G_N_ELEMENTS (pieces)]);
  return g_string_free (big, FALSE);
}

static void
test_unicode (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *big = make_big_string ();
  const char *texts[] = {
    "👨‍👩‍👧‍👦 family of four, 🏳️‍🌈, 🇬🇧",
    "مرحبا بكم في الاجتماع",
    "שלום, ‏עברית‎ mixed with English",
    "e\u0301 a\u0308 n\u0303 Z\u0335\u0321\u0316a\u0337l\u0334g\u0336o",
    "zero\u200bwidth\u200djoin\ufeffbom",
    "'); DROP TABLE team; --",
    "\" OR 1=1; -- %s %n %x \\ ? ?1 :name @x $y",
    "tab\tnew\nline\r\ncarriage",
    "",
    "\xf4\x8f\xbf\xbf last code point, \xef\xbf\xbd replacement",
    big,
  };
  gint64 ids[G_N_ELEMENTS (texts)];
  gint64 person;
  CoprodStore *store = open_store (f);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_assert_true (g_utf8_validate (texts[i], -1, NULL));
      ids[i] = insert_team (store, texts[i]);
    }
  person = insert_person (store, ids[0], "x");
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *text = NULL;

      update (store, COPROD_TABLE_PERSON, person, "important_to_me",
              g_variant_new_string (texts[i]));
      text = get_text (store, COPROD_TABLE_PERSON, person, "important_to_me");
      g_assert_cmpstr (text, ==, texts[i]);
    }
  update (store, COPROD_TABLE_PERSON, person, "support_me", g_variant_new_string (big));

  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *names = list_names (store, COPROD_TABLE_TEAM, 0, COPROD_TEAM_COL_NAME);
      g_autoptr(GString) expected = g_string_new (NULL);

      /* The SQL-looking name did nothing: every table is still there, and every text
       * comes back through a listing as it went in. */
      for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        g_string_append_printf (expected, "%s%s", i > 0 ? "|" : "", texts[i]);
      g_assert_true (g_str_equal (names, expected->str));
      for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        {
          g_autofree char *name = get_text (store, COPROD_TABLE_TEAM, ids[i], "name");

          g_assert_cmpuint (strlen (name), ==, strlen (texts[i]));
          g_assert_cmpstr (name, ==, texts[i]);
        }
      {
        g_autofree char *support = get_text (store, COPROD_TABLE_PERSON, person, "support_me");
        g_autofree char *important = get_text (store, COPROD_TABLE_PERSON, person,
                                               "important_to_me");

        g_assert_cmpstr (support, ==, big);
        g_assert_cmpstr (important, ==, big);
      }
      close_store (store);
      store = open_store (f);
    }
  close_store (store);
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM sqlite_schema"
                                         " WHERE type = 'table'"), ==, N_TABLES);
}

static gint64
insert_term (CoprodStore *store,
             gint64       team_id,
             const char  *term,
             const char  *also_known_as)
{
  return insert_row (store, COPROD_TABLE_GLOSSARY_TERM,
                     g_variant_new_parsed ("{'team_id': <%x>, 'term': <%s>,"
                                           " 'plain_meaning': <'Something plain.'>,"
                                           " 'also_known_as': <%s>,"
                                           " 'created': <int64 1700000000>}",
                                           team_id, term, also_known_as));
}

static void
test_glossary (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_autofree char *forms = NULL;
  CoprodStore *store = open_store (f);
  gint64 team, other, ehcp, gone;

  team = insert_team (store, "Riverside");
  other = insert_team (store, "Hillside");
  ehcp = insert_term (store, team, "EHCP", "EHC plan\nEducation, Health and Care plan");
  insert_term (store, team, "annual review", "");
  gone = insert_term (store, team, "RAS", "");
  insert_term (store, other, "SENCO", "");

  /* A team's terms, in the order of the words, and no other team's. */
  names = list_names (store, COPROD_TABLE_GLOSSARY_TERM, team, COPROD_GLOSSARY_TERM_COL_TERM);
  g_assert_cmpstr (names, ==, "annual review|EHCP|RAS");
  g_clear_pointer (&names, g_free);
  forms = get_text (store, COPROD_TABLE_GLOSSARY_TERM, ehcp, "also_known_as");
  g_assert_cmpstr (forms, ==, "EHC plan\nEducation, Health and Care plan");

  /* Deleted is undoable while the app runs, and gone once it starts again. */
  g_assert_true (coprod_store_set_deleted (store, COPROD_TABLE_GLOSSARY_TERM, gone, TRUE,
                                           &error));
  g_assert_no_error (error);
  names = list_names (store, COPROD_TABLE_GLOSSARY_TERM, team, COPROD_GLOSSARY_TERM_COL_TERM);
  g_assert_cmpstr (names, ==, "annual review|EHCP");
  g_clear_pointer (&names, g_free);
  close_store (store);
  coprod_test_age_deleted_rows (f->data_dir, COPROD_STORE_KEEP_DELETED_SECONDS + 60);
  store = open_store (f);
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM glossary_term"), ==, 3);

  /* A team's glossary goes with the team. */
  g_assert_true (coprod_store_set_deleted (store, COPROD_TABLE_TEAM, other, TRUE, &error));
  close_store (store);
  coprod_test_age_deleted_rows (f->data_dir, COPROD_STORE_KEEP_DELETED_SECONDS + 60);
  store = open_store (f);
  close_store (store);
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM glossary_term"), ==, 2);
}

static void
test_migration (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *names = NULL;
  g_autofree char *old_name = NULL;
  CoprodStore *store;

  make_version_1 (f, NULL);
  g_assert_cmpint (file_int (f->db_path, "PRAGMA user_version"), ==, 1);
  backups = coprod_store_list_backups (f->data_dir);
  g_assert_cmpuint (backups->len, ==, 0);
  g_clear_pointer (&backups, g_ptr_array_unref);

  store = open_store (f);
  names = list_names (store, COPROD_TABLE_TEAM, 0, COPROD_TEAM_COL_NAME);
  g_assert_cmpstr (names, ==, "Old team");
  close_store (store);

  g_assert_cmpint (file_int (f->db_path, "PRAGMA user_version"), ==, COPROD_STORE_SCHEMA_VERSION);
  g_assert_cmpint (file_int (f->db_path, "PRAGMA application_id"), ==,
                   COPROD_STORE_APPLICATION_ID);
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM sqlite_schema"
                                         " WHERE name = 'attendance'"), ==, 1);

  /* The copy was taken before the migration, so it is still at version 1. */
  backups = coprod_store_list_backups (f->data_dir);
  g_assert_cmpuint (backups->len, >=, 1);
  g_assert_cmpint (file_int (g_ptr_array_index (backups, 0), "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (file_int (g_ptr_array_index (backups, 0),
                             "SELECT count(*) FROM sqlite_schema WHERE name = 'attendance'"),
                   ==, 0);
  old_name = file_text (g_ptr_array_index (backups, 0), "SELECT name FROM team");
  g_assert_cmpstr (old_name, ==, "Old team");
}

/* Delete in one copy of Coprod, open and close the file from another (the command line,
 * a second window with --data-dir), then Undo in the first: the row is still there, it
 * comes back, and what is typed about it afterwards reaches the file. */
static void
test_undo_across_processes (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  CoprodStore *first = open_store (f);
  CoprodStore *second;
  gint64 team, person;

  team = insert_team (first, "Riverside");
  person = insert_person (first, team, "Dana");
  g_assert_true (coprod_store_flush (first, &error));
  g_assert_true (coprod_store_set_deleted (first, COPROD_TABLE_PERSON, person, TRUE, &error));
  g_assert_no_error (error);

  second = open_store (f);
  g_assert_true (coprod_store_close (second, &error));
  g_assert_no_error (error);
  close_store (second);

  g_assert_true (coprod_store_set_deleted (first, COPROD_TABLE_PERSON, person, FALSE,
                                           &error));
  g_assert_no_error (error);
  update (first, COPROD_TABLE_PERSON, person, "likes_about_me",
          g_variant_new_string ("Brings cake"));
  g_assert_true (coprod_store_flush (first, &error));
  g_assert_no_error (error);
  close_store (first);

  g_assert_cmpint (file_int (f->db_path, "SELECT deleted FROM person"), ==, 0);
  g_assert_cmpint (file_int (f->db_path, "SELECT deleted_at FROM person"), ==, 0);
  name = file_text (f->db_path, "SELECT likes_about_me FROM person");
  g_assert_cmpstr (name, ==, "Brings cake");
}

/* What was deleted longer ago than any Undo can reach is removed for good when another
 * copy opens the file; an Undo or an edit of it after that is an error, never a silent
 * success. What was deleted less long ago stays, and so does a person who came to a
 * meeting or has an action, however long ago. */
static void
test_purged_for_good (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CoprodStore *first = open_store (f);
  CoprodStore *second;
  gint64 team, old_person, recent, came, meeting;
  guint failed = 0;
  sqlite3 *db;

  g_signal_connect (first, "failed", G_CALLBACK (count_failed_cb), &failed);
  team = insert_team (first, "Riverside");
  old_person = insert_person (first, team, "Ezra");
  recent = insert_person (first, team, "Fran");
  came = insert_person (first, team, "Gus");
  meeting = insert_meeting (first, team, "Spring", 1700000000);
  g_assert_true (coprod_store_set_attendance (first, meeting, came,
                                              g_variant_new_parsed ("{'attended': <int64 1>}"),
                                              &error));
  g_assert_no_error (error);
  g_assert_true (coprod_store_flush (first, &error));
  g_assert_true (coprod_store_set_deleted (first, COPROD_TABLE_PERSON, old_person, TRUE,
                                           &error));
  g_assert_true (coprod_store_set_deleted (first, COPROD_TABLE_PERSON, recent, TRUE, &error));
  g_assert_true (coprod_store_set_deleted (first, COPROD_TABLE_PERSON, came, TRUE, &error));
  g_assert_no_error (error);

  /* As if the first copy had been left open for a day and more since the deletions
   * of Ezra and Gus, and for a little less than that since Fran's. */
  db = db_open (f->db_path, SQLITE_OPEN_READWRITE);
  {
    gint64 now = g_get_real_time () / G_USEC_PER_SEC;
    g_autofree char *sql =
      g_strdup_printf ("UPDATE person SET deleted_at = %" G_GINT64_FORMAT " WHERE id != %"
                       G_GINT64_FORMAT "; UPDATE person SET deleted_at = %" G_GINT64_FORMAT
                       " WHERE id = %" G_GINT64_FORMAT,
                       now - COPROD_STORE_KEEP_DELETED_SECONDS - 60, recent,
                       now - COPROD_STORE_KEEP_DELETED_SECONDS + 600, recent);

    db_exec (db, sql);
  }
  sqlite3_close (db);

  second = open_store (f);
  close_store (second);

  /* Ezra is gone: bringing him back, deleting him again or editing him says so. */
  g_assert_false (coprod_store_set_deleted (first, COPROD_TABLE_PERSON, old_person, FALSE,
                                            &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (coprod_store_set_deleted (first, COPROD_TABLE_PERSON, old_person, TRUE,
                                            &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (coprod_store_update (first, COPROD_TABLE_PERSON, old_person, "name",
                                       g_variant_new_string ("Ezra B."), &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (failed, ==, 1);
  /* A row that refers to him is refused the same way. */
  g_assert_false (coprod_store_set_attendance (first, meeting, old_person,
                                               g_variant_new_parsed ("{'attended': <int64 1>}"),
                                               &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Fran and Gus come back. */
  g_assert_true (coprod_store_set_deleted (first, COPROD_TABLE_PERSON, recent, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (coprod_store_set_deleted (first, COPROD_TABLE_PERSON, came, FALSE, &error));
  g_assert_no_error (error);
  close_store (first);

  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM person"), ==, 2);
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM person WHERE deleted = 0"),
                   ==, 2);
}

/* A file of the version before deleted_at: every deleted row gets the time of the
 * migration, so the open that migrates it keeps them for an Undo another copy may
 * still offer, and rows not deleted get none. */
static void
test_migration_deleted_at (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;
  g_autofree char *names = NULL;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;
  CoprodStore *store;
  sqlite3 *db;

  g_assert_cmpint (g_mkdir_with_parents (f->data_dir, 0700), ==, 0);
  db = db_open (f->db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  db_exec (db, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON");
  for (guint v = 0; v < 10; v++)
    {
      g_assert_true (coprod_store_migrations[v] (db, &error));
      g_assert_no_error (error);
    }
  ids = g_strdup_printf ("PRAGMA user_version = 10; PRAGMA application_id = %d",
                         COPROD_STORE_APPLICATION_ID);
  db_exec (db, ids);
  db_exec (db, "INSERT INTO team (name, created) VALUES ('Riverside', 1600000000);"
               "INSERT INTO person (team_id, name, created) VALUES (1, 'Kept', 1600000000);"
               "INSERT INTO person (team_id, name, created, deleted)"
               "  VALUES (1, 'Deleted', 1600000000, 1);"
               "INSERT INTO glossary_term (team_id, term, created, deleted)"
               "  VALUES (1, 'EHCP', 1600000000, 1)");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  store = open_store (f);
  names = list_names (store, COPROD_TABLE_PERSON, 1, COPROD_PERSON_COL_NAME);
  g_assert_cmpstr (names, ==, "Kept");
  g_assert_true (coprod_store_set_deleted (store, COPROD_TABLE_PERSON, 2, FALSE, &error));
  g_assert_no_error (error);
  close_store (store);

  g_assert_cmpint (file_int (f->db_path, "PRAGMA user_version"), ==, COPROD_STORE_SCHEMA_VERSION);
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM person WHERE deleted = 0"
                                         " AND deleted_at = 0"), ==, 2);
  g_assert_cmpint (file_int (f->db_path, "SELECT deleted FROM glossary_term"), ==, 1);
  g_assert_cmpint (file_int (f->db_path, "SELECT deleted_at FROM glossary_term"), >=, before);
  g_assert_cmpint (file_int (f->db_path, "SELECT deleted_at FROM team"), ==, 0);
}

static void
test_migration_failure (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  CoprodStore *store;

  /* Migration 2 creates this table, so it fails half-way through its transaction. */
  make_version_1 (f, "CREATE TABLE attendance (x INTEGER) STRICT;"
                     "INSERT INTO attendance VALUES (7)");
  before = read_bytes (f->db_path);

  store = coprod_store_open (f->data_dir, &error);
  g_assert_null (store);
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED);
  assert_no_journal (f->db_path);
  assert_file_is (f->db_path, before);

  g_assert_cmpint (file_int (f->db_path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (file_int (f->db_path, "SELECT x FROM attendance"), ==, 7);
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM team"), ==, 1);

  /* Trying again fails the same way and still changes nothing. */
  g_clear_error (&error);
  g_assert_null (coprod_store_open (f->data_dir, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED);
  g_assert_cmpint (file_int (f->db_path, "PRAGMA user_version"), ==, 1);
}

static void
test_daily_backup (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "coprod-%Y%m%d-");
  g_autofree char *first = NULL;
  g_autofree char *base = NULL;
  CoprodStore *store;

  /* A brand-new file has nothing to keep; the first start after that makes the copy. */
  store = open_store (f);
  insert_team (store, "Team");
  close_store (store);
  backups = coprod_store_list_backups (f->data_dir);
  g_assert_cmpuint (backups->len, ==, 0);
  g_clear_pointer (&backups, g_ptr_array_unref);
  store = open_store (f);
  close_store (store);
  backups = coprod_store_list_backups (f->data_dir);
  g_assert_cmpuint (backups->len, ==, 1);
  first = g_strdup (g_ptr_array_index (backups, 0));
  base = g_path_get_basename (first);
  g_assert_true (g_str_has_prefix (base, today));
  {
    g_autofree char *check = file_text (first, "PRAGMA integrity_check");

    g_assert_cmpstr (check, ==, "ok");
    g_assert_cmpint (file_int (first, "SELECT count(*) FROM team"), ==, 1);
  }
  g_clear_pointer (&backups, g_ptr_array_unref);

  /* A backup is one self-contained file: looking at it read-only leaves nothing behind. */
  {
    g_autofree char *usable = coprod_store_find_usable_backup (f->data_dir);
    g_autofree char *dir = g_path_get_dirname (first);
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    g_autofree char *mode = NULL;

    g_assert_cmpstr (usable, ==, first);
    g_assert_cmpstr (g_dir_read_name (listing), ==, base);
    g_assert_null (g_dir_read_name (listing));
    mode = file_text (first, "PRAGMA journal_mode");
    g_assert_cmpstr (mode, ==, "delete");
  }

  /* Once a day is enough. */
  store = open_store (f);
  close_store (store);
  backups = coprod_store_list_backups (f->data_dir);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (backups, 0), ==, first);
  g_clear_pointer (&backups, g_ptr_array_unref);

  /* An explicit backup (as before a migration) is made whatever the day. */
  store = open_store (f);
  g_usleep (2);
  g_assert_true (coprod_store_backup (store, NULL));
  close_store (store);
  backups = coprod_store_list_backups (f->data_dir);
  g_assert_cmpuint (backups->len, ==, 2);
  g_assert_cmpint (file_int (g_ptr_array_index (backups, 1), "SELECT count(*) FROM team"),
                   ==, 1);
}

static void
test_prune_backups (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "coprod-%Y%m%d-");
  g_autofree char *real = NULL;
  g_autofree char *base = NULL;
  CoprodStore *store;

  /* The second start of a file makes its first daily copy. */
  store = open_store (f);
  close_store (store);
  store = open_store (f);
  close_store (store);
  backups = coprod_store_list_backups (f->data_dir);
  g_assert_cmpuint (backups->len, ==, 1);
  real = g_strdup (g_ptr_array_index (backups, 0));
  g_clear_pointer (&backups, g_ptr_array_unref);

  for (guint day = 1; day <= 7; day++)
    {
      g_autofree char *stamp = g_strdup_printf ("202001%02u-000000-000000", day);
      g_autofree char *old = backup_path (f, stamp);

      copy_file (real, old);
    }
  /* Files that are not backups are no business of the pruning. */
  {
    g_autofree char *other = g_build_filename (f->data_dir, "backups", "notes.txt", NULL);

    g_assert_true (g_file_set_contents (other, "mine", -1, NULL));
  }
  g_assert_cmpint (g_unlink (real), ==, 0);

  store = open_store (f);
  close_store (store);

  backups = coprod_store_list_backups (f->data_dir);
  g_assert_cmpuint (backups->len, ==, COPROD_STORE_KEEP_BACKUPS);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *stamp = g_strdup_printf ("202001%02u-000000-000000", 4 + i);
      g_autofree char *expected = backup_path (f, stamp);

      g_assert_cmpstr (g_ptr_array_index (backups, i), ==, expected);
    }
  base = g_path_get_basename (g_ptr_array_index (backups, 4));
  g_assert_true (g_str_has_prefix (base, today));
  {
    g_autofree char *other = g_build_filename (f->data_dir, "backups", "notes.txt", NULL);

    g_assert_true (g_file_test (other, G_FILE_TEST_IS_REGULAR));
  }
}

typedef struct
{
  GMainLoop *loop;
  gint64     committed_at;
  guint      committed;
} CommitWait;

static void
committed_cb (CoprodStore *store,
              CommitWait  *wait)
{
  if (wait->committed++ == 0)
    wait->committed_at = g_get_monotonic_time ();
  g_main_loop_quit (wait->loop);
}

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for MS milliseconds of the clock, so that any timer due in that
 * time fires: for a check that a timer does not fire, never to wait for something. */
static void
let_time_pass (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_cb, loop);
  g_main_loop_run (loop);
}

static gboolean
give_up_cb (gpointer user_data)
{
  g_error ("The store did not commit in time");
  return G_SOURCE_REMOVE;
}

static char *
reader_name (sqlite3 *reader)
{
  return db_text (reader, "SELECT name FROM team");
}

static void
test_commit_delay (Fixture       *f,
                   gconstpointer  data)
{
  CommitWait wait = { g_main_loop_new (NULL, FALSE), 0, 0 };
  g_autofree char *seen = NULL;
  CoprodStore *store = open_store (f);
  sqlite3 *reader;
  guint pending_notes = 0;
  guint give_up;
  gint64 team, start, elapsed;

  team = insert_team (store, "v0");
  g_assert_true (coprod_store_flush (store, NULL));
  reader = db_open (f->db_path, SQLITE_OPEN_READONLY);
  g_signal_connect (store, "committed", G_CALLBACK (committed_cb), &wait);
  g_signal_connect (store, "notify::has-pending", G_CALLBACK (count_notify_cb),
                    &pending_notes);

  start = g_get_monotonic_time ();
  update (store, COPROD_TABLE_TEAM, team, "name", g_variant_new_string ("v1"));
  g_assert_true (coprod_store_get_has_pending (store));
  g_assert_cmpuint (pending_notes, ==, 1);
  update (store, COPROD_TABLE_TEAM, team, "name", g_variant_new_string ("v2"));
  g_assert_cmpuint (pending_notes, ==, 1);

  /* Not committed yet: another connection still reads the old value. */
  seen = reader_name (reader);
  g_assert_cmpstr (seen, ==, "v0");
  g_clear_pointer (&seen, g_free);

  give_up = g_timeout_add_seconds (5, give_up_cb, NULL);
  g_main_loop_run (wait.loop);
  g_source_remove (give_up);
  elapsed = wait.committed_at - start;
  g_test_message ("committed after %" G_GINT64_FORMAT " ms", elapsed / 1000);

  g_assert_cmpuint (wait.committed, ==, 1);
  g_assert_cmpint (elapsed, >=, 250 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpint (elapsed, <=, 500 * G_TIME_SPAN_MILLISECOND);
  g_assert_false (coprod_store_get_has_pending (store));
  g_assert_cmpuint (pending_notes, ==, 2);
  seen = reader_name (reader);
  g_assert_cmpstr (seen, ==, "v2");

  sqlite3_close (reader);
  close_store (store);
  g_main_loop_unref (wait.loop);
}

typedef struct
{
  CoprodStore *store;
  gint64       team;
  guint        n;
} Typist;

static gboolean
type_cb (gpointer user_data)
{
  Typist *typist = user_data;
  g_autofree char *name = g_strdup_printf ("key %u", ++typist->n);

  update (typist->store, COPROD_TABLE_TEAM, typist->team, "name", g_variant_new_string (name));
  return G_SOURCE_CONTINUE;
}

/* Someone typing without a pause still has their words on disk within two seconds. */
static void
test_commit_max_delay (Fixture       *f,
                       gconstpointer  data)
{
  CommitWait wait = { g_main_loop_new (NULL, FALSE), 0, 0 };
  CoprodStore *store = open_store (f);
  Typist typist = { store, 0, 0 };
  guint typing, give_up;
  gint64 start, elapsed;

  typist.team = insert_team (store, "start");
  g_assert_true (coprod_store_flush (store, NULL));
  g_signal_connect (store, "committed", G_CALLBACK (committed_cb), &wait);

  start = g_get_monotonic_time ();
  type_cb (&typist);
  typing = g_timeout_add (100, type_cb, &typist);
  give_up = g_timeout_add_seconds (5, give_up_cb, NULL);
  g_main_loop_run (wait.loop);
  g_source_remove (give_up);
  g_source_remove (typing);
  elapsed = wait.committed_at - start;
  g_test_message ("committed after %" G_GINT64_FORMAT " ms and %u edits",
                  elapsed / 1000, typist.n);

  g_assert_cmpint (elapsed, >=, 1500 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpint (elapsed, <=, 2100 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpuint (typist.n, >=, 10);

  close_store (store);
  g_main_loop_unref (wait.loop);
}

static void
test_flush (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *seen = NULL;
  CommitWait wait = { g_main_loop_new (NULL, FALSE), 0, 0 };
  CoprodStore *store = open_store (f);
  sqlite3 *reader;
  gint64 team;

  team = insert_team (store, "v0");
  g_assert_true (coprod_store_flush (store, &error));
  g_assert_no_error (error);
  reader = db_open (f->db_path, SQLITE_OPEN_READONLY);
  g_signal_connect (store, "committed", G_CALLBACK (committed_cb), &wait);

  update (store, COPROD_TABLE_TEAM, team, "name", g_variant_new_string ("v1"));
  g_assert_cmpuint (wait.committed, ==, 0);
  g_assert_true (coprod_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (wait.committed, ==, 1);
  g_assert_false (coprod_store_get_has_pending (store));
  seen = reader_name (reader);
  g_assert_cmpstr (seen, ==, "v1");

  /* Nothing pending: nothing to commit, and the timer does not fire later. */
  g_assert_true (coprod_store_flush (store, &error));
  g_assert_cmpuint (wait.committed, ==, 1);
  let_time_pass (600);
  g_assert_cmpuint (wait.committed, ==, 1);

  /* Closing commits what is pending. */
  update (store, COPROD_TABLE_TEAM, team, "name", g_variant_new_string ("v2"));
  sqlite3_close (reader);
  close_store (store);
  g_clear_pointer (&seen, g_free);
  seen = file_text (f->db_path, "SELECT name FROM team");
  g_assert_cmpstr (seen, ==, "v2");
  g_main_loop_unref (wait.loop);
}

/* Recovery: a good store with a backup, then a damaged file that must stay as it is. */

static void
damage_garbage (Fixture *f)
{
  GString *garbage = g_string_new ("This is not a database. ");
  GRand *rand = g_rand_new_with_seed (7);

  while (garbage->len < 64 * 1024)
    g_string_append_c (garbage, (char) g_rand_int_range (rand, 0, 256));
  g_assert_true (g_file_set_contents (f->db_path, garbage->str, garbage->len, NULL));
  g_string_free (garbage, TRUE);
  g_rand_free (rand);
}

static void
damage_truncate (Fixture *f)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (f->db_path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 64 * 1024);
  g_assert_cmpint (truncate (f->db_path, st.st_size / 2), ==, 0);
}

static void
damage_other_program (Fixture *f)
{
  sqlite3 *db;

  g_assert_cmpint (g_unlink (f->db_path), ==, 0);
  db = db_open (f->db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  db_exec (db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
               "INSERT INTO notes (body) VALUES ('buy milk')");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
damage_too_new (Fixture *f)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d",
                                          COPROD_STORE_SCHEMA_VERSION + 1);
  sqlite3 *db = db_open (f->db_path, SQLITE_OPEN_READWRITE);

  db_exec (db, sql);
  db_exec (db, "CREATE TABLE newer_feature (id INTEGER PRIMARY KEY) STRICT");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
damage_empty (Fixture *f)
{
  g_assert_cmpint (truncate (f->db_path, 0), ==, 0);
}

static void
test_recovery (Fixture       *f,
               gconstpointer  data)
{
  const RecoveryCase *spec = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *good = NULL;
  g_autofree char *broken_backup = NULL;
  g_autofree char *usable = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *names = NULL;
  g_autofree char *big = g_strnfill (2000, 'x');
  CoprodStore *store;

  store = open_store (f);
  insert_team (store, "Backed up");
  g_assert_true (coprod_store_backup (store, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 100; i++)
    insert_team (store, big);
  close_store (store);
  assert_no_journal (f->db_path);

  backups = coprod_store_list_backups (f->data_dir);
  g_assert_cmpuint (backups->len, ==, 1);
  good = g_strdup (g_ptr_array_index (backups, 0));

  /* A newer backup that is itself damaged must be passed over. */
  broken_backup = backup_path (f, "99991231-235959-999999");
  g_assert_true (g_file_set_contents (broken_backup, "SQLite format 3\0 but then nothing",
                                      -1, NULL));

  spec->damage (f);
  before = read_bytes (f->db_path);

  store = coprod_store_open (f->data_dir, &error);
  g_assert_null (store);
  g_assert_error (error, COPROD_STORE_ERROR, (int) spec->code);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  assert_file_is (f->db_path, before);
  assert_no_journal (f->db_path);

  /* Opening it again is just as harmless. */
  g_assert_null (coprod_store_open (f->data_dir, &error));
  g_assert_error (error, COPROD_STORE_ERROR, (int) spec->code);
  g_clear_error (&error);
  assert_file_is (f->db_path, before);
  assert_no_journal (f->db_path);

  usable = coprod_store_find_usable_backup (f->data_dir);
  g_assert_cmpstr (usable, ==, good);

  kept = coprod_store_restore_backup (f->data_dir, usable, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);
  g_assert_cmpstr (kept, !=, f->db_path);
  assert_file_is (kept, before);
  assert_mode (f->db_path, 0600);

  store = open_store (f);
  names = list_names (store, COPROD_TABLE_TEAM, 0, COPROD_TEAM_COL_NAME);
  g_assert_cmpstr (names, ==, "Backed up");
  g_assert_true (coprod_store_check_integrity (store, &error));
  g_assert_no_error (error);
  close_store (store);

  /* The damaged file is still there, untouched, for someone who can rescue it. */
  assert_file_is (kept, before);
  g_assert_true (g_file_test (good, G_FILE_TEST_IS_REGULAR));
}

/* Backups that are garbage, another program's or too new are never offered. */
static void
test_no_usable_backup (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *garbage = backup_path (f, "20200101-000000-000000");
  g_autofree char *other = backup_path (f, "20200102-000000-000000");
  g_autofree char *newer = backup_path (f, "20200103-000000-000000");
  g_autofree char *backups = g_path_get_dirname (garbage);
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;"
                                          "CREATE TABLE team (id INTEGER PRIMARY KEY)",
                                          COPROD_STORE_APPLICATION_ID,
                                          COPROD_STORE_SCHEMA_VERSION + 1);
  sqlite3 *db;

  g_assert_null (coprod_store_find_usable_backup (f->data_dir));
  g_assert_cmpint (g_mkdir_with_parents (backups, 0700), ==, 0);
  g_assert_null (coprod_store_find_usable_backup (f->data_dir));

  g_assert_true (g_file_set_contents (garbage, "garbage", -1, NULL));
  db = db_open (other, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  db_exec (db, "CREATE TABLE notes (body TEXT)");
  sqlite3_close (db);
  db = db_open (newer, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  db_exec (db, sql);
  sqlite3_close (db);
  g_assert_null (coprod_store_find_usable_backup (f->data_dir));

  g_assert_null (coprod_store_restore_backup (f->data_dir, "/nonexistent/coprod-x.db", &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NO_BACKUP);
  g_assert_false (g_file_test (f->db_path, G_FILE_TEST_EXISTS));
}

static void
test_folder_unusable (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_build_filename (f->tmp, "plain-file", NULL);
  g_autofree char *under = g_build_filename (file, "data", NULL);

  g_assert_true (g_file_set_contents (file, "not a folder", -1, NULL));

  g_assert_null (coprod_store_open (under, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FOLDER);
  g_clear_error (&error);

  g_assert_null (coprod_store_open (file, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FOLDER);
  g_clear_error (&error);

  g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
}

/* Closing folds the write-ahead log back in and removes it, so that the next start can
 * tell a clean close from a crash; edits after it are refused, not lost silently. */
static void
test_close (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (f->db_path, "-wal", NULL);
  CoprodStore *store = open_store (f);
  gint64 id = insert_team (store, "Closing team");

  g_assert_true (coprod_store_update (store, COPROD_TABLE_TEAM, id, "name",
                                      g_variant_new_string ("Renamed"), &error));
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_true (coprod_store_close (store, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  g_assert_false (coprod_store_update (store, COPROD_TABLE_TEAM, id, "name",
                                       g_variant_new_string ("Too late"), &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED);
  g_assert_true (coprod_store_close (store, NULL));
  close_store (store);

  store = open_store (f);
  {
    g_autoptr(GVariant) row = coprod_store_get_row (store, COPROD_TABLE_TEAM, id, NULL);
    const char *name = NULL;

    g_assert_true (g_variant_lookup (row, "name", "&s", &name));
    g_assert_cmpstr (name, ==, "Renamed");
  }
  close_store (store);
}

/* A refused file with a log left beside it, as a crash leaves it: a write-ahead log (and
 * its -shm index) or a hot rollback journal. Opening must not fold the log in, roll the
 * journal back, or remove either. */

typedef enum
{
  REFUSED_TOO_NEW,
  REFUSED_DAMAGED,
  REFUSED_OTHER_PROGRAM,
} RefusedKind;

typedef struct
{
  const char       *path;
  RefusedKind       kind;
  gboolean          hot_journal;
  CoprodStoreError  code;
} RefusedCase;

static void
corrupt_middle_page (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize page = 4096;
  gsize at;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * page);
  at = (length / page / 2) * page;
  memset (contents + at, 0xab, page);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
make_refused_with_log (Fixture           *f,
                       const RefusedCase *spec)
{
  g_autofree char *scratch_dir = g_build_filename (f->tmp, "scratch", NULL);
  g_autofree char *scratch = g_build_filename (scratch_dir, "coprod.db", NULL);
  g_autofree char *big = g_strnfill (2000, 'x');
  sqlite3 *writer;

  if (spec->kind == REFUSED_OTHER_PROGRAM)
    {
      g_assert_cmpint (g_mkdir_with_parents (scratch_dir, 0700), ==, 0);
      writer = db_open (scratch, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
      db_exec (writer, spec->hot_journal ? "PRAGMA journal_mode = DELETE"
                                         : "PRAGMA journal_mode = WAL");
      db_exec (writer, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
      for (guint i = 0; i < 100; i++)
        {
          g_autofree char *sql = g_strdup_printf ("INSERT INTO notes (body) VALUES ('%s')", big);

          db_exec (writer, sql);
        }
    }
  else
    {
      CoprodStore *store = coprod_store_open (scratch_dir, NULL);

      g_assert_nonnull (store);
      for (guint i = 0; i < 100; i++)
        insert_team (store, big);
      close_store (store);
      writer = db_open (scratch, SQLITE_OPEN_READWRITE);
      if (spec->kind == REFUSED_TOO_NEW)
        {
          g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d",
                                                  COPROD_STORE_SCHEMA_VERSION + 1);

          db_exec (writer, sql);
        }
    }

  /* What the program was doing when it was killed, still in its log. */
  if (spec->hot_journal)
    {
      /* A cache of one page spills the change into the file itself, as a big change
       * does; the journal holds what the pages were. */
      db_exec (writer, "PRAGMA cache_size = 1");
      db_exec (writer, "BEGIN");
      db_exec (writer, "UPDATE notes SET body = 'changed, never committed'");
    }
  else
    {
      db_exec (writer, "PRAGMA wal_autocheckpoint = 0");
      if (spec->kind == REFUSED_OTHER_PROGRAM)
        db_exec (writer, "UPDATE notes SET body = 'in the log' WHERE id = 1");
      else
        db_exec (writer, "UPDATE team SET name = 'in the log' WHERE id = 1");
    }

  /* The crash: the files as they are while the program runs. */
  g_assert_cmpint (g_mkdir_with_parents (f->data_dir, 0700), ==, 0);
  coprod_test_copy_database (scratch, f->db_path);
  sqlite3_close (writer);

  if (spec->kind == REFUSED_DAMAGED)
    corrupt_middle_page (f->db_path);
}

static void
test_refused_with_log (Fixture       *f,
                       gconstpointer  data)
{
  const RefusedCase *spec = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_sums = NULL;
  g_autofree char *log = NULL;
  CoprodStore *store;

  make_refused_with_log (f, spec);
  log = g_strconcat (f->db_path, spec->hot_journal ? "-journal" : "-wal", NULL);
  g_assert_true (g_file_test (log, G_FILE_TEST_EXISTS));
  before = coprod_test_database_sums (f->db_path);
  g_test_message ("before:\n%s", before);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_assert_null (coprod_store_open (f->data_dir, &error));
      g_assert_error (error, COPROD_STORE_ERROR, (int) spec->code);
      g_test_message ("%s", error->message);
      g_clear_error (&error);
      after = coprod_test_database_sums (f->db_path);
      g_assert_cmpstr (after, ==, before);
      g_clear_pointer (&after, g_free);
    }

  /* Nor does reading it for the command line. */
  g_assert_null (coprod_store_open_read_only (f->data_dir, &error));
  g_assert_error (error, COPROD_STORE_ERROR, (int) spec->code);
  g_clear_error (&error);
  after = coprod_test_database_sums (f->db_path);
  g_assert_cmpstr (after, ==, before);

  /* Setting it aside moves the file and every log with it, each as it was. */
  g_assert_null (coprod_store_find_usable_backup (f->data_dir));
  kept = coprod_store_set_aside (f->data_dir, &error);
  g_assert_no_error (error);
  kept_sums = coprod_test_database_sums (kept);
  g_assert_cmpstr (kept_sums, ==, before);
  g_assert_false (g_file_test (f->db_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (log, G_FILE_TEST_EXISTS));

  store = open_store (f);
  insert_team (store, "A fresh start");
  close_store (store);
  g_clear_pointer (&kept_sums, g_free);
  kept_sums = coprod_test_database_sums (kept);
  g_assert_cmpstr (kept_sums, ==, before);
}

/* A healthy file with a log left by a crash: reading it for the command line sees what
 * the log holds, and changes neither. */
static void
test_read_only_leftover_log (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *scratch_dir = g_build_filename (f->tmp, "scratch", NULL);
  g_autofree char *scratch = g_build_filename (scratch_dir, "coprod.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *name = NULL;
  CoprodStore *store = coprod_store_open (scratch_dir, &error);
  sqlite3 *writer;
  gint64 id;

  g_assert_no_error (error);
  id = insert_team (store, "Before the crash");
  close_store (store);
  writer = db_open (scratch, SQLITE_OPEN_READWRITE);
  db_exec (writer, "PRAGMA wal_autocheckpoint = 0");
  db_exec (writer, "UPDATE team SET name = 'Only in the log'");
  g_assert_cmpint (g_mkdir_with_parents (f->data_dir, 0700), ==, 0);
  coprod_test_copy_database (scratch, f->db_path);
  sqlite3_close (writer);
  before = coprod_test_database_sums (f->db_path);

  store = coprod_store_open_read_only (f->data_dir, &error);
  g_assert_no_error (error);
  g_assert_true (coprod_store_get_read_only (store));
  name = get_text (store, COPROD_TABLE_TEAM, id, "name");
  g_assert_cmpstr (name, ==, "Only in the log");
  close_store (store);
  after = coprod_test_database_sums (f->db_path);
  g_assert_cmpstr (after, ==, before);

  /* Opened for writing, the log is folded in as SQLite promises. */
  store = open_store (f);
  g_clear_pointer (&name, g_free);
  name = get_text (store, COPROD_TABLE_TEAM, id, "name");
  g_assert_cmpstr (name, ==, "Only in the log");
  close_store (store);
}

/* A read-only store refuses every edit plainly, and its file is as it was: nothing
 * purged, migrated, backed up or written. */
static void
test_read_only_refuses_writes (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *names = NULL;
  CoprodStore *store = open_store (f);
  gint64 team = insert_team (store, "Kept");
  gint64 gone = insert_team (store, "Deleted, could still be undone");

  g_assert_true (coprod_store_set_deleted (store, COPROD_TABLE_TEAM, gone, TRUE, &error));
  close_store (store);
  backups = coprod_store_list_backups (f->data_dir);
  for (guint i = 0; i < backups->len; i++)
    g_unlink (g_ptr_array_index (backups, i));
  before = coprod_test_database_sums (f->db_path);

  store = coprod_store_open_read_only (f->data_dir, &error);
  g_assert_no_error (error);
  g_assert_true (coprod_store_get_read_only (store));
  names = list_names (store, COPROD_TABLE_TEAM, 0, COPROD_TEAM_COL_NAME);
  g_assert_cmpstr (names, ==, "Kept");

  g_assert_cmpint (coprod_store_insert (store, COPROD_TABLE_TEAM,
                                        g_variant_new_parsed ("{'name': <'New'>}"), &error),
                   ==, 0);
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (coprod_store_update (store, COPROD_TABLE_TEAM, team, "name",
                                       g_variant_new_string ("Renamed"), &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (coprod_store_set_deleted (store, COPROD_TABLE_TEAM, gone, FALSE, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (coprod_store_set_attendance (store, 1, 1, g_variant_new_parsed ("@a{sv} {}"),
                                               &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (coprod_store_backup (store, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (coprod_store_get_has_pending (store));
  g_assert_true (coprod_store_close (store, &error));
  g_assert_no_error (error);
  close_store (store);

  after = coprod_test_database_sums (f->db_path);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = coprod_store_list_backups (f->data_dir);
  g_assert_cmpuint (backups->len, ==, 0);
  /* The deleted team is still there to be undone by the Coprod that deleted it. */
  g_assert_cmpint (file_int (f->db_path, "SELECT count(*) FROM team WHERE deleted = 1"), ==, 1);
}

/* On a folder with no data yet, reading makes nothing and finds nothing. */
static void
test_read_only_nothing_yet (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_autofree char *file = g_build_filename (f->tmp, "plain-file", NULL);
  CoprodStore *store = coprod_store_open_read_only (f->data_dir, &error);

  g_assert_no_error (error);
  names = list_names (store, COPROD_TABLE_TEAM, 0, COPROD_TEAM_COL_NAME);
  g_assert_cmpstr (names, ==, "");
  close_store (store);
  g_assert_false (g_file_test (f->data_dir, G_FILE_TEST_EXISTS));

  g_assert_true (g_file_set_contents (file, "not a folder", -1, NULL));
  g_assert_null (coprod_store_open_read_only (file, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FOLDER);
}

/* A folder and file with modes wider than Coprod's (made by hand, copied, or by an
 * older Coprod) are made private at the next start, and so are the logs SQLite makes
 * with the file's mode. */
static void
test_modes_tightened (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->db_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->db_path, "-shm", NULL);
  CoprodStore *store = open_store (f);

  insert_team (store, "A");
  close_store (store);
  g_assert_cmpint (g_chmod (f->data_dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (f->db_path, 0644), ==, 0);

  store = open_store (f);
  assert_mode (f->data_dir, 0700);
  assert_mode (f->db_path, 0600);
  insert_team (store, "B");
  g_assert_true (coprod_store_flush (store, NULL));
  assert_mode (wal, 0600);
  assert_mode (shm, 0600);
  close_store (store);
}

/* Coprod killed while writing a backup leaves a .part file of personal data; the next
 * start removes it, and leaves finished backups alone. */
static void
test_backup_parts_removed (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *finished = backup_path (f, "20200101-000000-000000");
  g_autofree char *part = g_strconcat (finished, ".part", NULL);
  g_autofree char *other = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  CoprodStore *store = open_store (f);

  insert_team (store, "A");
  g_assert_true (coprod_store_backup (store, NULL));
  close_store (store);
  backups = coprod_store_list_backups (f->data_dir);
  g_assert_cmpuint (backups->len, ==, 1);
  copy_file (g_ptr_array_index (backups, 0), part);
  other = g_build_filename (f->data_dir, "backups", "notes.txt", NULL);
  g_assert_true (g_file_set_contents (other, "someone's own file", -1, NULL));

  store = open_store (f);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (g_ptr_array_index (backups, 0), G_FILE_TEST_EXISTS));
  close_store (store);
}

int
main (int    argc,
      char **argv)
{
  static const RecoveryCase cases[] = {
    { "/store/recovery/garbage", damage_garbage, COPROD_STORE_ERROR_DAMAGED },
    { "/store/recovery/truncated", damage_truncate, COPROD_STORE_ERROR_DAMAGED },
    { "/store/recovery/other-program", damage_other_program, COPROD_STORE_ERROR_NOT_COPROD },
    { "/store/recovery/too-new", damage_too_new, COPROD_STORE_ERROR_TOO_NEW },
    { "/store/recovery/empty-with-backups", damage_empty, COPROD_STORE_ERROR_DAMAGED },
  };
  static const RefusedCase refused_cases[] = {
    { "/store/refused/too-new-wal", REFUSED_TOO_NEW, FALSE, COPROD_STORE_ERROR_TOO_NEW },
    { "/store/refused/damaged-wal", REFUSED_DAMAGED, FALSE, COPROD_STORE_ERROR_DAMAGED },
    { "/store/refused/other-program-wal", REFUSED_OTHER_PROGRAM, FALSE,
      COPROD_STORE_ERROR_NOT_COPROD },
    { "/store/refused/other-program-journal", REFUSED_OTHER_PROGRAM, TRUE,
      COPROD_STORE_ERROR_NOT_COPROD },
  };

  /* A permissive umask, so the modes checked are the ones the store asks for. */
  umask (022);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/create-modes", test_create_modes);
  ADD ("/store/pragmas", test_pragmas);
  ADD ("/store/strict", test_strict);
  ADD ("/store/round-trip", test_round_trip);
  ADD ("/store/errors", test_errors);
  ADD ("/store/unicode", test_unicode);
  ADD ("/store/rows", test_rows);
  ADD ("/store/glossary", test_glossary);
  ADD ("/store/migration", test_migration);
  ADD ("/store/migration-failure", test_migration_failure);
  ADD ("/store/migration-deleted-at", test_migration_deleted_at);
  ADD ("/store/undo-across-processes", test_undo_across_processes);
  ADD ("/store/purged-for-good", test_purged_for_good);
  ADD ("/store/daily-backup", test_daily_backup);
  ADD ("/store/prune-backups", test_prune_backups);
  ADD ("/store/commit-delay", test_commit_delay);
  ADD ("/store/commit-max-delay", test_commit_max_delay);
  ADD ("/store/flush", test_flush);
  ADD ("/store/close", test_close);
  ADD ("/store/no-usable-backup", test_no_usable_backup);
  ADD ("/store/folder-unusable", test_folder_unusable);
  ADD ("/store/read-only/leftover-log", test_read_only_leftover_log);
  ADD ("/store/read-only/refuses-writes", test_read_only_refuses_writes);
  ADD ("/store/read-only/nothing-yet", test_read_only_nothing_yet);
  ADD ("/store/modes-tightened", test_modes_tightened);
  ADD ("/store/backup-parts-removed", test_backup_parts_removed);
#undef ADD

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_test_add (cases[i].path, Fixture, &cases[i], fixture_set_up, test_recovery,
                fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (refused_cases); i++)
    g_test_add (refused_cases[i].path, Fixture, &refused_cases[i], fixture_set_up,
                test_refused_with_log, fixture_tear_down);

  return g_test_run ();
}
