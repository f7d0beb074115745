/* coprod-test-app.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <sqlite3.h>

#include "coprod-application.h"
#include "coprod-test-app.h"

typedef struct
{
  CoprodTestFunc func;
  gpointer       user_data;
} RunData;

static gboolean
run_test_cb (gpointer user_data)
{
  GtkApplication *app = user_data;
  RunData *data = g_object_get_data (G_OBJECT (app), "coprod-test-run");
  GtkWindow *window = gtk_application_get_active_window (app);

  if (window == NULL)
    {
      GList *windows = gtk_application_get_windows (app);

      window = windows != NULL ? windows->data : NULL;
    }
  g_assert_nonnull (window);

  /* The test starts with the window on screen and drawn, as a user first sees it. */
  coprod_test_wait_for_frame (GTK_WIDGET (window));
  data->func (app, window, data->user_data);

  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GApplication *app)
{
  g_idle_add (run_test_cb, app);
}

static gboolean
wait_done_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
wake_up_cb (gpointer user_data)
{
  *(guint *) user_data = 0;
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  *(gboolean *) user_data = TRUE;
}

/**
 * coprod_test_run_app:
 *
 * Runs Coprod with `--data-dir=DATA_DIR` until @func returns.
 *
 * Returns: the application's exit status
 */
int
coprod_test_run_app (const char     *data_dir,
                     CoprodTestFunc  func,
                     gpointer        user_data)
{
  g_autoptr(CoprodApplication) app = coprod_application_new ();
  g_autofree char *option = g_strdup_printf ("--data-dir=%s", data_dir);
  char *argv[] = { (char *) "coprod", option, NULL };
  RunData data = { func, user_data };

  GListModel *toplevels = gtk_window_get_toplevels ();
  int status;

  g_object_set_data (G_OBJECT (app), "coprod-test-run", &data);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), NULL);
  status = g_application_run (G_APPLICATION (app), 2, argv);

  /* Quitting leaves windows behind; the next test must start with none. */
  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  return status;
}

/**
 * coprod_test_deadline:
 *
 * Returns: the monotonic time by which what a test waits for must have happened:
 *   COPROD_TEST_DEADLINE seconds from now (10 by default, enough for a sanitizer build
 *   on a busy machine; nothing waits that long when all is well)
 */
gint64
coprod_test_deadline (void)
{
  const char *seconds = g_getenv ("COPROD_TEST_DEADLINE");
  gint64 n = seconds != NULL ? g_ascii_strtoll (seconds, NULL, 10) : 0;

  return g_get_monotonic_time () + (n > 0 ? n : 10) * G_USEC_PER_SEC;
}

/* One turn of the main loop: it dispatches what is ready, or sleeps until something is,
 * but for no more than 10 ms, so that a condition is looked at again soon. */
void
coprod_test_iterate (void)
{
  guint wake_up = 0;

  wake_up = g_timeout_add (10, wake_up_cb, &wake_up);
  g_main_context_iteration (NULL, TRUE);
  if (wake_up != 0)
    g_source_remove (wake_up);
}

/* Fails the running test: what it waited for, and the expression that never held. */
void
coprod_test_timed_out (const char *file,
                       int         line,
                       const char *func,
                       const char *condition,
                       const char *format,
                       ...)
{
  g_autofree char *what = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  message = g_strdup_printf ("Gave up waiting for %s (%s)", what, condition);
  g_assertion_message (G_LOG_DOMAIN, file, line, func, message);
}

/**
 * coprod_test_wait_for_frame:
 *
 * Waits until @widget is on screen and its window has drawn a whole frame after this
 * call: measured, allocated and painted. Facts that depend on layout (what fits, what
 * is hidden, sizes) are read after it.
 */
void
coprod_test_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  coprod_test_wait_until (gtk_widget_get_mapped (widget), "a %s to be on screen",
                          G_OBJECT_TYPE_NAME (widget));
  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  coprod_test_wait_until (painted, "the window of a %s to draw a frame",
                          G_OBJECT_TYPE_NAME (widget));
  g_signal_handler_disconnect (clock, handler);
}

/**
 * coprod_test_wait_for_toplevel:
 *
 * Returns: (transfer none): the window of @type on screen, once there is one
 */
GtkWindow *
coprod_test_wait_for_toplevel (GType type)
{
  coprod_test_wait_until (coprod_test_find_toplevel (type) != NULL, "a %s to open",
                          g_type_name (type));
  return coprod_test_find_toplevel (type);
}

/* Waits until no window of @type is on screen. */
void
coprod_test_wait_for_no_toplevel (GType type)
{
  coprod_test_wait_until (coprod_test_find_toplevel (type) == NULL, "every %s to close",
                          g_type_name (type));
}

/**
 * coprod_test_wait_for_int:
 *
 * Waits until @sql, read by a second connection to @db_path, gives @expected: until it
 * is committed.
 */
void
coprod_test_wait_for_int (const char *db_path,
                          const char *sql,
                          gint64      expected)
{
  gint64 deadline = coprod_test_deadline ();
  gint64 value;

  while ((value = coprod_test_query_int (db_path, sql)) != expected)
    {
      if (g_get_monotonic_time () > deadline)
        {
          g_autofree char *message =
            g_strdup_printf ("Gave up waiting for “%s” to give %" G_GINT64_FORMAT "; it gives %"
                             G_GINT64_FORMAT, sql, expected, value);

          g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message);
          return;
        }
      coprod_test_iterate ();
    }
}

/* The same for text: @expected %NULL waits for no row, or a NULL. */
void
coprod_test_wait_for_text (const char *db_path,
                           const char *sql,
                           const char *expected)
{
  gint64 deadline = coprod_test_deadline ();

  for (;;)
    {
      g_autofree char *value = coprod_test_query_text (db_path, sql);

      if (g_strcmp0 (value, expected) == 0)
        return;
      if (g_get_monotonic_time () > deadline)
        {
          g_autofree char *message =
            g_strdup_printf ("Gave up waiting for “%s” to give “%s”; it gives “%s”", sql,
                             expected != NULL ? expected : "(null)",
                             value != NULL ? value : "(null)");

          g_assertion_message (G_LOG_DOMAIN, __FILE__, __LINE__, G_STRFUNC, message);
          return;
        }
      coprod_test_iterate ();
    }
}

/**
 * coprod_test_wait_for_idle:
 *
 * Runs the main loop until nothing is ready to run: what was queued for idle (a list
 * rebuilt, a check of the words) has run. Timers that are not due yet are not waited
 * for; wait for what they do instead.
 */
void
coprod_test_wait_for_idle (void)
{
  coprod_test_wait_until (!g_main_context_iteration (NULL, FALSE), "the main loop to be idle");
}

/**
 * coprod_test_let_time_pass:
 *
 * Runs the main loop for @ms milliseconds of the clock, for a test of something that
 * counts time (a countdown, a page that turns every few seconds). It is never a way to
 * wait for something else: what the test then expects it still waits for.
 */
void
coprod_test_let_time_pass (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, wait_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

GtkWindow *
coprod_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

GtkWidget *
coprod_test_child (GtkWidget  *widget,
                   GType       template_type,
                   const char *name)
{
  GObject *child = gtk_widget_get_template_child (widget, template_type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

/**
 * coprod_test_save_png:
 *
 * Renders @widget (a window, usually) as it is on screen into a PNG file.
 */
gboolean
coprod_test_save_png (GtkWidget   *widget,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Nothing was drawn");
      return FALSE;
    }
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write %s", path);
      return FALSE;
    }
  return TRUE;
}


/**
 * coprod_test_find_widget:
 *
 * Returns: (transfer none) (nullable): the first widget of @type in @root, depth first
 */
GtkWidget *
coprod_test_find_widget (GtkWidget *root,
                         GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = coprod_test_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * coprod_test_collect:
 *
 * Adds to @found every widget of @type in @root, depth first.
 */
void
coprod_test_collect (GtkWidget *root,
                     GType      type,
                     GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    coprod_test_collect (child, type, found);
}

/**
 * coprod_test_find_button:
 *
 * Returns: (transfer none) (nullable): the first button in @root on screen with
 *   @label, mnemonic underscore and all
 */
GtkWidget *
coprod_test_find_button (GtkWidget  *root,
                         const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  coprod_test_collect (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0 &&
        gtk_widget_is_drawable (g_ptr_array_index (buttons, i)))
      return g_ptr_array_index (buttons, i);
  return NULL;
}

/**
 * coprod_test_press_response:
 *
 * Answers a message dialog as a click on the button labelled @label does, closing it
 * too: in libadwaita 1.2, adw_message_dialog_response () only emits the response and
 * leaves the dialog open. The button is there once the dialog is on screen.
 */
void
coprod_test_press_response (GtkWindow  *dialog,
                            const char *label)
{
  GtkWidget *button = NULL;

  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  coprod_test_wait_until ((button = coprod_test_find_button (GTK_WIDGET (dialog), label)) != NULL,
                          "the “%s” button of a dialog to be on screen", label);
  g_signal_emit_by_name (button, "clicked");
}

/**
 * coprod_test_query_text:
 *
 * What a second reader of the database file at @db_path sees, which is only what was
 * committed: the first column of the first row of @sql.
 *
 * Returns: (transfer full) (nullable): the value as text, or %NULL for no row or NULL
 */
char *
coprod_test_query_text (const char *db_path,
                        const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result;
}

/* The same as a number, or -1 when there is none. */
gint64
coprod_test_query_int (const char *db_path,
                       const char *sql)
{
  g_autofree char *text = coprod_test_query_text (db_path, sql);

  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : -1;
}

/* For g_test_add (): a data folder named after the test program. */
void
coprod_test_data_set_up (CoprodTestData *f,
                         gconstpointer   data)
{
  g_autofree char *name = g_path_get_basename (g_get_prgname ());
  g_autofree char *prefix = g_strdup_printf ("coprod-%s", name);

  f->data_dir = coprod_test_make_tmp_dir (prefix);
  f->db_path = g_build_filename (f->data_dir, "coprod.db", NULL);
}

void
coprod_test_data_tear_down (CoprodTestData *f,
                            gconstpointer   data)
{
  coprod_test_remove_tmp_dir (f->data_dir);
  g_free (f->data_dir);
  g_free (f->db_path);
}
