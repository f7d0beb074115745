/* coprod-store.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one owner of the database file. Every statement is a string literal prepared once
 * and run with bound parameters; the column lists of coprod-store-columns.h generate
 * those literals at compile time, so no SQL is ever assembled from values at run time.
 */

#define G_LOG_DOMAIN "coprod-store"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "coprod-store-private.h"

/* Uncommitted edits are committed this long after the last one ... */
#define COMMIT_DELAY_MS 300
/* ... and never later than this after the first, however fast someone types. */
#define COMMIT_MAX_DELAY_US (1500 * G_TIME_SPAN_MILLISECOND)
/* After a failed commit it is tried again this long after, then twice as long after
 * each failure up to the most. */
#define RETRY_FIRST_DELAY_MS 2000
#define RETRY_MAX_DELAY_MS 30000

#define DB_NAME "coprod.db"
#define BACKUP_DIR "backups"

struct _CoprodStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *data_dir;
  char       *path;
  GHashTable *statements;   /* const char *sql → sqlite3_stmt * */

  char       *snapshot_dir;  /* a private copy read instead of a file with a leftover log */

  guint       commit_source;
  gint64      first_pending_us;
  guint       in_transaction : 1;
  guint       read_only : 1;

  /* Every edit since the last successful commit, in order (see run_edit()). While the
   * transaction is open it holds all of them; after a failed commit, none. */
  GPtrArray  *journal;
  guint       pending_notified : 1;
  guint       save_failing : 1;
  GError     *save_error;
  guint       retry_source;
  guint       retry_delay_ms;
};

G_DEFINE_FINAL_TYPE (CoprodStore, coprod_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (coprod-store-error-quark, coprod_store_error)

enum {
  PROP_0,
  PROP_HAS_PENDING,
  PROP_SAVE_FAILING,
  N_PROPS
};

enum {
  COMMITTED,
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef enum
{
  COL_TEXT,
  COL_INTEGER,
  COL_REF,       /* a nullable reference to another row: 0 stands for NULL */
} ColumnType;

typedef struct
{
  const char *name;
  ColumnType  type;
  const char *update_sql;
} Column;

typedef struct
{
  const char   *name;
  const char   *parent_column;
  const char   *list_sql;
  const char   *get_sql;
  const char   *insert_sql;
  const char   *set_deleted_sql;
  const Column *columns;
  guint         n_columns;
} Table;

struct _CoprodStoreRow
{
  const Table  *table;
  sqlite3_stmt *stmt;
  GPtrArray    *repaired;  /* texts made valid for this row, freed once it is read */
};

#define COLUMN_DESC(T, C, c, ty) { #c, COL_##ty, "UPDATE " #T " SET " #c " = ?1 WHERE id = ?2" },
#define SELECT_COL(T, C, c, ty) ", " #c
#define INSERT_PARAM(T, C, c, ty) ", ?"

#define SELECT_SQL(T, COLS) "SELECT id" COLS (SELECT_COL, T) " FROM " #T
/* The id is bound too: NULL the first time, so that SQLite chooses it, and the id it
 * chose when the edit is made again after a failed commit. */
#define INSERT_SQL(T, COLS) \
  "INSERT INTO " #T " (id" COLS (SELECT_COL, T) ") VALUES (?" COLS (INSERT_PARAM, T) ")"

static const Column team_columns[] = { COPROD_TEAM_COLUMNS (COLUMN_DESC, team) };
static const Column person_columns[] = { COPROD_PERSON_COLUMNS (COLUMN_DESC, person) };
static const Column meeting_columns[] = { COPROD_MEETING_COLUMNS (COLUMN_DESC, meeting) };
static const Column agenda_item_columns[] = {
  COPROD_AGENDA_ITEM_COLUMNS (COLUMN_DESC, agenda_item)
};
static const Column template_columns[] = {
  COPROD_TEMPLATE_COLUMNS (COLUMN_DESC, agenda_template)
};
static const Column template_item_columns[] = {
  COPROD_TEMPLATE_ITEM_COLUMNS (COLUMN_DESC, agenda_template_item)
};

static const Column action_columns[] = { COPROD_ACTION_COLUMNS (COLUMN_DESC, action) };
static const Column action_update_columns[] = {
  COPROD_ACTION_UPDATE_COLUMNS (COLUMN_DESC, action_update)
};

static const Column exercise_columns[] = { COPROD_EXERCISE_COLUMNS (COLUMN_DESC, exercise) };
static const Column expectation_columns[] = {
  COPROD_EXPECTATION_COLUMNS (COLUMN_DESC, expectation)
};
static const Column glossary_term_columns[] = {
  COPROD_GLOSSARY_TERM_COLUMNS (COLUMN_DESC, glossary_term)
};

static const Table tables[COPROD_N_TABLES] = {
  [COPROD_TABLE_TEAM] = {
    "team", NULL,
    SELECT_SQL (team, COPROD_TEAM_COLUMNS) " WHERE deleted = 0 ORDER BY created, id",
    SELECT_SQL (team, COPROD_TEAM_COLUMNS) " WHERE id = ?1",
    INSERT_SQL (team, COPROD_TEAM_COLUMNS),
    "UPDATE team SET deleted = ?1, deleted_at = ?3 WHERE id = ?2",
    team_columns, G_N_ELEMENTS (team_columns),
  },
  [COPROD_TABLE_PERSON] = {
    "person", "team_id",
    SELECT_SQL (person, COPROD_PERSON_COLUMNS)
      " WHERE team_id = ?1 AND deleted = 0 ORDER BY name COLLATE NOCASE, id",
    SELECT_SQL (person, COPROD_PERSON_COLUMNS) " WHERE id = ?1",
    INSERT_SQL (person, COPROD_PERSON_COLUMNS),
    "UPDATE person SET deleted = ?1, deleted_at = ?3 WHERE id = ?2",
    person_columns, G_N_ELEMENTS (person_columns),
  },
  [COPROD_TABLE_MEETING] = {
    "meeting", "team_id",
    SELECT_SQL (meeting, COPROD_MEETING_COLUMNS)
      " WHERE team_id = ?1 AND deleted = 0 ORDER BY starts_at, id",
    SELECT_SQL (meeting, COPROD_MEETING_COLUMNS) " WHERE id = ?1",
    INSERT_SQL (meeting, COPROD_MEETING_COLUMNS),
    "UPDATE meeting SET deleted = ?1, deleted_at = ?3 WHERE id = ?2",
    meeting_columns, G_N_ELEMENTS (meeting_columns),
  },
  [COPROD_TABLE_AGENDA_ITEM] = {
    "agenda_item", "meeting_id",
    SELECT_SQL (agenda_item, COPROD_AGENDA_ITEM_COLUMNS)
      " WHERE meeting_id = ?1 AND deleted = 0 ORDER BY position, id",
    SELECT_SQL (agenda_item, COPROD_AGENDA_ITEM_COLUMNS) " WHERE id = ?1",
    INSERT_SQL (agenda_item, COPROD_AGENDA_ITEM_COLUMNS),
    "UPDATE agenda_item SET deleted = ?1, deleted_at = ?3 WHERE id = ?2",
    agenda_item_columns, G_N_ELEMENTS (agenda_item_columns),
  },
  [COPROD_TABLE_TEMPLATE] = {
    "agenda_template", NULL,
    SELECT_SQL (agenda_template, COPROD_TEMPLATE_COLUMNS)
      " WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id",
    SELECT_SQL (agenda_template, COPROD_TEMPLATE_COLUMNS) " WHERE id = ?1",
    INSERT_SQL (agenda_template, COPROD_TEMPLATE_COLUMNS),
    "UPDATE agenda_template SET deleted = ?1, deleted_at = ?3 WHERE id = ?2",
    template_columns, G_N_ELEMENTS (template_columns),
  },
  [COPROD_TABLE_TEMPLATE_ITEM] = {
    "agenda_template_item", "template_id",
    SELECT_SQL (agenda_template_item, COPROD_TEMPLATE_ITEM_COLUMNS)
      " WHERE template_id = ?1 ORDER BY position, id",
    SELECT_SQL (agenda_template_item, COPROD_TEMPLATE_ITEM_COLUMNS) " WHERE id = ?1",
    INSERT_SQL (agenda_template_item, COPROD_TEMPLATE_ITEM_COLUMNS),
    NULL,  /* items go with their template */
    template_item_columns, G_N_ELEMENTS (template_item_columns),
  },
  [COPROD_TABLE_ACTION] = {
    "action", "team_id",
    SELECT_SQL (action, COPROD_ACTION_COLUMNS)
      " WHERE team_id = ?1 AND deleted = 0 ORDER BY created, id",
    SELECT_SQL (action, COPROD_ACTION_COLUMNS) " WHERE id = ?1",
    INSERT_SQL (action, COPROD_ACTION_COLUMNS),
    "UPDATE action SET deleted = ?1, deleted_at = ?3 WHERE id = ?2",
    action_columns, G_N_ELEMENTS (action_columns),
  },
  [COPROD_TABLE_ACTION_UPDATE] = {
    "action_update", "action_id",
    SELECT_SQL (action_update, COPROD_ACTION_UPDATE_COLUMNS)
      " WHERE action_id = ?1 ORDER BY created, id",
    SELECT_SQL (action_update, COPROD_ACTION_UPDATE_COLUMNS) " WHERE id = ?1",
    INSERT_SQL (action_update, COPROD_ACTION_UPDATE_COLUMNS),
    NULL,  /* an action's history is never deleted on its own */
    action_update_columns, G_N_ELEMENTS (action_update_columns),
  },
  [COPROD_TABLE_EXERCISE] = {
    "exercise", "meeting_id",
    SELECT_SQL (exercise, COPROD_EXERCISE_COLUMNS) " WHERE meeting_id = ?1 ORDER BY id",
    SELECT_SQL (exercise, COPROD_EXERCISE_COLUMNS) " WHERE id = ?1",
    INSERT_SQL (exercise, COPROD_EXERCISE_COLUMNS),
    NULL,  /* an exercise goes with its meeting */
    exercise_columns, G_N_ELEMENTS (exercise_columns),
  },
  [COPROD_TABLE_EXPECTATION] = {
    "expectation", "exercise_id",
    SELECT_SQL (expectation, COPROD_EXPECTATION_COLUMNS)
      " WHERE exercise_id = ?1 AND deleted = 0 ORDER BY author_side, list, position, id",
    SELECT_SQL (expectation, COPROD_EXPECTATION_COLUMNS) " WHERE id = ?1",
    INSERT_SQL (expectation, COPROD_EXPECTATION_COLUMNS),
    "UPDATE expectation SET deleted = ?1, deleted_at = ?3 WHERE id = ?2",
    expectation_columns, G_N_ELEMENTS (expectation_columns),
  },
  [COPROD_TABLE_GLOSSARY_TERM] = {
    "glossary_term", "team_id",
    SELECT_SQL (glossary_term, COPROD_GLOSSARY_TERM_COLUMNS)
      " WHERE team_id = ?1 AND deleted = 0 ORDER BY term COLLATE NOCASE, id",
    SELECT_SQL (glossary_term, COPROD_GLOSSARY_TERM_COLUMNS) " WHERE id = ?1",
    INSERT_SQL (glossary_term, COPROD_GLOSSARY_TERM_COLUMNS),
    "UPDATE glossary_term SET deleted = ?1, deleted_at = ?3 WHERE id = ?2",
    glossary_term_columns, G_N_ELEMENTS (glossary_term_columns),
  },
};

static gboolean commit_timeout_cb (gpointer user_data);
static gboolean retry_timeout_cb (gpointer user_data);

/* Helpers */

void
coprod_store_set_sqlite_error (GError     **error,
                               sqlite3     *db,
                               int          rc,
                               const char  *what)
{
  int primary = rc & 0xff;
  CoprodStoreError code;

  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    code = COPROD_STORE_ERROR_DAMAGED;
  /* The model only ever refers to rows it has read, so a reference that is not there is
   * to a row another copy of Coprod has since removed for good. */
  else if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    code = COPROD_STORE_ERROR_NOT_FOUND;
  else if (primary == SQLITE_FULL)
    code = COPROD_STORE_ERROR_DISK_FULL;
  else
    code = COPROD_STORE_ERROR_FAILED;

  g_set_error (error, COPROD_STORE_ERROR, code, "%s: %s", what,
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
}

gboolean
coprod_store_exec (sqlite3     *db,
                   const char  *sql,
                   GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      coprod_store_set_sqlite_error (error, db, rc, "Could not change the database");
      return FALSE;
    }
  return TRUE;
}

static sqlite3_stmt *
get_statement (CoprodStore  *self,
               const char   *sql,
               GError      **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (self->db == NULL)
    {
      g_set_error_literal (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                           "The database is closed");
      return NULL;
    }

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      coprod_store_set_sqlite_error (error, self->db, rc, "Could not read the database");
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

static gint64
query_int (sqlite3     *db,
           const char  *sql,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  else
    coprod_store_set_sqlite_error (error, db, rc, "Could not read the database");
  sqlite3_finalize (stmt);
  return value;
}

static char *
text_column (sqlite3_stmt *stmt,
             int           i)
{
  const char *text = (const char *) sqlite3_column_text (stmt, i);
  int len = sqlite3_column_bytes (stmt, i);

  /* A file edited outside Coprod may hold invalid UTF-8; never pass that upwards. */
  return g_utf8_make_valid (text != NULL ? text : "", len);
}

/* Every row a query without a table of its own returns, as a{sv} named after its result
 * columns: text as strings, anything else as int64. */
static GPtrArray *
collect_rows (CoprodStore   *self,
              sqlite3_stmt  *stmt,
              GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GVariantBuilder builder;

      g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_variant_builder_add (&builder, "{sv}", sqlite3_column_name (stmt, c),
                               sqlite3_column_type (stmt, c) == SQLITE_TEXT
                                 ? g_variant_new_take_string (text_column (stmt, c))
                                 : g_variant_new_int64 (sqlite3_column_int64 (stmt, c)));
      g_ptr_array_add (rows, g_variant_ref_sink (g_variant_builder_end (&builder)));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      coprod_store_set_sqlite_error (error, self->db, rc, "Could not read the database");
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static GVariant *
row_from_statement (const Table  *table,
                    sqlite3_stmt *stmt)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "id",
                         g_variant_new_int64 (sqlite3_column_int64 (stmt, 0)));
  for (guint i = 0; i < table->n_columns; i++)
    {
      const Column *col = &table->columns[i];
      GVariant *value;

      if (col->type == COL_TEXT)
        value = g_variant_new_take_string (text_column (stmt, i + 1));
      else
        value = g_variant_new_int64 (sqlite3_column_int64 (stmt, i + 1));
      g_variant_builder_add (&builder, "{sv}", col->name, value);
    }
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/* Hands FUNC each row STMT returns, then resets STMT.
 *
 * Returns: how many rows FUNC saw, or -1 on error */
static int
hand_over_rows (CoprodStore         *self,
                const Table         *table,
                sqlite3_stmt        *stmt,
                CoprodStoreRowFunc   func,
                gpointer             user_data,
                GError             **error)
{
  g_autoptr(GPtrArray) repaired = g_ptr_array_new_with_free_func (g_free);
  CoprodStoreRow row = { table, stmt, repaired };
  int n = 0;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      func (&row, user_data);
      g_ptr_array_set_size (repaired, 0);
      n++;
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      coprod_store_set_sqlite_error (error, self->db, rc, "Could not read the database");
      return -1;
    }
  return n;
}

static const Column *
find_column (const Table *table,
             const char  *name)
{
  for (guint i = 0; i < table->n_columns; i++)
    if (g_str_equal (table->columns[i].name, name))
      return &table->columns[i];
  return NULL;
}

/* One edit as it was made: its statement and the values bound to it, kept until the
 * transaction that holds it is committed, so that a commit that fails (a full disk) can
 * be made again in a new transaction once writing works. */
typedef struct
{
  int   type;     /* SQLITE_INTEGER, SQLITE_TEXT or SQLITE_NULL */
  gint64 number;
  char  *text;
} EditValue;

typedef struct
{
  const char *sql;      /* a literal, also the key of its prepared statement */
  GArray     *values;   /* of EditValue, bound to ?1, ?2, ... */
  gboolean    insert;   /* its first value is the new row's id, NULL until it has one */
} Edit;

static void
edit_value_clear_cb (gpointer data)
{
  EditValue *value = data;

  g_clear_pointer (&value->text, g_free);
}

static Edit *
edit_new (const char *sql,
          gboolean    insert)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->sql = sql;
  edit->insert = insert;
  edit->values = g_array_new (FALSE, TRUE, sizeof (EditValue));
  g_array_set_clear_func (edit->values, edit_value_clear_cb);
  return edit;
}

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_array_unref (edit->values);
  g_free (edit);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Edit, edit_free)

static void
edit_add_int (Edit   *edit,
              gint64  number)
{
  EditValue value = { SQLITE_INTEGER, number, NULL };

  g_array_append_val (edit->values, value);
}

static void
edit_add_text (Edit       *edit,
               const char *text)
{
  EditValue value = { SQLITE_TEXT, 0, g_strdup (text) };

  g_array_append_val (edit->values, value);
}

static void
edit_add_null (Edit *edit)
{
  EditValue value = { SQLITE_NULL, 0, NULL };

  g_array_append_val (edit->values, value);
}

/* Adds VALUE, checked against the type of COL, as the edit's next value. */
static gboolean
edit_add_column (Edit          *edit,
                 const Column  *col,
                 GVariant      *value,
                 GError       **error)
{
  if (col->type == COL_TEXT)
    {
      const char *text = "";

      if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        text = g_variant_get_string (value, NULL);
      else if (value != NULL)
        goto wrong_type;
      edit_add_text (edit, text);
    }
  else
    {
      gint64 number = 0;

      if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        number = g_variant_get_int64 (value);
      else if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
        number = g_variant_get_boolean (value);
      else if (value != NULL)
        goto wrong_type;
      if (col->type == COL_REF && number == 0)
        edit_add_null (edit);
      else
        edit_add_int (edit, number);
    }
  return TRUE;

wrong_type:
  g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
               "The value for “%s” has the wrong type “%s”", col->name,
               g_variant_get_type_string (value));
  return FALSE;
}

/* Runs EDIT once in the open transaction.
 *
 * Returns: SQLITE_DONE, or the code it failed with (ERROR then says why) */
static int
apply_edit (CoprodStore  *self,
            Edit         *edit,
            GError      **error)
{
  sqlite3_stmt *stmt = get_statement (self, edit->sql, error);
  int rc = SQLITE_OK;

  if (stmt == NULL)
    return self->db != NULL ? sqlite3_errcode (self->db) : SQLITE_MISUSE;

  for (guint i = 0; i < edit->values->len && rc == SQLITE_OK; i++)
    {
      const EditValue *value = &g_array_index (edit->values, EditValue, i);

      if (value->type == SQLITE_INTEGER)
        rc = sqlite3_bind_int64 (stmt, i + 1, value->number);
      else if (value->type == SQLITE_TEXT)
        rc = sqlite3_bind_text (stmt, i + 1, value->text, -1, SQLITE_STATIC);
      else
        rc = sqlite3_bind_null (stmt, i + 1);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  /* The texts are the edit's own, and it may be freed before the statement runs again. */
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_DONE)
    coprod_store_set_sqlite_error (error, self->db, rc, "Could not save the change");
  return rc;
}

/* Whether a failure to write may pass by itself (space freed, a lock let go), so that
 * what could not be written is worth keeping and writing again. A constraint or a wrong
 * value fails the same way every time. */
static gboolean
is_transient (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_NOMEM:
    case SQLITE_PROTOCOL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
      return TRUE;

    default:
      return FALSE;
    }
}

static void
notify_pending (CoprodStore *self)
{
  gboolean pending = self->in_transaction || self->journal->len > 0;

  if (pending == self->pending_notified)
    return;
  self->pending_notified = pending;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_PENDING]);
}

static void
set_read_only_error (GError **error)
{
  g_set_error_literal (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_READ_ONLY,
                       "The data is open for reading only, so the change was not saved");
}

static void
set_save_failing (CoprodStore  *self,
                  const GError *error)
{
  gboolean failing = error != NULL;

  g_clear_error (&self->save_error);
  if (error != NULL)
    self->save_error = g_error_copy (error);
  if (failing == self->save_failing)
    return;
  self->save_failing = failing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_FAILING]);
}

/* Writing failed, but the journal still holds every edit since the last commit: say so,
 * and try again on a timer that waits longer each time (as well as on the next edit). */
static void
writing_failed (CoprodStore  *self,
                const GError *error)
{
  if (!self->save_failing)
    g_message ("Changes could not be saved, and will be saved again: %s", error->message);
  set_save_failing (self, error);
  notify_pending (self);
  if (self->retry_source == 0)
    {
      self->retry_source = g_timeout_add (self->retry_delay_ms, retry_timeout_cb, self);
      self->retry_delay_ms = MIN (self->retry_delay_ms * 2, RETRY_MAX_DELAY_MS);
    }
}

/* Opens the write transaction if none is open, and makes again in it every edit of the
 * journal: after a failed commit SQLite has rolled them back, but they were accepted.
 *
 * Returns: %FALSE with the code in OUT_RC if writing does not work yet */
static gboolean
ensure_transaction (CoprodStore  *self,
                    int          *out_rc,
                    GError      **error)
{
  int rc;

  *out_rc = SQLITE_OK;
  if (self->in_transaction)
    return TRUE;

  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      coprod_store_set_sqlite_error (error, self->db, rc, "Could not save the change");
      *out_rc = rc;
      return FALSE;
    }
  self->in_transaction = TRUE;
  self->first_pending_us = g_get_monotonic_time ();

  for (guint i = 0; i < self->journal->len;)
    {
      g_autoptr(GError) local_error = NULL;

      rc = apply_edit (self, g_ptr_array_index (self->journal, i), &local_error);
      if (rc == SQLITE_DONE)
        {
          i++;
          continue;
        }
      if (is_transient (rc) || sqlite3_get_autocommit (self->db))
        {
          if (!sqlite3_get_autocommit (self->db))
            sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          self->in_transaction = FALSE;
          *out_rc = rc;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      /* It will fail like this every time (another program took the new row's id, say):
       * keeping it would keep every later edit from being saved. Say so, and go on. */
      g_signal_emit (self, signals[FAILED], 0, local_error);
      g_ptr_array_remove_index (self->journal, i);
    }
  notify_pending (self);
  return TRUE;
}

/* Arms the commit timer for an edit just made. */
static void
schedule_commit (CoprodStore *self)
{
  gint64 now = g_get_monotonic_time ();

  if (self->commit_source != 0 && now - self->first_pending_us >= COMMIT_MAX_DELAY_US)
    return;

  g_clear_handle_id (&self->commit_source, g_source_remove);
  self->commit_source = g_timeout_add (COMMIT_DELAY_MS, commit_timeout_cb, self);
}

/* Makes EDIT (which this call owns) in the open transaction, opening one if needed, and
 * keeps it in the journal until it is committed. An edit that cannot be written yet
 * (a full disk) is kept all the same and written with the rest once writing works; but
 * not a new row, whose id the caller needs now.
 *
 * OUT_CHANGES, when given, is how many rows the edit changed, or -1 when it is kept
 * to be written later and so has not changed any yet.
 *
 * Returns: %FALSE if the edit was refused and is not kept */
static gboolean
run_edit (CoprodStore   *self,
          Edit          *edit,
          gint64        *out_id,
          int           *out_changes,
          GError       **error)
{
  g_autoptr(Edit) owned = edit;
  GError *local_error = NULL;
  int rc;

  if (self->db == NULL)
    {
      g_set_error_literal (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                           "The database is closed");
      return FALSE;
    }
  if (self->read_only)
    {
      set_read_only_error (error);
      return FALSE;
    }

  if (out_changes != NULL)
    *out_changes = -1;
  if (!ensure_transaction (self, &rc, &local_error))
    goto failed;

  /* An edit that fails inside the open transaction must not take the earlier,
   * successful edits of that transaction with it, so each edit runs in a savepoint. */
  rc = sqlite3_exec (self->db, "SAVEPOINT edit", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      coprod_store_set_sqlite_error (&local_error, self->db, rc, "Could not save the change");
      goto failed;
    }
  rc = apply_edit (self, edit, &local_error);
  /* Counted straight after the edit, before anything else runs on the connection. */
  if (rc == SQLITE_DONE && out_changes != NULL)
    *out_changes = sqlite3_changes (self->db);
  if (rc != SQLITE_DONE)
    {
      /* Some failures (a full disk among them) roll the whole transaction back. */
      if (sqlite3_get_autocommit (self->db))
        self->in_transaction = FALSE;
      else
        sqlite3_exec (self->db, "ROLLBACK TO edit; RELEASE edit", NULL, NULL, NULL);
      goto failed;
    }
  rc = sqlite3_exec (self->db, "RELEASE edit", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      coprod_store_set_sqlite_error (&local_error, self->db, rc, "Could not save the change");
      goto failed;
    }

  if (edit->insert)
    {
      EditValue *id = &g_array_index (edit->values, EditValue, 0);

      /* Made again after a failed commit, the row must get the id the model holds. */
      id->type = SQLITE_INTEGER;
      id->number = sqlite3_last_insert_rowid (self->db);
      *out_id = id->number;
    }
  g_ptr_array_add (self->journal, g_steal_pointer (&owned));
  notify_pending (self);
  schedule_commit (self);
  return TRUE;

failed:
  if (!is_transient (rc))
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (!edit->insert)
    {
      /* The open transaction holds every edit of the journal or none. */
      if (self->in_transaction)
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          self->in_transaction = FALSE;
        }
      g_ptr_array_add (self->journal, g_steal_pointer (&owned));
    }
  writing_failed (self, local_error);
  if (edit->insert)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  g_error_free (local_error);
  return TRUE;
}

/* Commits every edit of the journal, making them again in a new transaction first if a
 * failed commit rolled them back. On failure they stay in the journal, the store says
 * that saving is failing, and a timer tries again. */
static gboolean
commit (CoprodStore  *self,
        GError      **error)
{
  GError *local_error = NULL;
  int rc;

  g_clear_handle_id (&self->commit_source, g_source_remove);
  if (!self->in_transaction && self->journal->len == 0)
    {
      /* Only a new row was refused, and nothing else waits: nothing is failing now. */
      g_clear_handle_id (&self->retry_source, g_source_remove);
      self->retry_delay_ms = RETRY_FIRST_DELAY_MS;
      set_save_failing (self, NULL);
      return TRUE;
    }
  if (self->db == NULL)
    {
      g_set_error_literal (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                           "The database is closed");
      return FALSE;
    }

  if (ensure_transaction (self, &rc, &local_error))
    {
      rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        {
          self->in_transaction = FALSE;
          g_ptr_array_set_size (self->journal, 0);
          g_clear_handle_id (&self->retry_source, g_source_remove);
          self->retry_delay_ms = RETRY_FIRST_DELAY_MS;
          set_save_failing (self, NULL);
          notify_pending (self);
          g_signal_emit (self, signals[COMMITTED], 0);
          return TRUE;
        }
      coprod_store_set_sqlite_error (&local_error, self->db, rc, "Could not save the changes");

      /* SQLite rolls a transaction back when its COMMIT fails for want of space. Make
       * its edits again at once, so that what this connection reads (the model reloads
       * rows it has just written) still has them; if even that fails, the next try
       * will. A COMMIT that failed and left the transaction open is simply tried again. */
      if (sqlite3_get_autocommit (self->db))
        {
          int replay_rc;

          self->in_transaction = FALSE;
          ensure_transaction (self, &replay_rc, NULL);
        }
    }

  writing_failed (self, local_error);
  g_propagate_error (error, local_error);
  return FALSE;
}

/* An UPDATE by id that matched no row: the row was there when the model read it, so
 * another copy of Coprod has removed it for good since (see coprod_store_open()). Saying
 * so is what keeps an edit or an Undo from looking saved when nothing was. */
static void
set_gone_error (GError      **error,
                const Table  *table,
                gint64        id)
{
  g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND,
               "The %s with id %" G_GINT64_FORMAT " is no longer in the file: another copy "
               "of Coprod removed it for good", table->name, id);
}

static char *
timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y%m%d-%H%M%S-%f");
}

gboolean
coprod_store_ensure_data_dir (const char  *dir,
                              GError     **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FOLDER,
                   "Could not create the folder “%s”: %s", dir, g_strerror (saved));
      return FALSE;
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR) || g_access (dir, W_OK | X_OK) != 0)
    {
      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FOLDER,
                   "The folder “%s” cannot be written to", dir);
      return FALSE;
    }
  return TRUE;
}

static gboolean
touch_private_file (const char  *path,
                    GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FOLDER,
                   "Could not create “%s”: %s", path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Cheap checks SQLite itself only makes lazily: a header that is not SQLite's, or a
 * file shorter than the header says it is (a truncated copy). */
static gboolean
check_header (const char  *path,
              gboolean    *out_empty,
              GError     **error)
{
  guint8 header[100];
  GStatBuf st;
  FILE *file;
  size_t n;
  guint32 page_size;

  *out_empty = FALSE;
  if (g_stat (path, &st) != 0)
    {
      *out_empty = TRUE;
      return TRUE;
    }
  if (st.st_size == 0)
    {
      *out_empty = TRUE;
      return TRUE;
    }

  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      int saved = errno;

      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FOLDER,
                   "Could not read “%s”: %s", path, g_strerror (saved));
      return FALSE;
    }
  n = fread (header, 1, sizeof header, file);
  fclose (file);

  if (n < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_DAMAGED,
                   "“%s” is not a database file", path);
      return FALSE;
    }

  page_size = (header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;

  /* The page count in the header is valid only when the change counter matches. */
  if (read_be32 (header + 24) == read_be32 (header + 92))
    {
      guint64 expected = (guint64) read_be32 (header + 28) * page_size;

      if (expected > (guint64) st.st_size)
        {
          g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_DAMAGED,
                       "“%s” is shorter than it should be (%" G_GUINT64_FORMAT
                       " of %" G_GUINT64_FORMAT " bytes)",
                       path, (guint64) st.st_size, expected);
          return FALSE;
        }
    }
  return TRUE;
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64) st.st_size : -1;
}

static gboolean
has_any_table (sqlite3  *db,
               GError  **error)
{
  gint64 n = query_int (db, "SELECT count(*) FROM sqlite_schema", error);

  return n > 0;
}

/* Tells whether DB is a healthy Coprod database this build can open. */
static gboolean
check_identity (sqlite3   *db,
                gint64    *out_version,
                GError   **error)
{
  GError *local_error = NULL;
  gint64 app_id, version;
  gboolean any_table;

  app_id = query_int (db, "PRAGMA application_id", &local_error);
  if (local_error == NULL)
    version = query_int (db, "PRAGMA user_version", &local_error);
  if (local_error == NULL)
    any_table = has_any_table (db, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (app_id != COPROD_STORE_APPLICATION_ID && (app_id != 0 || version != 0 || any_table))
    {
      g_set_error_literal (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_COPROD,
                           "The file is a database, but not one of Coprod’s");
      return FALSE;
    }
  if (version > COPROD_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_TOO_NEW,
                   "The file was written by a newer version of Coprod "
                   "(format %" G_GINT64_FORMAT ", this version reads up to %d)",
                   version, COPROD_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  *out_version = version;
  return TRUE;
}

static gboolean
quick_check (sqlite3  *db,
             GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;
  gboolean ok = FALSE;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *result = (const char *) sqlite3_column_text (stmt, 0);

      ok = g_strcmp0 (result, "ok") == 0;
      if (!ok)
        g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_DAMAGED,
                     "The database is damaged: %s", result);
    }
  else
    coprod_store_set_sqlite_error (error, db, rc, "The database could not be checked");
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
migrate (CoprodStore  *self,
         gint64        from,
         GError      **error)
{
  for (gint64 v = from; v < COPROD_STORE_SCHEMA_VERSION; v++)
    {
      /* The version numbers are our own constants, so formatting them into the pragma
       * builds no SQL from user data; pragmas cannot take bound parameters. */
      g_autofree char *set_version =
        g_strdup_printf ("PRAGMA user_version = %" G_GINT64_FORMAT "; "
                         "PRAGMA application_id = %d",
                         v + 1, COPROD_STORE_APPLICATION_ID);

      if (!coprod_store_exec (self->db, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!coprod_store_migrations[v] (self->db, error) ||
          !coprod_store_exec (self->db, set_version, error) ||
          !coprod_store_exec (self->db, "COMMIT", error))
        {
          coprod_store_exec (self->db, "ROLLBACK", NULL);
          return FALSE;
        }
    }
  return TRUE;
}

/* Removes for good what was deleted more than %COPROD_STORE_KEEP_DELETED_SECONDS ago.
 *
 * Every copy of Coprod that opens the file gets here: a second window started with
 * --data-dir, or the command line, may open it while the first still offers to undo a
 * deletion. So what goes is decided by when each row was deleted, never by which copy
 * deleted it or whether that copy still runs. Undo is offered by a toast for a few
 * seconds (the window's people, meetings and teams, the agenda, templates), and by Ctrl+Z
 * for the last line or word deleted in the expectations exercise and the glossary for
 * as long as that window stays open, which can be the length of a meeting day. A day is
 * longer than any of these; a window left open longer still is told plainly that the
 * row is gone (%COPROD_STORE_ERROR_NOT_FOUND) rather than shown it as restored.
 *
 * Not a person who came to a meeting or has an action, though: their time and expenses
 * are what they are paid from, and the team's record names them. They stay, out of
 * sight. A deleted team takes its people, meetings, actions and glossary with it. */
static gboolean
purge_deleted (CoprodStore  *self,
               GError      **error)
{
  static const char *const purges[] = {
    "DELETE FROM action WHERE deleted = 1 AND deleted_at < ?1",
    "DELETE FROM glossary_term WHERE deleted = 1 AND deleted_at < ?1",
    "DELETE FROM expectation WHERE deleted = 1 AND deleted_at < ?1",
    "DELETE FROM agenda_item WHERE deleted = 1 AND deleted_at < ?1",
    "DELETE FROM agenda_template WHERE deleted = 1 AND deleted_at < ?1",
    "DELETE FROM person WHERE deleted = 1 AND deleted_at < ?1"
    "  AND id NOT IN (SELECT person_id FROM attendance)"
    "  AND id NOT IN (SELECT owner_person_id FROM action WHERE owner_person_id IS NOT NULL)",
    "DELETE FROM meeting WHERE deleted = 1 AND deleted_at < ?1",
    "DELETE FROM team WHERE deleted = 1 AND deleted_at < ?1",
  };
  gint64 cutoff = g_get_real_time () / G_USEC_PER_SEC - COPROD_STORE_KEEP_DELETED_SECONDS;

  /* All or nothing, so that a failure half-way leaves no person without their team. */
  if (!coprod_store_exec (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (purges); i++)
    {
      sqlite3_stmt *stmt = get_statement (self, purges[i], error);
      int rc;

      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, cutoff);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          coprod_store_set_sqlite_error (error, self->db, rc, "Could not remove old deletions");
          goto failed;
        }
    }
  return coprod_store_exec (self->db, "COMMIT", error);

failed:
  coprod_store_exec (self->db, "ROLLBACK", NULL);
  return FALSE;
}

static char *
backup_dir (const char *data_dir)
{
  return g_build_filename (data_dir, BACKUP_DIR, NULL);
}

static gboolean
copy_database (sqlite3     *from,
               const char  *to_path,
               GError     **error)
{
  g_autofree char *tmp_path = g_strconcat (to_path, ".part", NULL);
  sqlite3 *to = NULL;
  sqlite3_backup *backup;
  int rc;

  if (!touch_private_file (tmp_path, error))
    return FALSE;

  rc = sqlite3_open_v2 (tmp_path, &to, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (to, "main", from, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (to);
      else
        {
          sqlite3_backup_step (backup, -1);
          rc = sqlite3_backup_finish (backup);
        }
    }
  /* The copy would otherwise keep the WAL mode of the original, and every read-only
   * look at it (coprod_store_find_usable_backup) would leave -wal and -shm files
   * beside it that pruning never removes. A backup is one self-contained file. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (to, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      coprod_store_set_sqlite_error (error, to, rc, "Could not write a backup copy");
      sqlite3_close (to);
      g_unlink (tmp_path);
      return FALSE;
    }
  sqlite3_close (to);

  if (g_rename (tmp_path, to_path) != 0)
    {
      int saved = errno;

      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                   "Could not write the backup copy “%s”: %s", to_path, g_strerror (saved));
      g_unlink (tmp_path);
      return FALSE;
    }
  return TRUE;
}

static void
prune_backups (const char *data_dir)
{
  g_autoptr(GPtrArray) backups = coprod_store_list_backups (data_dir);

  for (guint i = 0; i + COPROD_STORE_KEEP_BACKUPS < backups->len; i++)
    g_unlink (g_ptr_array_index (backups, i));
}

static gboolean
has_backup_from_today (const char *data_dir)
{
  g_autoptr(GPtrArray) backups = coprod_store_list_backups (data_dir);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *prefix = g_date_time_format (now, "coprod-%Y%m%d-");

  for (guint i = 0; i < backups->len; i++)
    {
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (backups, i));

      if (g_str_has_prefix (base, prefix))
        return TRUE;
    }
  return FALSE;
}

/* Opens PATH, checks it is a Coprod database this build can read (and with FULL_CHECK
 * that every page of it is sound), and returns the connection with its schema version;
 * nothing is written. */
static sqlite3 *
open_checked (const char  *path,
              int          flags,
              gboolean     full_check,
              gint64      *out_version,
              GError     **error)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      coprod_store_set_sqlite_error (error, db, rc, "Could not open the database");
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, TRUE);
  sqlite3_busy_timeout (db, 2000);

  if (!check_identity (db, out_version, error) || (full_check && !quick_check (db, error)))
    {
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

/* What SQLite may leave beside a database after a crash. Opening the database through a
 * connection that can write would fold a write-ahead log into it, or roll a hot journal
 * back into it, before anything could be checked. */
static const char *const log_suffixes[] = { "-wal", "-journal" };

static gboolean
sidecar_exists (const char *path,
                const char *suffix)
{
  g_autofree char *name = g_strconcat (path, suffix, NULL);

  return g_file_test (name, G_FILE_TEST_EXISTS);
}

static gboolean
has_log (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (log_suffixes); i++)
    if (sidecar_exists (path, log_suffixes[i]))
      return TRUE;
  return FALSE;
}

/* Whether another process holds a lock on LEN bytes of PATH from START. F_GETLK only
 * asks: it takes no lock and changes nothing. */
static gboolean
lock_held (const char *path,
           off_t       start,
           off_t       len)
{
  struct flock lock = { 0 };
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean held;

  if (fd < 0)
    return FALSE;
  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  lock.l_start = start;
  lock.l_len = len;
  held = fcntl (fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
  close (fd);
  return held;
}

/* Whether a running program has PATH open through SQLite, so that its log is live rather
 * than left over: SQLite's locks on the file sit at 1 GiB (its pending byte, then the
 * reserved and shared bytes), and every connection to a write-ahead log holds byte 128
 * of the -shm index. */
static gboolean
in_use_elsewhere (const char *path)
{
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  return lock_held (path, 0x40000000, 512) || lock_held (shm, 128, 1);
}

static sqlite3 *
open_connection (const char  *name,
                 int          flags,
                 GError     **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (name, &db, flags, NULL);

  if (rc != SQLITE_OK)
    {
      coprod_store_set_sqlite_error (error, db, rc, "Could not open the database");
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, TRUE);
  sqlite3_busy_timeout (db, 2000);
  return db;
}

static void
remove_snapshot (char *dir)
{
  static const char *const suffixes[] = { "", "-wal", "-journal", "-shm" };

  if (dir == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (DB_NAME, suffixes[i], NULL);
      g_autofree char *file = g_build_filename (dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
  g_free (dir);
}

/* Copies PATH and its logs, byte for byte, into a new private folder, where SQLite may
 * fold the log in without touching the originals. */
static char *
make_snapshot (const char  *path,
               GError     **error)
{
  static const char *const suffixes[] = { "", "-wal", "-journal" };
  g_autoptr(GError) local_error = NULL;
  char *dir = g_dir_make_tmp ("coprod-check-XXXXXX", &local_error);

  if (dir == NULL)
    {
      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                   "Could not make a folder to check the database in: %s",
                   local_error->message);
      return NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *name = g_strconcat (DB_NAME, suffixes[i], NULL);
      g_autofree char *to = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) source = g_file_new_for_path (from);
      g_autoptr(GFile) target = g_file_new_for_path (to);

      if (!g_file_test (from, G_FILE_TEST_EXISTS))
        continue;
      if (!g_file_copy (source, target, G_FILE_COPY_TARGET_DEFAULT_PERMS, NULL, NULL, NULL,
                        &local_error))
        {
          g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                       "Could not copy the database to check it: %s", local_error->message);
          remove_snapshot (dir);
          return NULL;
        }
    }
  return dir;
}

/* A connection to PATH through which nothing can be written to PATH or beside it, to
 * check the file before anything else is done with it:
 *
 * - with no log beside it, the file itself, immutable: SQLite takes no lock and makes no
 *   -wal or -shm (a plain read-only connection would make both for a WAL database);
 * - with a log another program is using, a read-only connection, a reader among others;
 * - with a log left over from a crash, a private copy of the file and its log
 *   (*OUT_SNAPSHOT names its folder), since a read-only connection would still write its
 *   index to the -shm, or make one.
 */
static sqlite3 *
open_for_checks (const char  *path,
                 char       **out_snapshot,
                 GError     **error)
{
  g_autofree char *uri = NULL;
  g_autofree char *snapshot_path = NULL;
  char *snapshot;
  sqlite3 *db;

  *out_snapshot = NULL;
  if (!has_log (path))
    {
      g_autofree char *file_uri = g_filename_to_uri (path, NULL, NULL);

      if (file_uri == NULL)
        {
          g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FOLDER,
                       "“%s” is not a path Coprod can use", path);
          return NULL;
        }
      uri = g_strconcat (file_uri, "?mode=ro&immutable=1", NULL);
      return open_connection (uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, error);
    }

  if (in_use_elsewhere (path))
    return open_connection (path, SQLITE_OPEN_READONLY, error);

  snapshot = make_snapshot (path, error);
  if (snapshot == NULL)
    return NULL;
  snapshot_path = g_build_filename (snapshot, DB_NAME, NULL);
  db = open_connection (snapshot_path, SQLITE_OPEN_READWRITE, error);
  if (db == NULL)
    {
      remove_snapshot (snapshot);
      return NULL;
    }
  *out_snapshot = snapshot;
  return db;
}

/* Personal data: only the person whose folder it is may read it. A folder made by hand,
 * a copy or an older Coprod may have wider modes, and SQLite gives -wal and -shm the
 * mode of the file. */
static void
make_private (const char *data_dir,
              const char *path)
{
  static const char *const suffixes[] = { "-wal", "-shm", "-journal" };

  if (g_chmod (data_dir, 0700) != 0)
    g_debug ("Could not make “%s” private: %s", data_dir, g_strerror (errno));
  if (g_file_test (path, G_FILE_TEST_EXISTS) && g_chmod (path, 0600) != 0)
    g_debug ("Could not make “%s” private: %s", path, g_strerror (errno));
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      if (g_file_test (name, G_FILE_TEST_EXISTS) && g_chmod (name, 0600) != 0)
        g_debug ("Could not make “%s” private: %s", name, g_strerror (errno));
    }
}

/* A backup cut short (Coprod killed while copying) leaves a .part file of personal data
 * that nothing would ever use. One another Coprod is writing right now is locked by its
 * connection, and stays. */
static void
remove_backup_parts (const char *data_dir)
{
  g_autofree char *dir_path = backup_dir (data_dir);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *part = NULL;

      if (!g_str_has_prefix (name, "coprod-") || !g_str_has_suffix (name, ".db.part"))
        continue;
      part = g_build_filename (dir_path, name, NULL);
      if (lock_held (part, 0x40000000, 512))
        continue;
      if (g_unlink (part) != 0)
        g_message ("Could not remove the unfinished backup “%s”: %s", part, g_strerror (errno));
    }
}

/* The read-only store opens no folder it would have to make. */
static gboolean
check_data_dir_readable (const char  *dir,
                         GError     **error)
{
  GStatBuf st;

  if (g_stat (dir, &st) != 0)
    {
      int saved = errno;

      if (saved == ENOENT)
        return TRUE;
      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FOLDER,
                   "Could not read the folder “%s”: %s", dir, g_strerror (saved));
      return FALSE;
    }
  if (!S_ISDIR (st.st_mode))
    {
      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FOLDER,
                   "“%s” is not a folder", dir);
      return FALSE;
    }
  return TRUE;
}

/* Callbacks */

static gboolean
commit_timeout_cb (gpointer user_data)
{
  CoprodStore *self = user_data;
  g_autoptr(GError) error = NULL;

  /* A failure is kept, retried and told by #CoprodStore:save-failing. */
  self->commit_source = 0;
  commit (self, &error);
  return G_SOURCE_REMOVE;
}

static gboolean
retry_timeout_cb (gpointer user_data)
{
  CoprodStore *self = user_data;
  g_autoptr(GError) error = NULL;

  self->retry_source = 0;
  commit (self, &error);
  return G_SOURCE_REMOVE;
}

static int
compare_paths_cb (gconstpointer a,
                  gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

static void
finalize_statement_cb (gpointer data)
{
  sqlite3_finalize (data);
}

/* Overrides */

static void
coprod_store_dispose (GObject *object)
{
  CoprodStore *self = (CoprodStore *) object;
  g_autoptr(GError) error = NULL;

  if (self->db != NULL && !commit (self, &error))
    g_warning ("Edits could not be saved on close: %s", error->message);
  g_clear_handle_id (&self->commit_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);

  G_OBJECT_CLASS (coprod_store_parent_class)->dispose (object);
}

static void
coprod_store_finalize (GObject *object)
{
  CoprodStore *self = (CoprodStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->journal, g_ptr_array_unref);
  g_clear_error (&self->save_error);
  if (self->db != NULL)
    sqlite3_close (self->db);
  remove_snapshot (g_steal_pointer (&self->snapshot_dir));
  g_free (self->data_dir);
  g_free (self->path);

  G_OBJECT_CLASS (coprod_store_parent_class)->finalize (object);
}

static void
coprod_store_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CoprodStore *self = COPROD_STORE (object);

  switch (prop_id)
    {
    case PROP_HAS_PENDING:
      g_value_set_boolean (value, coprod_store_get_has_pending (self));
      break;

    case PROP_SAVE_FAILING:
      g_value_set_boolean (value, self->save_failing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_store_class_init (CoprodStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coprod_store_dispose;
  object_class->finalize = coprod_store_finalize;
  object_class->get_property = coprod_store_get_property;

  properties[PROP_HAS_PENDING] =
    g_param_spec_boolean ("has-pending", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Edits could not be written (a full disk) and are kept until they can be: the UI
   * says so, until it turns FALSE again with every one of them committed. */
  properties[PROP_SAVE_FAILING] =
    g_param_spec_boolean ("save-failing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after every successful commit: what was edited is now safe on disk. */
  signals[COMMITTED] = g_signal_new ("committed", G_TYPE_FROM_CLASS (klass),
                                     G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 0);
  /* Emitted when an edit is refused (a constraint, a wrong value) and is not kept, so
   * the UI can say so. Edits that cannot be written yet are kept: see save-failing. */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
coprod_store_init (CoprodStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            finalize_statement_cb);
  self->journal = g_ptr_array_new_with_free_func (edit_free);
  self->retry_delay_ms = RETRY_FIRST_DELAY_MS;
}

/* Public API */

char *
coprod_store_default_data_dir (void)
{
  const char *env = g_getenv ("COPROD_DATA_DIR");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "com.example.Coprod", NULL);
}

/* A store opened read-only on a folder that holds no database yet: an empty one in
 * memory reads as what is there, nothing. */
static gboolean
open_empty_in_memory (CoprodStore  *self,
                      GError      **error)
{
  self->db = open_connection (":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, error);
  return self->db != NULL && migrate (self, 0, error);
}

static CoprodStore *
store_open (const char  *data_dir,
            gboolean     read_only,
            GError     **error)
{
  g_autoptr(CoprodStore) self = NULL;
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  char *snapshot = NULL;
  sqlite3 *check_db;
  gboolean empty, daily, full_check;
  gint64 version = 0;

  if (read_only ? !check_data_dir_readable (data_dir, error)
                : !coprod_store_ensure_data_dir (data_dir, error))
    return NULL;

  path = g_build_filename (data_dir, DB_NAME, NULL);
  if (!check_header (path, &empty, error))
    return NULL;

  /* An empty file is new only if nothing was ever backed up from it; otherwise it is
   * what is left of a database that was cut short. */
  if (empty && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GPtrArray) list = coprod_store_list_backups (data_dir);

      if (list->len > 0)
        {
          g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_DAMAGED,
                       "“%s” is empty, but backups of it exist", path);
          return NULL;
        }
    }

  self = g_object_new (COPROD_TYPE_STORE, NULL);
  self->data_dir = g_strdup (data_dir);
  self->path = g_steal_pointer (&path);
  self->read_only = read_only;

  if (empty && read_only)
    {
      if (!open_empty_in_memory (self, error))
        return NULL;
      self->read_only = TRUE;
      return g_steal_pointer (&self);
    }

  /* Reading every page takes time in proportion to the file, so it is done once a day,
   * before the daily backup (which must copy a sound file), and after a run that did
   * not close cleanly (its log is still there). The header checks above and SQLite's
   * own checks on every read cover the rest. */
  wal = g_strconcat (self->path, "-wal", NULL);
  daily = !has_backup_from_today (self->data_dir);
  full_check = daily || file_size (wal) > 0 || sidecar_exists (self->path, "-journal");

  /* Every check runs where it cannot change the file: a file Coprod refuses, and its
   * logs, are left exactly as they were. */
  if (!empty)
    {
      check_db = open_for_checks (self->path, &snapshot, error);
      if (check_db == NULL)
        return NULL;
      if (!check_identity (check_db, &version, error) ||
          (full_check && !quick_check (check_db, error)))
        {
          sqlite3_close (check_db);
          remove_snapshot (snapshot);
          return NULL;
        }

      if (read_only)
        {
          if (version < COPROD_STORE_SCHEMA_VERSION)
            {
              g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_READ_ONLY,
                           "The file was written by an older version of Coprod and must be "
                           "updated first, which needs a folder that can be written to");
              sqlite3_close (check_db);
              remove_snapshot (snapshot);
              return NULL;
            }
          /* Besides refusing every edit itself, the store asks SQLite to refuse them. */
          self->db = check_db;
          self->snapshot_dir = snapshot;
          if (!coprod_store_exec (self->db, "PRAGMA query_only = ON", error))
            return NULL;
          return g_steal_pointer (&self);
        }
      sqlite3_close (check_db);
      remove_snapshot (snapshot);
    }
  else if (!touch_private_file (self->path, error))
    return NULL;

  make_private (self->data_dir, self->path);
  remove_backup_parts (self->data_dir);

  self->db = open_connection (self->path, SQLITE_OPEN_READWRITE, error);
  if (self->db == NULL)
    return NULL;

  if (!coprod_store_exec (self->db,
                          "PRAGMA journal_mode = WAL;"
                          "PRAGMA synchronous = FULL;"
                          "PRAGMA foreign_keys = ON;",
                          error))
    return NULL;

  if (version < COPROD_STORE_SCHEMA_VERSION)
    {
      if (version > 0 && !coprod_store_backup (self, error))
        return NULL;
      if (!migrate (self, version, error))
        return NULL;
    }

  if (!purge_deleted (self, error))
    return NULL;

  /* A file made just now holds nothing yet to keep a copy of. */
  if (daily && version > 0)
    {
      g_autoptr(GError) backup_error = NULL;

      /* A missed daily backup must not keep anyone from their meeting. */
      if (!coprod_store_backup (self, &backup_error))
        g_message ("The daily backup could not be written: %s", backup_error->message);
    }

  return g_steal_pointer (&self);
}

/**
 * coprod_store_open:
 * @data_dir: the folder that holds the database and its backups
 *
 * Opens (or creates) the Coprod database in @data_dir, migrating it if it is older.
 * A damaged file, another program's database or a newer Coprod's database is never
 * written to, nor are its logs: the matching #CoprodStoreError is returned instead.
 * Rows deleted more than %COPROD_STORE_KEEP_DELETED_SECONDS ago are removed for good;
 * those deleted since stay, so that an Undo in any copy of Coprod can still bring them
 * back.
 */
CoprodStore *
coprod_store_open (const char  *data_dir,
                   GError     **error)
{
  g_return_val_if_fail (data_dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return store_open (data_dir, FALSE, error);
}

/**
 * coprod_store_open_read_only:
 * @data_dir: the folder that holds the database
 *
 * Opens the Coprod database in @data_dir for reading only: nothing in @data_dir is
 * made, purged, migrated, backed up or written, and every edit fails with
 * %COPROD_STORE_ERROR_READ_ONLY. A folder with no database yet reads as an empty store.
 * A file with a log left over from a crash is read from a private copy, so that the
 * log is read without being folded in.
 */
CoprodStore *
coprod_store_open_read_only (const char  *data_dir,
                             GError     **error)
{
  g_return_val_if_fail (data_dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return store_open (data_dir, TRUE, error);
}

gboolean
coprod_store_get_read_only (CoprodStore *self)
{
  g_return_val_if_fail (COPROD_IS_STORE (self), FALSE);

  return self->read_only;
}

/**
 * coprod_store_can_write:
 * @out_path: (out) (optional) (transfer full): what cannot be written to
 *
 * Tells whether the store in @data_dir can be opened for writing: the folder (when it
 * is there) and the database file (when it is there) can both be written to.
 */
gboolean
coprod_store_can_write (const char  *data_dir,
                        char       **out_path)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (data_dir != NULL, FALSE);

  path = g_build_filename (data_dir, DB_NAME, NULL);
  if (out_path != NULL)
    *out_path = NULL;
  if (g_file_test (data_dir, G_FILE_TEST_IS_DIR) && g_access (data_dir, W_OK | X_OK) != 0)
    {
      if (out_path != NULL)
        *out_path = g_strdup (data_dir);
      return FALSE;
    }
  if (g_file_test (path, G_FILE_TEST_EXISTS) && g_access (path, W_OK) != 0)
    {
      if (out_path != NULL)
        *out_path = g_steal_pointer (&path);
      return FALSE;
    }
  return TRUE;
}

const char *
coprod_store_get_data_dir (CoprodStore *self)
{
  g_return_val_if_fail (COPROD_IS_STORE (self), NULL);

  return self->data_dir;
}

const char *
coprod_store_get_path (CoprodStore *self)
{
  g_return_val_if_fail (COPROD_IS_STORE (self), NULL);

  return self->path;
}

gboolean
coprod_store_get_has_pending (CoprodStore *self)
{
  g_return_val_if_fail (COPROD_IS_STORE (self), FALSE);

  return self->in_transaction || self->journal->len > 0;
}

/**
 * coprod_store_get_save_failing:
 *
 * Returns: %TRUE while edits could not be written and are kept to be written again
 */
gboolean
coprod_store_get_save_failing (CoprodStore *self)
{
  g_return_val_if_fail (COPROD_IS_STORE (self), FALSE);

  return self->save_failing;
}

/**
 * coprod_store_get_save_error:
 *
 * Returns: (nullable) (transfer none): why writing fails, while it does
 */
const GError *
coprod_store_get_save_error (CoprodStore *self)
{
  g_return_val_if_fail (COPROD_IS_STORE (self), NULL);

  return self->save_error;
}

/**
 * coprod_store_flush:
 *
 * Commits every pending edit now. Called on focus-out, window close and quit, and
 * by the commit timer.
 *
 * When writing fails for a reason that may pass (a full disk), the edits are not lost:
 * they are kept, #CoprodStore:save-failing turns %TRUE, and they are written again on a
 * timer and with the next edit. That is not an error here, since what the caller did is
 * kept; use coprod_store_close() to know whether everything reached the file.
 *
 * Returns: %FALSE if edits could not be committed and are not kept
 */
gboolean
coprod_store_flush (CoprodStore  *self,
                    GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (COPROD_IS_STORE (self), FALSE);

  if (commit (self, &local_error))
    return TRUE;
  if (self->save_failing && coprod_store_get_has_pending (self))
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * coprod_store_close:
 *
 * Commits what is pending and closes the file, so that SQLite folds its write-ahead
 * log back in and removes it: the next start can tell a clean close from a crash.
 * Later edits fail with %COPROD_STORE_ERROR_FAILED.
 */
gboolean
coprod_store_close (CoprodStore  *self,
                    GError      **error)
{
  gboolean flushed;

  g_return_val_if_fail (COPROD_IS_STORE (self), FALSE);

  if (self->db == NULL)
    return TRUE;
  /* The last chance: what cannot be written now is lost, and the caller says so. */
  flushed = commit (self, error);
  g_clear_handle_id (&self->commit_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);
  g_ptr_array_set_size (self->journal, 0);
  self->in_transaction = FALSE;
  g_hash_table_remove_all (self->statements);
  sqlite3_close (self->db);
  self->db = NULL;
  remove_snapshot (g_steal_pointer (&self->snapshot_dir));
  notify_pending (self);
  return flushed;
}

gboolean
coprod_store_check_integrity (CoprodStore  *self,
                              GError      **error)
{
  sqlite3_stmt *stmt;
  const char *result;

  g_return_val_if_fail (COPROD_IS_STORE (self), FALSE);

  if (!commit (self, error))
    return FALSE;
  stmt = get_statement (self, "PRAGMA integrity_check(1)", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      coprod_store_set_sqlite_error (error, self->db, sqlite3_errcode (self->db),
                                     "The database could not be checked");
      sqlite3_reset (stmt);
      return FALSE;
    }
  result = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_DAMAGED,
                   "The database is damaged: %s", result);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * coprod_store_foreach_row:
 * @parent_id: the team's id for people, meetings and actions, the meeting's for agenda
 *   items, and so on; ignored for teams and templates
 * @func: called with each row in turn, in the table's order
 *
 * Reads the rows of @table that belong to @parent_id without copying them: @func gets
 * each row's columns straight from SQLite, by index (see coprod-store-columns.h), and
 * keeps what it needs. @func must not write to the store, nor read @table again.
 *
 * Returns: %FALSE if the rows could not be read; @func may have seen some of them
 */
gboolean
coprod_store_foreach_row (CoprodStore         *self,
                          CoprodTable          table,
                          gint64               parent_id,
                          CoprodStoreRowFunc   func,
                          gpointer             user_data,
                          GError             **error)
{
  const Table *t;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (COPROD_IS_STORE (self), FALSE);
  g_return_val_if_fail (table < COPROD_N_TABLES, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  t = &tables[table];
  stmt = get_statement (self, t->list_sql, error);
  if (stmt == NULL)
    return FALSE;
  if (t->parent_column != NULL)
    sqlite3_bind_int64 (stmt, 1, parent_id);
  return hand_over_rows (self, t, stmt, func, user_data, error) >= 0;
}

/**
 * coprod_store_read_row:
 * @func: called once, with the row
 *
 * Reads one row of @table, as coprod_store_foreach_row() does.
 *
 * Returns: %FALSE, without calling @func, if there is no such row
 *   (%COPROD_STORE_ERROR_NOT_FOUND) or it could not be read
 */
gboolean
coprod_store_read_row (CoprodStore         *self,
                       CoprodTable          table,
                       gint64               id,
                       CoprodStoreRowFunc   func,
                       gpointer             user_data,
                       GError             **error)
{
  const Table *t;
  sqlite3_stmt *stmt;
  int n;

  g_return_val_if_fail (COPROD_IS_STORE (self), FALSE);
  g_return_val_if_fail (table < COPROD_N_TABLES, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  t = &tables[table];
  stmt = get_statement (self, t->get_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  n = hand_over_rows (self, t, stmt, func, user_data, error);
  if (n == 0)
    g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND,
                 "There is no %s with id %" G_GINT64_FORMAT, t->name, id);
  return n > 0;
}

/**
 * coprod_store_row_get_int:
 * @column: an INTEGER or REF column of the row's table, or 0 for its id
 *
 * Returns: the value; 0 for NULL
 */
gint64
coprod_store_row_get_int (const CoprodStoreRow *row,
                          guint                 column)
{
  g_return_val_if_fail (row != NULL, 0);
  g_return_val_if_fail (column <= row->table->n_columns, 0);
  g_return_val_if_fail (column == 0 || row->table->columns[column - 1].type != COL_TEXT, 0);

  return sqlite3_column_int64 (row->stmt, column);
}

/**
 * coprod_store_row_get_text:
 * @column: a TEXT column of the row's table
 *
 * Returns: (transfer none): the text, valid UTF-8 (a file edited outside Coprod may
 *   hold anything), "" for NULL; it lasts until the #CoprodStoreRowFunc returns
 */
const char *
coprod_store_row_get_text (const CoprodStoreRow *row,
                           guint                 column)
{
  const char *text;
  char *repaired;
  int len;

  g_return_val_if_fail (row != NULL, "");
  g_return_val_if_fail (column >= 1 && column <= row->table->n_columns, "");
  g_return_val_if_fail (row->table->columns[column - 1].type == COL_TEXT, "");

  text = (const char *) sqlite3_column_text (row->stmt, column);
  if (text == NULL)
    return "";
  len = sqlite3_column_bytes (row->stmt, column);
  if (G_LIKELY (g_utf8_validate_len (text, len, NULL)))
    return text;

  repaired = g_utf8_make_valid (text, len);
  g_ptr_array_add (row->repaired, repaired);
  return repaired;
}

/**
 * coprod_store_get_row:
 *
 * One row as an `a{sv}` named after its columns, for checking what the file holds
 * (the tests, mostly). The model reads rows with coprod_store_read_row(), which does
 * not build a dictionary per row.
 *
 * Returns: (transfer full): the row, or %NULL if there is none
 */
GVariant *
coprod_store_get_row (CoprodStore  *self,
                      CoprodTable   table,
                      gint64        id,
                      GError      **error)
{
  const Table *t;
  sqlite3_stmt *stmt;
  GVariant *row = NULL;
  int rc;

  g_return_val_if_fail (COPROD_IS_STORE (self), NULL);
  g_return_val_if_fail (table < COPROD_N_TABLES, NULL);

  t = &tables[table];
  stmt = get_statement (self, t->get_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    row = row_from_statement (t, stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND,
                 "There is no %s with id %" G_GINT64_FORMAT, t->name, id);
  else
    coprod_store_set_sqlite_error (error, self->db, rc, "Could not read the database");
  sqlite3_reset (stmt);
  return row;
}

/**
 * coprod_store_insert:
 * @values: (transfer floating): an `a{sv}` of column values; columns not given are
 *   empty or zero
 *
 * Returns: the new row's id, or 0 on error
 */
gint64
coprod_store_insert (CoprodStore  *self,
                     CoprodTable   table,
                     GVariant     *values,
                     GError      **error)
{
  g_autoptr(GVariantDict) dict = NULL;
  g_autoptr(GVariant) owned = NULL;
  g_autoptr(Edit) edit = NULL;
  const Table *t;
  gint64 id = 0;

  g_return_val_if_fail (COPROD_IS_STORE (self), 0);
  g_return_val_if_fail (table < COPROD_N_TABLES, 0);
  g_return_val_if_fail (g_variant_is_of_type (values, G_VARIANT_TYPE_VARDICT), 0);

  /* Callers pass a new floating dictionary; this call owns it from here. */
  owned = g_variant_ref_sink (values);
  t = &tables[table];
  edit = edit_new (t->insert_sql, TRUE);
  edit_add_null (edit);
  dict = g_variant_dict_new (values);
  for (guint i = 0; i < t->n_columns; i++)
    {
      g_autoptr(GVariant) value = g_variant_dict_lookup_value (dict, t->columns[i].name, NULL);

      if (!edit_add_column (edit, &t->columns[i], value, error))
        return 0;
    }

  if (!run_edit (self, g_steal_pointer (&edit), &id, NULL, error))
    return 0;
  return id;
}

gboolean
coprod_store_update (CoprodStore  *self,
                     CoprodTable   table,
                     gint64        id,
                     const char   *column,
                     GVariant     *value,
                     GError      **error)
{
  const Table *t;
  g_autoptr(GVariant) owned = NULL;
  const Column *col;
  g_autoptr(Edit) edit = NULL;
  GError *local_error = NULL;
  int changes = 0;

  g_return_val_if_fail (COPROD_IS_STORE (self), FALSE);
  g_return_val_if_fail (table < COPROD_N_TABLES, FALSE);
  g_return_val_if_fail (column != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  owned = g_variant_ref_sink (value);
  t = &tables[table];
  col = find_column (t, column);
  if (col == NULL)
    {
      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                   "There is no column “%s” in %s", column, t->name);
      return FALSE;
    }

  edit = edit_new (col->update_sql, FALSE);
  if (!edit_add_column (edit, col, value, error))
    return FALSE;
  edit_add_int (edit, id);
  if (run_edit (self, g_steal_pointer (&edit), NULL, &changes, &local_error) && changes == 0)
    set_gone_error (&local_error, t, id);
  if (local_error != NULL)
    {
      /* Property setters have no error to return, so the UI hears of it this way. */
      g_signal_emit (self, signals[FAILED], 0, local_error);
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

gboolean
coprod_store_set_deleted (CoprodStore  *self,
                          CoprodTable   table,
                          gint64        id,
                          gboolean      deleted,
                          GError      **error)
{
  g_autoptr(Edit) edit = NULL;
  int changes = 0;

  g_return_val_if_fail (COPROD_IS_STORE (self), FALSE);
  g_return_val_if_fail (table < COPROD_N_TABLES, FALSE);

  if (tables[table].set_deleted_sql == NULL)
    {
      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                   "Rows of %s are not deleted one by one", tables[table].name);
      return FALSE;
    }
  edit = edit_new (tables[table].set_deleted_sql, FALSE);
  edit_add_int (edit, deleted ? 1 : 0);
  edit_add_int (edit, id);
  /* When it was deleted, by the wall clock every copy of Coprod on this computer
   * shares, is what decides when it may be removed for good. */
  edit_add_int (edit, deleted ? g_get_real_time () / G_USEC_PER_SEC : 0);
  if (!run_edit (self, g_steal_pointer (&edit), NULL, &changes, error))
    return FALSE;
  if (changes == 0)
    {
      set_gone_error (error, &tables[table], id);
      return FALSE;
    }

  /* Deleting and undoing are single deliberate acts: make them durable at once. */
  return coprod_store_flush (self, error);
}

/**
 * coprod_store_find_live_meeting:
 * @out_team_id: (out): the team of the live meeting
 *
 * Returns: the id of a meeting that is under way, or 0 when none is
 */
gint64
coprod_store_find_live_meeting (CoprodStore  *self,
                                gint64       *out_team_id)
{
  static const char sql[] =
    "SELECT meeting.id, meeting.team_id FROM meeting JOIN team ON team.id = meeting.team_id"
    " WHERE meeting.status = 'live' AND meeting.deleted = 0 AND team.deleted = 0"
    " ORDER BY meeting.started_at DESC LIMIT 1";
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (COPROD_IS_STORE (self), 0);

  stmt = get_statement (self, sql, NULL);
  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      if (out_team_id != NULL)
        *out_team_id = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  return id;
}

/**
 * coprod_store_list_all_meetings:
 *
 * Returns: (transfer container) (element-type GVariant): every meeting of every team,
 *   in date order, as `a{sv}` rows with the team's name under "team_name"
 */
GPtrArray *
coprod_store_list_all_meetings (CoprodStore  *self,
                                GError      **error)
{
  static const char sql[] =
    "SELECT meeting.id AS id, meeting.starts_at AS starts_at, team.name AS team_name,"
    " meeting.title AS title"
    " FROM meeting JOIN team ON team.id = meeting.team_id"
    " WHERE meeting.deleted = 0 AND team.deleted = 0"
    " ORDER BY meeting.starts_at, meeting.id";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (COPROD_IS_STORE (self), NULL);

  stmt = get_statement (self, sql, error);
  if (stmt == NULL)
    return NULL;
  return collect_rows (self, stmt, error);
}

/**
 * coprod_store_backup:
 *
 * Writes a copy of the database into the backups folder with the SQLite backup API
 * and keeps only the newest %COPROD_STORE_KEEP_BACKUPS copies.
 */
gboolean
coprod_store_backup (CoprodStore  *self,
                     GError      **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (COPROD_IS_STORE (self), FALSE);

  if (self->read_only)
    {
      set_read_only_error (error);
      return FALSE;
    }
  /* A copy must hold every edit made so far, so only a committed store is copied. */
  if (!commit (self, error))
    return FALSE;
  if (self->db == NULL)
    {
      g_set_error_literal (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                           "The database is closed");
      return FALSE;
    }

  dir = backup_dir (self->data_dir);
  if (!coprod_store_ensure_data_dir (dir, error))
    return FALSE;

  stamp = timestamp_now ();
  name = g_strdup_printf ("coprod-%s.db", stamp);
  path = g_build_filename (dir, name, NULL);
  if (!copy_database (self->db, path, error))
    return FALSE;

  prune_backups (self->data_dir);
  return TRUE;
}

/**
 * coprod_store_list_backups:
 *
 * Returns: (transfer full) (element-type filename): the backup files, oldest first
 */
GPtrArray *
coprod_store_list_backups (const char *data_dir)
{
  g_autofree char *dir_path = backup_dir (data_dir);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *backups = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return backups;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "coprod-") && g_str_has_suffix (name, ".db"))
      g_ptr_array_add (backups, g_build_filename (dir_path, name, NULL));

  /* The names hold zero-padded timestamps, so name order is time order. */
  g_ptr_array_sort (backups, compare_paths_cb);
  return backups;
}

/**
 * coprod_store_find_usable_backup:
 *
 * Returns: (nullable) (transfer full): the newest backup that is a healthy Coprod
 *   database this version can open
 */
char *
coprod_store_find_usable_backup (const char *data_dir)
{
  g_autoptr(GPtrArray) backups = coprod_store_list_backups (data_dir);

  for (guint i = backups->len; i > 0; i--)
    {
      const char *path = g_ptr_array_index (backups, i - 1);
      gint64 version;
      sqlite3 *db = open_checked (path, SQLITE_OPEN_READONLY, TRUE, &version, NULL);

      if (db != NULL)
        {
          sqlite3_close (db);
          return g_strdup (path);
        }
    }
  return NULL;
}

/**
 * coprod_store_set_aside:
 *
 * Renames the database file (and its journal) in @data_dir to a dated name beside it,
 * leaving its bytes as they are, so that Coprod can start from a backup or afresh.
 *
 * Returns: (transfer full): where the file was kept, or %NULL on error
 */
char *
coprod_store_set_aside (const char  *data_dir,
                        GError     **error)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *path = NULL;
  g_autofree char *stamp = timestamp_now ();
  g_autofree char *kept_name = g_strdup_printf ("coprod-set-aside-%s.db", stamp);
  g_autofree char *kept = NULL;

  g_return_val_if_fail (data_dir != NULL, NULL);

  path = g_build_filename (data_dir, DB_NAME, NULL);
  kept = g_build_filename (data_dir, kept_name, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (kept, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS) && g_rename (from, to) != 0)
        {
          int saved = errno;

          g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                       "Could not move “%s” aside: %s", from, g_strerror (saved));
          return NULL;
        }
    }
  return g_steal_pointer (&kept);
}

/**
 * coprod_store_restore_backup:
 *
 * Sets the current database file aside, unchanged (see coprod_store_set_aside()), and
 * puts a copy of @backup_path in its place.
 *
 * Returns: (transfer full): where the old file was kept, or %NULL on error
 */
char *
coprod_store_restore_backup (const char  *data_dir,
                             const char  *backup_path,
                             GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;

  g_return_val_if_fail (data_dir != NULL, NULL);
  g_return_val_if_fail (backup_path != NULL, NULL);

  if (!g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NO_BACKUP,
                   "The backup “%s” is not there", backup_path);
      return NULL;
    }

  /* Copy first, so a failure leaves everything exactly as it was. */
  path = g_build_filename (data_dir, DB_NAME, NULL);
  tmp_path = g_strconcat (path, ".restore", NULL);
  if (!touch_private_file (tmp_path, error))
    return NULL;
  source = g_file_new_for_path (backup_path);
  target = g_file_new_for_path (tmp_path);
  if (!g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    {
      g_unlink (tmp_path);
      return NULL;
    }

  kept = coprod_store_set_aside (data_dir, error);
  if (kept == NULL)
    {
      g_unlink (tmp_path);
      return NULL;
    }

  if (g_rename (tmp_path, path) != 0)
    {
      int saved = errno;

      g_set_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                   "Could not put the backup in place: %s", g_strerror (saved));
      return NULL;
    }
  return g_steal_pointer (&kept);
}

/* Attendance has a row per meeting and person rather than an id of its own, so it has
 * its own two calls instead of the generic ones. */

/**
 * coprod_store_list_attendance:
 *
 * Returns: (transfer container) (element-type GVariant): one a{sv} per person with a
 *   row for @meeting_id: person_id, attended, minutes, expenses_pence, no_action
 */
GPtrArray *
coprod_store_list_attendance (CoprodStore  *self,
                              gint64        meeting_id,
                              GError      **error)
{
  static const char sql[] =
    "SELECT person_id, attended, minutes, expenses_pence, no_action FROM attendance"
    " WHERE meeting_id = ?1 ORDER BY person_id";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (COPROD_IS_STORE (self), NULL);

  stmt = get_statement (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  return collect_rows (self, stmt, error);
}

/**
 * coprod_store_set_attendance:
 * @values: an a{sv} with attended, minutes, expenses_pence and no_action (int64),
 *   each 0 when missing
 *
 * Writes, or rewrites, the row for @person_id at @meeting_id, committed like every
 * other edit.
 */
gboolean
coprod_store_set_attendance (CoprodStore  *self,
                             gint64        meeting_id,
                             gint64        person_id,
                             GVariant     *values,
                             GError      **error)
{
  static const char sql[] =
    "INSERT INTO attendance (meeting_id, person_id, attended, minutes, expenses_pence,"
    " no_action) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
    " ON CONFLICT (meeting_id, person_id) DO UPDATE SET attended = excluded.attended,"
    " minutes = excluded.minutes, expenses_pence = excluded.expenses_pence,"
    " no_action = excluded.no_action";
  static const char *const names[] = { "attended", "minutes", "expenses_pence", "no_action" };
  g_autoptr(GVariant) owned = NULL;
  g_autoptr(Edit) edit = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (COPROD_IS_STORE (self), FALSE);
  g_return_val_if_fail (values != NULL, FALSE);

  owned = g_variant_ref_sink (values);
  edit = edit_new (sql, FALSE);
  edit_add_int (edit, meeting_id);
  edit_add_int (edit, person_id);
  for (guint c = 0; c < G_N_ELEMENTS (names); c++)
    {
      gint64 value = 0;

      g_variant_lookup (values, names[c], "x", &value);
      edit_add_int (edit, value);
    }
  if (!run_edit (self, g_steal_pointer (&edit), NULL, NULL, &local_error))
    {
      g_signal_emit (self, signals[FAILED], 0, local_error);
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}
