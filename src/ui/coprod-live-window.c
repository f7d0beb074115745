/* coprod-live-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The facilitator's live console: the item under way with its countdown, the
 * meeting's time and projected finish, and every control, each with a key. It shows
 * the live state and asks it to change; it keeps no time of its own. The display is
 * redrawn once a second, reading the clock afresh each time.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-action-editor.h"
#include "coprod-action-outcome.h"
#include "coprod-action-row.h"
#include "coprod-attendance-view.h"
#include "coprod-end-check.h"
#include "coprod-exercise-window.h"
#include "coprod-live-window.h"
#include "coprod-projector-window.h"

struct _CoprodLiveWindow
{
  AdwWindow        parent_instance;

  CoprodLiveState *live;
  CoprodTeam      *team;
  guint            tick_source;

  AdwWindowTitle  *window_title;
  GtkButton       *pause_button;
  GtkWidget       *now_card;
  GtkLabel        *position_label;
  GtkLabel        *title_label;
  GtkLabel        *countdown_label;
  GtkLabel        *countdown_caption;
  GtkLabel        *meeting_label;
  GtkListBox      *agenda_list;
  GtkWidget       *late_card;
  GtkLabel        *late_label;
  GtkLabel        *late_items_label;
  GtkWidget       *move_button;

  /* "You said, we did", and the actions round */
  GtkBox          *actions_area;
  GtkWidget       *review_card;
  GtkLabel        *review_position;
  GtkLabel        *review_text;
  GtkLabel        *review_details;
  CoprodActionOutcome *review_outcome;
  gint64           reviewed_item_id;  /* the review item whose list is in the live state */
  GtkWidget       *round_card;
  GtkLabel        *round_label;

  /* The expectations exercise */
  GtkWidget       *exercise_card;
  GtkWidget       *exercise_window;  /* weak */
  gint64           exercise_item_id; /* the item that last opened it */
};

G_DEFINE_FINAL_TYPE (CoprodLiveWindow, coprod_live_window, ADW_TYPE_WINDOW)

static const char *const alert_classes[] = { "live-normal", "live-low", "live-very-low",
                                             "live-overrun" };

/* Helpers */

static void
report (CoprodLiveWindow *self,
        GError           *error)
{
  g_message ("%s", error->message);
  adw_window_title_set_subtitle (self->window_title,
                                 _("A change could not be saved. Is the disk full?"));
}

/* The team's next meeting after this one, where items that do not fit can go. */
static CoprodMeeting *
next_meeting (CoprodLiveWindow *self)
{
  CoprodMeeting *meeting = coprod_live_state_get_meeting (self->live);

  return coprod_team_find_next_meeting (self->team, coprod_meeting_get_starts_at_unix (meeting));
}

/* Running late: how late, what no longer fits, and what can be done about it. */
static void
show_lateness (CoprodLiveWindow *self)
{
  int late = coprod_live_state_get_late_minutes (self->live);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GString) names = NULL;
  g_autofree char *heading = NULL;

  gtk_widget_set_visible (self->late_card, late > 0);
  if (late <= 0)
    return;

  /* Translators: how late the meeting is likely to finish */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Running %d minute late",
                                          "Running %d minutes late", late), late);
  gtk_label_set_label (self->late_label, heading);

  items = coprod_live_state_dup_late_items (self->live);
  names = g_string_new (NULL);
  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                            coprod_agenda_item_get_title (g_ptr_array_index (items, i)));
  if (items->len > 0)
    {
      /* Translators: %s lists agenda items, as in "Budget, Transport" */
      g_autofree char *text = g_strdup_printf (_("No longer fits: %s. The actions round keeps "
                                                 "its time."), names->str);

      gtk_label_set_label (self->late_items_label, text);
    }
  else
    gtk_label_set_label (self->late_items_label,
                         _("Only the actions round, the breaks and the close are left, and "
                           "they keep their time."));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.move-late",
                                 items->len > 0 && next_meeting (self) != NULL);
  gtk_widget_set_tooltip_text (self->move_button,
                               next_meeting (self) != NULL ? NULL
                                 : _("Plan the team’s next meeting first"));
}

/* Shows the time: called once a second, and at once after every change. */
static void
show_time (CoprodLiveWindow *self)
{
  CoprodLiveAlert alert = coprod_live_state_get_alert (self->live);
  gint64 remaining = coprod_live_state_get_item_remaining (self->live);
  g_autofree char *countdown = coprod_live_format_clock (remaining);
  g_autofree char *meeting = coprod_live_format_clock (coprod_live_state_get_meeting_elapsed (self->live));
  g_autoptr(GDateTime) finish = coprod_live_state_dup_projected_finish (self->live);
  g_autofree char *finish_text = NULL;
  g_autofree char *planned_text = NULL;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (alert_classes); i++)
    gtk_widget_remove_css_class (self->now_card, alert_classes[i]);
  gtk_widget_add_css_class (self->now_card, alert_classes[alert]);

  gtk_label_set_label (self->countdown_label, countdown);
  if (coprod_live_state_get_paused (self->live))
    gtk_label_set_label (self->countdown_caption, _("Paused"));
  else if (alert == COPROD_LIVE_ALERT_OVERRUN)
    gtk_label_set_label (self->countdown_caption, _("over time"));
  else if (alert == COPROD_LIVE_ALERT_NONE)
    gtk_label_set_label (self->countdown_caption, _("left"));
  else
    gtk_label_set_label (self->countdown_caption, _("left: time to wrap up"));

  if (finish == NULL)
    return;
  show_lateness (self);
  /* Translators: a time of day, see the GDateTime format documentation */
  finish_text = g_date_time_format (finish, _("%H:%M"));
  planned_text = g_date_time_format (coprod_meeting_get_planned_end (
                                       coprod_live_state_get_meeting (self->live)),
                                     _("%H:%M"));
  /* Translators: the meeting's time so far, its projected finish and its planned end */
  summary = g_strdup_printf (_("Meeting time %s · Likely to finish at %s (planned %s)"),
                             meeting, finish_text, planned_text);
  gtk_label_set_label (self->meeting_label, summary);
}

/* The review of last time's actions: the action on show and its outcome. */
static void
show_review (CoprodLiveWindow *self)
{
  CoprodAction *action = coprod_live_state_get_review_action (self->live);
  guint length = coprod_live_state_get_review_length (self->live);
  g_autofree char *position = NULL;
  g_autofree char *due = NULL;
  g_autofree char *details = NULL;
  GDate today;

  gtk_widget_set_visible (GTK_WIDGET (self->review_outcome), action != NULL);
  if (action == NULL)
    {
      gtk_label_set_label (self->review_position, _("You said, we did"));
      gtk_label_set_label (self->review_text, _("Nothing to look back on from last time."));
      gtk_label_set_label (self->review_details, "");
      return;
    }
  /* Translators: "You said, we did" is the review of last time's actions; then "2 of 7" */
  position = g_strdup_printf (_("You said, we did · %u of %u"),
                              coprod_live_state_get_review_index (self->live) + 1, length);
  gtk_label_set_label (self->review_position, position);
  gtk_label_set_label (self->review_text, coprod_action_get_text (action));
  coprod_date_today (NULL, g_get_real_time () / G_USEC_PER_SEC, &today);
  due = coprod_action_describe_due (action, &today, NULL);
  /* Translators: who said they would do an action, and when it was due */
  details = g_strdup_printf (_("%s · %s"), coprod_action_owner_name (action, self->team), due);
  gtk_label_set_label (self->review_details, details);
  coprod_action_outcome_set_action (self->review_outcome, action);
}


/* The actions round: who has no action from this meeting yet. */
static void
show_round (CoprodLiveWindow *self)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  if (!gtk_widget_get_visible (self->round_card))
    return;
  people = coprod_team_dup_people_without_actions (self->team,
                                                   coprod_live_state_get_meeting (self->live));
  for (guint i = 0; i < people->len; i++)
    {
      if (i > 0)
        /* Translators: between names in a list */
        g_string_append (names, _(", "));
      g_string_append (names, coprod_person_get_name (g_ptr_array_index (people, i)));
    }
  if (people->len == 0 &&
      coprod_team_count_attended (self->team, coprod_live_state_get_meeting (self->live)) == 0)
    gtk_label_set_label (self->round_label,
                         _("Nobody is marked as here yet. Mark who came (Ctrl+H), so Coprod "
                           "can check that everyone leaves with an action point."));
  else if (people->len == 0)
    gtk_label_set_label (self->round_label,
                         _("Everyone marked as here has an action from this meeting, or none "
                           "this time."));
  else
    {
      /* Translators: %s is a list of names */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Still without an action: %s",
                                                            "Still without an action: %s",
                                                            people->len), names->str);

      gtk_label_set_label (self->round_label, text);
    }
}

/* The review and the actions round each have a card while their item is under way.
 * The review's list is fixed when its item first comes up. */
static void
show_action_cards (CoprodLiveWindow *self,
                   CoprodAgendaItem *item)
{
  CoprodAgendaKind kind = item != NULL ? coprod_agenda_item_get_kind (item)
                                       : COPROD_AGENDA_KIND_ITEM;

  gtk_widget_set_visible (self->review_card, kind == COPROD_AGENDA_KIND_ACTIONS_REVIEW);
  gtk_widget_set_visible (self->exercise_card, kind == COPROD_AGENDA_KIND_EXPECTATIONS);
  /* The exercise opens by itself when its item comes up, once. */
  if (kind == COPROD_AGENDA_KIND_EXPECTATIONS &&
      self->exercise_item_id != coprod_agenda_item_get_id (item) &&
      gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->exercise_item_id = coprod_agenda_item_get_id (item);
      gtk_widget_activate_action (GTK_WIDGET (self), "live.exercise", NULL);
    }
  gtk_widget_set_visible (self->round_card, kind == COPROD_AGENDA_KIND_ACTIONS_ROUND);
  if (kind == COPROD_AGENDA_KIND_ACTIONS_REVIEW &&
      self->reviewed_item_id != coprod_agenda_item_get_id (item))
    {
      g_autoptr(GPtrArray) review = coprod_team_dup_actions_to_review (
        self->team, coprod_live_state_get_meeting (self->live));

      self->reviewed_item_id = coprod_agenda_item_get_id (item);
      coprod_live_state_set_review (self->live, review);
    }
  if (kind == COPROD_AGENDA_KIND_ACTIONS_REVIEW)
    show_review (self);
  show_round (self);
}

/* Shows which item is under way: after a move, a pause or the end. */
static void
show_item (CoprodLiveWindow *self)
{
  CoprodAgendaItem *item = coprod_live_state_get_current_item (self->live);
  GListModel *agenda = coprod_meeting_get_agenda (coprod_live_state_get_meeting (self->live));
  guint index = coprod_live_state_get_current_index (self->live);
  gboolean paused = coprod_live_state_get_paused (self->live);
  g_autofree char *position = NULL;

  gtk_button_set_icon_name (self->pause_button, paused ? "media-playback-start-symbolic"
                                                       : "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pause_button),
                               paused ? _("Carry On (Space)") : _("Pause (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  paused ? _("Carry on") : _("Pause"), -1);

  show_action_cards (self, item);
  if (item == NULL)
    {
      gtk_label_set_label (self->title_label, _("The meeting has ended"));
      gtk_label_set_label (self->position_label, "");
      return;
    }

  /* Translators: as in "Item 2 of 8" */
  position = g_strdup_printf (_("Item %u of %u"), index + 1, g_list_model_get_n_items (agenda));
  gtk_label_set_label (self->position_label, position);
  gtk_label_set_label (self->title_label, *coprod_agenda_item_get_title (item) != '\0'
                                            ? coprod_agenda_item_get_title (item)
                                            : _("Untitled item"));
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->agenda_list, i);

      if (row == NULL)
        continue;
      if (i == index)
        gtk_widget_add_css_class (GTK_WIDGET (row), "live-current");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (row), "live-current");
    }
  show_time (self);
}

/* Callbacks */

static gboolean
tick_cb (gpointer user_data)
{
  show_time (user_data);
  return G_SOURCE_CONTINUE;
}

static void
live_changed_cb (CoprodLiveWindow *self)
{
  show_item (self);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();
  int minutes = coprod_agenda_item_get_minutes (item);
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute",
                                                            "%d minutes", minutes), minutes);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 *coprod_agenda_item_get_title (item) != '\0'
                                   ? coprod_agenda_item_get_title (item)
                                   : _("Untitled item"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
row_activated_cb (CoprodLiveWindow *self,
                  GtkListBoxRow    *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "live.go-to", "u",
                              (guint) gtk_list_box_row_get_index (row));
}

/* Actions */

static void
run (CoprodLiveWindow *self,
     gboolean        (*step) (CoprodLiveState *, GError **))
{
  g_autoptr(GError) error = NULL;

  if (!step (self->live, &error))
    report (self, error);
  show_item (self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  run (COPROD_LIVE_WINDOW (widget), coprod_live_state_next);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  run (COPROD_LIVE_WINDOW (widget), coprod_live_state_previous);
}

static void
toggle_pause_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CoprodLiveWindow *self = COPROD_LIVE_WINDOW (widget);

  run (self, coprod_live_state_get_paused (self->live) ? coprod_live_state_resume
                                                       : coprod_live_state_pause);
}

static void
go_to_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CoprodLiveWindow *self = COPROD_LIVE_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!coprod_live_state_go_to (self->live, g_variant_get_uint32 (parameter), &error))
    report (self, error);
  show_item (self);
}

static void
add_minutes_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CoprodLiveWindow *self = COPROD_LIVE_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!coprod_live_state_add_minutes (self->live, g_variant_get_int32 (parameter), &error))
    report (self, error);
  show_time (self);
}

static void
shorten_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  run (COPROD_LIVE_WINDOW (widget), coprod_live_state_shorten_rest);
}

static void
move_late_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CoprodLiveWindow *self = COPROD_LIVE_WINDOW (widget);
  CoprodMeeting *next = next_meeting (self);
  g_autoptr(GError) error = NULL;

  if (next == NULL)
    return;
  coprod_live_state_move_late_items (self->live, next, &error);
  if (error != NULL)
    report (self, error);
  show_item (self);
}

/* The shortcuts window belongs to the main window; Ctrl+? shows it from here too. */
static void
shortcuts_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-help-overlay", NULL);
}

/* The shared screen belongs to the main window, which opens it and moves it. */
static void
parent_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (parent),
                              g_str_equal (action_name, "live.shared-screen")
                                ? "win.shared-screen" : "win.shared-next-monitor", NULL);
}

static void
review_step_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CoprodLiveWindow *self = COPROD_LIVE_WINDOW (widget);
  guint index = coprod_live_state_get_review_index (self->live);

  if (g_str_equal (action_name, "live.review-next"))
    coprod_live_state_set_review_index (self->live, index + 1);
  else if (index > 0)
    coprod_live_state_set_review_index (self->live, index - 1);
}

/* A new action, made in this meeting from the item under way. */
static void
new_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CoprodLiveWindow *self = COPROD_LIVE_WINDOW (widget);
  CoprodAgendaItem *item = coprod_live_state_get_current_item (self->live);
  GtkWidget *editor;

  editor = coprod_action_editor_new_for_meeting (GTK_WINDOW (self), self->team,
                                                 coprod_live_state_get_meeting (self->live),
                                                 item != NULL ? coprod_agenda_item_get_id (item)
                                                              : 0,
                                                 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
who_came_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CoprodLiveWindow *self = COPROD_LIVE_WINDOW (widget);
  GtkWidget *window = coprod_attendance_window_new (GTK_WINDOW (self), self->team,
                                                    coprod_live_state_get_meeting (self->live));

  g_signal_connect_object (window, "destroy", G_CALLBACK (show_round), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

static void
exercise_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CoprodLiveWindow *self = COPROD_LIVE_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->exercise_window == NULL)
    {
      GtkWidget *window = coprod_exercise_window_new (GTK_WINDOW (self), self->live, self->team,
                                                      &error);

      if (window == NULL)
        {
          report (self, error);
          return;
        }
      g_set_weak_pointer (&self->exercise_window, window);
    }
  gtk_window_present (GTK_WINDOW (self->exercise_window));
}

static void
check_everyone_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CoprodLiveWindow *self = COPROD_LIVE_WINDOW (widget);
  GtkWidget *dialog = coprod_end_check_new (GTK_WINDOW (self), self->team,
                                            coprod_live_state_get_meeting (self->live), FALSE);

  g_signal_connect_object (dialog, "response", G_CALLBACK (show_round), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
end_now_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CoprodLiveWindow *self = COPROD_LIVE_WINDOW (widget);

  run (self, coprod_live_state_end);
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
end_now_cb (gpointer user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (user_data), "live.end-now", NULL);
  return G_SOURCE_REMOVE;
}

/* The console closes once the dialog has finished closing itself. */
static void
end_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 CoprodLiveWindow *self)
{
  if (g_strcmp0 (response, "end") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, end_now_cb, g_object_ref (self), g_object_unref);
}

/* Ending is not undone by a button press, so the console asks first, and lists who
 * came without an action point yet. */
static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CoprodLiveWindow *self = COPROD_LIVE_WINDOW (widget);
  GtkWidget *dialog = coprod_end_check_new (GTK_WINDOW (self), self->team,
                                            coprod_live_state_get_meeting (self->live), TRUE);

  g_signal_connect_object (dialog, "response", G_CALLBACK (end_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Overrides */

static void
coprod_live_window_dispose (GObject *object)
{
  CoprodLiveWindow *self = COPROD_LIVE_WINDOW (object);

  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_weak_pointer (&self->exercise_window);
  if (self->live != NULL)
    g_signal_handlers_disconnect_by_data (self->live, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), COPROD_TYPE_LIVE_WINDOW);
  g_clear_object (&self->live);
  g_clear_object (&self->team);

  G_OBJECT_CLASS (coprod_live_window_parent_class)->dispose (object);
}

static void
coprod_live_window_class_init (CoprodLiveWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = coprod_live_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Coprod/coprod-live-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CoprodLiveWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CoprodLiveWindow, pause_button);
  gtk_widget_class_bind_template_child (widget_class, CoprodLiveWindow, now_card);
  gtk_widget_class_bind_template_child (widget_class, CoprodLiveWindow, position_label);
  gtk_widget_class_bind_template_child (widget_class, CoprodLiveWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, CoprodLiveWindow, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, CoprodLiveWindow, countdown_caption);
  gtk_widget_class_bind_template_child (widget_class, CoprodLiveWindow, meeting_label);
  gtk_widget_class_bind_template_child (widget_class, CoprodLiveWindow, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, CoprodLiveWindow, late_card);
  gtk_widget_class_bind_template_child (widget_class, CoprodLiveWindow, late_label);
  gtk_widget_class_bind_template_child (widget_class, CoprodLiveWindow, late_items_label);
  gtk_widget_class_bind_template_child (widget_class, CoprodLiveWindow, move_button);
  gtk_widget_class_bind_template_child (widget_class, CoprodLiveWindow, actions_area);

  gtk_widget_class_install_action (widget_class, "live.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "live.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "live.toggle-pause", NULL,
                                   toggle_pause_action);
  gtk_widget_class_install_action (widget_class, "live.go-to", "u", go_to_action);
  gtk_widget_class_install_action (widget_class, "live.add-minutes", "i", add_minutes_action);
  gtk_widget_class_install_action (widget_class, "live.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "live.end-now", NULL, end_now_action);
  gtk_widget_class_install_action (widget_class, "live.shortcuts", NULL, shortcuts_action);
  gtk_widget_class_install_action (widget_class, "live.shorten", NULL, shorten_action);
  gtk_widget_class_install_action (widget_class, "live.shared-screen", NULL, parent_action);
  gtk_widget_class_install_action (widget_class, "live.shared-next-monitor", NULL,
                                   parent_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "live.shared-screen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "live.shared-next-monitor",
                                       NULL);
  gtk_widget_class_install_action (widget_class, "live.move-late", NULL, move_late_action);
  gtk_widget_class_install_action (widget_class, "live.review-next", NULL, review_step_action);
  gtk_widget_class_install_action (widget_class, "live.review-previous", NULL,
                                   review_step_action);
  gtk_widget_class_install_action (widget_class, "live.new-action", NULL, new_action_action);
  gtk_widget_class_install_action (widget_class, "live.who-came", NULL, who_came_action);
  gtk_widget_class_install_action (widget_class, "live.check-everyone", NULL,
                                   check_everyone_action);
  gtk_widget_class_install_action (widget_class, "live.exercise", NULL, exercise_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_x, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "live.exercise", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "live.review-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "live.review-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "live.new-action", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK,
                                       "live.who-came", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0,
                                       "live.toggle-pause", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "live.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "live.previous", NULL);
  /* "1" and "5" add that many minutes: easy to find without looking. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, 0, "live.add-minutes", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_5, 0, "live.add-minutes", "i", 5);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "live.shortcuts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "live.end", NULL);
  /* Alt+1 to Alt+9 jump to the first nine items. */
  for (guint i = 0; i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "live.go-to", "u", i);
}

static GtkLabel *
card_label (GtkWidget  *card,
            const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (GTK_BOX (card), label);
  return GTK_LABEL (label);
}

static GtkWidget *
card_button (GtkWidget  *box,
             const char *label,
             const char *action,
             gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "pill");
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (GTK_BOX (box), button);
  return button;
}

static GtkWidget *
action_card (void)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 9);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "console-card");
  return card;
}

/* The cards for the review of last time's actions and for the actions round. */
static void
build_action_cards (CoprodLiveWindow *self)
{
  GtkWidget *buttons;

  self->review_card = action_card ();
  self->review_position = card_label (self->review_card, "heading");
  self->review_text = card_label (self->review_card, "title-2");
  gtk_label_set_selectable (self->review_text, TRUE);
  self->review_details = card_label (self->review_card, "dim-label");
  self->review_outcome = COPROD_ACTION_OUTCOME (coprod_action_outcome_new (0));
  gtk_box_append (GTK_BOX (self->review_card), GTK_WIDGET (self->review_outcome));
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (card_button (buttons, _("_Previous Action"),
                                            "live.review-previous", FALSE),
                               _("Previous Action (Alt+Left)"));
  gtk_widget_set_tooltip_text (card_button (buttons, _("Next _Action"), "live.review-next", TRUE),
                               _("Next Action (Alt+Right)"));
  gtk_box_append (GTK_BOX (self->review_card), buttons);
  gtk_box_append (self->actions_area, self->review_card);

  self->round_card = action_card ();
  gtk_label_set_label (card_label (self->round_card, "heading"),
                       _("Everyone leaves with an action point"));
  self->round_label = card_label (self->round_card, NULL);
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (card_button (buttons, _("_New Action"), "live.new-action", TRUE),
                               _("New Action (Ctrl+N)"));
  card_button (buttons, _("_Check Everyone Has One"), "live.check-everyone", FALSE);
  gtk_box_append (GTK_BOX (self->round_card), buttons);
  gtk_box_append (self->actions_area, self->round_card);

  self->exercise_card = action_card ();
  gtk_label_set_label (card_label (self->exercise_card, "heading"),
                       _("What we expect of each other"));
  gtk_label_set_label (card_label (self->exercise_card, NULL),
                       _("Each group lists what it expects of the other and what it thinks "
                         "the other expects of it; then the lists are compared and answered."));
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (card_button (buttons, _("Open the _Exercise"), "live.exercise",
                                            TRUE),
                               _("Open the Exercise (Ctrl+Shift+X)"));
  gtk_box_append (GTK_BOX (self->exercise_card), buttons);
  gtk_box_append (self->actions_area, self->exercise_card);
}

static void
coprod_live_window_init (CoprodLiveWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  coprod_shared_add_shortcuts (GTK_WIDGET (self), TRUE);
  build_action_cards (self);
}

/* Public API */

/**
 * coprod_live_window_new:
 *
 * Runs @live's meeting: starts it, or carries on with it when it is live already (as
 * after the app was killed).
 */
CoprodLiveWindow *
coprod_live_window_new (GtkWindow        *parent,
                        CoprodLiveState  *live,
                        CoprodTeam       *team,
                        GError          **error)
{
  CoprodLiveWindow *self;
  CoprodMeeting *meeting;
  GActionGroup *shared;

  g_return_val_if_fail (COPROD_IS_LIVE_STATE (live), NULL);
  g_return_val_if_fail (COPROD_IS_TEAM (team), NULL);

  meeting = coprod_live_state_get_meeting (live);
  if (!coprod_live_state_get_running (live) &&
      (!coprod_live_state_resume_if_live (live, error) ||
       (!coprod_live_state_get_running (live) && !coprod_live_state_start (live, error))))
    return NULL;

  self = g_object_new (COPROD_TYPE_LIVE_WINDOW, "transient-for", parent, NULL);
  self->live = g_object_ref (live);
  shared = coprod_shared_actions_new (live);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "shared", shared);
  g_object_unref (shared);
  self->team = g_object_ref (team);
  coprod_action_outcome_set_meeting_id (self->review_outcome, coprod_meeting_get_id (meeting));
  g_signal_connect_object (coprod_team_get_actions (team), "items-changed",
                           G_CALLBACK (show_round), self, G_CONNECT_SWAPPED);
  adw_window_title_set_title (self->window_title, coprod_meeting_get_title (meeting));
  gtk_list_box_bind_model (self->agenda_list, coprod_meeting_get_agenda (meeting),
                           create_row_cb, self, NULL);
  g_signal_connect_swapped (self->agenda_list, "row-activated",
                            G_CALLBACK (row_activated_cb), self);
  g_signal_connect_swapped (live, "notify", G_CALLBACK (live_changed_cb), self);
  g_signal_connect_object (meeting, "notify::planned-end", G_CALLBACK (show_time), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (coprod_meeting_get_agenda (meeting), "items-changed",
                           G_CALLBACK (show_item), self, G_CONNECT_SWAPPED);
  self->tick_source = g_timeout_add_seconds (1, tick_cb, self);
  show_item (self);
  return self;
}

/**
 * coprod_live_window_get_live_state:
 *
 * Returns: (transfer none): the live state the console shows
 */
CoprodLiveState *
coprod_live_window_get_live_state (CoprodLiveWindow *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_WINDOW (self), NULL);
  return self->live;
}
