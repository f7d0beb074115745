/* coprod-store.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "coprod-store-columns.h"

G_BEGIN_DECLS

#define COPROD_STORE_ERROR (coprod_store_error_quark ())

typedef enum
{
  COPROD_STORE_ERROR_FOLDER,      /* the data folder cannot be made or used */
  COPROD_STORE_ERROR_DAMAGED,     /* the file is damaged: garbage, truncated, corrupt pages */
  COPROD_STORE_ERROR_NOT_COPROD,  /* a readable database, but another program's */
  COPROD_STORE_ERROR_TOO_NEW,     /* written by a newer Coprod */
  COPROD_STORE_ERROR_NO_BACKUP,   /* there is no usable backup to restore */
  COPROD_STORE_ERROR_NOT_FOUND,   /* a row that is not there (any more): an edit, delete or
                                   * restore that changed no row, or a row it refers to
                                   * that is gone, because another copy of Coprod removed
                                   * it for good */
  COPROD_STORE_ERROR_FAILED,      /* anything else SQLite or the file system refused */
  COPROD_STORE_ERROR_READ_ONLY,   /* a write to a store opened for reading only */
  COPROD_STORE_ERROR_DISK_FULL,   /* there is no space left to write to */
} CoprodStoreError;

/* The tables the model reads and writes. The store alone writes their SQL; the order of
 * their columns is in coprod-store-columns.h. */
typedef enum
{
  COPROD_TABLE_TEAM,
  COPROD_TABLE_PERSON,
  COPROD_TABLE_MEETING,
  COPROD_TABLE_AGENDA_ITEM,
  COPROD_TABLE_TEMPLATE,
  COPROD_TABLE_TEMPLATE_ITEM,
  COPROD_TABLE_ACTION,
  COPROD_TABLE_ACTION_UPDATE,
  COPROD_TABLE_EXERCISE,
  COPROD_TABLE_EXPECTATION,
  COPROD_TABLE_GLOSSARY_TERM,
  COPROD_N_TABLES
} CoprodTable;

#define COPROD_STORE_SCHEMA_VERSION 11
#define COPROD_STORE_APPLICATION_ID 0x436f7072 /* "Copr" */
#define COPROD_STORE_KEEP_BACKUPS 5
/* How long a deleted row is kept, out of sight, so that an Undo can still bring it back
 * (see coprod_store_open()). */
#define COPROD_STORE_KEEP_DELETED_SECONDS (24 * 60 * 60)

/* One row of a table, valid only while the #CoprodStoreRowFunc it is handed to runs:
 * read its columns by their index in the table's enum (CoprodActionColumn...). */
typedef struct _CoprodStoreRow CoprodStoreRow;

typedef void (*CoprodStoreRowFunc) (const CoprodStoreRow *row,
                                    gpointer              user_data);

#define COPROD_TYPE_STORE (coprod_store_get_type ())
G_DECLARE_FINAL_TYPE (CoprodStore, coprod_store, COPROD, STORE, GObject)

GQuark       coprod_store_error_quark     (void);

char        *coprod_store_default_data_dir (void);
gboolean     coprod_store_ensure_data_dir  (const char   *dir,
                                            GError      **error);
CoprodStore *coprod_store_open             (const char   *data_dir,
                                            GError      **error);
CoprodStore *coprod_store_open_read_only   (const char   *data_dir,
                                            GError      **error);
gboolean     coprod_store_get_read_only    (CoprodStore  *self);
gboolean     coprod_store_can_write        (const char   *data_dir,
                                            char        **out_path);
const char  *coprod_store_get_data_dir     (CoprodStore  *self);
const char  *coprod_store_get_path         (CoprodStore  *self);

gboolean     coprod_store_flush            (CoprodStore  *self,
                                            GError      **error);
gboolean     coprod_store_get_has_pending  (CoprodStore  *self);
gboolean     coprod_store_get_save_failing (CoprodStore  *self);
const GError *coprod_store_get_save_error  (CoprodStore  *self);
gboolean     coprod_store_close            (CoprodStore  *self,
                                            GError      **error);
gboolean     coprod_store_check_integrity  (CoprodStore  *self,
                                            GError      **error);

gboolean     coprod_store_foreach_row      (CoprodStore         *self,
                                            CoprodTable          table,
                                            gint64               parent_id,
                                            CoprodStoreRowFunc   func,
                                            gpointer             user_data,
                                            GError             **error);
gboolean     coprod_store_read_row         (CoprodStore         *self,
                                            CoprodTable          table,
                                            gint64               id,
                                            CoprodStoreRowFunc   func,
                                            gpointer             user_data,
                                            GError             **error);
gint64       coprod_store_row_get_int      (const CoprodStoreRow *row,
                                            guint                 column);
const char  *coprod_store_row_get_text     (const CoprodStoreRow *row,
                                            guint                 column);
GVariant    *coprod_store_get_row          (CoprodStore  *self,
                                            CoprodTable   table,
                                            gint64        id,
                                            GError      **error);
gint64       coprod_store_insert           (CoprodStore  *self,
                                            CoprodTable   table,
                                            GVariant     *values,
                                            GError      **error);
gboolean     coprod_store_update           (CoprodStore  *self,
                                            CoprodTable   table,
                                            gint64        id,
                                            const char   *column,
                                            GVariant     *value,
                                            GError      **error);
gboolean     coprod_store_set_deleted      (CoprodStore  *self,
                                            CoprodTable   table,
                                            gint64        id,
                                            gboolean      deleted,
                                            GError      **error);

gint64       coprod_store_find_live_meeting (CoprodStore *self,
                                             gint64      *out_team_id);
GPtrArray   *coprod_store_list_all_meetings (CoprodStore *self,
                                             GError     **error);
GPtrArray   *coprod_store_list_attendance  (CoprodStore  *self,
                                            gint64        meeting_id,
                                            GError      **error);
gboolean     coprod_store_set_attendance   (CoprodStore  *self,
                                            gint64        meeting_id,
                                            gint64        person_id,
                                            GVariant     *values,
                                            GError      **error);

/* Backups live in DATA_DIR/backups, newest last by name. */
gboolean     coprod_store_backup           (CoprodStore  *self,
                                            GError      **error);
GPtrArray   *coprod_store_list_backups     (const char   *data_dir);
char        *coprod_store_find_usable_backup (const char *data_dir);
char        *coprod_store_set_aside        (const char   *data_dir,
                                            GError      **error);
char        *coprod_store_restore_backup   (const char   *data_dir,
                                            const char   *backup_path,
                                            GError      **error);

G_END_DECLS
