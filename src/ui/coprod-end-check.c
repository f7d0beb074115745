/* coprod-end-check.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Don't have a meeting without everyone walking away with some action points"
 * (seed 002). Before the meeting ends, in the actions round or on End Meeting, this
 * lists the people who came and have no action from this meeting, with a button to
 * give each one and another to say there is none for them this time. The list
 * shrinks as actions are made, and the dialog says when everyone has one.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-action-editor.h"
#include "coprod-attendance-view.h"
#include "coprod-end-check.h"

typedef struct
{
  AdwMessageDialog *dialog;
  CoprodTeam       *team;
  CoprodMeeting    *meeting;
  gboolean          ending;
  GtkListBox       *list;
  GtkWidget        *who_button;
  guint             missing;
} EndCheck;

static void
end_check_free (gpointer data)
{
  EndCheck *check = data;

  g_object_unref (check->team);
  g_object_unref (check->meeting);
  g_free (check);
}


static void fill (EndCheck *check);

/* Once answered or destroyed the dialog has nothing more to show: a closed dialog is
 * still alive while its "response" handlers run, and they may change the actions. */
static void
stop_watching (EndCheck *check)
{
  g_signal_handlers_disconnect_by_data (coprod_team_get_actions (check->team), check);
}

static void
give_action_cb (GtkButton *button,
                EndCheck  *check)
{
  gint64 person_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "person-id"));
  GtkWidget *editor;

  editor = coprod_action_editor_new_for_meeting (GTK_WINDOW (check->dialog), check->team,
                                                 check->meeting, 0, person_id);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
no_action_cb (GtkButton *button,
              EndCheck  *check)
{
  gint64 person_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "person-id"));
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  CoprodAttendance attendance;
  g_autoptr(GError) error = NULL;
  GtkWidget *focus;

  coprod_meeting_get_attendance (check->meeting, person_id, &attendance);
  attendance.no_action = TRUE;
  if (!coprod_meeting_set_attendance (check->meeting, person_id, &attendance, &error))
    {
      adw_message_dialog_set_body (check->dialog,
                                   _("This could not be saved. Is the disk full?"));
      return;
    }
  fill (check);

  /* The row is gone with the button that had the keyboard: it goes to the same button
   * of the next person, or of the one before, or to the dialog's own once nobody is
   * left. */
  if (check->missing > 0)
    {
      row = GTK_WIDGET (gtk_list_box_get_row_at_index (check->list,
                                                       MIN (index, (int) check->missing - 1)));
      focus = g_object_get_data (G_OBJECT (row), "no-action-button");
    }
  else
    focus = gtk_window_get_default_widget (GTK_WINDOW (check->dialog));
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
}

static GtkWidget *
row_button (EndCheck     *check,
            CoprodPerson *person,
            const char   *label,
            const char   *spoken,
            GCallback     callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  /* Translators: a person's name and what a button does for them */
  g_autofree char *name = g_strdup_printf (_("%s: %s"), coprod_person_get_name (person), spoken);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  g_object_set_data (G_OBJECT (button), "person-id",
                     GSIZE_TO_POINTER ((gsize) coprod_person_get_id (person)));
  g_signal_connect (button, "clicked", callback, check);
  return button;
}

static void
refill (GtkWidget *dialog)
{
  fill (g_object_get_data (G_OBJECT (dialog), "coprod-end-check"));
}

static void
who_came_cb (GtkButton *button,
             EndCheck  *check)
{
  GtkWidget *window = coprod_attendance_window_new (GTK_WINDOW (check->dialog), check->team,
                                                    check->meeting);

  g_signal_connect_object (window, "destroy", G_CALLBACK (refill), check->dialog,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static void
fill (EndCheck *check)
{
  g_autoptr(GPtrArray) people = coprod_team_dup_people_without_actions (check->team,
                                                                        check->meeting);
  GtkWidget *child, *button;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (check->list))) != NULL)
    gtk_list_box_remove (check->list, child);
  check->missing = people->len;

  for (guint i = 0; i < people->len; i++)
    {
      CoprodPerson *person = g_ptr_array_index (people, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), coprod_person_get_name (person));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button (check, person, _("_Give an Action"),
                                             _("Give an action"), G_CALLBACK (give_action_cb)));
      button = row_button (check, person, _("_None This Time"), _("No action this time"),
                           G_CALLBACK (no_action_cb));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      g_object_set_data (G_OBJECT (row), "no-action-button", button);
      gtk_list_box_append (check->list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (check->list), people->len > 0);
  gtk_widget_set_visible (check->who_button,
                          people->len == 0 &&
                          coprod_team_count_attended (check->team, check->meeting) == 0);

  if (people->len > 0)
    {
      adw_message_dialog_set_heading (check->dialog, _("Not Everyone Has an Action Yet"));
      adw_message_dialog_set_body (check->dialog,
                                   _("Everyone should leave with an action point. Give each "
                                     "of these people one, or say there is none for them "
                                     "this time."));
    }
  else if (gtk_widget_get_visible (check->who_button))
    {
      adw_message_dialog_set_heading (check->dialog, check->ending ? _("End the Meeting?")
                                                                   : _("Who Is Here?"));
      adw_message_dialog_set_body (check->dialog,
                                   _("Nobody is marked as here yet, so Coprod cannot check "
                                     "that everyone leaves with an action point."));
    }
  else
    {
      adw_message_dialog_set_heading (check->dialog, check->ending ? _("End the Meeting?")
                                                                   : _("Everyone Has an Action"));
      adw_message_dialog_set_body (check->dialog,
                                   check->ending ? _("Everyone here has an action point, or "
                                                     "none this time. The time it ends is "
                                                     "recorded, and the console closes.")
                                                 : _("Everyone here has an action point, or "
                                                     "none this time."));
    }
}

/**
 * coprod_end_check_new:
 * @ending: whether the facilitator asked to end the meeting (then the dialog's
 *   "end" response ends it), or is checking in the actions round
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWidget *
coprod_end_check_new (GtkWindow     *parent,
                      CoprodTeam    *team,
                      CoprodMeeting *meeting,
                      gboolean       ending)
{
  EndCheck *check = g_new0 (EndCheck, 1);
  GtkWidget *dialog = adw_message_dialog_new (parent, NULL, NULL);
  GtkWidget *box;

  check->dialog = ADW_MESSAGE_DIALOG (dialog);
  check->team = g_object_ref (team);
  check->meeting = g_object_ref (meeting);
  check->ending = ending;
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  check->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (check->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (check->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (check->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("People without an action"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (check->list));
  check->who_button = gtk_button_new_with_mnemonic (_("Mark _Who Came"));
  gtk_widget_set_halign (check->who_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (check->who_button, "pill");
  g_signal_connect (check->who_button, "clicked", G_CALLBACK (who_came_cb), check);
  gtk_box_append (GTK_BOX (box), check->who_button);
  adw_message_dialog_set_extra_child (check->dialog, box);
  if (ending)
    {
      adw_message_dialog_add_responses (check->dialog, "cancel", _("_Carry On"),
                                        "end", _("_End Meeting"), NULL);
      adw_message_dialog_set_response_appearance (check->dialog, "end",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (check->dialog, "cancel");
      adw_message_dialog_set_close_response (check->dialog, "cancel");
    }
  else
    {
      adw_message_dialog_add_response (check->dialog, "close", _("_Back to the Meeting"));
      adw_message_dialog_set_default_response (check->dialog, "close");
      adw_message_dialog_set_close_response (check->dialog, "close");
    }
  g_object_set_data_full (G_OBJECT (dialog), "coprod-end-check", check, end_check_free);
  g_signal_connect_swapped (coprod_team_get_actions (team), "items-changed", G_CALLBACK (fill),
                            check);
  g_signal_connect_swapped (dialog, "response", G_CALLBACK (stop_watching), check);
  g_signal_connect_swapped (dialog, "destroy", G_CALLBACK (stop_watching), check);
  fill (check);
  return dialog;
}

/* How many people the dialog still lists. */
guint
coprod_end_check_get_missing (GtkWidget *dialog)
{
  EndCheck *check = g_object_get_data (G_OBJECT (dialog), "coprod-end-check");

  g_return_val_if_fail (check != NULL, 0);
  return check->missing;
}
