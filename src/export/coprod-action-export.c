/* coprod-action-export.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A team's actions for people to take away: a spreadsheet (CSV as RFC 4180 has it,
 * UTF-8 with a byte-order mark so that LibreOffice Calc and Excel read the accents
 * right) and the due dates as a calendar file (iCalendar, RFC 5545) with one all-day
 * event per open action, to import into any calendar.
 */

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "coprod-action-export.h"
#include "coprod-export-file.h"

/* Helpers */

static const char *
person_name (CoprodTeam *team,
             gint64      id)
{
  CoprodPerson *person = id != 0 ? coprod_team_find_person (team, id) : NULL;

  return person != NULL ? coprod_person_get_name (person) : "";
}

static const char *
meeting_title (CoprodTeam *team,
               gint64      id)
{
  GListModel *meetings = coprod_team_get_meetings (team);

  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CoprodMeeting) meeting = g_list_model_get_item (meetings, i);

      if (coprod_meeting_get_id (meeting) == id)
        return coprod_meeting_get_title (meeting);
    }
  return "";
}

static const char *
status_text (CoprodActionStatus status)
{
  switch (status)
    {
    case COPROD_ACTION_DONE:
      return _("Done");
    case COPROD_ACTION_CANNOT:
      return _("Can’t do");
    case COPROD_ACTION_OPEN:
    default:
      return _("Open");
    }
}

static char *
day_of (gint64 unix_time)
{
  g_autoptr(GDateTime) when = unix_time > 0 ? g_date_time_new_from_unix_local (unix_time) : NULL;

  return when != NULL ? g_date_time_format (when, "%Y-%m-%d") : g_strdup ("");
}

static gboolean
write_all (GOutputStream  *output,
           GString        *text,
           GError        **error)
{
  return g_output_stream_write_all (output, text->str, text->len, NULL, NULL, error);
}

/* CSV */

/* One field: quoted when it holds a comma, a quote, a line break or edge spaces, with
 * quotes doubled. A field a spreadsheet would run as a formula (=, +, -, @ first)
 * starts with an apostrophe, which Calc and Excel show as plain text. */
static void
append_csv_field (GString    *line,
                  const char *value,
                  gboolean    last)
{
  gboolean formula = strchr ("=+-@", value[0]) != NULL && value[0] != '\0';
  gboolean quote = formula || strpbrk (value, ",\"\r\n") != NULL ||
                   g_ascii_isspace (value[0]) ||
                   (value[0] != '\0' && g_ascii_isspace (value[strlen (value) - 1]));

  if (quote)
    g_string_append_c (line, '"');
  if (formula)
    g_string_append_c (line, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  if (quote)
    g_string_append_c (line, '"');
  g_string_append (line, last ? "\r\n" : ",");
}

/**
 * coprod_actions_write_csv:
 *
 * Writes every action of @team, oldest first: what, who, by when, its status, the
 * reason or note, the meeting it was made in, when it was made and when closed.
 */
gboolean
coprod_actions_write_csv (CoprodTeam     *team,
                          GOutputStream  *output,
                          GError        **error)
{
  GListModel *actions;
  g_autoptr(GString) text = g_string_new ("\xEF\xBB\xBF");
  const char *header[] = {
    _("Action"), _("Who"), _("Due"), _("Status"), _("Reason or note"), _("Made in"),
    _("Made on"), _("Closed on"),
  };

  g_return_val_if_fail (COPROD_IS_TEAM (team), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (output), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    append_csv_field (text, header[i], i + 1 == G_N_ELEMENTS (header));

  actions = coprod_team_get_actions (team);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CoprodAction) action = g_list_model_get_item (actions, i);
      g_autofree char *made = day_of (coprod_action_get_created (action));
      g_autofree char *closed = day_of (coprod_action_get_closed (action));

      append_csv_field (text, coprod_action_get_text (action), FALSE);
      append_csv_field (text, person_name (team, coprod_action_get_owner_person_id (action)),
                        FALSE);
      append_csv_field (text, coprod_action_get_due_iso (action), FALSE);
      append_csv_field (text, status_text (coprod_action_get_status (action)), FALSE);
      append_csv_field (text, coprod_action_get_status_note (action), FALSE);
      append_csv_field (text, meeting_title (team, coprod_action_get_meeting_id (action)), FALSE);
      append_csv_field (text, made, FALSE);
      append_csv_field (text, closed, TRUE);
    }
  return write_all (output, text, error);
}

/* iCalendar */

/* Escapes TEXT as RFC 5545 says: backslash, semicolon, comma and line breaks. */
static void
append_ics_text (GString    *line,
                 const char *value)
{
  for (const char *p = value; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (line, "\\\\"); break;
        case ';': g_string_append (line, "\\;"); break;
        case ',': g_string_append (line, "\\,"); break;
        case '\n': g_string_append (line, "\\n"); break;
        case '\r': break;
        default: g_string_append_c (line, *p);
        }
    }
}

/* Ends a content line, folded so that no line is longer than 75 octets, never inside
 * a UTF-8 character. */
static void
append_folded (GString    *text,
               const char *line)
{
  gsize width = 0;

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize size = g_utf8_next_char (p) - p;

      if (width + size > 75)
        {
          g_string_append (text, "\r\n ");
          width = 1;
        }
      g_string_append_len (text, p, size);
      width += size;
    }
  g_string_append (text, "\r\n");
}

/**
 * coprod_actions_write_ics:
 * @now: the moment of the export (Unix time), for the events' time stamps
 *
 * Writes an all-day event on the due date of every open action that has one.
 */
gboolean
coprod_actions_write_ics (CoprodTeam     *team,
                          gint64          now,
                          GOutputStream  *output,
                          GError        **error)
{
  GListModel *actions;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GDateTime) stamp_time = g_date_time_new_from_unix_utc (now);
  g_autofree char *stamp = g_date_time_format (stamp_time, "%Y%m%dT%H%M%SZ");
  g_autoptr(GString) line = g_string_new (NULL);

  g_return_val_if_fail (COPROD_IS_TEAM (team), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (output), FALSE);

  append_folded (text, "BEGIN:VCALENDAR");
  append_folded (text, "VERSION:2.0");
  append_folded (text, "PRODID:-//Coprod//Actions " PACKAGE_VERSION "//EN");
  append_folded (text, "CALSCALE:GREGORIAN");
  g_string_assign (line, "X-WR-CALNAME:");
  append_ics_text (line, coprod_team_get_name (team));
  append_folded (text, line->str);

  actions = coprod_team_get_actions (team);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CoprodAction) action = g_list_model_get_item (actions, i);
      const char *owner = person_name (team, coprod_action_get_owner_person_id (action));
      GDate due, after;

      if (coprod_action_get_status (action) != COPROD_ACTION_OPEN ||
          !coprod_action_get_due (action, &due))
        continue;
      after = due;
      g_date_add_days (&after, 1);

      append_folded (text, "BEGIN:VEVENT");
      g_string_printf (line, "UID:coprod-action-%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT
                       "@com.example.Coprod", coprod_team_get_id (team),
                       coprod_action_get_id (action));
      append_folded (text, line->str);
      g_string_printf (line, "DTSTAMP:%s", stamp);
      append_folded (text, line->str);
      g_string_printf (line, "DTSTART;VALUE=DATE:%04u%02u%02u", g_date_get_year (&due),
                       g_date_get_month (&due), g_date_get_day (&due));
      append_folded (text, line->str);
      g_string_printf (line, "DTEND;VALUE=DATE:%04u%02u%02u", g_date_get_year (&after),
                       g_date_get_month (&after), g_date_get_day (&after));
      append_folded (text, line->str);
      g_string_assign (line, "SUMMARY:");
      if (*owner != '\0')
        {
          /* Translators: a calendar entry: who, then what they said they would do */
          g_autofree char *summary = g_strdup_printf (_("%s: %s"), owner,
                                                      coprod_action_get_text (action));

          append_ics_text (line, summary);
        }
      else
        append_ics_text (line, coprod_action_get_text (action));
      append_folded (text, line->str);
      append_folded (text, "TRANSP:TRANSPARENT");
      append_folded (text, "END:VEVENT");
    }
  append_folded (text, "END:VCALENDAR");
  return write_all (output, text, error);
}

/**
 * coprod_actions_export_to_file:
 * @format: "csv" for a spreadsheet of the team's actions, "ics" for their due dates
 *   as a calendar
 * @now: the time the calendar says it was made, in seconds since 1970
 *
 * Writes @team's actions to @file, an ordinary file or none yet: never through a link
 * nor over a device, a pipe or a folder. A new file is readable by its owner only (it
 * holds what families said); a file written again keeps its permissions. The file is
 * replaced only once the whole of it is written: a failure leaves what was there.
 */
gboolean
coprod_actions_export_to_file (CoprodTeam  *team,
                               GFile       *file,
                               const char  *format,
                               gint64       now,
                               GError     **error)
{
  g_autoptr(GFileOutputStream) output = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = g_file_get_path (file);
  guint mode = 0600;
  gboolean written;

  g_return_val_if_fail (COPROD_IS_TEAM (team), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  if (path != NULL && !coprod_export_check_target (path, &mode, error))
    return FALSE;
  output = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, cancellable, error);
  if (output == NULL)
    return FALSE;
  if (g_str_equal (format, "ics"))
    written = coprod_actions_write_ics (team, now, G_OUTPUT_STREAM (output), error);
  else
    written = coprod_actions_write_csv (team, G_OUTPUT_STREAM (output), error);
  if (!written)
    {
      /* Closing a cancelled replacement keeps the file that was there. */
      g_cancellable_cancel (cancellable);
      g_output_stream_close (G_OUTPUT_STREAM (output), NULL, NULL);
      return FALSE;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (output), cancellable, error))
    return FALSE;
  /* GIO makes the new file private, or keeps the old one's permissions only sometimes;
   * this is what they are to be either way. */
  if (path != NULL && g_chmod (path, mode) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (path);

      /* Translators: the first %s is a file name, the second why */
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("“%s” was saved, but who may read it could not be set: %s"), name,
                   g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}
