/* coprod-record.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "coprod-record-private.h"

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

char *
coprod_row_dup_text (GVariant   *row,
                     const char *column)
{
  const char *text = NULL;

  if (!g_variant_lookup (row, column, "&s", &text))
    return g_strdup ("");
  return g_strdup (text);
}

gint64
coprod_row_get_int (GVariant   *row,
                    const char *column)
{
  gint64 value = 0;

  g_variant_lookup (row, column, "x", &value);
  return value;
}
