/* test-exercise-ui.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expectations exercise as a facilitator runs it on the example meeting, from the
 * lists being written to the answers: one group's lists shown alone, lines typed with
 * Enter, a deletion undone, a pair made, "we can't" refused until it says why, an
 * agreement and an action linked back to its expectation. What was kept is read from
 * the database file through a separate connection.
 */

#include "coprod-action-editor.h"
#include "coprod-agenda-view.h"
#include "coprod-columns.h"
#include "coprod-exercise-window.h"
#include "coprod-live-window.h"
#include "coprod-meeting-editor.h"
#include "coprod-summary-export.h"
#include "coprod-test-app.h"
#include "coprod-window.h"

typedef CoprodTestData Fixture;

#define fixture_set_up coprod_test_data_set_up
#define fixture_tear_down coprod_test_data_tear_down

/* The row for adding to a list, found by its group's title above it. */
static GtkWidget *
add_row_under (GtkWidget  *window,
               const char *title)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();

  coprod_test_collect (window, ADW_TYPE_PREFERENCES_GROUP, groups);
  for (guint i = 0; i < groups->len; i++)
    {
      AdwPreferencesGroup *group = g_ptr_array_index (groups, i);
      g_autoptr(GPtrArray) rows = g_ptr_array_new ();

      if (g_strcmp0 (adw_preferences_group_get_title (group), title) != 0)
        continue;
      coprod_test_collect (GTK_WIDGET (group), ADW_TYPE_ENTRY_ROW, rows);
      return g_ptr_array_index (rows, rows->len - 1);
    }
  g_assert_not_reached ();
}

static void
type_line (GtkWidget  *window,
           const char *list_title,
           const char *text)
{
  GtkWidget *row = add_row_under (window, list_title);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "entry-activated");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
}

/* The row of a compare column that says @text, on the page shown or, with @hidden,
 * on one out of sight; %NULL while there is none, so that a test can wait for it. */
static GtkListBoxRow *
lookup_row_saying (GtkWidget  *window,
                   const char *text,
                   gboolean    hidden)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  coprod_test_collect (window, ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), text) == 0 &&
        gtk_widget_is_drawable (g_ptr_array_index (rows, i)) != hidden)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static GtkListBoxRow *
find_row_saying (GtkWidget  *window,
                 const char *text,
                 gboolean    hidden)
{
  GtkListBoxRow *row = lookup_row_saying (window, text, hidden);

  g_assert_nonnull (row);
  return row;
}

static GtkListBoxRow *
row_saying (GtkWidget  *window,
            const char *text)
{
  return find_row_saying (window, text, FALSE);
}

static void
pair_rows (GtkWidget  *window,
           const char *actual_text,
           const char *guess_text)
{
  GtkListBoxRow *actual = row_saying (window, actual_text);
  GtkListBoxRow *guess = row_saying (window, guess_text);

  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (actual))), actual);
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (guess))), guess);
  g_signal_emit_by_name (coprod_test_find_button (window, "_Pair Them"), "clicked");
}

/* The button that closes the toast on show in @window's toast overlay, if there is one. */
static GtkWidget *
toast_close_button (GtkWidget *window)
{
  GtkWidget *overlay = coprod_test_find_widget (window, ADW_TYPE_TOAST_OVERLAY);
  GtkWidget *content = adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (overlay));
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (overlay); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != content)
      coprod_test_collect (child, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, i)),
                   "window-close-symbolic") == 0)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

/* The answer row of the expectation that begins with @prefix, once its buttons are on
 * screen; %NULL until then. */
static GtkWidget *
answer_row_starting (GtkWidget  *window,
                     const char *prefix)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  coprod_test_collect (window, GTK_TYPE_LIST_BOX_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      CoprodExpectation *e = g_object_get_data (G_OBJECT (row), "expectation");

      if (e != NULL && g_object_get_data (G_OBJECT (row), "answer") != NULL &&
          g_str_has_prefix (coprod_expectation_get_text (e), prefix) &&
          coprod_test_find_button (row, "✖ We Ca_n't") != NULL)
        return row;
    }
  return NULL;
}

/* Whether the Professionals' lists on the write page are all out of sight while the
 * Families' are all on screen; @n_hidden counts the Professionals' groups looked at. */
static gboolean
only_families_shown (GtkWidget *window,
                     guint     *n_hidden)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  guint n_shown = 0;

  *n_hidden = 0;
  coprod_test_collect (window, ADW_TYPE_PREFERENCES_GROUP, groups);
  for (guint i = 0; i < groups->len; i++)
    {
      GtkWidget *group = g_ptr_array_index (groups, i);
      const char *title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group));

      if (g_str_has_prefix (title, "Professionals:"))
        {
          if (gtk_widget_is_drawable (group))
            return FALSE;
          (*n_hidden)++;
        }
      else if (g_str_has_prefix (title, "Families:"))
        {
          if (!gtk_widget_is_drawable (group))
            return FALSE;
          n_shown++;
        }
    }
  return n_shown == 2;
}

/* Waits for the file chooser that Export… opens, and for it to have settled on the folder
 * it starts in, as a user sees it before choosing anything. GTK 4.8's chooser tells of
 * a folder it "could not display" when its first look-up is cut short, by the chooser
 * going or by another folder being chosen. */
static GtkFileChooser *
wait_for_chooser (void)
{
  GtkFileChooser *chooser =
    GTK_FILE_CHOOSER (coprod_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_autoptr(GFile) folder = NULL;

  coprod_test_wait_until ((folder = gtk_file_chooser_get_current_folder (chooser)) != NULL,
                          "the file chooser to show its first folder");
  return chooser;
}

static gboolean
chooser_has_file (GtkFileChooser *chooser,
                  GFile          *file)
{
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (chooser);

  return chosen != NULL && g_file_equal (chosen, file);
}

static const char *
text_at (GListModel *list,
         guint       position)
{
  g_autoptr(CoprodExpectation) item = g_list_model_get_item (list, position);

  return coprod_expectation_get_text (item);
}

static void
exercise_flow (GtkApplication *app,
               GtkWindow      *window,
               gpointer        user_data)
{
  Fixture *f = user_data;
  GtkWidget *win = GTK_WIDGET (window);
  GtkWidget *editor, *console, *exercise_window, *answer, *action_editor;
  CoprodLiveState *live;
  CoprodTeam *team;
  CoprodExercise *exercise;
  GListModel *items;
  g_autoptr(GPtrArray) errors = g_ptr_array_new ();
  CoprodStore *store;

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
  coprod_meeting_editor_show_agenda (COPROD_MEETING_EDITOR (editor));
  g_assert_true (gtk_widget_activate_action (coprod_test_find_widget (editor,
                                                                      COPROD_TYPE_AGENDA_VIEW),
                                             "agenda.run", NULL));
  console = GTK_WIDGET (coprod_test_wait_for_toplevel (COPROD_TYPE_LIVE_WINDOW));
  live = coprod_live_window_get_live_state (COPROD_LIVE_WINDOW (console));
  store = coprod_meeting_get_store (coprod_live_state_get_meeting (live));

  /* The agenda reaching the exercise opens it, and the room follows it. Before that,
   * with the console on screen and drawn at its first item, the exercise is not open. */
  coprod_test_wait_for_frame (console);
  g_assert_null (coprod_test_find_toplevel (COPROD_TYPE_EXERCISE_WINDOW));
  items = coprod_meeting_get_agenda (coprod_live_state_get_meeting (live));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (items, i);

      if (coprod_agenda_item_get_kind (item) == COPROD_AGENDA_KIND_EXPECTATIONS)
        gtk_widget_activate_action (console, "live.go-to", "u", i);
    }
  exercise_window = GTK_WIDGET (coprod_test_wait_for_toplevel (COPROD_TYPE_EXERCISE_WINDOW));
  g_assert_nonnull (exercise_window);
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_EXPECTATIONS);
  exercise = coprod_exercise_window_get_exercise (COPROD_EXERCISE_WINDOW (exercise_window));

  /* Families write with Professionals' lists out of sight. */
  coprod_exercise_window_show_writer (COPROD_EXERCISE_WINDOW (exercise_window), COPROD_GROUP_A);
  /* What is out of sight is read once the window has laid itself out and drawn. */
  coprod_test_wait_for_frame (exercise_window);
  type_line (exercise_window, "Families: what we expect of Professionals",
             "Tell us the truth, even when the answer is no");
  type_line (exercise_window, "Families: what we expect of Professionals",
             "Weekend short breaks for every family");
  type_line (exercise_window, "Families: what we expect of Professionals", "A typo line");
  {
    guint n_hidden;

    g_assert_true (only_families_shown (exercise_window, &n_hidden));
    g_assert_cmpuint (n_hidden, ==, 2);
  }

  /* A line deleted by mistake comes back with Undo (the toast's button, or Ctrl+Z). */
  {
    g_autoptr(GPtrArray) deletes = g_ptr_array_new ();
    GListModel *list = coprod_exercise_get_list (exercise, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT);
    g_autoptr(CoprodExpectation) second = g_list_model_get_item (list, 1);

    coprod_test_collect (exercise_window, GTK_TYPE_BUTTON, deletes);
    for (guint i = 0; i < deletes->len; i++)
      if (g_object_get_data (g_ptr_array_index (deletes, i), "expectation") == second)
        g_signal_emit_by_name (g_ptr_array_index (deletes, i), "clicked");
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
    g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM expectation "
                                                        "WHERE deleted = 1"), ==, 1);
    g_assert_true (gtk_widget_activate_action (exercise_window, "exercise.undo", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
    g_assert_cmpstr (text_at (list, 1), ==, "Weekend short breaks for every family");
    g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM expectation "
                                                        "WHERE deleted = 1"), ==, 0);
  }

  /* Professionals write theirs. */
  coprod_exercise_window_show_writer (COPROD_EXERCISE_WINDOW (exercise_window), COPROD_GROUP_B);
  coprod_test_wait_for_frame (exercise_window);
  type_line (exercise_window, "Professionals: what we think Families expect of us",
             "Be honest about what we can and can't do");
  type_line (exercise_window, "Professionals: what we think Families expect of us",
             "Sort out every problem straight away");
  g_assert_cmpuint (coprod_exercise_count_written (exercise, COPROD_GROUP_A), ==, 3);
  g_assert_cmpuint (coprod_exercise_count_written (exercise, COPROD_GROUP_B), ==, 2);

  /* Compare: about Professionals, the honest guess meant the first expectation. */
  g_assert_true (gtk_widget_activate_action (exercise_window, "exercise.next", NULL));
  g_assert_cmpint (coprod_exercise_get_phase (exercise), ==, COPROD_PHASE_REVEALED);
  coprod_test_wait_until (coprod_test_find_button (exercise_window, "About Professionals") != NULL,
                          "the compare page to be on screen");
  g_signal_emit_by_name (coprod_test_find_button (exercise_window, "About Professionals"),
                         "clicked");
  g_assert_cmpint (coprod_live_state_get_mirror (live), ==, COPROD_GROUP_B);
  /* Revealing the lists queued the columns to be made anew on idle. */
  coprod_test_wait_for_idle ();
  coprod_test_wait_until (lookup_row_saying (exercise_window,
                                             "Tell us the truth, even when the answer is no",
                                             FALSE) != NULL &&
                          lookup_row_saying (exercise_window,
                                             "Be honest about what we can and can't do",
                                             FALSE) != NULL,
                          "the compare columns to show both lines");
  pair_rows (exercise_window, "Tell us the truth, even when the answer is no",
             "Be honest about what we can and can't do");
  coprod_test_wait_for_int (f->db_path,
                            "SELECT count(*) FROM expectation g JOIN expectation a "
                            "ON g.matched_id = a.id WHERE g.text LIKE 'Be honest%' "
                            "AND a.text LIKE 'Tell us the truth%'", 1);

  /* A guess paired by mistake is unpaired: the columns are made anew once the button's
   * handler has returned, and the keyboard stays with the line. */
  pair_rows (exercise_window, "Weekend short breaks for every family",
             "Sort out every problem straight away");
  {
    GtkListBoxRow *guess;
    g_autoptr(GtkWidget) unpair = NULL;

    /* The pair shows once the columns are made anew, on idle. */
    coprod_test_wait_until ((guess = lookup_row_saying (exercise_window,
                                                        "Sort out every problem straight away",
                                                        FALSE)) != NULL &&
                            coprod_test_find_button (GTK_WIDGET (guess), "_Unpair") != NULL,
                            "the paired guess to offer Unpair");
    unpair = g_object_ref (coprod_test_find_button (GTK_WIDGET (guess), "_Unpair"));

    g_assert_true (gtk_widget_grab_focus (unpair));
    g_signal_emit_by_name (unpair, "clicked");
    g_assert_true (gtk_widget_get_root (unpair) == GTK_ROOT (exercise_window));
    coprod_test_wait_until (gtk_widget_get_root (unpair) == NULL,
                            "the compare columns to be made anew without the pair");
    guess = row_saying (exercise_window, "Sort out every problem straight away");
    g_assert_null (coprod_test_find_button (GTK_WIDGET (guess), "_Unpair"));
    g_assert_true (gtk_root_get_focus (GTK_ROOT (exercise_window)) == GTK_WIDGET (guess));
  }

  /* The room sees the side from the line the facilitator chooses: the guess nobody
   * expected comes after the three expectations. */
  {
    GtkListBoxRow *guess = row_saying (exercise_window, "Sort out every problem straight away");

    gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (guess))), guess);
    g_assert_cmpuint (coprod_live_state_get_mirror_start (live), ==, 3);
  }

  /* Answer: "we can't" waits for the reason. */
  g_assert_true (gtk_widget_activate_action (exercise_window, "exercise.next", NULL));
  g_assert_cmpint (coprod_exercise_get_phase (exercise), ==, COPROD_PHASE_RESPONDING);
  coprod_test_wait_until ((answer = answer_row_starting (exercise_window, "Weekend")) != NULL,
                          "the answer to “Weekend…” to be on screen");
  g_assert_nonnull (answer);
  g_signal_emit_by_name (coprod_test_find_button (answer, "✖ We Ca_n't"), "clicked");
  coprod_test_collect (answer, GTK_TYPE_LABEL, errors);
  {
    GtkWidget *shown = NULL;

    for (guint i = 0; i < errors->len; i++)
      if (gtk_widget_has_css_class (g_ptr_array_index (errors, i), "error") &&
          gtk_widget_get_visible (g_ptr_array_index (errors, i)))
        shown = g_ptr_array_index (errors, i);
    g_assert_nonnull (shown);
    /* A screen reader reads the message out with the answer it is about. */
    gtk_test_accessible_assert_relation (coprod_test_find_widget (answer, GTK_TYPE_ENTRY),
                                         GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, shown, NULL);
  }
  /* Nothing was written: once every edit still open is committed, the file says so. */
  coprod_test_wait_until (!coprod_store_get_has_pending (store),
                          "the edits before the answer to be committed");
  g_assert_cmpint (coprod_test_query_int (f->db_path, "SELECT count(*) FROM expectation "
                                                      "WHERE response = 'cannot'"), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (coprod_test_find_widget (answer, GTK_TYPE_ENTRY)),
                         "There are twelve weekend places for forty families");
  g_signal_emit_by_name (coprod_test_find_button (answer, "✖ We Ca_n't"), "clicked");
  coprod_test_wait_for_int (f->db_path,
                            "SELECT count(*) FROM expectation WHERE response = "
                            "'cannot' AND response_note LIKE 'There are twelve%'", 1);

  /* It becomes an agreement, and an action linked back to it. Agreeing changes nothing
   * the compare columns show, so their rows are left as they are. The answer above may
   * still have them to make anew: let that pass first. */
  coprod_test_wait_for_idle ();
  {
    GtkListBoxRow *compared = find_row_saying (exercise_window,
                                               "Weekend short breaks for every family", TRUE);

    g_object_add_weak_pointer (G_OBJECT (compared), (gpointer *) &compared);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (coprod_test_find_widget (answer,
                                                                            GTK_TYPE_CHECK_BUTTON)),
                                 TRUE);
    /* The columns would be made anew on idle: let it pass, then look. */
    coprod_test_wait_for_idle ();
    g_assert_nonnull (compared);
    g_assert_true (gtk_widget_get_root (GTK_WIDGET (compared)) == GTK_ROOT (exercise_window));
    g_object_remove_weak_pointer (G_OBJECT (compared), (gpointer *) &compared);
  }
  g_signal_emit_by_name (coprod_test_find_button (answer, "Make an _Action…"), "clicked");
  action_editor = GTK_WIDGET (coprod_test_wait_for_toplevel (COPROD_TYPE_ACTION_EDITOR));
  g_assert_nonnull (action_editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (coprod_test_find_widget (action_editor,
                                                                                 ADW_TYPE_ENTRY_ROW))),
                   ==, "Weekend short breaks for every family");
  g_assert_true (coprod_action_editor_add (COPROD_ACTION_EDITOR (action_editor)));
  coprod_test_wait_for_int (f->db_path,
                            "SELECT count(*) FROM action a JOIN expectation e "
                            "ON e.id = a.from_expectation_id "
                            "WHERE e.text LIKE 'Weekend%' AND e.agreed = 1 "
                            "AND a.owner_person_id IS NOT NULL", 1);

  /* The meeting's summary: Export… offers a name from the title and date, and leaves
   * private notes out unless ticked; the PDF is made with a toast to open it. */
  {
    GtkWindow *chooser;
    g_autofree char *name = coprod_summary_default_file_name (coprod_live_state_get_meeting (live));
    g_autofree char *path = g_build_filename (f->data_dir, name, NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autofree char *contents = NULL;
    g_autofree char *current_name = NULL;

    /* Starting the meeting closed its editor: open it again from the main window. */
    gtk_widget_activate_action (win, "win.edit-meeting", "x",
                                coprod_meeting_get_id (coprod_live_state_get_meeting (live)));
    editor = GTK_WIDGET (coprod_test_wait_for_toplevel (COPROD_TYPE_MEETING_EDITOR));
    g_assert_nonnull (editor);
    g_assert_true (gtk_widget_activate_action (editor, "editor.export", NULL));
    chooser = GTK_WINDOW (wait_for_chooser ());
    g_assert_nonnull (chooser);
    current_name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
    g_assert_cmpstr (current_name, ==, name);
    g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "private"), ==,
                     "false");
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
    coprod_test_wait_for_no_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);

    g_assert_true (coprod_summary_export_to (ADW_TOAST_OVERLAY (coprod_test_find_widget (editor,
                                                                                         ADW_TYPE_TOAST_OVERLAY)),
                                             team, coprod_live_state_get_meeting (live), file,
                                             COPROD_SUMMARY_HANDOUTS));
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));

    /* The toast saying the summary is being made can be closed before it is made.
     * Without animations a closed toast is let go of at once. A new editor has no
     * other toast on show in front of it. */
    gtk_window_destroy (GTK_WINDOW (editor));
    gtk_widget_activate_action (win, "win.edit-meeting", "x",
                                coprod_meeting_get_id (coprod_live_state_get_meeting (live)));
    editor = GTK_WIDGET (coprod_test_wait_for_toplevel (COPROD_TYPE_MEETING_EDITOR));
    g_assert_true (gtk_widget_activate_action (editor, "editor.export", NULL));
    chooser = GTK_WINDOW (wait_for_chooser ());
    g_assert_nonnull (chooser);
    g_assert_true (g_file_delete (file, NULL, NULL));
    g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
    /* The chooser goes to the file's folder once it has looked the folder up; until then
     * it would answer with the name in the folder it was in. */
    coprod_test_wait_until (chooser_has_file (GTK_FILE_CHOOSER (chooser), file),
                            "the file chooser to show the folder of %s", path);
    g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
    /* The chooser checks the folder before it answers; the summary is made a tenth of a
     * second after its toast shows. */
    coprod_test_wait_until (toast_close_button (editor) != NULL,
                            "the toast saying the summary is being made");
    g_signal_emit_by_name (toast_close_button (editor), "clicked");
    coprod_test_wait_until (g_file_query_exists (file, NULL), "the summary to be written");
    g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
    g_assert_true (g_file_query_exists (file, NULL));
  }
}

static void
test_exercise_flow (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, exercise_flow, f), ==, 0);
}

/* A child that can be squeezed from @natural pixels high down to @minimum. */
static GtkWidget *
squeezable (int minimum,
            int natural)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_size_request (content, 50, natural);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), content);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), minimum);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  return scrolled;
}

/* The columns the exercise's lists are laid out in: one above the other when narrow,
 * the rows asking for their least and natural heights, and sharing out the height
 * they are given so that they never overlap or spill out. */
static void
test_columns (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *columns = coprod_columns_new (400);
  GtkWidget *first = squeezable (50, 300);
  GtkWidget *second = squeezable (50, 300);
  int minimum, natural, child_min, child_nat;
  graphene_rect_t a, b;

  coprod_columns_append (COPROD_COLUMNS (columns), first);
  coprod_columns_append (COPROD_COLUMNS (columns), second);
  gtk_window_set_child (GTK_WINDOW (window), columns);
  gtk_widget_measure (first, GTK_ORIENTATION_VERTICAL, 300, &child_min, &child_nat, NULL, NULL);
  g_assert_cmpint (child_min, <, child_nat);
  gtk_widget_measure (columns, GTK_ORIENTATION_VERTICAL, 300, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 2 * child_min + 24);
  g_assert_cmpint (natural, ==, 2 * child_nat + 24);

  gtk_widget_size_allocate (columns, &(GtkAllocation) { 0, 0, 300, minimum }, -1);
  g_assert_true (gtk_widget_compute_bounds (first, columns, &a));
  g_assert_true (gtk_widget_compute_bounds (second, columns, &b));
  g_assert_cmpfloat (a.size.height, ==, child_min);
  g_assert_cmpfloat (a.origin.y + a.size.height, <, b.origin.y);
  g_assert_cmpfloat (b.origin.y + b.size.height, <=, minimum);

  gtk_widget_size_allocate (columns, &(GtkAllocation) { 0, 0, 300, natural }, -1);
  g_assert_true (gtk_widget_compute_bounds (second, columns, &b));
  g_assert_cmpfloat (b.origin.y, ==, child_nat + 24);
  g_assert_cmpfloat (b.size.height, ==, child_nat);

  /* Wide enough, side by side. */
  gtk_widget_size_allocate (columns, &(GtkAllocation) { 0, 0, 900, child_nat }, -1);
  g_assert_true (gtk_widget_compute_bounds (second, columns, &b));
  g_assert_cmpfloat (b.origin.x, >, 0);
  g_assert_cmpfloat (b.origin.y, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test accessibility backend keeps what a screen reader would be told, so the
   * test can read how controls are described; it talks to no accessibility bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/exercise-ui/flow", Fixture, NULL, fixture_set_up, test_exercise_flow,
              fixture_tear_down);
  g_test_add_func ("/exercise-ui/columns", test_columns);

  return g_test_run ();
}
