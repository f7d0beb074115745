/* coprod-record.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "coprod-record-private.h"

typedef struct
{
  CoprodStore          *store;
  CoprodRowConstructor  construct;
  GPtrArray            *objects;
} Loading;

static void
load_row_cb (const CoprodStoreRow *row,
             gpointer              user_data)
{
  Loading *loading = user_data;

  g_ptr_array_add (loading->objects, loading->construct (loading->store, row));
}

/* Objects made from the row ID of TABLE when ONE, else from every row of TABLE that
 * belongs to ID. */
static GPtrArray *
load (CoprodStore           *store,
      CoprodTable            table,
      gint64                 id,
      gboolean               one,
      CoprodRowConstructor   construct,
      GError               **error)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  Loading loading = { store, construct, objects };
  gboolean read;

  if (one)
    read = coprod_store_read_row (store, table, id, load_row_cb, &loading, error);
  else
    read = coprod_store_foreach_row (store, table, id, load_row_cb, &loading, error);
  return read ? g_steal_pointer (&objects) : NULL;
}

/**
 * coprod_record_load_all:
 * @parent_id: as for coprod_store_foreach_row()
 *
 * Returns: (transfer container) (element-type GObject): an object for each row of
 *   @table that belongs to @parent_id, in the store's order, or %NULL on error
 */
GPtrArray *
coprod_record_load_all (CoprodStore           *store,
                        CoprodTable            table,
                        gint64                 parent_id,
                        CoprodRowConstructor   construct,
                        GError               **error)
{
  return load (store, table, parent_id, FALSE, construct, error);
}

/**
 * coprod_record_load:
 *
 * Returns: (transfer full): an object made from the row @id of @table, or %NULL on
 *   error
 */
gpointer
coprod_record_load (CoprodStore           *store,
                    CoprodTable            table,
                    gint64                 id,
                    CoprodRowConstructor   construct,
                    GError               **error)
{
  g_autoptr(GPtrArray) objects = load (store, table, id, TRUE, construct, error);

  return objects != NULL ? g_object_ref (g_ptr_array_index (objects, 0)) : NULL;
}

gboolean
coprod_record_set_text (const CoprodRecord  *record,
                        const char          *column,
                        char               **field,
                        const char          *value,
                        GParamSpec          *pspec)
{
  g_autofree char *valid = NULL;

  if (value == NULL)
    value = "";
  if (!g_utf8_validate (value, -1, NULL))
    value = valid = g_utf8_make_valid (value, -1);
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  /* A failed write is reported by the store's "failed" signal; the value stays in
   * memory so nothing typed is thrown away. */
  coprod_store_update (record->store, record->table, record->id, column,
                       g_variant_new_string (value), NULL);
  if (pspec != NULL)
    g_object_notify_by_pspec (record->object, pspec);
  return TRUE;
}

gboolean
coprod_record_set_int (const CoprodRecord *record,
                       const char         *column,
                       gint64             *field,
                       gint64              value,
                       GParamSpec         *pspec)
{
  if (*field == value)
    return FALSE;

  *field = value;
  coprod_store_update (record->store, record->table, record->id, column,
                       g_variant_new_int64 (value), NULL);
  if (pspec != NULL)
    g_object_notify_by_pspec (record->object, pspec);
  return TRUE;
}

/* The value of an enum whose nick is what the store holds, or FALLBACK for text
 * this version does not know. */
int
coprod_enum_from_nick (const GEnumValue *values,
                       const char       *nick,
                       int               fallback)
{
  for (guint i = 0; values[i].value_nick != NULL; i++)
    if (g_strcmp0 (values[i].value_nick, nick) == 0)
      return values[i].value;
  return fallback;
}

gint64
coprod_row_get_int (GVariant   *row,
                    const char *column)
{
  gint64 value = 0;

  g_variant_lookup (row, column, "x", &value);
  return value;
}
