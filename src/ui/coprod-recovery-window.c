/* coprod-recovery-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shown instead of the main window when Coprod's file cannot be opened. It says what
 * happened in plain words and offers a way on; it never writes to the file itself,
 * only moves it aside, whole, when the facilitator chooses a backup or a fresh start.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "coprod-recovery-window.h"
#include "coprod-store.h"

struct _CoprodRecoveryWindow
{
  AdwApplicationWindow  parent_instance;

  char                 *data_dir;
  char                 *backup;

  AdwToastOverlay      *toast_overlay;
  AdwStatusPage        *status_page;
  GtkButton            *restore_button;
  GtkLabel             *backup_label;
  GtkButton            *fresh_button;
  GtkLabel             *details_label;
};

G_DEFINE_FINAL_TYPE (CoprodRecoveryWindow, coprod_recovery_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static char *
backup_date_text (const char *path)
{
  GStatBuf st;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *date = NULL;

  if (g_stat (path, &st) != 0)
    return NULL;
  when = g_date_time_new_from_unix_local (st.st_mtime);
  if (when == NULL)
    return NULL;
  /* Translators: when a backup was made, see GDateTime's format */
  date = g_date_time_format (when, _("%A %-d %B %Y at %H:%M"));
  /* Translators: %s is a date and time such as "Monday 23 November 2026 at 14:03" */
  return g_strdup_printf (_("The latest backup was made on %s. Changes made after that "
                            "are in the file that is kept aside."), date);
}

static void
describe (CoprodRecoveryWindow *self,
          const GError         *error)
{
  g_autofree char *path = g_build_filename (self->data_dir, "coprod.db", NULL);
  g_autofree char *description = NULL;
  g_autofree char *details = NULL;
  const char *title;
  const char *what;

  if (g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_COPROD))
    {
      title = _("This Is Not a Coprod File");
      what = _("The file in Coprod’s data folder belongs to another program, so Coprod "
               "has left it alone.");
    }
  else if (g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_TOO_NEW))
    {
      title = _("Saved by a Newer Coprod");
      what = _("This file was saved by a newer version of Coprod, which this version "
               "cannot read safely. Install the newer version to carry on with it; the "
               "file has not been changed.");
    }
  else if (g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_DAMAGED))
    {
      title = _("Coprod’s File Is Damaged");
      what = _("Coprod could not read its file: it may have been cut short or written "
               "over. Coprod has not changed it, so nothing more is lost.");
    }
  else
    {
      title = _("Coprod Could Not Open Its File");
      what = _("Something stopped Coprod from opening its file. Coprod has not changed "
               "it.");
    }

  if (self->backup != NULL)
    description = g_strdup (what);
  else
    /* Translators: %s explains what went wrong */
    description = g_strdup_printf (_("%s There is no backup to go back to."), what);

  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  /* Translators: the technical details: the file's path, then what went wrong */
  details = g_strdup_printf (_("File: %s\n%s"), path, error != NULL ? error->message : "");
  gtk_label_set_label (self->details_label, details);

  gtk_widget_set_visible (GTK_WIDGET (self->restore_button), self->backup != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->backup_label), self->backup != NULL);
  if (self->backup != NULL)
    {
      g_autofree char *date = backup_date_text (self->backup);

      gtk_label_set_label (self->backup_label, date != NULL ? date : "");
    }
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->fresh_button), "suggested-action");
}

static void
report (CoprodRecoveryWindow *self,
        const char           *message,
        GError               *error)
{
  g_autofree char *text = g_strdup_printf ("%s %s", message, error->message);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* Callbacks */

static void
restore_clicked_cb (CoprodRecoveryWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  kept = coprod_store_restore_backup (self->data_dir, self->backup, &error);
  if (kept == NULL)
    {
      report (self, _("The backup could not be put in place."), error);
      return;
    }
  g_message ("The unreadable file was kept as %s", kept);
  g_signal_emit (self, signals[RESTORED], 0);
}

static void
fresh_clicked_cb (CoprodRecoveryWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  kept = coprod_store_set_aside (self->data_dir, &error);
  if (kept == NULL)
    {
      report (self, _("The file could not be moved aside."), error);
      return;
    }
  g_message ("The unreadable file was kept as %s", kept);
  g_signal_emit (self, signals[RESTORED], 0);
}

static void
open_folder_clicked_cb (CoprodRecoveryWindow *self)
{
  g_autoptr(GFile) folder = g_file_new_for_path (self->data_dir);
  g_autofree char *uri = g_file_get_uri (folder);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

/* Overrides */

static void
coprod_recovery_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), COPROD_TYPE_RECOVERY_WINDOW);

  G_OBJECT_CLASS (coprod_recovery_window_parent_class)->dispose (object);
}

static void
coprod_recovery_window_finalize (GObject *object)
{
  CoprodRecoveryWindow *self = COPROD_RECOVERY_WINDOW (object);

  g_free (self->data_dir);
  g_free (self->backup);

  G_OBJECT_CLASS (coprod_recovery_window_parent_class)->finalize (object);
}

static void
coprod_recovery_window_class_init (CoprodRecoveryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = coprod_recovery_window_dispose;
  object_class->finalize = coprod_recovery_window_finalize;

  /* The file was replaced by a backup or moved aside: the app can open the store. */
  signals[RESTORED] = g_signal_new ("restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Coprod/coprod-recovery-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CoprodRecoveryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CoprodRecoveryWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, CoprodRecoveryWindow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, CoprodRecoveryWindow, backup_label);
  gtk_widget_class_bind_template_child (widget_class, CoprodRecoveryWindow, fresh_button);
  gtk_widget_class_bind_template_child (widget_class, CoprodRecoveryWindow, details_label);
  gtk_widget_class_bind_template_callback (widget_class, restore_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, fresh_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_folder_clicked_cb);
}

static void
coprod_recovery_window_init (CoprodRecoveryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

CoprodRecoveryWindow *
coprod_recovery_window_new (GtkApplication *application,
                            const char     *data_dir,
                            const GError   *error)
{
  CoprodRecoveryWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (data_dir != NULL, NULL);

  self = g_object_new (COPROD_TYPE_RECOVERY_WINDOW, "application", application, NULL);
  self->data_dir = g_strdup (data_dir);
  self->backup = coprod_store_find_usable_backup (data_dir);
  describe (self, error);
  return self;
}
