/* test-save-failing-ui.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the facilitator sees when changes cannot be saved (the disk made full by a VFS
 * that refuses writes): every window where editing happens says that they are waiting
 * and why, then that all are saved; and quitting while they wait asks first.
 */

#include <string.h>

#include "coprod-person-editor.h"
#include "coprod-save-status.h"
#include "coprod-test-app.h"
#include "coprod-test-vfs.h"
#include "coprod-window.h"

typedef CoprodTestData Fixture;

#define fixture_set_up coprod_test_data_set_up
#define fixture_tear_down coprod_test_data_tear_down

/* Helpers */

static CoprodStore *
get_store (GtkApplication *app)
{
  return coprod_context_get_store (coprod_application_get_context (COPROD_APPLICATION (app)));
}

static CoprodSaveStatus *
wait_for_status (GtkWindow *window)
{
  coprod_test_wait_until (coprod_save_status_find (window) != NULL,
                          "the window to have its save status strip");
  return coprod_save_status_find (window);
}

static gboolean
status_says (CoprodSaveStatus *status,
             const char       *words)
{
  return coprod_save_status_get_shown (status) &&
         strstr (coprod_save_status_get_text (status), words) != NULL;
}

static void
wait_for_words (GtkWindow  *window,
                const char *words)
{
  CoprodSaveStatus *status = wait_for_status (window);

  coprod_test_wait_until (status_says (status, words), "the window to say “%s” (it says “%s”)",
                          words, coprod_save_status_get_text (status));
  coprod_test_wait_for_frame (GTK_WIDGET (status));
}

/* Makes a team and a person, then an edit that cannot be saved. */
static CoprodPerson *
edit_while_full (GtkApplication *app,
                 GtkWindow      *window)
{
  g_autoptr(GError) error = NULL;
  CoprodContext *context = coprod_application_get_context (COPROD_APPLICATION (app));
  CoprodTeam *team;
  CoprodPerson *person;

  team = coprod_context_create_team (context, "Riverside parents", &error);
  g_assert_no_error (error);
  person = coprod_team_add_person (team, "Ada", COPROD_SIDE_FAMILY, &error);
  g_assert_no_error (error);
  g_assert_true (coprod_store_flush (get_store (app), &error));

  coprod_test_vfs_set_full (TRUE);
  coprod_person_set_name (person, "Ada Lovelace");
  g_assert_true (coprod_store_flush (get_store (app), &error));
  g_assert_no_error (error);
  g_assert_true (coprod_store_get_save_failing (get_store (app)));
  return person;
}

/* What the editor promises under its title. */
static const char *
editor_promise (GtkWindow *editor)
{
  GtkWidget *title = coprod_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_WINDOW_TITLE);

  g_assert_nonnull (title);
  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

/* Tests */

static void
waiting_then_saved (GtkApplication *app,
                    GtkWindow      *window,
                    gpointer        user_data)
{
  Fixture *f = user_data;
  CoprodPerson *person;
  GtkWindow *editor;

  person = edit_while_full (app, window);
  wait_for_words (window, "Your changes are not saved yet");
  wait_for_words (window, "disk is full");

  /* An editor opened now says so too, and so does one the failure finds open. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-person", "x",
                                             coprod_person_get_id (person)));
  editor = coprod_test_wait_for_toplevel (COPROD_TYPE_PERSON_EDITOR);
  wait_for_words (editor, "Your changes are not saved yet");
  g_assert_cmpstr (editor_promise (editor), ==, "Not saved yet");

  coprod_test_vfs_set_full (FALSE);
  coprod_person_set_likes_about_me (person, "She asks the questions nobody else does");
  g_assert_true (coprod_store_flush (get_store (app), NULL));
  wait_for_words (window, "All changes saved.");
  wait_for_words (editor, "All changes saved.");
  g_assert_cmpstr (editor_promise (editor), ==, "Saved as you type");
  coprod_test_wait_for_text (f->db_path, "SELECT name FROM person", "Ada Lovelace");

  /* It goes away by itself once it has been read. */
  coprod_test_wait_until (!coprod_save_status_get_shown (wait_for_status (window)),
                          "the strip to hide");

  coprod_test_vfs_set_full (TRUE);
  coprod_person_set_name (person, "Ada King");
  g_assert_true (coprod_store_flush (get_store (app), NULL));
  wait_for_words (editor, "Your changes are not saved yet");
  coprod_test_vfs_set_full (FALSE);
  g_assert_true (coprod_store_flush (get_store (app), NULL));
  wait_for_words (editor, "All changes saved.");
  gtk_window_close (editor);
}

static void
test_waiting_then_saved (Fixture       *f,
                         gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, waiting_then_saved, f), ==, 0);
}

static void
quit_asks (GtkApplication *app,
           GtkWindow      *window,
           gpointer        user_data)
{
  GtkWindow *dialog;

  edit_while_full (app, window);

  /* Ctrl+Q asks; keeping Coprod open keeps the window and the waiting changes. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  dialog = coprod_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Quit and Lose Changes?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            "disk is full"));
  coprod_test_press_response (dialog, "_Keep Coprod Open");
  coprod_test_wait_for_no_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_nonnull (g_list_find (gtk_application_get_windows (app), window));
  g_assert_true (coprod_store_get_has_pending (get_store (app)));

  /* Closing the last window asks too. */
  gtk_window_close (window);
  dialog = coprod_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  coprod_test_press_response (dialog, "_Keep Coprod Open");
  coprod_test_wait_for_no_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (g_list_find (gtk_application_get_windows (app), window));

  /* Choosing to lose them quits. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  dialog = coprod_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  coprod_test_press_response (dialog, "_Quit and Lose Changes");
  coprod_test_wait_for_no_toplevel (COPROD_TYPE_WINDOW);
}

static void
test_quit_asks (Fixture       *f,
                gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, quit_asks, f), ==, 0);
  coprod_test_vfs_set_full (FALSE);
}

/* Nothing waiting: quitting asks nothing. */
static void
quit_without_waiting (GtkApplication *app,
                      GtkWindow      *window,
                      gpointer        user_data)
{
  g_autoptr(GError) error = NULL;
  CoprodContext *context = coprod_application_get_context (COPROD_APPLICATION (app));

  coprod_context_create_team (context, "Riverside parents", &error);
  g_assert_no_error (error);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  coprod_test_wait_for_no_toplevel (COPROD_TYPE_WINDOW);
  g_assert_null (coprod_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_quit_without_waiting (Fixture       *f,
                           gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, quit_without_waiting, f), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  coprod_test_vfs_install ();

  g_test_add ("/save-failing-ui/waiting-then-saved", Fixture, NULL, fixture_set_up,
              test_waiting_then_saved, fixture_tear_down);
  g_test_add ("/save-failing-ui/quit-asks", Fixture, NULL, fixture_set_up,
              test_quit_asks, fixture_tear_down);
  g_test_add ("/save-failing-ui/quit-without-waiting", Fixture, NULL, fixture_set_up,
              test_quit_without_waiting, fixture_tear_down);
  return g_test_run ();
}
