/* test-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the real window through its actions, as its buttons and shortcuts do, and
 * checks the results in the database file through a separate SQLite connection, which
 * sees only what was committed.
 */

#include <glib/gstdio.h>

#include "coprod-agenda-item-editor.h"
#include "coprod-agenda-view.h"
#include "coprod-context.h"
#include "coprod-glossary-view.h"
#include "coprod-live-window.h"
#include "coprod-meeting-editor.h"
#include "coprod-person-editor.h"
#include "coprod-team-settings.h"
#include "coprod-test-app.h"
#include "coprod-window.h"

typedef CoprodTestData Fixture;

#define fixture_set_up coprod_test_data_set_up
#define fixture_tear_down coprod_test_data_tear_down

static const char *
visible_page (GtkWidget  *window,
              const char *stack)
{
  return gtk_stack_get_visible_child_name (
    GTK_STACK (coprod_test_child (window, COPROD_TYPE_WINDOW, stack)));
}

/* The stacks of the main window follow the lists they stand for, so a test waits for
 * @stack to show @page rather than reading it at some time after the change. */
static void
wait_for_page (GtkWidget  *window,
               const char *stack,
               const char *page)
{
  coprod_test_wait_until (g_strcmp0 (visible_page (window, stack), page) == 0,
                          "%s to show “%s” (it shows “%s”)", stack, page,
                          visible_page (window, stack) != NULL ? visible_page (window, stack)
                                                               : "nothing");
}

/* How many rows a list view has to show: none before it is given its model. */
static guint
n_rows (GtkListView *view)
{
  GtkSelectionModel *model = gtk_list_view_get_model (view);

  return model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (model)) : 0;
}

static void
type_into (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static void
add_team_person_meeting (GtkApplication *app,
                         GtkWindow      *window,
                         gpointer        user_data)
{
  Fixture *f = user_data;
  GtkWidget *win = GTK_WIDGET (window);
  GtkWindow *editor;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *place = NULL;

  g_assert_true (COPROD_IS_WINDOW (window));
  g_assert_cmpstr (visible_page (win, "main_stack"), ==, "welcome");

  /* A team, named as the New Team dialog names it. */
  g_assert_true (gtk_widget_activate_action (win, "win.create-team", "s", "Riverside & <Co>"));
  g_assert_cmpstr (visible_page (win, "main_stack"), ==, "teams");
  g_assert_cmpstr (visible_page (win, "people_stack"), ==, "empty");
  name = coprod_test_query_text (f->db_path, "SELECT name FROM team");
  g_assert_cmpstr (name, ==, "Riverside & <Co>");

  /* A person, typed into the editor the add button opens. */
  g_assert_true (gtk_widget_activate_action (win, "win.add-person", NULL));
  editor = coprod_test_find_toplevel (COPROD_TYPE_PERSON_EDITOR);
  g_assert_nonnull (editor);
  type_into (coprod_test_child (GTK_WIDGET (editor), COPROD_TYPE_PERSON_EDITOR, "name_row"),
             "Amara Okafor 😊");
  type_into (coprod_test_child (GTK_WIDGET (editor), COPROD_TYPE_PERSON_EDITOR, "likes_view"),
             "Warm, funny and quick to welcome new parents.");
  gtk_switch_set_active (GTK_SWITCH (coprod_test_child (GTK_WIDGET (editor),
                                                        COPROD_TYPE_PERSON_EDITOR,
                                                        "breaks_switch")), TRUE);
  /* The editor is still open, so these reach the file by the commit timer. */
  coprod_test_wait_for_int (f->db_path, "SELECT needs_breaks FROM person", 1);
  coprod_test_wait_for_text (f->db_path, "SELECT name FROM person", "Amara Okafor 😊");
  coprod_test_wait_for_text (f->db_path, "SELECT likes_about_me FROM person",
                             "Warm, funny and quick to welcome new parents.");
  gtk_window_close (editor);
  wait_for_page (win, "people_stack", "list");

  /* A meeting, through the same kind of editor. */
  g_assert_true (gtk_widget_activate_action (win, "win.add-meeting", NULL));
  editor = coprod_test_find_toplevel (COPROD_TYPE_MEETING_EDITOR);
  g_assert_nonnull (editor);
  type_into (coprod_test_child (GTK_WIDGET (editor), COPROD_TYPE_MEETING_EDITOR, "title_row"),
             "Short breaks review");
  type_into (coprod_test_child (GTK_WIDGET (editor), COPROD_TYPE_MEETING_EDITOR, "place_row"),
             "Community Centre");
  /* Closing the editor commits at once, without waiting for the timer. */
  gtk_window_close (editor);
  title = coprod_test_query_text (f->db_path, "SELECT title FROM meeting");
  g_assert_cmpstr (title, ==, "Short breaks review");
  place = coprod_test_query_text (f->db_path, "SELECT place FROM meeting");
  g_assert_cmpstr (place, ==, "Community Centre");
  wait_for_page (win, "meetings_stack", "list");
}

static void
test_add_team_person_meeting (Fixture       *f,
                              gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, add_team_person_meeting, f), ==, 0);
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM team"), ==, 1);
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM person"), ==, 1);
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM meeting"), ==, 1);
}

static void
commit_on_focus_out_and_close (GtkApplication *app,
                               GtkWindow      *window,
                               gpointer        user_data)
{
  Fixture *f = user_data;
  GtkWidget *win = GTK_WIDGET (window);
  GtkWindow *editor;
  GtkWidget *name_row, *role_row;
  g_autofree char *role = NULL;

  gtk_widget_activate_action (win, "win.create-team", "s", "Focus team");
  gtk_widget_activate_action (win, "win.add-person", NULL);
  editor = coprod_test_find_toplevel (COPROD_TYPE_PERSON_EDITOR);
  name_row = coprod_test_child (GTK_WIDGET (editor), COPROD_TYPE_PERSON_EDITOR, "name_row");
  role_row = coprod_test_child (GTK_WIDGET (editor), COPROD_TYPE_PERSON_EDITOR, "role_row");

  /* Typing alone is not yet committed ... */
  gtk_widget_grab_focus (role_row);
  type_into (role_row, "Grandad and main carer");
  role = coprod_test_query_text (f->db_path, "SELECT role_text FROM person");
  g_assert_cmpstr (role, ==, "");

  /* ... but moving on to another field commits it at once. */
  gtk_widget_grab_focus (name_row);
  g_clear_pointer (&role, g_free);
  role = coprod_test_query_text (f->db_path, "SELECT role_text FROM person");
  g_assert_cmpstr (role, ==, "Grandad and main carer");

  /* Closing the main window commits what was typed last. */
  type_into (name_row, "Pete Kowalski");
  gtk_window_close (window);
}

static void
test_commit_on_focus_out_and_close (Fixture       *f,
                                    gconstpointer  data)
{
  g_autofree char *name = NULL;

  g_assert_cmpint (coprod_test_run_app (f->data_dir, commit_on_focus_out_and_close, f), ==, 0);
  name = coprod_test_query_text (f->db_path, "SELECT name FROM person");
  g_assert_cmpstr (name, ==, "Pete Kowalski");
}

static void
delete_and_example (GtkApplication *app,
                    GtkWindow      *window,
                    gpointer        user_data)
{
  Fixture *f = user_data;
  GtkWidget *win = GTK_WIDGET (window);
  gint64 id;

  g_assert_true (gtk_widget_activate_action (win, "win.try-example", NULL));
  g_assert_cmpstr (visible_page (win, "main_stack"), ==, "teams");
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM person"), >=, 8);
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM meeting"), >=, 1);

  id = coprod_test_query_int (f->db_path, "SELECT id FROM person WHERE name = 'Rachel Hughes'");
  g_assert_cmpint (id, >, 0);
  g_assert_true (gtk_widget_activate_action (win, "win.delete-person", "x", id));
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT deleted FROM person WHERE name = 'Rachel Hughes'"),
                   ==, 1);
  g_assert_null (coprod_team_find_person (coprod_window_get_team (COPROD_WINDOW (win)), id));

  /* Undo (the toast's button, or Ctrl+Z) brings the person back, in the file too. */
  g_assert_true (gtk_widget_activate_action (win, "win.undo", NULL));
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT deleted FROM person WHERE name = 'Rachel Hughes'"),
                   ==, 0);
  g_assert_nonnull (coprod_team_find_person (coprod_window_get_team (COPROD_WINDOW (win)), id));
  g_assert_true (gtk_widget_activate_action (win, "win.delete-person", "x", id));

  id = coprod_test_query_int (f->db_path, "SELECT id FROM meeting ORDER BY starts_at DESC LIMIT 1");
  g_assert_true (gtk_widget_activate_action (win, "win.delete-meeting", "x", id));
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM meeting WHERE deleted = 1"),
                   ==, 1);

  g_assert_true (gtk_widget_activate_action (win, "win.delete-team", NULL));
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT deleted FROM team"), ==, 1);
  wait_for_page (win, "main_stack", "welcome");

  g_assert_true (gtk_widget_activate_action (win, "win.undo", NULL));
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT deleted FROM team"), ==, 0);
  g_assert_cmpstr (visible_page (win, "main_stack"), ==, "teams");
  g_assert_nonnull (coprod_window_get_team (COPROD_WINDOW (win)));
}

/* The button that closes the toast saying TEXT, once it is on show. Toasts that were
 * dismissed stay in the overlay while they fade out, so the toast is found by what it
 * says. */
static GtkWidget *
toast_close_button (GtkWidget  *window,
                    const char *text)
{
  GtkWidget *overlay = coprod_test_find_widget (window, ADW_TYPE_TOAST_OVERLAY);
  GtkWidget *content = adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (overlay));

  for (GtkWidget *child = gtk_widget_get_first_child (overlay); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
      gboolean says_text = FALSE;

      if (child == content)
        continue;
      coprod_test_collect (child, GTK_TYPE_LABEL, labels);
      for (guint i = 0; i < labels->len; i++)
        says_text |= g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0;
      if (!says_text)
        continue;
      coprod_test_collect (child, GTK_TYPE_BUTTON, buttons);
      for (guint i = 0; i < buttons->len; i++)
        if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, i)),
                       "window-close-symbolic") == 0)
          return g_ptr_array_index (buttons, i);
    }
  return NULL;
}

static gboolean
shows_toast (GtkWidget  *window,
             const char *text)
{
  return toast_close_button (window, text) != NULL;
}

/* Another copy of Coprod opening the same folder, as the command line or a second
 * window with --data-dir does, and closing it again. */
static void
open_and_close_elsewhere (const char *data_dir)
{
  g_autoptr(GError) error = NULL;
  CoprodStore *other = coprod_store_open (data_dir, &error);

  g_assert_no_error (error);
  g_assert_true (coprod_store_close (other, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (other);
}

static void
undo_across_processes (GtkApplication *app,
                       GtkWindow      *window,
                       gpointer        user_data)
{
  Fixture *f = user_data;
  GtkWidget *win = GTK_WIDGET (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  static const char gone_text[] = "This person could not be brought back: they were removed "
                                  "for good by another copy of Coprod.";
  static const char unsaved_text[] = "This change could not be saved: what you were changing "
                                     "was removed for good by another copy of Coprod.";
  g_autoptr(CoprodPerson) ezra_person = NULL;
  CoprodTeam *team;
  CoprodPerson *person;
  gint64 dana, ezra;

  /* Toasts follow each other faster than a person could make them: libadwaita 1.2 reads
   * freed memory when a toast shown a moment ago is dismissed and replaced while the
   * animations run (MALLOC_PERTURB_ turns that into a crash). Without animations each
   * toast comes and goes at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_widget_activate_action (win, "win.create-team", "s", "Riverside");
  team = coprod_window_get_team (COPROD_WINDOW (win));
  dana = coprod_person_get_id (coprod_team_add_person (team, "Dana", COPROD_SIDE_FAMILY,
                                                       &error));
  ezra = coprod_person_get_id (coprod_team_add_person (team, "Ezra", COPROD_SIDE_FAMILY,
                                                       &error));
  g_assert_no_error (error);

  /* Deleted here, the folder opened and closed elsewhere, then Undo: Dana is back, in
   * the file too, and what is typed about her afterwards is saved. */
  g_assert_true (gtk_widget_activate_action (win, "win.delete-person", "x", dana));
  open_and_close_elsewhere (f->data_dir);
  g_assert_true (gtk_widget_activate_action (win, "win.undo", NULL));
  person = coprod_team_find_person (team, dana);
  g_assert_nonnull (person);
  sql = g_strdup_printf ("SELECT deleted FROM person WHERE id = %" G_GINT64_FORMAT, dana);
  g_assert_cmpint (coprod_test_query_int (f->db_path, sql), ==, 0);
  coprod_person_set_likes_about_me (person, "Brings cake");
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT likes_about_me FROM person WHERE id = %" G_GINT64_FORMAT, dana);
  coprod_test_wait_for_text (f->db_path, sql, "Brings cake");

  /* Ezra deleted more than a day ago (as the file now says), and removed for good by
   * the other copy: Undo says so in plain words and does not show him as back. */
  ezra_person = g_object_ref (coprod_team_find_person (team, ezra));
  g_assert_true (gtk_widget_activate_action (win, "win.delete-person", "x", ezra));
  coprod_test_age_deleted_rows (f->data_dir, COPROD_STORE_KEEP_DELETED_SECONDS + 60);
  open_and_close_elsewhere (f->data_dir);
  g_assert_true (gtk_widget_activate_action (win, "win.undo", NULL));
  g_assert_null (coprod_team_find_person (team, ezra));
  coprod_test_wait_until (shows_toast (win, gone_text), "a toast saying “%s”", gone_text);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM person WHERE id = %" G_GINT64_FORMAT, ezra);
  g_assert_cmpint (coprod_test_query_int (f->db_path, sql), ==, 0);

  /* Typing about him (in an editor still open, say) is not passed off as saved. */
  g_signal_emit_by_name (toast_close_button (win, gone_text), "clicked");
  coprod_person_set_likes_about_me (ezra_person, "L");
  coprod_person_set_likes_about_me (ezra_person, "Loves trains");
  coprod_test_wait_until (shows_toast (win, unsaved_text), "a toast saying “%s”", unsaved_text);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
}

static void
test_undo_across_processes (Fixture       *f,
                            gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, undo_across_processes, f), ==, 0);
}

/* The rename dialog, answered as a user would: type, then press Rename. */
static void
rename_team (GtkApplication *app,
             GtkWindow      *window,
             gpointer        user_data)
{
  Fixture *f = user_data;
  GtkWidget *win = GTK_WIDGET (window);
  AdwMessageDialog *dialog;
  GtkWindow *shortcuts;
  GtkWidget *entry;
  g_autofree char *name = NULL;

  gtk_widget_activate_action (win, "win.create-team", "s", "Old name");

  /* The shortcuts window builds (its accelerators parse) and closes. */
  g_assert_true (gtk_widget_activate_action (win, "win.show-help-overlay", NULL));
  shortcuts = coprod_test_wait_for_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  gtk_window_close (shortcuts);

  /* The team menu is built when first opened, and offers renaming. */
  {
    GtkMenuButton *button = GTK_MENU_BUTTON (coprod_test_child (win, COPROD_TYPE_WINDOW,
                                                                "team_menu_button"));

    g_assert_null (gtk_menu_button_get_popover (button));
    gtk_menu_button_popup (button);
    g_assert_nonnull (gtk_menu_button_get_popover (button));
    g_assert_nonnull (gtk_menu_button_get_menu_model (button));
    gtk_menu_button_popdown (button);
  }
  g_assert_true (gtk_widget_activate_action (win, "win.rename-team", NULL));
  dialog = ADW_MESSAGE_DIALOG (coprod_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Old name");

  /* A name of only spaces cannot be saved. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));

  gtk_editable_set_text (GTK_EDITABLE (entry), "  Parent Forum — بيت  ");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  adw_message_dialog_response (dialog, "save");
  name = coprod_test_query_text (f->db_path, "SELECT name FROM team");
  g_assert_cmpstr (name, ==, "Parent Forum — بيت");

  /* The team's settings: the break limit and the names of its two groups. */
  {
    GtkWidget *settings;

    g_assert_true (gtk_widget_activate_action (win, "win.team-settings", NULL));
    settings = GTK_WIDGET (coprod_test_find_toplevel (COPROD_TYPE_TEAM_SETTINGS));
    g_assert_nonnull (settings);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (coprod_test_child (settings,
                                                                   COPROD_TYPE_TEAM_SETTINGS,
                                                                   "break_spin")), 60);
    type_into (coprod_test_child (settings, COPROD_TYPE_TEAM_SETTINGS, "group_a_row"),
               "Parents and carers");
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (
                                coprod_test_child (settings, COPROD_TYPE_TEAM_SETTINGS,
                                                   "ground_rules_view"))),
                              "Listen first\nPlain words — كلمات بسيطة", -1);
    gtk_window_close (GTK_WINDOW (settings));
    g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT break_after_minutes FROM team"), ==, 60);
    g_clear_pointer (&name, g_free);
    name = coprod_test_query_text (f->db_path, "SELECT group_a_label FROM team");
    g_assert_cmpstr (name, ==, "Parents and carers");
    g_clear_pointer (&name, g_free);
    name = coprod_test_query_text (f->db_path, "SELECT ground_rules FROM team");
    g_assert_cmpstr (name, ==, "Listen first\nPlain words — كلمات بسيطة");
  }
}

static void
test_rename_team (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, rename_team, f), ==, 0);
}

/* The meeting editor turns a date and two clock times into instants: an end before the
 * start means the next day, and moving the date keeps the meeting's length. */
static void
meeting_times (GtkApplication *app,
               GtkWindow      *window,
               gpointer        user_data)
{
  Fixture *f = user_data;
  GtkWidget *win = GTK_WIDGET (window);
  GtkWidget *editor;
  g_autoptr(GDateTime) day = g_date_time_new_local (2027, 3, 27, 12, 0, 0);
  gint64 starts, ends;

  gtk_widget_activate_action (win, "win.create-team", "s", "Evening team");
  gtk_widget_activate_action (win, "win.add-meeting", NULL);
  editor = GTK_WIDGET (coprod_test_find_toplevel (COPROD_TYPE_MEETING_EDITOR));

  gtk_calendar_select_day (GTK_CALENDAR (coprod_test_child (editor, COPROD_TYPE_MEETING_EDITOR,
                                                            "calendar")), day);
  g_signal_emit_by_name (coprod_test_child (editor, COPROD_TYPE_MEETING_EDITOR, "calendar"),
                         "day-selected");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (coprod_test_child (editor,
                                                                 COPROD_TYPE_MEETING_EDITOR,
                                                                 "start_hour")), 22);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (coprod_test_child (editor,
                                                                 COPROD_TYPE_MEETING_EDITOR,
                                                                 "start_minute")), 30);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (coprod_test_child (editor,
                                                                 COPROD_TYPE_MEETING_EDITOR,
                                                                 "end_hour")), 3);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (coprod_test_child (editor,
                                                                 COPROD_TYPE_MEETING_EDITOR,
                                                                 "end_minute")), 0);
  gtk_window_close (GTK_WINDOW (editor));

  starts = coprod_test_query_int (f->db_path, "SELECT starts_at FROM meeting");
  ends = coprod_test_query_int (f->db_path, "SELECT planned_end FROM meeting");
  {
    g_autoptr(GDateTime) local_start = g_date_time_new_from_unix_local (starts);
    g_autoptr(GDateTime) local_end = g_date_time_new_from_unix_local (ends);

    /* 22:30 on Saturday 27 March to 03:00 on the Sunday, the night the clocks go
     * forward at 01:00: the meeting crosses midnight and the change, and lasts three
     * and a half hours, not the four and a half the clock faces suggest. */
    g_assert_cmpint (g_date_time_get_day_of_month (local_start), ==, 27);
    g_assert_cmpint (g_date_time_get_hour (local_start), ==, 22);
    g_assert_cmpint (g_date_time_get_minute (local_start), ==, 30);
    g_assert_cmpint (g_date_time_get_day_of_month (local_end), ==, 28);
    g_assert_cmpint (g_date_time_get_hour (local_end), ==, 3);
    g_assert_cmpint (ends - starts, ==, 210 * 60);
  }
}

static void
test_meeting_times (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, meeting_times, f), ==, 0);
}

/* Only the rows that fit are built before the first frame; every row is there after. */
static void
long_lists (GtkApplication *app,
            GtkWindow      *window,
            gpointer        user_data)
{
  GtkWidget *win = GTK_WIDGET (window);
  GtkListView *teams = GTK_LIST_VIEW (coprod_test_child (win, COPROD_TYPE_WINDOW, "team_list"));
  GtkListView *people = GTK_LIST_VIEW (coprod_test_child (win, COPROD_TYPE_WINDOW,
                                                          "people_list"));

  coprod_test_wait_until (n_rows (teams) == 60 && n_rows (people) == 45,
                          "the lists to hold all 60 teams and 45 people");
  g_assert_cmpuint (n_rows (teams), ==, 60);
  g_assert_cmpuint (n_rows (people), ==, 45);
}

static void
test_long_lists (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodStore) store = coprod_store_open (f->data_dir, &error);
  g_autoptr(CoprodContext) context = coprod_context_new (store, &error);
  CoprodTeam *first = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Team %02u", i);
      CoprodTeam *team = coprod_context_create_team (context, name, &error);

      g_assert_no_error (error);
      if (first == NULL)
        first = team;
    }
  for (guint i = 0; i < 45; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %02u", i);

      g_assert_nonnull (coprod_team_add_person (first, name, COPROD_SIDE_FAMILY, &error));
    }
  g_assert_true (coprod_store_close (store, &error));
  g_clear_object (&context);

  g_assert_cmpint (coprod_test_run_app (f->data_dir, long_lists, f), ==, 0);
}

/* The agenda tab of the meeting editor: add, reorder by keyboard, delete, and the
 * warnings, each checked in the store or on screen. */
static void
agenda (GtkApplication *app,
        GtkWindow      *window,
        gpointer        user_data)
{
  Fixture *f = user_data;
  GtkWidget *win = GTK_WIDGET (window);
  GtkWidget *editor, *view, *item_editor, *warnings;
  GtkListBox *list;
  gint64 first_id;

  gtk_widget_activate_action (win, "win.create-team", "s", "Agenda team");
  gtk_widget_activate_action (win, "win.add-meeting", NULL);
  editor = GTK_WIDGET (coprod_test_find_toplevel (COPROD_TYPE_MEETING_EDITOR));
  coprod_meeting_editor_show_agenda (COPROD_MEETING_EDITOR (editor));
  view = adw_bin_get_child (ADW_BIN (coprod_test_child (editor, COPROD_TYPE_MEETING_EDITOR,
                                                        "agenda_bin")));
  g_assert_true (COPROD_IS_AGENDA_VIEW (view));

  /* Adding opens the item's editor; what is typed there is the item's. */
  g_assert_true (gtk_widget_activate_action (view, "agenda.add", "s", "introductions"));
  item_editor = GTK_WIDGET (coprod_test_find_toplevel (COPROD_TYPE_AGENDA_ITEM_EDITOR));
  g_assert_nonnull (item_editor);
  type_into (coprod_test_child (item_editor, COPROD_TYPE_AGENDA_ITEM_EDITOR, "title_row"),
             "Hello, everyone");
  gtk_window_close (GTK_WINDOW (item_editor));
  /* The editor an add opens is found among the windows, so the one before must be gone. */
  coprod_test_wait_for_no_toplevel (COPROD_TYPE_AGENDA_ITEM_EDITOR);
  gtk_widget_activate_action (view, "agenda.add", "s", "item");
  gtk_window_close (coprod_test_wait_for_toplevel (COPROD_TYPE_AGENDA_ITEM_EDITOR));
  coprod_test_wait_for_no_toplevel (COPROD_TYPE_AGENDA_ITEM_EDITOR);
  gtk_widget_activate_action (view, "agenda.add", "s", "actions_round");
  gtk_window_close (coprod_test_wait_for_toplevel (COPROD_TYPE_AGENDA_ITEM_EDITOR));
  coprod_test_wait_for_no_toplevel (COPROD_TYPE_AGENDA_ITEM_EDITOR);

  coprod_test_wait_for_int (f->db_path, "SELECT count(*) FROM agenda_item", 3);
  coprod_test_wait_for_text (f->db_path, "SELECT title FROM agenda_item WHERE position = 0",
                             "Hello, everyone");

  /* Introductions, an item and the actions round fit and end with actions: no warning
   * yet, so that the one the reorder below brings is its own. */
  warnings = coprod_test_child (view, COPROD_TYPE_AGENDA_VIEW, "warnings_box");
  coprod_test_wait_until (!gtk_widget_get_visible (warnings),
                          "an agenda ending with its actions round to show no warning");

  /* Alt+Down on the first row moves it down, in the store too. */
  list = GTK_LIST_BOX (coprod_test_child (view, COPROD_TYPE_AGENDA_VIEW, "agenda_list"));
  first_id = coprod_test_query_int (f->db_path, "SELECT id FROM agenda_item WHERE position = 0");
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)));
  g_assert_true (gtk_widget_activate_action (view, "agenda.move-focused", "i", 1));
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT position FROM agenda_item WHERE id = 1"),
                   ==, 1);
  g_assert_cmpint (first_id, ==, 1);
  /* The keyboard stays with the moved item, so it can go on moving. */
  g_assert_true (gtk_widget_activate_action (view, "agenda.move-focused", "i", 1));
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT position FROM agenda_item WHERE id = 1"),
                   ==, 2);

  /* The introductions now come last, after the actions round: that is worth a warning. */
  coprod_test_wait_until (gtk_widget_get_visible (warnings),
                          "a warning about the introductions coming last");

  /* Back to the top from the item's menu: the plan fits and ends with actions. */
  g_assert_true (gtk_widget_activate_action (view, "agenda.move-up", "x", (gint64) 1));
  g_assert_true (gtk_widget_activate_action (view, "agenda.move-up", "x", (gint64) 1));
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT position FROM agenda_item WHERE id = 1"),
                   ==, 0);
  /* The warning was on screen, so this waits for it to go, not for nothing. */
  coprod_test_wait_until (!gtk_widget_get_visible (warnings),
                          "the warning to go once the introductions are first again");

  /* Dropping the last item on the first row puts it first, as dragging does. */
  {
    GtkWidget *first_row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
    GtkWidget *last_row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2));
    GListModel *controllers = gtk_widget_observe_controllers (first_row);
    GtkDropTarget *target = NULL;
    GValue value = G_VALUE_INIT;
    gboolean dropped = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          target = GTK_DROP_TARGET (controller);
      }
    g_object_unref (controllers);
    g_assert_nonnull (target);

    g_value_init (&value, COPROD_TYPE_AGENDA_ITEM);
    g_value_set_object (&value, g_object_get_data (G_OBJECT (last_row), "item"));
    g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
    g_value_unset (&value);
    g_assert_true (dropped);
    g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT position FROM agenda_item WHERE id = 3"),
                     ==, 0);
    g_assert_true (gtk_widget_activate_action (view, "agenda.move-down", "x", (gint64) 3));
    g_assert_true (gtk_widget_activate_action (view, "agenda.move-down", "x", (gint64) 3));
    g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT position FROM agenda_item WHERE id = 3"),
                     ==, 2);
  }

  /* Without the actions round, the warning is back. */
  g_assert_true (gtk_widget_activate_action (view, "agenda.delete", "x", (gint64) 3));
  coprod_test_wait_for_int (f->db_path, "SELECT deleted FROM agenda_item WHERE id = 3", 1);
  coprod_test_wait_until (gtk_widget_get_visible (warnings) &&
                          gtk_widget_get_first_child (warnings) != NULL,
                          "a warning about the missing actions round");
}

static void
test_agenda (Fixture       *f,
             gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, agenda, f), ==, 0);
}

/* An empty agenda offers the templates; one starts the agenda, and the agenda can be
 * saved as a new template for the next meeting. */
static void
agenda_templates (GtkApplication *app,
                  GtkWindow      *window,
                  gpointer        user_data)
{
  Fixture *f = user_data;
  GtkWidget *win = GTK_WIDGET (window);
  GtkWidget *editor, *view;
  GtkListBox *templates;
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (win, "win.create-team", "s", "Template team");
  gtk_widget_activate_action (win, "win.add-meeting", NULL);
  editor = GTK_WIDGET (coprod_test_find_toplevel (COPROD_TYPE_MEETING_EDITOR));
  coprod_meeting_editor_show_agenda (COPROD_MEETING_EDITOR (editor));
  view = adw_bin_get_child (ADW_BIN (coprod_test_child (editor, COPROD_TYPE_MEETING_EDITOR,
                                                        "agenda_bin")));
  templates = GTK_LIST_BOX (coprod_test_child (view, COPROD_TYPE_AGENDA_VIEW, "template_list"));
  g_assert_nonnull (gtk_list_box_get_row_at_index (templates, 2));
  g_assert_null (gtk_list_box_get_row_at_index (templates, 3));

  /* The expectations workshop. */
  g_signal_emit_by_name (templates, "row-activated", gtk_list_box_get_row_at_index (templates, 1));
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM agenda_item"), ==, 8);
  g_assert_cmpint (coprod_test_query_int (f->db_path,
                              "SELECT count(*) FROM agenda_item WHERE kind = 'expectations'"),
                   ==, 1);

  g_assert_true (gtk_widget_activate_action (view, "agenda.save-template", NULL));
  dialog = ADW_MESSAGE_DIALOG (coprod_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)),
                         "Our workshop");
  adw_message_dialog_response (dialog, "save");
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM agenda_template"), ==, 1);
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM agenda_template_item"), ==, 8);
  g_assert_nonnull (gtk_list_box_get_row_at_index (templates, 3));
}

static void
test_agenda_templates (Fixture       *f,
                       gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, agenda_templates, f), ==, 0);
}

/* Running a meeting: the console starts it from the agenda, its controls are written
 * to the store as they happen, and the next start of the app carries on with it. */
static void
live_start (GtkApplication *app,
            GtkWindow      *window,
            gpointer        user_data)
{
  Fixture *f = user_data;
  GtkWidget *win = GTK_WIDGET (window);
  GtkWidget *editor, *view, *live;
  GtkListBox *templates;

  gtk_widget_activate_action (win, "win.create-team", "s", "Live team");
  gtk_widget_activate_action (win, "win.add-meeting", NULL);
  editor = GTK_WIDGET (coprod_test_find_toplevel (COPROD_TYPE_MEETING_EDITOR));
  coprod_meeting_editor_show_agenda (COPROD_MEETING_EDITOR (editor));
  view = adw_bin_get_child (ADW_BIN (coprod_test_child (editor, COPROD_TYPE_MEETING_EDITOR,
                                                        "agenda_bin")));
  templates = GTK_LIST_BOX (coprod_test_child (view, COPROD_TYPE_AGENDA_VIEW, "template_list"));
  g_signal_emit_by_name (templates, "row-activated", gtk_list_box_get_row_at_index (templates, 0));

  g_assert_true (gtk_widget_activate_action (view, "agenda.run", NULL));
  live = GTK_WIDGET (coprod_test_wait_for_toplevel (COPROD_TYPE_LIVE_WINDOW));
  g_assert_nonnull (live);
  coprod_test_wait_for_no_toplevel (COPROD_TYPE_MEETING_EDITOR);
  coprod_test_wait_for_int (f->db_path, "SELECT count(*) FROM meeting WHERE status = 'live'", 1);

  g_assert_true (gtk_widget_activate_action (live, "live.next", NULL));
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT current_item_id FROM meeting"), ==,
                   coprod_test_query_int (f->db_path, "SELECT id FROM agenda_item WHERE position = 1"));
  g_assert_cmpint (coprod_test_query_int (f->db_path,
                              "SELECT actual_end > 0 FROM agenda_item WHERE position = 0"), ==, 1);

  g_assert_true (gtk_widget_activate_action (live, "live.toggle-pause", NULL));
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT paused_at > 0 FROM meeting"), ==, 1);
  g_assert_true (gtk_widget_activate_action (live, "live.toggle-pause", NULL));
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT paused_at FROM meeting"), ==, 0);
  g_assert_true (gtk_widget_activate_action (live, "live.add-minutes", "i", 5));
  g_assert_cmpint (coprod_test_query_int (f->db_path,
                              "SELECT added_minutes FROM agenda_item WHERE position = 1"), ==, 5);

  /* With half an hour left before the planned end, it is running late: the console
   * says so, and shortening takes time from the items to come. */
  {
    CoprodLiveState *state = coprod_live_window_get_live_state (COPROD_LIVE_WINDOW (live));
    CoprodMeeting *meeting = coprod_live_state_get_meeting (state);
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) soon = g_date_time_add_minutes (now, 30);

    coprod_meeting_set_planned_end (meeting, soon);
    g_assert_true (gtk_widget_get_visible (coprod_test_child (live, COPROD_TYPE_LIVE_WINDOW,
                                                              "late_card")));
    g_assert_true (gtk_widget_activate_action (live, "live.shorten", NULL));
    g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT minutes FROM agenda_item WHERE position = 3"),
                     ==, 5);
    g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT minutes FROM agenda_item "
                                            "WHERE kind = 'actions_round'"), ==, 15);
  }
  /* The app goes away here without ending the meeting. */
}

static void
live_resume (GtkApplication *app,
             GtkWindow      *window,
             gpointer        user_data)
{
  Fixture *f = user_data;
  CoprodLiveWindow *live;
  CoprodLiveState *state;

  /* The console opens again after the main window's first frame. */
  live = COPROD_LIVE_WINDOW (coprod_test_wait_for_toplevel (COPROD_TYPE_LIVE_WINDOW));
  g_assert_nonnull (live);
  state = coprod_live_window_get_live_state (live);
  g_assert_true (coprod_live_state_get_running (state));
  g_assert_cmpuint (coprod_live_state_get_current_index (state), ==, 1);
  g_assert_cmpint (coprod_live_state_get_added_minutes (state), ==, 5);

  /* Alt+3 goes to the third item, and back with Page Up's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (live), "live.go-to", "u", 2));
  g_assert_cmpuint (coprod_live_state_get_current_index (state), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (live), "live.previous", NULL));
  g_assert_cmpuint (coprod_live_state_get_current_index (state), ==, 1);

  /* Ending asks first; "Carry On" leaves it running. "End Meeting" ends it from an idle
   * callback once the dialog has closed, so "Carry On" is judged after the dialog is gone
   * and the main loop has run what was queued: an end would have happened by then. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (live), "live.end", NULL));
  coprod_test_press_response (coprod_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG),
                              "_Carry On");
  coprod_test_wait_for_no_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  coprod_test_wait_for_idle ();
  g_assert_true ((gpointer) coprod_test_find_toplevel (COPROD_TYPE_LIVE_WINDOW) == (gpointer) live);
  g_assert_true (coprod_live_state_get_running (state));
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM meeting WHERE status = 'live'"),
                   ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (live), "live.end", NULL));
  coprod_test_press_response (coprod_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG),
                              "_End Meeting");
  coprod_test_wait_for_no_toplevel (COPROD_TYPE_LIVE_WINDOW);
  coprod_test_wait_for_int (f->db_path, "SELECT count(*) FROM meeting WHERE status = 'ended'", 1);
  coprod_test_wait_for_int (f->db_path, "SELECT ended_at > 0 FROM meeting", 1);
}

static void
test_live (Fixture       *f,
           gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, live_start, f), ==, 0);
  g_assert_cmpint (coprod_test_run_app (f->data_dir, live_resume, f), ==, 0);
}

/* Quitting with the editor open and the commit timer not yet run keeps the text. */
static void
quit_with_pending_edit (GtkApplication *app,
                        GtkWindow      *window,
                        gpointer        user_data)
{
  GtkWidget *win = GTK_WIDGET (window);
  GtkWindow *editor;

  gtk_widget_activate_action (win, "win.create-team", "s", "Quit team");
  gtk_widget_activate_action (win, "win.add-meeting", NULL);
  editor = coprod_test_find_toplevel (COPROD_TYPE_MEETING_EDITOR);
  type_into (coprod_test_child (GTK_WIDGET (editor), COPROD_TYPE_MEETING_EDITOR, "title_row"),
             "Typed just before quitting");
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
test_quit_with_pending_edit (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *title = NULL;

  g_assert_cmpint (coprod_test_run_app (f->data_dir, quit_with_pending_edit, f), ==, 0);
  title = coprod_test_query_text (f->db_path, "SELECT title FROM meeting");
  g_assert_cmpstr (title, ==, "Typed just before quitting");
}

/* Quitting with the team's settings still open keeps what was typed in them: the
 * settings close, and are committed, while the main window can still do it. */
static void
quit_with_settings_open (GtkApplication *app,
                         GtkWindow      *window,
                         gpointer        user_data)
{
  GtkWidget *win = GTK_WIDGET (window);
  GtkWidget *settings;

  gtk_widget_activate_action (win, "win.create-team", "s", "Quit team");
  g_assert_true (gtk_widget_activate_action (win, "win.team-settings", NULL));
  settings = GTK_WIDGET (coprod_test_wait_for_toplevel (COPROD_TYPE_TEAM_SETTINGS));
  type_into (coprod_test_child (settings, COPROD_TYPE_TEAM_SETTINGS, "group_a_row"),
             "Parents and carers");
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
test_quit_with_settings_open (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *label = NULL;

  g_assert_cmpint (coprod_test_run_app (f->data_dir, quit_with_settings_open, f), ==, 0);
  label = coprod_test_query_text (f->db_path, "SELECT group_a_label FROM team");
  g_assert_cmpstr (label, ==, "Parents and carers");
}

static void
test_delete_and_example (Fixture       *f,
                         gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, delete_and_example, f), ==, 0);
}

/* The team's glossary: the default words, a search, a word added from the search box,
 * and a deletion undone, each checked in the file. */
static void
glossary (GtkApplication *app,
          GtkWindow      *window,
          gpointer        user_data)
{
  Fixture *f = user_data;
  GtkWidget *win = GTK_WIDGET (window);
  GtkWidget *view, *button = NULL;
  GListModel *shown;

  g_assert_true (gtk_widget_activate_action (win, "win.try-example", NULL));
  g_assert_true (gtk_widget_activate_action (win, "win.show-page", "s", "words"));
  coprod_test_wait_until ((view = coprod_test_find_widget (win, COPROD_TYPE_GLOSSARY_VIEW)) != NULL,
                          "the Words page to be built");
  g_assert_nonnull (view);
  shown = coprod_glossary_view_get_shown (COPROD_GLOSSARY_VIEW (view));
  coprod_test_wait_until (g_list_model_get_n_items (shown) >= 80,
                          "the glossary to list the team's default words");

  /* Found by a word of its meaning, without capitals. */
  coprod_glossary_view_search (COPROD_GLOSSARY_VIEW (view), "education, health");
  g_assert_cmpuint (g_list_model_get_n_items (shown), >=, 1);
  coprod_glossary_view_search (COPROD_GLOSSARY_VIEW (view), "Zebrafish plan");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (coprod_test_find_widget (view, GTK_TYPE_SEARCH_ENTRY)),
                         "Zebrafish plan");
  g_assert_true (gtk_widget_activate_action (win, "win.add", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM glossary_term "
                                                      "WHERE term = 'Zebrafish plan'"), ==, 1);

  /* Deleted, and back with Undo. */
  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, view);
    while (stack->len > 0 && button == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

        if (GTK_IS_BUTTON (w) && g_object_get_data (G_OBJECT (w), "term") != NULL)
          button = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL;
             c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
  }
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  coprod_test_wait_for_int (f->db_path, "SELECT deleted FROM glossary_term "
                                        "WHERE term = 'Zebrafish plan'", 1);
  g_assert_true (coprod_glossary_view_undo (COPROD_GLOSSARY_VIEW (view)));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  coprod_test_wait_for_int (f->db_path, "SELECT deleted FROM glossary_term "
                                        "WHERE term = 'Zebrafish plan'", 0);
}

static void
test_glossary (Fixture       *f,
               gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, glossary, f), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* The clock-change cases need a zone with clock changes, however the test is run. */
  g_setenv ("TZ", "Europe/London", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/window/add-team-person-meeting", Fixture, NULL, fixture_set_up,
              test_add_team_person_meeting, fixture_tear_down);
  g_test_add ("/window/commit-on-focus-out-and-close", Fixture, NULL, fixture_set_up,
              test_commit_on_focus_out_and_close, fixture_tear_down);
  g_test_add ("/window/delete-and-example", Fixture, NULL, fixture_set_up,
              test_delete_and_example, fixture_tear_down);
  g_test_add ("/window/undo-across-processes", Fixture, NULL, fixture_set_up,
              test_undo_across_processes, fixture_tear_down);
  g_test_add ("/window/rename-team", Fixture, NULL, fixture_set_up,
              test_rename_team, fixture_tear_down);
  g_test_add ("/window/quit-with-pending-edit", Fixture, NULL, fixture_set_up,
              test_quit_with_pending_edit, fixture_tear_down);
  g_test_add ("/window/quit-with-settings-open", Fixture, NULL, fixture_set_up,
              test_quit_with_settings_open, fixture_tear_down);
  g_test_add ("/window/meeting-times", Fixture, NULL, fixture_set_up,
              test_meeting_times, fixture_tear_down);
  g_test_add ("/window/long-lists", Fixture, NULL, fixture_set_up,
              test_long_lists, fixture_tear_down);
  g_test_add ("/window/agenda", Fixture, NULL, fixture_set_up,
              test_agenda, fixture_tear_down);
  g_test_add ("/window/agenda-templates", Fixture, NULL, fixture_set_up,
              test_agenda_templates, fixture_tear_down);
  g_test_add ("/window/live", Fixture, NULL, fixture_set_up,
              test_live, fixture_tear_down);
  g_test_add ("/window/glossary", Fixture, NULL, fixture_set_up,
              test_glossary, fixture_tear_down);

  return g_test_run ();
}
