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

/* Ending is not undone by a button press, so the console asks first. */
static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CoprodLiveWindow *self = COPROD_LIVE_WINDOW (widget);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("End the Meeting?"),
                                                       _("The time it ends is recorded, and "
                                                         "the console closes.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Carry On"), "end", _("_End Meeting"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "end", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (end_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Overrides */

static void
coprod_live_window_dispose (GObject *object)
{
  CoprodLiveWindow *self = COPROD_LIVE_WINDOW (object);

  g_clear_handle_id (&self->tick_source, g_source_remove);
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

static void
coprod_live_window_init (CoprodLiveWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  coprod_shared_add_shortcuts (GTK_WIDGET (self), TRUE);
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
