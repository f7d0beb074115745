/* coprod-summary-export.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export… for a meeting's summary: a file chooser with a name made from the meeting's
 * title and date, four choices (large print, a page of actions for each person,
 * private notes and money, which is off unless ticked, and leaving out the names of
 * people kept off the shared screen), a toast while it is made and
 * one when it is done, with a button to open it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-summary-export.h"

typedef struct
{
  AdwToastOverlay *toasts;
  CoprodTeam      *team;
  CoprodMeeting   *meeting;
  GFile           *file;
  CoprodSummaryFlags flags;
  AdwToast        *working;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->toasts);
  g_clear_object (&export->team);
  g_clear_object (&export->meeting);
  g_clear_object (&export->file);
  g_clear_object (&export->working);
  g_free (export);
}

static void
open_clicked_cb (AdwToast *toast,
                 GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    g_message ("Could not open %s: %s", uri, error->message);
}

/**
 * coprod_summary_export_to:
 *
 * Writes the summary to @file and says so in @toasts, with a button to open it.
 *
 * Returns: whether it was written
 */
gboolean
coprod_summary_export_to (AdwToastOverlay    *toasts,
                          CoprodTeam         *team,
                          CoprodMeeting      *meeting,
                          GFile              *file,
                          CoprodSummaryFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (path == NULL || !coprod_summary_write_pdf (team, meeting, flags, path, &error))
    {
      if (error != NULL)
        g_message ("%s", error->message);
      /* A link, a device, a pipe or a folder was refused: the error says what to do. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE) ||
          g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        text = g_strdup (error->message);
      else
        /* Translators: %s is a file name */
        text = g_strdup_printf (_("“%s” could not be saved. Is the disk full, or the folder "
                                  "read-only?"), name);
      adw_toast_overlay_add_toast (toasts, adw_toast_new (text));
      return FALSE;
    }
  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Saved “%s”"), name);
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_clicked_cb),
                         g_object_ref (file), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);
  adw_toast_overlay_add_toast (toasts, toast);
  return TRUE;
}

/* Made once the "working" toast has had a frame to show. */
static gboolean
write_cb (gpointer data)
{
  Export *export = data;

  coprod_summary_export_to (export->toasts, export->team, export->meeting, export->file,
                            export->flags);
  adw_toast_dismiss (export->working);
  export_free (export);
  return G_SOURCE_REMOVE;
}

static gboolean
choice_on (GtkFileChooser *chooser,
           const char     *id)
{
  return g_strcmp0 (gtk_file_chooser_get_choice (chooser, id), "true") == 0;
}

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             Export          *export)
{
  if (response != GTK_RESPONSE_ACCEPT)
    {
      export_free (export);
      g_object_unref (chooser);
      return;
    }
  export->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (choice_on (GTK_FILE_CHOOSER (chooser), "large-print"))
    export->flags |= COPROD_SUMMARY_LARGE_PRINT;
  if (choice_on (GTK_FILE_CHOOSER (chooser), "handouts"))
    export->flags |= COPROD_SUMMARY_HANDOUTS;
  if (choice_on (GTK_FILE_CHOOSER (chooser), "private"))
    export->flags |= COPROD_SUMMARY_PRIVATE;
  if (choice_on (GTK_FILE_CHOOSER (chooser), "unshown-names"))
    export->flags |= COPROD_SUMMARY_LEAVE_OUT_UNSHOWN_NAMES;
  export->working = adw_toast_new (_("Making the summary…"));
  adw_toast_set_timeout (export->working, 0);
  /* Kept until it is dismissed: the overlay lets go of it if it is closed first. */
  adw_toast_overlay_add_toast (export->toasts, g_object_ref (export->working));
  g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, 100, write_cb, export, NULL);
  g_object_unref (chooser);
}

/**
 * coprod_summary_export_choose:
 *
 * Asks where to save @meeting's summary, and how, then makes it.
 */
void
coprod_summary_export_choose (GtkWindow       *parent,
                              AdwToastOverlay *toasts,
                              CoprodTeam      *team,
                              CoprodMeeting   *meeting)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *name = coprod_summary_default_file_name (meeting);
  Export *export = g_new0 (Export, 1);

  export->toasts = g_object_ref (toasts);
  export->team = g_object_ref (team);
  export->meeting = g_object_ref (meeting);

  chooser = gtk_file_chooser_native_new (_("Save the Meeting’s Summary"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                         _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "large-print", _("Large print"),
                               NULL, NULL);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "handouts",
                               _("A page of actions for each person"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "handouts", "true");
  /* Private notes and money are for the facilitator: never in by default. */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "private",
                               _("Include private notes, and time and expenses"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "private", "false");
  /* The summary names everyone who came, those kept off the shared screen too: they were
   * in the room and have actions. The choice's words say so by offering the other way;
   * the file chooser sets its choices in one row, so they are kept short enough for a
   * laptop's screen. */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "unshown-names",
                               _("Leave out names of people kept off the shared screen"),
                               NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "unshown-names", "false");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
