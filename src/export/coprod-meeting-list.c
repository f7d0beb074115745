/* coprod-meeting-list.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tab-separated list behind `coprod --list-meetings`: one line per meeting with
 * its id, local date and time, team and title, for scripts and for a quick look.
 */

#include "coprod-meeting-list.h"

/* Tabs and line breaks in a title would break the columns; they become spaces. */
static char *
one_field (const char *text)
{
  char *field = g_strdup (text);

  g_strdelimit (field, "\t\r\n", ' ');
  return field;
}

/**
 * coprod_meeting_list_write:
 *
 * Writes every meeting, in date order, as `ID<TAB>YYYY-MM-DD HH:MM<TAB>TEAM<TAB>TITLE`.
 */
gboolean
coprod_meeting_list_write (CoprodStore    *store,
                           GOutputStream  *output,
                           GError        **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (COPROD_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (output), FALSE);

  rows = coprod_store_list_all_meetings (store, error);
  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      g_autoptr(GDateTime) when = NULL;
      g_autofree char *date = NULL;
      g_autofree char *team = NULL;
      g_autofree char *title = NULL;
      const char *team_name, *title_text;
      gint64 id, starts_at;

      g_variant_lookup (row, "id", "x", &id);
      g_variant_lookup (row, "starts_at", "x", &starts_at);
      g_variant_lookup (row, "team_name", "&s", &team_name);
      g_variant_lookup (row, "title", "&s", &title_text);

      when = g_date_time_new_from_unix_local (starts_at);
      date = when != NULL ? g_date_time_format (when, "%Y-%m-%d %H:%M") : g_strdup ("");
      team = one_field (team_name);
      title = one_field (title_text);
      g_string_append_printf (text, "%" G_GINT64_FORMAT "\t%s\t%s\t%s\n", id, date, team, title);
    }

  return g_output_stream_write_all (output, text->str, text->len, NULL, NULL, error);
}
