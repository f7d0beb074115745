/* test-actions-ui.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The action tracker as a facilitator uses it, on the example team: the Actions view
 * and its search, making an action with the editor's quick choices, can't do refused
 * without a reason, "You said, we did" in the live console, and the check that
 * everyone leaves with an action before the meeting ends. Results are read back from
 * the database file through a separate connection, which sees only what was committed.
 */

#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "coprod-action-editor.h"
#include "coprod-action-outcome.h"
#include "coprod-action-row.h"
#include "coprod-actions-view.h"
#include "coprod-agenda-view.h"
#include "coprod-application.h"
#include "coprod-end-check.h"
#include "coprod-live-window.h"
#include "coprod-meeting-editor.h"
#include "coprod-test-app.h"
#include "coprod-window.h"

typedef CoprodTestData Fixture;

#define fixture_set_up coprod_test_data_set_up
#define fixture_tear_down coprod_test_data_tear_down

/* The button a user would press, found by what it says. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
click (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = find_button (root, label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
type_into_entry (GtkWidget  *root,
                 GType       type,
                 const char *text)
{
  GtkWidget *entry = coprod_test_find_widget (root, type);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static guint
index_of_person (CoprodTeam *team,
                 const char *name)
{
  GListModel *people = coprod_team_get_people (team);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      if (g_str_equal (coprod_person_get_name (person), name))
        return i;
    }
  g_assert_not_reached ();
}

static CoprodPerson *
person_named (CoprodTeam *team,
              const char *name)
{
  g_autoptr(CoprodPerson) person = g_list_model_get_item (coprod_team_get_people (team),
                                                          index_of_person (team, name));

  return person;
}

/* What a search box was given, and whether it has searched for it yet. */
typedef struct
{
  const char *text;
  gboolean    searched;
} Search;

static void
search_changed_cb (GtkSearchEntry *entry,
                   Search         *search)
{
  if (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (entry)), search->text))
    search->searched = TRUE;
}

/* Sets the search box of @view to @text and waits until the box has passed it on: it
 * waits for a pause in the typing first, and only an emptied box searches at once. */
static void
search_for (GtkWidget  *view,
            const char *text)
{
  GtkWidget *entry = coprod_test_find_widget (view, GTK_TYPE_SEARCH_ENTRY);
  Search search = { text, FALSE };
  gulong handler;

  g_assert_nonnull (entry);
  /* After the view's own handler, so the view has listed what matches by then. */
  handler = g_signal_connect_after (entry, "search-changed", G_CALLBACK (search_changed_cb),
                                    &search);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  coprod_test_wait_until (search.searched, "the search box to search for “%s”", text);
  g_signal_handler_disconnect (entry, handler);
}

/* Waits until nothing written so far is left to commit, idle work included: whatever a
 * refused change would have written is then in the file for a second reader to see. */
static void
wait_for_all_committed (GtkApplication *app)
{
  CoprodStore *store =
    coprod_context_get_store (coprod_application_get_context (COPROD_APPLICATION (app)));

  coprod_test_wait_for_idle ();
  coprod_test_wait_until (!coprod_store_get_has_pending (store), "every edit to be committed");
}

/* The window made transient for @parent, once it is on screen. */
static GtkWindow *
find_transient_for (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (other) == parent &&
          gtk_widget_get_visible (GTK_WIDGET (other)))
        return other;
    }
  return NULL;
}

/* Whether a message in the error style is on show in @root. */
static gboolean
shows_error (GtkWidget *root)
{
  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, "error") &&
      gtk_widget_get_visible (root) && *gtk_label_get_label (GTK_LABEL (root)) != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_error (child))
      return TRUE;
  return FALSE;
}

/* The Actions view, its search and history, a new action, and can't do. */
static void
view_and_editor (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  Fixture *f = user_data;
  GtkWidget *win = GTK_WIDGET (window);
  GtkWidget *view, *editor, *list, *outcome;
  CoprodActionListing *listing;
  CoprodTeam *team;
  g_autoptr(GObject) first = NULL;
  g_autoptr(GObject) second = NULL;
  g_autofree char *due = NULL;
  g_autofree char *expected_due = NULL;
  GDate today;

  g_assert_true (gtk_widget_activate_action (win, "win.try-example", NULL));
  coprod_test_wait_until (coprod_window_get_team (COPROD_WINDOW (win)) != NULL,
                          "the example team to be shown");
  team = coprod_window_get_team (COPROD_WINDOW (win));
  /* Ctrl+F brings up the team's actions with the search box ready to type in; the
   * keyboard is looked for once the view is on screen, where a user would type. */
  g_assert_true (gtk_widget_activate_action (win, "win.find", NULL));
  coprod_test_wait_until ((view = coprod_test_find_widget (win, COPROD_TYPE_ACTIONS_VIEW)) != NULL,
                          "the Actions view to be made");
  g_assert_nonnull (view);
  coprod_test_wait_for_frame (view);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (win)),
                                         coprod_test_find_widget (view, GTK_TYPE_SEARCH_ENTRY)));
  listing = coprod_actions_view_get_listing (COPROD_ACTIONS_VIEW (view));

  /* Three still to do, under their owners' names: Amara's, five days late, first. */
  g_assert_cmpuint (coprod_action_listing_get_n_actions (listing), ==, 3);
  first = g_list_model_get_item (G_LIST_MODEL (listing), 0);
  second = g_list_model_get_item (G_LIST_MODEL (listing), 1);
  g_assert_true (COPROD_IS_OWNER_HEADING (first));
  g_assert_true (coprod_owner_heading_get_person (COPROD_OWNER_HEADING (first)) ==
                 person_named (team, "Amara Okafor"));
  coprod_date_today (NULL, g_get_real_time () / G_USEC_PER_SEC, &today);
  g_assert_cmpint (coprod_action_get_days_overdue (COPROD_ACTION (second), &today), ==, 5);

  /* Typing in the search box narrows the list; the hearing loop can't be done, so it
   * is in the history, not the list to do. */
  search_for (view, "hearing LOOP");
  g_assert_cmpuint (coprod_action_listing_get_n_actions (listing), ==, 0);
  coprod_actions_view_show_history (COPROD_ACTIONS_VIEW (view), TRUE);
  g_assert_cmpuint (coprod_action_listing_get_n_actions (listing), ==, 1);
  search_for (view, "");
  g_assert_cmpuint (coprod_action_listing_get_n_actions (listing), ==, 2);
  coprod_actions_view_show_history (COPROD_ACTIONS_VIEW (view), FALSE);

  /* A new action: Add waits for the words and the owner; "In a Week" sets the day. */
  g_assert_true (gtk_widget_activate_action (win, "win.add", NULL));
  editor = GTK_WIDGET (coprod_test_wait_for_toplevel (COPROD_TYPE_ACTION_EDITOR));
  g_assert_nonnull (editor);
  g_assert_false (gtk_widget_is_sensitive (find_button (editor, "_Add")));
  type_into_entry (editor, ADW_TYPE_ENTRY_ROW, "I will phone the school about the bus by Friday");
  g_assert_false (gtk_widget_is_sensitive (find_button (editor, "_Add")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (coprod_test_find_widget (editor, ADW_TYPE_COMBO_ROW)),
                              index_of_person (team, "Lena Novak"));
  gtk_test_accessible_assert_property (coprod_test_find_widget (editor, GTK_TYPE_MENU_BUTTON),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "By when: No date yet");
  click (editor, "In a _Week");
  g_date_add_days (&today, 7);
  /* The day button says the day chosen to a screen reader too. */
  {
    g_autofree char *day = coprod_format_due_date (&today);
    g_autofree char *by_when = g_strdup_printf ("By when: %s", day);

    gtk_test_accessible_assert_property (coprod_test_find_widget (editor, GTK_TYPE_MENU_BUTTON),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL, by_when);
  }
  g_assert_true (gtk_widget_activate_action (editor, "editor.add", NULL));
  coprod_test_wait_for_no_toplevel (COPROD_TYPE_ACTION_EDITOR);
  g_assert_null (coprod_test_find_toplevel (COPROD_TYPE_ACTION_EDITOR));
  expected_due = coprod_date_to_iso (&today);
  coprod_test_wait_for_text (f->db_path,
                             "SELECT due FROM action WHERE text LIKE 'I will phone the school%'",
                             expected_due);
  due = coprod_test_query_text (f->db_path, "SELECT due FROM action WHERE text LIKE 'I will phone the school%'");
  g_assert_cmpstr (due, ==, expected_due);
  coprod_test_wait_for_int (f->db_path,
                            "SELECT count(*) FROM action a JOIN person p "
                            "ON p.id = a.owner_person_id WHERE p.name = 'Lena Novak'", 1);
  /* The list is sorted again when the main loop is next idle. */
  coprod_test_wait_until (coprod_action_listing_get_n_actions (listing) == 4,
                          "the new action to be listed");
  g_assert_cmpuint (coprod_action_listing_get_n_actions (listing), ==, 4);

  /* Opening Amara's action: can't do is refused without a reason, then kept with it. */
  list = coprod_test_find_widget (view, GTK_TYPE_LIST_VIEW);
  g_assert_true (gtk_widget_activate_action (list, "list.activate-item", "u", 1));
  editor = GTK_WIDGET (coprod_test_wait_for_toplevel (COPROD_TYPE_ACTION_EDITOR));
  g_assert_nonnull (editor);
  outcome = coprod_test_find_widget (editor, COPROD_TYPE_ACTION_OUTCOME);
  g_assert_false (shows_error (outcome));
  click (editor, "_Can't Do — Here's Why");
  g_assert_true (shows_error (outcome));
  /* Nothing was written: once everything is committed, the file still has one. */
  wait_for_all_committed (app);
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM action WHERE status = 'cannot'"),
                   ==, 1);
  type_into_entry (outcome, GTK_TYPE_ENTRY, "The parents' group has stopped meeting");
  g_assert_false (shows_error (outcome));
  click (editor, "_Can't Do — Here's Why");
  coprod_test_wait_for_int (f->db_path, "SELECT count(*) FROM action WHERE status = 'cannot'", 2);
  coprod_test_wait_for_int (f->db_path,
                            "SELECT count(*) FROM action_update u JOIN action a "
                            "ON a.id = u.action_id WHERE a.status_note = "
                            "'The parents'' group has stopped meeting'", 1);
  gtk_window_close (GTK_WINDOW (editor));
  coprod_test_wait_for_no_toplevel (COPROD_TYPE_ACTION_EDITOR);
  coprod_test_wait_until (coprod_action_listing_get_n_actions (listing) == 3,
                          "the action that can't be done to leave the list");
  g_assert_cmpuint (coprod_action_listing_get_n_actions (listing), ==, 3);

  /* The team menu saves the actions as a spreadsheet and the due dates as a calendar;
   * a folder that is not there is refused and says so. */
  {
    g_autofree char *csv_path = g_build_filename (f->data_dir, "actions.csv", NULL);
    g_autofree char *ics_path = g_build_filename (f->data_dir, "due.ics", NULL);
    g_autofree char *nowhere_path = g_build_filename (f->data_dir, "no such folder", "a.csv",
                                                      NULL);
    g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
    g_autoptr(GFile) ics = g_file_new_for_path (ics_path);
    g_autoptr(GFile) nowhere = g_file_new_for_path (nowhere_path);
    g_autofree char *csv_text = NULL;
    g_autofree char *ics_text = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (coprod_window_export_actions_to (COPROD_WINDOW (win), csv, "csv", &error));
    g_assert_no_error (error);
    g_assert_true (coprod_window_export_actions_to (COPROD_WINDOW (win), ics, "ics", &error));
    g_assert_true (g_file_get_contents (csv_path, &csv_text, NULL, NULL));
    g_assert_true (g_file_get_contents (ics_path, &ics_text, NULL, NULL));
    g_assert_nonnull (strstr (csv_text, "I will phone the school about the bus by Friday"));
    g_assert_nonnull (strstr (csv_text, "The parents' group has stopped meeting"));
    g_assert_true (g_str_has_prefix (ics_text, "BEGIN:VCALENDAR\r\n"));
    g_assert_nonnull (strstr (ics_text, "SUMMARY:"));
    g_assert_false (coprod_window_export_actions_to (COPROD_WINDOW (win), nowhere, "csv",
                                                     &error));
    g_assert_nonnull (error);

    /* Families' words: the files are their owner's only, and a link is not written
     * through (the window uses the export layer's checks). */
    {
      g_autofree char *link_path = g_strconcat (csv_path, ".link", NULL);
      g_autoptr(GFile) link = g_file_new_for_path (link_path);
      GStatBuf st;

      g_assert_cmpint (g_stat (csv_path, &st), ==, 0);
      g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
      g_assert_cmpint (g_stat (ics_path, &st), ==, 0);
      g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
      g_assert_cmpint (symlink (csv_path, link_path), ==, 0);
      g_clear_error (&error);
      g_assert_false (coprod_window_export_actions_to (COPROD_WINDOW (win), link, "csv",
                                                       &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
      g_assert_cmpint (g_lstat (link_path, &st), ==, 0);
      g_assert_true (S_ISLNK (st.st_mode));
    }
  }
}

static void
test_view_and_editor (Fixture       *f,
                      gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, view_and_editor, f), ==, 0);
}

/* "You said, we did" in the live console, and the end-of-meeting check. */
static void
review_and_end (GtkApplication *app,
                GtkWindow      *window,
                gpointer        user_data)
{
  Fixture *f = user_data;
  GtkWidget *win = GTK_WIDGET (window);
  GtkWidget *editor, *agenda, *console, *outcome, *dialog, *action_editor;
  CoprodTeam *team;
  CoprodLiveState *live;
  CoprodMeeting *meeting;
  GListModel *items;
  g_autoptr(GPtrArray) review = NULL;
  CoprodAttendance came = { TRUE, 150, 0, FALSE };
  gint64 meeting_id;
  g_autofree char *sql = NULL;

  g_assert_true (gtk_widget_activate_action (win, "win.try-example", NULL));
  coprod_test_wait_until (coprod_window_get_team (COPROD_WINDOW (win)) != NULL,
                          "the example team to be shown");
  team = coprod_window_get_team (COPROD_WINDOW (win));
  items = coprod_team_get_meetings (team);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CoprodMeeting) m = g_list_model_get_item (items, i);

      if (g_str_has_prefix (coprod_meeting_get_title (m), "Short breaks"))
        gtk_widget_activate_action (win, "win.edit-meeting", "x", coprod_meeting_get_id (m));
    }
  editor = GTK_WIDGET (coprod_test_wait_for_toplevel (COPROD_TYPE_MEETING_EDITOR));
  g_assert_nonnull (editor);
  coprod_meeting_editor_show_agenda (COPROD_MEETING_EDITOR (editor));
  agenda = coprod_test_find_widget (editor, COPROD_TYPE_AGENDA_VIEW);
  g_assert_true (gtk_widget_activate_action (agenda, "agenda.run", NULL));
  console = GTK_WIDGET (coprod_test_wait_for_toplevel (COPROD_TYPE_LIVE_WINDOW));
  g_assert_nonnull (console);
  live = coprod_live_window_get_live_state (COPROD_LIVE_WINDOW (console));
  meeting = coprod_live_state_get_meeting (live);
  meeting_id = coprod_meeting_get_id (meeting);

  /* The review item brings up the actions due since last time, one at a time. */
  items = coprod_meeting_get_agenda (meeting);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (items, i);

      if (coprod_agenda_item_get_kind (item) == COPROD_AGENDA_KIND_ACTIONS_REVIEW)
        gtk_widget_activate_action (console, "live.go-to", "u", i);
    }
  review = coprod_team_dup_actions_to_review (team, meeting);
  g_assert_cmpuint (review->len, ==, 5);
  g_assert_cmpuint (coprod_live_state_get_review_length (live), ==, review->len);
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_REVIEW);
  g_assert_true (coprod_live_state_get_review_action (live) == g_ptr_array_index (review, 0));

  /* "We did": recorded with a note, in this meeting. */
  outcome = coprod_test_find_widget (console, COPROD_TYPE_ACTION_OUTCOME);
  g_assert_true (gtk_widget_get_visible (outcome));
  type_into_entry (outcome, GTK_TYPE_ENTRY, "Asked six parents; the notes are with Sunita");
  click (outcome, "_Done");
  sql = g_strdup_printf ("SELECT count(*) FROM action_update WHERE meeting_id = %" G_GINT64_FORMAT
                         " AND note = 'Asked six parents; the notes are with Sunita'",
                         meeting_id);
  coprod_test_wait_for_int (f->db_path, sql, 1);
  g_assert_cmpint (coprod_action_get_status (g_ptr_array_index (review, 0)), ==,
                   COPROD_ACTION_DONE);
  g_assert_true (gtk_widget_activate_action (console, "live.review-next", NULL));
  g_assert_cmpuint (coprod_live_state_get_review_index (live), ==, 1);
  g_assert_true (coprod_action_outcome_get_action (COPROD_ACTION_OUTCOME (outcome)) ==
                 g_ptr_array_index (review, 1));
  g_assert_true (gtk_widget_activate_action (console, "live.review-previous", NULL));
  g_assert_cmpuint (coprod_live_state_get_review_index (live), ==, 0);

  /* Amara and Jordan came; Amara is given an action from the item under way. */
  g_assert_true (coprod_meeting_set_attendance (meeting,
                                                coprod_person_get_id (person_named (team,
                                                                                    "Amara Okafor")),
                                                &came, NULL));
  g_assert_true (gtk_widget_activate_action (console, "live.who-came", NULL));
  {
    GtkWindow *who = NULL;

    coprod_test_wait_until ((who = find_transient_for (GTK_WINDOW (console))) != NULL,
                            "the window to mark who came to open");
    g_assert_nonnull (who);
    /* The rows are in the team's order; Jordan's switch, named for a screen reader,
     * says he came and lets his time and expenses be opened. */
    for (GtkWidget *row = gtk_widget_get_first_child (
           gtk_widget_get_parent (coprod_test_find_widget (GTK_WIDGET (who),
                                                           ADW_TYPE_EXPANDER_ROW)));
         row != NULL; row = gtk_widget_get_next_sibling (row))
      if (ADW_IS_EXPANDER_ROW (row) &&
          g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Jordan Reid"))
        {
          GtkWidget *came_switch = coprod_test_find_widget (row, GTK_TYPE_SWITCH);

          g_assert_true (gtk_widget_get_visible (came_switch));
          gtk_test_accessible_assert_property (came_switch, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                               "Jordan Reid came");
          g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row)));
          gtk_switch_set_active (GTK_SWITCH (came_switch), TRUE);
          g_assert_true (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row)));
        }
    gtk_window_close (who);
  }
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM attendance t JOIN person p "
                         "ON p.id = t.person_id WHERE p.name = 'Jordan Reid' "
                         "AND t.attended = 1 AND t.meeting_id = %" G_GINT64_FORMAT, meeting_id);
  coprod_test_wait_for_int (f->db_path, sql, 1);

  g_assert_true (gtk_widget_activate_action (console, "live.new-action", NULL));
  action_editor = GTK_WIDGET (coprod_test_wait_for_toplevel (COPROD_TYPE_ACTION_EDITOR));
  type_into_entry (action_editor, ADW_TYPE_ENTRY_ROW, "I will share the notes by Monday");
  adw_combo_row_set_selected (ADW_COMBO_ROW (coprod_test_find_widget (action_editor,
                                                                      ADW_TYPE_COMBO_ROW)),
                              index_of_person (team, "Amara Okafor"));
  /* No meeting is planned after this one, so "Next Meeting" cannot be chosen. */
  g_assert_false (gtk_widget_is_sensitive (find_button (action_editor, "_Next Meeting")));
  click (action_editor, "In _Two Weeks");
  g_assert_true (coprod_action_editor_add (COPROD_ACTION_EDITOR (action_editor)));
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM action a JOIN agenda_item i "
                         "ON i.id = a.agenda_item_id WHERE a.meeting_id = %" G_GINT64_FORMAT
                         " AND i.kind = 'actions_review'", meeting_id);
  g_assert_cmpint (coprod_test_query_int (f->db_path, sql), ==, 1);

  /* Ending lists Jordan and Lena, who came and have none; "None This Time" is kept for
   * each, and the keyboard moves on to the next one, then to the dialog's own button. */
  g_assert_true (coprod_meeting_set_attendance (meeting,
                                                coprod_person_get_id (person_named (team,
                                                                                    "Lena Novak")),
                                                &came, NULL));
  g_assert_true (gtk_widget_activate_action (console, "live.end", NULL));
  dialog = GTK_WIDGET (coprod_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (coprod_end_check_get_missing (dialog), ==, 2);
  g_assert_true (gtk_widget_grab_focus (find_button (dialog, "_None This Time")));
  click (dialog, "_None This Time");
  g_assert_cmpuint (coprod_end_check_get_missing (dialog), ==, 1);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) == find_button (dialog, "_None This Time"));
  click (dialog, "_None This Time");
  g_assert_cmpuint (coprod_end_check_get_missing (dialog), ==, 0);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (gtk_root_get_focus (GTK_ROOT (dialog)))), ==,
                   "_Carry On");
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT t.no_action FROM attendance t JOIN person p "
                         "ON p.id = t.person_id WHERE p.name = 'Jordan Reid' "
                         "AND t.meeting_id = %" G_GINT64_FORMAT, meeting_id);
  coprod_test_wait_for_int (f->db_path, sql, 1);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "end");
  /* Once answered, the dialog stops following the actions: taking Amara's away does
   * not put her back on it. */
  {
    GListModel *actions = coprod_team_get_actions (team);

    for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
      {
        g_autoptr(CoprodAction) action = g_list_model_get_item (actions, i);

        if (g_str_equal (coprod_action_get_text (action), "I will share the notes by Monday"))
          {
            g_assert_true (coprod_team_delete_action (team, action, NULL));
            break;
          }
      }
    g_assert_cmpuint (coprod_end_check_get_missing (dialog), ==, 0);
  }
  /* The console closes once the dialog has finished closing itself. */
  coprod_test_wait_for_no_toplevel (COPROD_TYPE_LIVE_WINDOW);
  g_assert_null (coprod_test_find_toplevel (COPROD_TYPE_LIVE_WINDOW));
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT status FROM meeting WHERE id = %" G_GINT64_FORMAT, meeting_id);
  coprod_test_wait_for_text (f->db_path, sql, "ended");
  {
    g_autofree char *status = coprod_test_query_text (f->db_path, sql);

    g_assert_cmpstr (status, ==, "ended");
  }
}

static void
test_review_and_end (Fixture       *f,
                     gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, review_and_end, f), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test accessibility backend keeps what a screen reader would be told, so the
   * tests can read the names given to controls; it talks to no accessibility bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/actions-ui/view-and-editor", Fixture, NULL, fixture_set_up,
              test_view_and_editor, fixture_tear_down);
  g_test_add ("/actions-ui/review-and-end", Fixture, NULL, fixture_set_up,
              test_review_and_end, fixture_tear_down);

  return g_test_run ();
}
