/* coprod-application.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns the store and the context and hands them to each window. The command-line
 * options that only read or write the store run in handle-local-options, before GTK
 * is started, so they work with no display.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gunixoutputstream.h>
#include <stdio.h>
#include <unistd.h>

#include "coprod-application.h"
#include "coprod-meeting-list.h"
#include "coprod-recovery-window.h"
#include "coprod-summary.h"
#include "coprod-window.h"

struct _CoprodApplication
{
  AdwApplication  parent_instance;

  char           *data_dir;
  CoprodStore    *store;
  CoprodContext  *context;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (CoprodApplication, coprod_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Keep Coprod’s data in DIR instead of the usual folder"), N_("DIR") },
  { "list-meetings", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print every meeting (id, date, team, title) and exit"), NULL },
  { "add-example", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Add the example team and exit"), NULL },
  { "export-summary", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Write the summary of meeting ID as a PDF (with --output) and exit"), N_("ID") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Where --export-summary writes the PDF"), N_("FILE") },
  { "large-print", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-summary: large print"), NULL },
  { "leave-out-unshown-names", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-summary: people who asked not to be shown on the shared screen are "
       "named only as “a family member”, “a young person” or “a professional”"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

static void store_failed_cb (CoprodStore       *store,
                             GError            *error,
                             CoprodApplication *self);

/* Helpers */

static void
print_error (const char *what,
             GError     *error)
{
  g_printerr ("coprod: %s: %s\n", what, error->message);
}

/* The window settings are a nicety: when Coprod runs from its build folder without an
 * installed schema it still opens, just without remembering its size. */
static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed; window size will not be kept",
                 APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static gboolean
open_store (CoprodApplication  *self,
            GError            **error)
{
  g_autoptr(CoprodStore) store = coprod_store_open (self->data_dir, error);
  g_autoptr(CoprodContext) context = NULL;

  if (store == NULL)
    return FALSE;
  context = coprod_context_new (store, error);
  if (context == NULL)
    return FALSE;

  g_set_object (&self->store, store);
  g_set_object (&self->context, context);
  g_signal_connect_object (self->store, "failed", G_CALLBACK (store_failed_cb), self, 0);
  return TRUE;
}

static int
run_list_meetings (CoprodApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

  if (!open_store (self, &error))
    {
      print_error (_("Could not open the data"), error);
      return 1;
    }
  if (!coprod_meeting_list_write (self->store, out, &error))
    {
      print_error (_("Could not list the meetings"), error);
      return 1;
    }
  return 0;
}

static int
run_add_example (CoprodApplication *self)
{
  g_autoptr(GError) error = NULL;
  CoprodTeam *team;

  if (!open_store (self, &error))
    {
      print_error (_("Could not open the data"), error);
      return 1;
    }
  team = coprod_context_add_example (self->context, &error);
  if (team == NULL)
    {
      print_error (_("Could not add the example team"), error);
      return 1;
    }
  g_print (_("Added the example team “%s” to %s\n"), coprod_team_get_name (team),
           coprod_store_get_path (self->store));
  return 0;
}

/* --export-summary=ID --output=FILE [--large-print] [--leave-out-unshown-names], with no
 * display. */
static int
run_export_summary (CoprodApplication *self,
                    GVariantDict      *options)
{
  g_autoptr(GError) error = NULL;
  const char *output = NULL;
  gint64 id = 0;
  GListModel *teams;
  CoprodSummaryFlags flags = COPROD_SUMMARY_HANDOUTS;

  g_variant_dict_lookup (options, "export-summary", "x", &id);
  if (!g_variant_dict_lookup (options, "output", "^&ay", &output) || *output == '\0')
    {
      g_printerr ("coprod: %s\n", _("--export-summary needs --output=FILE"));
      return 2;
    }
  if (g_variant_dict_contains (options, "large-print"))
    flags |= COPROD_SUMMARY_LARGE_PRINT;
  if (g_variant_dict_contains (options, "leave-out-unshown-names"))
    flags |= COPROD_SUMMARY_LEAVE_OUT_UNSHOWN_NAMES;
  if (!open_store (self, &error))
    {
      print_error (_("Could not open the data"), error);
      return 1;
    }

  teams = coprod_context_get_teams (self->context);
  for (guint t = 0; t < g_list_model_get_n_items (teams); t++)
    {
      g_autoptr(CoprodTeam) team = g_list_model_get_item (teams, t);
      GListModel *meetings = coprod_team_get_meetings (team);

      for (guint m = 0; m < g_list_model_get_n_items (meetings); m++)
        {
          g_autoptr(CoprodMeeting) meeting = g_list_model_get_item (meetings, m);

          if (coprod_meeting_get_id (meeting) != id)
            continue;
          if (!coprod_summary_write_pdf (team, meeting, flags, output, &error))
            {
              print_error (_("Could not write the summary"), error);
              return 1;
            }
          return 0;
        }
    }
  g_printerr ("coprod: %s\n", _("There is no meeting with that ID; --list-meetings lists them"));
  return 1;
}

/* Benchmarks measure from exec to the first frame drawn; this tells them when. */
static void
first_frame_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  GApplication *app = user_data;

  g_print ("first-frame-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, user_data);
  g_application_quit (app);
}

static void
window_mapped_cb (GtkWidget *window,
                  gpointer   user_data)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_signal_connect (gdk_surface_get_frame_clock (surface), "after-paint",
                    G_CALLBACK (first_frame_cb), user_data);
}

static void
restored_cb (CoprodRecoveryWindow *recovery,
             CoprodApplication    *self)
{
  GtkWindow *window = coprod_application_open (self);

  gtk_window_present (window);
  gtk_window_destroy (GTK_WINDOW (recovery));
}

static void
store_failed_cb (CoprodStore       *store,
                 GError            *error,
                 CoprodApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (COPROD_IS_WINDOW (window))
    coprod_window_report_error (COPROD_WINDOW (window), error);
  else
    g_message ("Could not save: %s", error->message);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Closing each window first lets it save what it shows, as a close would. */
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_close (windows->data);
      windows = next;
    }
  g_application_quit (G_APPLICATION (app));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "The Coprod developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Coprod"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Coprod developers"),
                         "developers", developers,
                         "comments", _("Run co-production meetings where families and "
                                       "professionals work as equals."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

/* Overrides */

static int
coprod_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  CoprodApplication *self = COPROD_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  const char *data_dir = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("coprod %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "data-dir", "^&ay", &data_dir) && *data_dir != '\0')
    self->data_dir = g_canonicalize_filename (data_dir, NULL);
  else
    self->data_dir = coprod_store_default_data_dir ();

  /* Another data folder is another Coprod: it must not hand its window to a running
   * instance that shows a different store. */
  if (data_dir != NULL || g_getenv ("COPROD_DATA_DIR") != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  if (!coprod_store_ensure_data_dir (self->data_dir, &error))
    {
      print_error (_("The data folder cannot be used"), error);
      return 1;
    }

  if (g_variant_dict_contains (options, "list-meetings"))
    return run_list_meetings (self);
  if (g_variant_dict_contains (options, "add-example"))
    return run_add_example (self);
  if (g_variant_dict_contains (options, "export-summary"))
    return run_export_summary (self, options);

  return G_APPLICATION_CLASS (coprod_application_parent_class)->handle_local_options (app,
                                                                                      options);
}

static void
coprod_application_startup (GApplication *app)
{
  CoprodApplication *self = COPROD_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (coprod_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);

  self->settings = create_settings ();
}

static void
coprod_application_activate (GApplication *app)
{
  CoprodApplication *self = COPROD_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = coprod_application_open (self);

  if (g_getenv ("COPROD_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect_after (window, "map", G_CALLBACK (window_mapped_cb), app);

  gtk_window_present (window);
}

static void
coprod_application_shutdown (GApplication *app)
{
  CoprodApplication *self = COPROD_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && !coprod_store_close (self->store, &error))
    g_printerr ("coprod: %s: %s\n", _("Some edits could not be saved"), error->message);

  G_APPLICATION_CLASS (coprod_application_parent_class)->shutdown (app);
}

static void
coprod_application_dispose (GObject *object)
{
  CoprodApplication *self = (CoprodApplication *) object;

  g_clear_object (&self->context);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (coprod_application_parent_class)->dispose (object);
}

static void
coprod_application_finalize (GObject *object)
{
  CoprodApplication *self = (CoprodApplication *) object;

  g_free (self->data_dir);

  G_OBJECT_CLASS (coprod_application_parent_class)->finalize (object);
}

static void
coprod_application_class_init (CoprodApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = coprod_application_dispose;
  object_class->finalize = coprod_application_finalize;

  app_class->handle_local_options = coprod_application_handle_local_options;
  app_class->startup = coprod_application_startup;
  app_class->activate = coprod_application_activate;
  app_class->shutdown = coprod_application_shutdown;
}

static void
coprod_application_init (CoprodApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan and run co-production meetings."));
}

/* Public API */

/**
 * coprod_application_get_settings:
 *
 * Returns: (transfer none) (nullable): Coprod's settings, or %NULL when the schema is
 *   not installed
 */
GSettings *
coprod_application_get_settings (CoprodApplication *self)
{
  g_return_val_if_fail (COPROD_IS_APPLICATION (self), NULL);
  return self->settings;
}

CoprodApplication *
coprod_application_new (void)
{
  return g_object_new (COPROD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/com/example/Coprod",
                       NULL);
}

const char *
coprod_application_get_data_dir (CoprodApplication *self)
{
  g_return_val_if_fail (COPROD_IS_APPLICATION (self), NULL);
  return self->data_dir;
}

/**
 * coprod_application_get_context:
 *
 * Returns: (transfer none) (nullable): the open store's context, if it opened
 */
CoprodContext *
coprod_application_get_context (CoprodApplication *self)
{
  g_return_val_if_fail (COPROD_IS_APPLICATION (self), NULL);
  return self->context;
}

/**
 * coprod_application_open:
 *
 * Opens the store and returns a new main window for it, or, if the file cannot be
 * opened, a recovery window that explains why.
 *
 * Returns: (transfer none): the new window
 */
GtkWindow *
coprod_application_open (CoprodApplication *self)
{
  g_autoptr(GError) error = NULL;
  CoprodRecoveryWindow *recovery;

  g_return_val_if_fail (COPROD_IS_APPLICATION (self), NULL);

  if (self->context != NULL || open_store (self, &error))
    return GTK_WINDOW (coprod_window_new (self, self->context, self->settings));

  recovery = coprod_recovery_window_new (GTK_APPLICATION (self), self->data_dir, error);
  g_signal_connect_object (recovery, "restored", G_CALLBACK (restored_cb), self, 0);
  return GTK_WINDOW (recovery);
}
