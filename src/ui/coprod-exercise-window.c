/* coprod-exercise-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expectations exercise on the facilitator's laptop, one page a phase:
 *
 * - Write: each group types its two lists, a line at a time (type, Enter, next). The
 *   laptop can show one group's lists only, so a group can write without seeing the
 *   other's; the shared screen shows only how many lines each has written.
 * - Compare: what the other group really expects of a group beside what that group
 *   thought, side by side; the facilitator pairs a guess with what it meant, by
 *   choosing one of each or by dragging the guess onto it.
 * - Answer: the group it is about answers each expectation (can, in part, can't and
 *   why, need to find out), and any of them can become an agreement or an action.
 *
 * Which group's side is compared and answered is the live state's, so the shared
 * screen shows the same.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-action-editor.h"
#include "coprod-columns.h"
#include "coprod-exercise-window.h"
#include "coprod-plain-words.h"

#define WRITER_BOTH 2

struct _CoprodExerciseWindow
{
  AdwWindow         parent_instance;

  CoprodLiveState  *live;
  CoprodTeam       *team;
  CoprodMeeting    *meeting;
  CoprodExercise   *exercise;
  CoprodExpectation *last_deleted;    /* for Undo */
  int               writer;           /* COPROD_GROUP_A, _B or WRITER_BOTH */

  AdwToastOverlay  *toasts;
  GtkStack         *stack;
  GtkWidget        *back_button;
  GtkWidget        *next_button;
  GtkLabel         *step_label;
  GtkToggleButton  *writer_buttons[3];
  GtkWidget        *list_groups[2][2];  /* [author][list], on the write page */
  GtkToggleButton  *side_buttons[2];
  GtkLabel         *actual_title;
  GtkLabel         *guess_title;
  GtkListBox       *actual_list;
  GtkListBox       *guess_list;
  GtkWidget        *pair_button;
  guint             compare_idle_id;  /* remakes the compare columns once changes settle */
  GtkLabel         *answer_title;
  GtkListBox       *answer_list;
};

static void queue_compare (CoprodExerciseWindow *self);

G_DEFINE_FINAL_TYPE (CoprodExerciseWindow, coprod_exercise_window, ADW_TYPE_WINDOW)

static const char *const category_names[] = {
  N_("Tasks and outputs"), N_("Behaviour"), N_("Skills and knowledge"), NULL
};

/* What a row of the compare columns shows of its line and of the line it is paired with. */
static const char *const compared_properties[] = {
  "notify::text", "notify::category", "notify::matched-id"
};

/* Helpers */

static const char *
label_of (CoprodExerciseWindow *self,
          CoprodGroup           group)
{
  return coprod_team_get_group_label (self->team, group);
}

static void
report (CoprodExerciseWindow *self,
        const GError         *error)
{
  /* The model's messages about the exercise's rules are written for the facilitator. */
  if (error->domain == COPROD_EXPECTATION_ERROR)
    adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
  else if (g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND))
    {
      g_message ("%s", error->message);
      adw_toast_overlay_add_toast (self->toasts,
                                   adw_toast_new (_("This change could not be saved: what "
                                                    "you were changing was removed for good "
                                                    "by another copy of Coprod.")));
    }
  else
    {
      g_message ("%s", error->message);
      adw_toast_overlay_add_toast (self->toasts,
                                   adw_toast_new (_("A change could not be saved. Is the disk "
                                                    "full?")));
    }
}

static CoprodGroup
mirror (CoprodExerciseWindow *self)
{
  return coprod_live_state_get_mirror (self->live);
}

static GtkWidget *
category_dropdown (void)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint i = 0; category_names[i] != NULL; i++)
    gtk_string_list_append (names, _(category_names[i]));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, _("What kind of expectation"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Kind of expectation"), -1);
  return dropdown;
}

/* Writing */

static void
delete_expectation (CoprodExerciseWindow *self,
                    CoprodExpectation    *expectation)
{
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  g_object_ref (expectation);
  if (!coprod_exercise_delete (self->exercise, expectation, &error))
    {
      report (self, error);
      g_object_unref (expectation);
      return;
    }
  g_clear_object (&self->last_deleted);
  self->last_deleted = expectation;
  toast = adw_toast_new (_("Line deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "exercise.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* Undo, or Ctrl+Z: the last line deleted goes back where it was. */
static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CoprodExerciseWindow *self = COPROD_EXERCISE_WINDOW (widget);
  g_autoptr(CoprodExpectation) expectation = g_steal_pointer (&self->last_deleted);
  g_autoptr(GError) error = NULL;

  if (expectation == NULL || coprod_exercise_restore (self->exercise, expectation, &error))
    return;
  if (g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND))
    {
      g_message ("%s", error->message);
      adw_toast_overlay_add_toast (self->toasts,
                                   adw_toast_new (_("This line could not be brought back: it "
                                                    "was removed for good by another copy of "
                                                    "Coprod.")));
    }
  else
    report (self, error);
}

static void
delete_clicked_cb (GtkButton            *button,
                   CoprodExerciseWindow *self)
{
  delete_expectation (self, g_object_get_data (G_OBJECT (button), "expectation"));
}

/* Alt+Up and Alt+Down move a line within its list. */
static gboolean
move_cb (GtkWidget *row,
         GVariant  *args,
         gpointer   user_data)
{
  CoprodExerciseWindow *self = COPROD_EXERCISE_WINDOW (gtk_widget_get_root (row));
  CoprodExpectation *expectation = g_object_get_data (G_OBJECT (row), "expectation");
  int step = g_variant_get_int32 (args);
  int position = coprod_expectation_get_position (expectation) + step;
  g_autoptr(GError) error = NULL;
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_parent (row));
  GtkListBoxRow *moved;

  if (position < 0)
    return TRUE;
  if (!coprod_exercise_move (self->exercise, expectation, (guint) position, &error))
    report (self, error);
  /* The list made the row anew: the keyboard stays with the line. */
  moved = gtk_list_box_get_row_at_index (list, coprod_expectation_get_position (expectation));
  if (moved != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (moved));
  return TRUE;
}

static GtkWidget *
create_written_row_cb (gpointer item,
                       gpointer user_data)
{
  CoprodExerciseWindow *self = user_data;
  CoprodExpectation *expectation = item;
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *dropdown = category_dropdown ();
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkEventController *keys = gtk_shortcut_controller_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Expectation"));
  g_object_bind_property (expectation, "text", row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (expectation, "category", dropdown, "selected",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), dropdown);
  coprod_plain_words_attach (row, self->team, COPROD_PLAIN_CHECK_ALL);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete, _("Delete This Line"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete this line"), -1);
  g_object_set_data (G_OBJECT (delete), "expectation", expectation);
  g_signal_connect (delete, "clicked", G_CALLBACK (delete_clicked_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), delete);

  g_object_set_data_full (G_OBJECT (row), "expectation", g_object_ref (expectation),
                          g_object_unref);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                                     gtk_callback_action_new (move_cb, NULL, NULL), "i", -1));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                                     gtk_callback_action_new (move_cb, NULL, NULL), "i", 1));
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (keys), GTK_SHORTCUT_SCOPE_LOCAL);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (row, keys);
  return row;
}

/* Enter in the last row of a list adds the line and leaves the row empty for the next. */
static void
add_activated_cb (AdwEntryRow          *row,
                  CoprodExerciseWindow *self)
{
  CoprodGroup author = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "author"));
  CoprodExpectationList list = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "list"));
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (row), "category");
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *words = g_strstrip (g_strdup (text));

  if (*words == '\0')
    return;
  if (coprod_exercise_add (self->exercise, author, list, gtk_drop_down_get_selected (dropdown),
                           text, &error) == NULL)
    {
      report (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static GtkWidget *
list_group (CoprodExerciseWindow  *self,
            CoprodGroup            author,
            CoprodExpectationList  list)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *lines = gtk_list_box_new ();
  GtkWidget *add = adw_entry_row_new ();
  GtkWidget *dropdown = category_dropdown ();
  GtkWidget *add_box = gtk_list_box_new ();
  g_autofree char *title = NULL;
  const char *other = label_of (self, COPROD_OTHER_GROUP (author));

  if (list == COPROD_LIST_WE_EXPECT)
    /* Translators: the group writing, then the other group, as in "Families: what we
     * expect of Professionals" */
    title = g_strdup_printf (_("%s: what we expect of %s"), label_of (self, author), other);
  else
    /* Translators: the group writing, then the other group */
    title = g_strdup_printf (_("%s: what we think %s expect of us"), label_of (self, author),
                             other);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (lines), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (lines, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (lines), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_list_box_bind_model (GTK_LIST_BOX (lines), coprod_exercise_get_list (self->exercise, author,
                                                                           list),
                           create_written_row_cb, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), lines);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add), _("Add a line, then press Enter"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (add), dropdown);
  g_object_set_data (G_OBJECT (add), "author", GINT_TO_POINTER (author));
  g_object_set_data (G_OBJECT (add), "list", GINT_TO_POINTER (list));
  g_object_set_data (G_OBJECT (add), "category", dropdown);
  g_signal_connect (add, "entry-activated", G_CALLBACK (add_activated_cb), self);
  coprod_plain_words_attach (add, self->team, COPROD_PLAIN_CHECK_ALL);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (add_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (add_box, "boxed-list");
  gtk_widget_set_margin_top (add_box, 6);
  gtk_list_box_append (GTK_LIST_BOX (add_box), add);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add_box);
  return group;
}

/* Comparing */

static char *
describe_line (CoprodExerciseWindow *self,
               CoprodExpectation    *expectation)
{
  CoprodExpectation *partner = coprod_exercise_find_partner (self->exercise, expectation);
  const char *category = coprod_expectation_category_to_string (
    coprod_expectation_get_category (expectation));

  if (partner != NULL)
    /* Translators: a line's kind, and the line it is paired with */
    return g_strdup_printf (_("%s · ⇄ Paired with “%s”"), category,
                            coprod_expectation_get_text (partner));
  if (coprod_expectation_is_guess (expectation))
    /* Translators: a line's kind, then kind words for a guess nobody expected */
    return g_strdup_printf (_("%s · We thought they expected this — they don’t"), category);
  /* Translators: a line's kind, then kind words for an expectation nobody guessed */
  return g_strdup_printf (_("%s · They expect this — we didn’t guess it"), category);
}

/* A pair, or a line's words or kind, change what the rows of both columns say. */
static void
compared_line_changed_cb (GtkWidget *row)
{
  GtkRoot *root = gtk_widget_get_root (row);

  if (COPROD_IS_EXERCISE_WINDOW (root))
    queue_compare (COPROD_EXERCISE_WINDOW (root));
}

static void
unpair_clicked_cb (GtkButton            *button,
                   CoprodExerciseWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!coprod_exercise_unpair (self->exercise, g_object_get_data (G_OBJECT (button),
                                                                  "expectation"), &error))
    report (self, error);
}

static gboolean
drop_cb (GtkDropTarget        *target,
         const GValue         *value,
         double                x,
         double                y,
         CoprodExerciseWindow *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  CoprodExpectation *actual = g_object_get_data (G_OBJECT (row), "expectation");
  g_autoptr(GError) error = NULL;

  if (!COPROD_IS_EXPECTATION (g_value_get_object (value)))
    return FALSE;
  if (!coprod_exercise_pair (self->exercise, g_value_get_object (value), actual, &error))
    {
      report (self, error);
      return FALSE;
    }
  return TRUE;
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  return gdk_content_provider_new_typed (COPROD_TYPE_EXPECTATION,
                                         g_object_get_data (G_OBJECT (row), "expectation"));
}

static GtkWidget *
create_compared_row_cb (gpointer item,
                        gpointer user_data)
{
  CoprodExerciseWindow *self = user_data;
  CoprodExpectation *expectation = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe_line (self, expectation);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 coprod_expectation_get_text (expectation));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  g_object_set_data_full (G_OBJECT (row), "expectation", g_object_ref (expectation),
                          g_object_unref);
  if (coprod_exercise_find_partner (self->exercise, expectation) != NULL)
    {
      GtkWidget *unpair = gtk_button_new_with_mnemonic (_("_Unpair"));

      gtk_widget_set_valign (unpair, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (unpair), "expectation", expectation);
      g_signal_connect (unpair, "clicked", G_CALLBACK (unpair_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), unpair);
      g_object_set_data (G_OBJECT (row), "unpair", unpair);
    }
  /* Answers and agreements are not shown here: they leave the columns as they are. */
  for (guint i = 0; i < G_N_ELEMENTS (compared_properties); i++)
    g_signal_connect_object (expectation, compared_properties[i],
                             G_CALLBACK (compared_line_changed_cb), row, G_CONNECT_SWAPPED);

  /* A guess is dragged onto what it meant. */
  if (coprod_expectation_is_guess (expectation))
    {
      GtkDragSource *source = gtk_drag_source_new ();

      gtk_drag_source_set_actions (source, GDK_ACTION_LINK);
      g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
    }
  else
    {
      GtkDropTarget *target = gtk_drop_target_new (COPROD_TYPE_EXPECTATION, GDK_ACTION_LINK);

      g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
    }
  return row;
}

/* The room sees the side from the line the facilitator chose. */
static void
follow_line (CoprodExerciseWindow *self,
             CoprodExpectation    *expectation)
{
  g_autoptr(GPtrArray) rows = NULL;

  if (expectation == NULL)
    return;
  rows = coprod_exercise_dup_mirror (self->exercise, mirror (self));
  for (guint i = 0; i < rows->len; i++)
    {
      CoprodMirrorRow *row = g_ptr_array_index (rows, i);

      if (row->actual == expectation || row->guess == expectation)
        {
          coprod_live_state_set_mirror_start (self->live, i);
          return;
        }
    }
}

static void
row_selected_cb (GtkListBox           *list,
                 GtkListBoxRow        *row,
                 CoprodExerciseWindow *self)
{
  if (row != NULL)
    follow_line (self, g_object_get_data (G_OBJECT (row), "expectation"));
}

static void
answer_focused_cb (GtkEventControllerFocus *focus,
                   CoprodExerciseWindow    *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));

  follow_line (self, g_object_get_data (G_OBJECT (row), "expectation"));
}

static void
selection_changed_cb (CoprodExerciseWindow *self)
{
  gtk_widget_set_sensitive (self->pair_button,
                            gtk_list_box_get_selected_row (self->actual_list) != NULL &&
                            gtk_list_box_get_selected_row (self->guess_list) != NULL);
}

static void
pair_clicked_cb (CoprodExerciseWindow *self)
{
  GtkListBoxRow *actual = gtk_list_box_get_selected_row (self->actual_list);
  GtkListBoxRow *guess = gtk_list_box_get_selected_row (self->guess_list);
  g_autoptr(GError) error = NULL;

  if (actual == NULL || guess == NULL)
    return;
  if (!coprod_exercise_pair (self->exercise, g_object_get_data (G_OBJECT (guess), "expectation"),
                             g_object_get_data (G_OBJECT (actual), "expectation"), &error))
    report (self, error);
}

/* The line whose row, or whose row's Unpair button, has the keyboard in @list. */
static CoprodExpectation *
dup_focused_line (CoprodExerciseWindow *self,
                  GtkListBox           *list,
                  gboolean             *on_unpair)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (list)))
    return NULL;
  row = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  if (row == NULL)
    return NULL;
  *on_unpair = focus == g_object_get_data (G_OBJECT (row), "unpair");
  return g_object_ref (g_object_get_data (G_OBJECT (row), "expectation"));
}

/* Makes both columns anew for the side shown. The rows are new widgets, so the keyboard
 * goes back to the line that had it, on its Unpair button if it was there and still is. */
static void
bind_compare (CoprodExerciseWindow *self)
{
  GListModel *actual = coprod_exercise_get_list (self->exercise,
                                                 COPROD_OTHER_GROUP (mirror (self)),
                                                 COPROD_LIST_WE_EXPECT);
  GListModel *guess = coprod_exercise_get_list (self->exercise, mirror (self),
                                                COPROD_LIST_WE_THINK_THEY_EXPECT);
  GtkListBox *list = self->actual_list;
  g_autoptr(CoprodExpectation) focused = NULL;
  gboolean on_unpair = FALSE;
  GtkListBoxRow *row;
  GtkWidget *unpair;

  g_clear_handle_id (&self->compare_idle_id, g_source_remove);
  focused = dup_focused_line (self, list, &on_unpair);
  if (focused == NULL)
    {
      list = self->guess_list;
      focused = dup_focused_line (self, list, &on_unpair);
    }
  gtk_list_box_bind_model (self->actual_list, actual, create_compared_row_cb, self, NULL);
  gtk_list_box_bind_model (self->guess_list, guess, create_compared_row_cb, self, NULL);
  selection_changed_cb (self);

  if (focused == NULL)
    return;
  row = gtk_list_box_get_row_at_index (list, coprod_expectation_get_position (focused));
  if (row == NULL || g_object_get_data (G_OBJECT (row), "expectation") != focused)
    return;
  unpair = g_object_get_data (G_OBJECT (row), "unpair");
  gtk_widget_grab_focus (on_unpair && unpair != NULL ? unpair : GTK_WIDGET (row));
}

static gboolean
compare_idle_cb (gpointer user_data)
{
  CoprodExerciseWindow *self = user_data;

  self->compare_idle_id = 0;
  bind_compare (self);
  return G_SOURCE_REMOVE;
}

/* Pairs are made and undone from the rows' own handlers (a drop, a click), and one
 * change can touch several lines: the columns are made anew once, after the handler
 * has returned. While the lists are being written the columns are out of sight, and
 * they are made when the lists are revealed. */
static void
queue_compare (CoprodExerciseWindow *self)
{
  if (self->compare_idle_id == 0 && self->exercise != NULL &&
      coprod_exercise_get_phase (self->exercise) != COPROD_PHASE_DRAFTING)
    self->compare_idle_id = g_idle_add (compare_idle_cb, self);
}

/* Answering */

static const struct
{
  CoprodResponse  response;
  const char     *label;
} answers[] = {
  { COPROD_RESPONSE_CAN, N_("✔ We _Can") },
  { COPROD_RESPONSE_PARTLY, N_("◐ In _Part") },
  { COPROD_RESPONSE_CANNOT, N_("✖ We Ca_n't") },
  { COPROD_RESPONSE_FIND_OUT, N_("? _Find Out") },
};

/* Marks that say the answer without colour, in the order of CoprodResponse. */
static const char *const response_marks[] = { "…", "✔", "◐", "✖", "?" };

typedef struct
{
  CoprodExerciseWindow *window;
  CoprodExpectation    *expectation;
  GtkLabel             *status;
  GtkEntry             *note;
  GtkLabel             *problem;
  GtkCheckButton       *agreed;
} AnswerRow;

static void
show_answer (AnswerRow *a)
{
  CoprodResponse response = coprod_expectation_get_response (a->expectation);
  const char *note = coprod_expectation_get_response_note (a->expectation);
  g_autofree char *text = NULL;

  if (*note != '\0')
    /* Translators: a mark, an answer, and what the group said about it */
    text = g_strdup_printf (_("%s %s: %s"), response_marks[response],
                            coprod_response_to_string (response), note);
  else
    text = g_strdup_printf ("%s %s", response_marks[response],
                            coprod_response_to_string (response));
  gtk_label_set_label (a->status, text);
  gtk_check_button_set_active (a->agreed, coprod_expectation_get_agreed (a->expectation));
}

static void
row_changed_cb (GtkWidget *row)
{
  show_answer (g_object_get_data (G_OBJECT (row), "answer"));
}

static void
answer_clicked_cb (GtkButton *button,
                   AnswerRow *a)
{
  CoprodResponse response = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "response"));
  g_autoptr(GError) error = NULL;

  if (!coprod_exercise_respond (a->window->exercise, a->expectation, response,
                                gtk_editable_get_text (GTK_EDITABLE (a->note)), &error))
    {
      if (g_error_matches (error, COPROD_EXPECTATION_ERROR,
                           COPROD_EXPECTATION_ERROR_REASON_NEEDED))
        {
          gtk_label_set_label (a->problem, error->message);
          gtk_widget_set_visible (GTK_WIDGET (a->problem), TRUE);
          gtk_widget_grab_focus (GTK_WIDGET (a->note));
        }
      else
        report (a->window, error);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (a->problem), FALSE);
}

static void
agreed_toggled_cb (GtkCheckButton *button,
                   AnswerRow      *a)
{
  coprod_expectation_set_agreed (a->expectation, gtk_check_button_get_active (button));
}

/* The first of the team's people in the group that answers: who will most likely do
 * what the group promises. */
static gint64
someone_in (CoprodExerciseWindow *self,
            CoprodGroup           group)
{
  GListModel *people = coprod_team_get_people (self->team);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
      CoprodSide side = coprod_person_get_side (person);
      gboolean in_group = group == COPROD_GROUP_B
                            ? side == COPROD_SIDE_PROFESSIONAL
                            : side == COPROD_SIDE_FAMILY || side == COPROD_SIDE_YOUNG_PERSON;

      if (in_group)
        return coprod_person_get_id (person);
    }
  return 0;
}

static void
action_clicked_cb (GtkButton *button,
                   AnswerRow *a)
{
  CoprodExerciseWindow *self = a->window;
  GtkWidget *editor;

  editor = coprod_action_editor_new_for_meeting (GTK_WINDOW (self), self->team, self->meeting, 0,
                                                 someone_in (self,
                                                             coprod_expectation_get_about (a->expectation)));
  coprod_action_editor_prefill (COPROD_ACTION_EDITOR (editor),
                                coprod_expectation_get_text (a->expectation),
                                coprod_expectation_get_id (a->expectation));
  gtk_window_present (GTK_WINDOW (editor));
}

static GtkWidget *
create_answer_row_cb (gpointer item,
                      gpointer user_data)
{
  CoprodExerciseWindow *self = user_data;
  AnswerRow *a = g_new0 (AnswerRow, 1);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *text = gtk_label_new (coprod_expectation_get_text (item));
  GtkWidget *category = gtk_label_new (coprod_expectation_category_to_string (
    coprod_expectation_get_category (item)));
  GtkWidget *buttons = gtk_flow_box_new ();
  GtkWidget *more = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkEventController *focus;
  GtkWidget *action;

  a->window = self;
  a->expectation = item;
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_widget_add_css_class (text, "heading");
  gtk_box_append (GTK_BOX (box), text);
  gtk_label_set_xalign (GTK_LABEL (category), 0);
  gtk_widget_add_css_class (category, "dim-label");
  gtk_widget_add_css_class (category, "caption");
  gtk_box_append (GTK_BOX (box), category);

  a->status = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (a->status, TRUE);
  gtk_label_set_xalign (a->status, 0);
  gtk_widget_add_css_class (GTK_WIDGET (a->status), "heading");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (a->status));

  a->note = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (a->note, _("What we can do, or why we can’t"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (a->note), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Our answer, in words"), -1);
  coprod_plain_words_attach (GTK_WIDGET (a->note), self->team, COPROD_PLAIN_CHECK_ALL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (a->note));
  a->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (a->problem, TRUE);
  gtk_label_set_xalign (a->problem, 0);
  gtk_widget_add_css_class (GTK_WIDGET (a->problem), "error");
  gtk_widget_set_visible (GTK_WIDGET (a->problem), FALSE);
  /* Screen readers read the message itself, as the answer's description. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (a->note), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  a->problem, NULL, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (a->problem));

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (buttons), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (buttons), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (buttons), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (buttons), 6);
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_(answers[i].label));

      g_object_set_data (G_OBJECT (button), "response", GINT_TO_POINTER (answers[i].response));
      g_signal_connect (button, "clicked", G_CALLBACK (answer_clicked_cb), a);
      gtk_flow_box_append (GTK_FLOW_BOX (buttons), button);
    }
  gtk_box_append (GTK_BOX (box), buttons);

  a->agreed = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("An _agreement")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (a->agreed),
                               _("The room agrees on this: it goes in the summary"));
  g_signal_connect (a->agreed, "toggled", G_CALLBACK (agreed_toggled_cb), a);
  gtk_box_append (GTK_BOX (more), GTK_WIDGET (a->agreed));
  action = gtk_button_new_with_mnemonic (_("Make an _Action…"));
  gtk_widget_set_tooltip_text (action, _("Who will do what about this, by when"));
  g_signal_connect (action, "clicked", G_CALLBACK (action_clicked_cb), a);
  gtk_box_append (GTK_BOX (more), action);
  gtk_box_append (GTK_BOX (box), more);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "answer", a, g_free);
  g_object_set_data_full (G_OBJECT (row), "expectation", g_object_ref (item), g_object_unref);
  g_signal_connect_object (item, "notify", G_CALLBACK (row_changed_cb), row, G_CONNECT_SWAPPED);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (answer_focused_cb), self);
  gtk_widget_add_controller (row, focus);
  show_answer (a);
  return row;
}

/* The pages */

static void
show_side (CoprodExerciseWindow *self)
{
  CoprodGroup about = mirror (self);
  CoprodGroup other = COPROD_OTHER_GROUP (about);
  g_autofree char *actual = NULL;
  g_autofree char *guess = NULL;
  g_autofree char *answer = NULL;

  for (guint i = 0; i < 2; i++)
    gtk_toggle_button_set_active (self->side_buttons[i], i == about);
  /* Translators: the first %s is a group, the second the group it expects things of */
  actual = g_strdup_printf (_("What %s really expect of %s"), label_of (self, other),
                            label_of (self, about));
  /* Translators: the first %s is a group, the second the other group */
  guess = g_strdup_printf (_("What %s thought %s expect"), label_of (self, about),
                           label_of (self, other));
  /* Translators: %s is the group that answers */
  answer = g_strdup_printf (_("%s answer what is expected of them"), label_of (self, about));
  gtk_label_set_label (self->actual_title, actual);
  gtk_label_set_label (self->guess_title, guess);
  gtk_label_set_label (self->answer_title, answer);
  bind_compare (self);
  gtk_list_box_bind_model (self->answer_list,
                           coprod_exercise_get_list (self->exercise, other, COPROD_LIST_WE_EXPECT),
                           create_answer_row_cb, self, NULL);
}

static void
show_writer (CoprodExerciseWindow *self)
{
  for (guint a = 0; a < 2; a++)
    for (guint l = 0; l < 2; l++)
      gtk_widget_set_visible (self->list_groups[a][l],
                              self->writer == WRITER_BOTH || self->writer == (int) a);
  for (guint i = 0; i < 3; i++)
    gtk_toggle_button_set_active (self->writer_buttons[i], (int) i == self->writer);
}

static void
show_phase (CoprodExerciseWindow *self)
{
  CoprodExercisePhase phase = coprod_exercise_get_phase (self->exercise);
  static const char *const pages[] = { "write", "compare", "answer", "answer" };
  const char *next = NULL;
  const char *step = NULL;

  gtk_stack_set_visible_child_name (self->stack, pages[phase]);
  switch (phase)
    {
    case COPROD_PHASE_DRAFTING:
      step = _("Step 1 of 3: each group writes its lists");
      next = _("_Compare the Lists");
      break;
    case COPROD_PHASE_REVEALED:
      step = _("Step 2 of 3: compare, and pair each guess with what it meant");
      next = _("_Answer Them");
      break;
    case COPROD_PHASE_RESPONDING:
      step = _("Step 3 of 3: answer honestly what is expected of you");
      next = _("_Finish");
      break;
    case COPROD_PHASE_DONE:
    default:
      step = _("Finished. The answers and agreements go in the meeting’s summary.");
      break;
    }
  gtk_label_set_label (self->step_label, step);
  gtk_widget_set_visible (self->next_button, next != NULL);
  if (next != NULL)
    gtk_button_set_label (GTK_BUTTON (self->next_button), next);
  gtk_widget_set_sensitive (self->back_button, phase > COPROD_PHASE_DRAFTING);
}

/* Callbacks */

static void
step_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CoprodExerciseWindow *self = COPROD_EXERCISE_WINDOW (widget);
  CoprodExercisePhase phase = coprod_exercise_get_phase (self->exercise);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (action_name, "exercise.next") && phase < COPROD_PHASE_LAST)
    phase++;
  else if (g_str_equal (action_name, "exercise.back") && phase > COPROD_PHASE_DRAFTING)
    phase--;
  else
    return;
  if (!coprod_exercise_set_phase (self->exercise, phase, &error))
    report (self, error);
}

static void
writer_toggled_cb (GtkToggleButton      *button,
                   CoprodExerciseWindow *self)
{
  if (gtk_toggle_button_get_active (button))
    coprod_exercise_window_show_writer (self,
                                       GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button),
                                                                           "writer")));
}

static void
side_toggled_cb (GtkToggleButton      *button,
                 CoprodExerciseWindow *self)
{
  if (gtk_toggle_button_get_active (button))
    coprod_live_state_set_mirror (self->live,
                                  GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button),
                                                                      "side")));
}

/* Overrides */

static void
coprod_exercise_window_dispose (GObject *object)
{
  CoprodExerciseWindow *self = COPROD_EXERCISE_WINDOW (object);

  if (self->live != NULL)
    g_signal_handlers_disconnect_by_data (self->live, self);
  g_clear_object (&self->live);
  g_clear_object (&self->team);
  g_clear_object (&self->meeting);
  g_clear_object (&self->exercise);
  g_clear_object (&self->last_deleted);
  g_clear_handle_id (&self->compare_idle_id, g_source_remove);

  G_OBJECT_CLASS (coprod_exercise_window_parent_class)->dispose (object);
}

static void
coprod_exercise_window_class_init (CoprodExerciseWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = coprod_exercise_window_dispose;

  gtk_widget_class_install_action (widget_class, "exercise.next", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "exercise.back", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "exercise.undo", NULL, undo_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "exercise.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "exercise.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "exercise.back", NULL);
}

static void
coprod_exercise_window_init (CoprodExerciseWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self), 1000, 760);
  gtk_window_set_title (GTK_WINDOW (self), _("What We Expect of Each Other"));
}

static GtkWidget *
linked_toggles (GtkToggleButton **buttons,
                guint             n,
                const char      **labels,
                const char       *key,
                GCallback         callback,
                gpointer          data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  for (guint i = 0; i < n; i++)
    {
      buttons[i] = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_label (labels[i]));
      if (i > 0)
        gtk_toggle_button_set_group (buttons[i], buttons[0]);
      g_object_set_data (G_OBJECT (buttons[i]), key, GINT_TO_POINTER (i));
      g_signal_connect (buttons[i], "toggled", callback, data);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (buttons[i]));
    }
  return box;
}

static GtkWidget *
scrolled_page (GtkWidget *content)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  return scrolled;
}

static GtkWidget *
compare_column (GtkLabel   **title,
                GtkListBox **list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  *title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (*title, TRUE);
  gtk_label_set_xalign (*title, 0);
  gtk_widget_add_css_class (GTK_WIDGET (*title), "heading");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*title));
  *list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (*list, GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (GTK_WIDGET (*list), "boxed-list");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*list));
  return box;
}

static void
build (CoprodExerciseWindow *self)
{
  GtkWidget *root, *header, *write, *compare, *answer, *flow, *bar, *hint;
  const char *writers[3], *sides[2];
  g_autofree char *side_a = NULL;
  g_autofree char *side_b = NULL;

  root = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  self->back_button = gtk_button_new_with_mnemonic (_("_Back"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->back_button), "exercise.back");
  gtk_widget_set_tooltip_text (self->back_button, _("Back a Step (Ctrl+Page Up)"));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), self->back_button);
  self->next_button = gtk_button_new_with_mnemonic ("");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->next_button), "exercise.next");
  gtk_widget_add_css_class (self->next_button, "suggested-action");
  gtk_widget_set_tooltip_text (self->next_button, _("Next Step (Ctrl+Page Down)"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->next_button);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("What We Expect of Each Other"),
                                                         coprod_meeting_get_title (self->meeting)));
  gtk_box_append (GTK_BOX (root), header);

  self->step_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->step_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->step_label), "dim-label");
  gtk_widget_set_margin_top (GTK_WIDGET (self->step_label), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->step_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->step_label), 12);
  gtk_box_append (GTK_BOX (root), GTK_WIDGET (self->step_label));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);

  /* Write */
  write = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  hint = gtk_label_new (_("Who is writing now? Show one group’s lists only, so a group can "
                          "write without seeing the other’s."));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_justify (GTK_LABEL (hint), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (bar), hint);
  writers[0] = label_of (self, COPROD_GROUP_A);
  writers[1] = label_of (self, COPROD_GROUP_B);
  writers[2] = _("Both");
  gtk_box_append (GTK_BOX (bar), linked_toggles (self->writer_buttons, 3, writers, "writer",
                                                 G_CALLBACK (writer_toggled_cb), self));
  gtk_box_append (GTK_BOX (write), bar);
  /* Lines being typed need the width: two lists side by side only on a wide screen. */
  flow = coprod_columns_new (600);
  for (guint a = 0; a < 2; a++)
    for (guint l = 0; l < 2; l++)
      {
        self->list_groups[a][l] = list_group (self, a, l);
        coprod_columns_append (COPROD_COLUMNS (flow), self->list_groups[a][l]);
      }
  gtk_box_append (GTK_BOX (write), flow);
  gtk_stack_add_named (self->stack, scrolled_page (write), "write");

  /* Compare and answer share the choice of side. */
  side_a = g_strdup_printf (_("About %s"), label_of (self, COPROD_GROUP_A));
  side_b = g_strdup_printf (_("About %s"), label_of (self, COPROD_GROUP_B));
  sides[0] = side_a;
  sides[1] = side_b;

  compare = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (compare), linked_toggles (self->side_buttons, 2, sides, "side",
                                                     G_CALLBACK (side_toggled_cb), self));
  hint = gtk_label_new (_("Choose a guess and what it meant, then Pair Them, or drag the guess "
                          "onto it."));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_justify (GTK_LABEL (hint), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (compare), hint);
  self->pair_button = gtk_button_new_with_mnemonic (_("_Pair Them"));
  gtk_widget_set_halign (self->pair_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->pair_button, "pill");
  g_signal_connect_swapped (self->pair_button, "clicked", G_CALLBACK (pair_clicked_cb), self);
  gtk_box_append (GTK_BOX (compare), self->pair_button);
  flow = coprod_columns_new (340);
  coprod_columns_append (COPROD_COLUMNS (flow), compare_column (&self->actual_title,
                                                                &self->actual_list));
  coprod_columns_append (COPROD_COLUMNS (flow), compare_column (&self->guess_title,
                                                                &self->guess_list));
  g_signal_connect_swapped (self->actual_list, "selected-rows-changed",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->guess_list, "selected-rows-changed",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (self->actual_list, "row-selected", G_CALLBACK (row_selected_cb), self);
  g_signal_connect (self->guess_list, "row-selected", G_CALLBACK (row_selected_cb), self);
  gtk_box_append (GTK_BOX (compare), flow);
  gtk_stack_add_named (self->stack, scrolled_page (compare), "compare");

  answer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  {
    GtkToggleButton *answer_sides[2];
    GtkWidget *toggles = linked_toggles (answer_sides, 2, sides, "side",
                                         G_CALLBACK (side_toggled_cb), self);

    /* Both rows of toggles show the one choice of side. */
    for (guint i = 0; i < 2; i++)
      g_object_bind_property (self->side_buttons[i], "active", answer_sides[i], "active",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
    gtk_box_append (GTK_BOX (answer), toggles);
  }
  self->answer_title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->answer_title, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->answer_title), "title-3");
  gtk_box_append (GTK_BOX (answer), GTK_WIDGET (self->answer_title));
  self->answer_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->answer_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->answer_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->answer_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Answers"), -1);
  gtk_box_append (GTK_BOX (answer), GTK_WIDGET (self->answer_list));
  gtk_stack_add_named (self->stack, scrolled_page (answer), "answer");

  gtk_box_append (GTK_BOX (root), GTK_WIDGET (self->stack));
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, root);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
}

/* Public API */

/**
 * coprod_exercise_window_new:
 *
 * Opens the expectations exercise of @live's meeting, beginning it if it has none.
 *
 * Returns: (transfer none) (nullable): the window, or %NULL with @error set
 */
GtkWidget *
coprod_exercise_window_new (GtkWindow        *parent,
                            CoprodLiveState  *live,
                            CoprodTeam       *team,
                            GError          **error)
{
  CoprodExerciseWindow *self;
  CoprodMeeting *meeting;
  CoprodExercise *exercise;

  g_return_val_if_fail (COPROD_IS_LIVE_STATE (live), NULL);
  g_return_val_if_fail (COPROD_IS_TEAM (team), NULL);

  meeting = coprod_live_state_get_meeting (live);
  exercise = coprod_meeting_ensure_exercise (meeting, error);
  if (exercise == NULL)
    return NULL;

  self = g_object_new (COPROD_TYPE_EXERCISE_WINDOW, "transient-for", parent, NULL);
  /* It changes the live meeting: it goes when the console does. */
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  self->live = g_object_ref (live);
  self->team = g_object_ref (team);
  self->meeting = g_object_ref (meeting);
  self->exercise = g_object_ref (exercise);
  self->writer = WRITER_BOTH;
  build (self);
  show_writer (self);
  show_side (self);
  show_phase (self);
  g_signal_connect_object (exercise, "notify::phase", G_CALLBACK (show_phase), self,
                           G_CONNECT_SWAPPED);
  /* The compare columns are made anew when the lists are revealed, and when a line
   * taken out or put back changes what its partner's row says; the lines' own changes
   * are watched by their rows. */
  g_signal_connect_object (exercise, "notify::phase", G_CALLBACK (queue_compare), self,
                           G_CONNECT_SWAPPED);
  for (guint a = 0; a < 2; a++)
    for (guint l = 0; l < 2; l++)
      g_signal_connect_object (coprod_exercise_get_list (exercise, a, l), "items-changed",
                               G_CALLBACK (queue_compare), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (live, "notify::mirror", G_CALLBACK (show_side), self);
  return GTK_WIDGET (self);
}

/**
 * coprod_exercise_window_get_exercise:
 *
 * Returns: (transfer none): the exercise shown
 */
CoprodExercise *
coprod_exercise_window_get_exercise (CoprodExerciseWindow *self)
{
  g_return_val_if_fail (COPROD_IS_EXERCISE_WINDOW (self), NULL);
  return self->exercise;
}

/**
 * coprod_exercise_window_show_writer:
 * @writer: %COPROD_GROUP_A or %COPROD_GROUP_B to show that group's lists only, or 2
 *   for both
 */
void
coprod_exercise_window_show_writer (CoprodExerciseWindow *self,
                                    int                   writer)
{
  g_return_if_fail (COPROD_IS_EXERCISE_WINDOW (self));
  g_return_if_fail (writer >= COPROD_GROUP_A && writer <= WRITER_BOTH);

  self->writer = writer;
  show_writer (self);
}
