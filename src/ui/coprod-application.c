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
#include "coprod-projector-window.h"
#include "coprod-recovery-window.h"
#include "coprod-save-status.h"
#include "coprod-summary.h"
#include "coprod-window.h"

struct _CoprodApplication
{
  AdwApplication  parent_instance;

  char           *data_dir;
  char           *read_only_reason;  /* why the store is open for reading only, or NULL */
  CoprodStore    *store;
  CoprodContext  *context;
  GSettings      *settings;

  /* Set once the facilitator chose to quit although changes were not saved, or once
   * quitting has begun and every window is closing. */
  gboolean        may_lose_unsaved;
  gboolean        quitting;
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

static void
print_open_error (GError *error)
{
  if (g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FOLDER))
    print_error (_("The data folder cannot be used"), error);
  else
    print_error (_("Could not open the data"), error);
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

/* READ_ONLY: the command-line reads never make, purge, migrate, back up or write
 * anything, even while the app runs with undo still to offer. */
static gboolean
open_store (CoprodApplication  *self,
            gboolean            read_only,
            GError            **error)
{
  g_autoptr(CoprodStore) store = NULL;
  g_autoptr(CoprodContext) context = NULL;

  store = read_only ? coprod_store_open_read_only (self->data_dir, error)
                    : coprod_store_open (self->data_dir, error);

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

/* The window's store: read-write when the folder and file can be written to, otherwise
 * read-only with a reason the window shows, so that a folder someone made read-only
 * (a shared computer, a full backup drive, a copy from a DVD) still opens. Only a file
 * that is otherwise healthy opens; anything else goes to the recovery page. */
static gboolean
open_store_for_window (CoprodApplication  *self,
                       GError            **error)
{
  g_autofree char *unwritable = NULL;
  g_autoptr(GError) folder_error = NULL;

  if (coprod_store_can_write (self->data_dir, &unwritable))
    {
      if (coprod_store_ensure_data_dir (self->data_dir, &folder_error))
        return open_store (self, FALSE, error);
      /* A folder that cannot even be made: there is nothing to read either. */
      g_propagate_error (error, g_steal_pointer (&folder_error));
      return FALSE;
    }

  if (!open_store (self, TRUE, error))
    return FALSE;
  g_clear_pointer (&self->read_only_reason, g_free);
  if (g_str_equal (unwritable, self->data_dir))
    /* Translators: %s is a folder */
    self->read_only_reason = g_strdup_printf (_("Coprod can only read your data: the folder "
                                                "%s cannot be written to."), unwritable);
  else
    /* Translators: %s is a file */
    self->read_only_reason = g_strdup_printf (_("Coprod can only read your data: the file "
                                                "%s cannot be written to."), unwritable);
  g_message ("Opened %s for reading only", self->data_dir);
  return TRUE;
}

static int
run_list_meetings (CoprodApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

  if (!open_store (self, TRUE, &error))
    {
      print_open_error (error);
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

  if (!coprod_store_ensure_data_dir (self->data_dir, &error))
    {
      print_error (_("The data folder cannot be used"), error);
      return 1;
    }
  if (!open_store (self, FALSE, &error))
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
  if (!open_store (self, TRUE, &error))
    {
      print_open_error (error);
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

/* The main window the facilitator is using, even while an editor (which is not one of
 * the application's windows) is the active one. */
static CoprodWindow *
find_main_window (CoprodApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (COPROD_IS_WINDOW (active))
    return COPROD_WINDOW (active);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (COPROD_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static gboolean
has_unsaved_changes (CoprodApplication *self)
{
  if (self->store == NULL || !coprod_store_get_has_pending (self->store))
    return FALSE;
  /* One more try first: the space may have been freed since the last. */
  coprod_store_flush (self->store, NULL);
  return coprod_store_get_save_failing (self->store) &&
         coprod_store_get_has_pending (self->store);
}

/* Whether WINDOW shows the strip that says changes are waiting: every window where
 * editing happens, not the shared screen, the recovery page or the about window. */
static gboolean
wants_save_status (GtkWindow *window)
{
  if (!ADW_IS_WINDOW (window) && !ADW_IS_APPLICATION_WINDOW (window))
    return FALSE;
  return !COPROD_IS_PROJECTOR_WINDOW (window) && !COPROD_IS_RECOVERY_WINDOW (window) &&
         !ADW_IS_ABOUT_WINDOW (window);
}

static void
store_failed_cb (CoprodStore       *store,
                 GError            *error,
                 CoprodApplication *self)
{
  CoprodWindow *window = find_main_window (self);

  if (window != NULL)
    coprod_window_report_error (window, error);
  else
    g_message ("Could not save: %s", error->message);
}

static gboolean
quit_idle_cb (gpointer user_data)
{
  g_action_group_activate_action (G_ACTION_GROUP (user_data), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
lose_unsaved_response_cb (AdwMessageDialog  *dialog,
                          const char        *response,
                          CoprodApplication *self)
{
  if (g_strcmp0 (response, "quit") != 0)
    return;
  self->may_lose_unsaved = TRUE;
  /* Once the dialog has closed: quitting closes the window it belongs to. */
  g_idle_add_full (G_PRIORITY_DEFAULT, quit_idle_cb, g_object_ref (self), g_object_unref);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static gboolean
attach_save_status_idle_cb (gpointer user_data)
{
  g_autoptr(GtkWindow) window = g_weak_ref_get (user_data);
  CoprodApplication *self;

  if (window == NULL)
    return G_SOURCE_REMOVE;
  /* A window made before the store opened (the recovery page) has no store to watch. */
  self = g_object_get_data (G_OBJECT (window), "coprod-application");
  if (self != NULL && self->store != NULL && !gtk_widget_in_destruction (GTK_WIDGET (window)))
    coprod_save_status_attach (window, self->store);
  return G_SOURCE_REMOVE;
}

static void
toplevels_changed_cb (GListModel        *toplevels,
                      guint              position,
                      guint              removed,
                      guint              added,
                      CoprodApplication *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      GWeakRef *ref;

      if (!wants_save_status (window) || coprod_save_status_find (window) != NULL)
        continue;
      /* A window joins the list as it is made, before its template fills it: the strip
       * goes in once that is done, before the window draws its first frame. */
      /* A weak reference: a window closed before the idle runs must go at once, since
       * what it commits on closing goes with it (its "destroy"). */
      ref = g_new0 (GWeakRef, 1);
      g_weak_ref_init (ref, window);
      g_object_set_data (G_OBJECT (window), "coprod-application", self);
      g_idle_add_full (G_PRIORITY_HIGH, attach_save_status_idle_cb, ref, weak_ref_free);
    }
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows;

  if (!coprod_application_may_close (COPROD_APPLICATION (app),
                                     gtk_application_get_active_window (app), TRUE))
    return;
  COPROD_APPLICATION (app)->quitting = TRUE;
  windows = gtk_application_get_windows (app);

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
  g_signal_connect_object (gtk_window_get_toplevels (), "items-changed",
                           G_CALLBACK (toplevels_changed_cb), self, 0);
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
  g_free (self->read_only_reason);

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

  if (self->context != NULL || open_store_for_window (self, &error))
    {
      CoprodWindow *window = coprod_window_new (self, self->context, self->settings);

      if (self->read_only_reason != NULL)
        coprod_window_show_read_only (window, self->read_only_reason);
      return GTK_WINDOW (window);
    }

  recovery = coprod_recovery_window_new (GTK_APPLICATION (self), self->data_dir, error);
  g_signal_connect_object (recovery, "restored", G_CALLBACK (restored_cb), self, 0);
  return GTK_WINDOW (recovery);
}

/**
 * coprod_application_may_close:
 * @window: (nullable): the window being closed, or any of the application's
 * @quitting: %TRUE for quitting Coprod, %FALSE for closing @window alone
 *
 * Closing the last main window, or quitting, while changes are waiting to be saved
 * would lose them: this asks first, in a dialog over @window, and says no; if the
 * facilitator then chooses to quit, Coprod quits.
 *
 * Returns: %TRUE if the window may close (or Coprod quit) now
 */
gboolean
coprod_application_may_close (CoprodApplication *self,
                              GtkWindow         *window,
                              gboolean           quitting)
{
  AdwMessageDialog *dialog;
  g_autofree char *why = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (COPROD_IS_APPLICATION (self), TRUE);

  if (self->may_lose_unsaved || self->quitting)
    return TRUE;
  if (!quitting)
    {
      /* Another main window stays open, and with it Coprod, which keeps trying. */
      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
        if (l->data != window && COPROD_IS_WINDOW (l->data))
          return TRUE;
    }
  if (!has_unsaved_changes (self))
    return TRUE;

  why = coprod_save_status_describe_failure (self->store);
  /* Translators: the reason is “this computer’s disk is full; free some space” or another. */
  body = g_strdup_printf (_("Your latest changes are not saved yet: %s. If you quit now, they "
                            "will be lost. Keep Coprod open and it will keep trying to save "
                            "them."), why);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Quit and Lose Changes?"),
                                                       body));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Coprod Open"),
                                    "quit", _("_Quit and Lose Changes"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "quit", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (lose_unsaved_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}
