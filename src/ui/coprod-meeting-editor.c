/* coprod-meeting-editor.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Edits one meeting in place. Times are local: the date and the two clock times are
 * turned into instants with GDateTime, and an end time earlier than the start means
 * the meeting runs past midnight.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-actions-view.h"
#include "coprod-agenda-view.h"
#include "coprod-attendance-view.h"
#include "coprod-bindings.h"
#include "coprod-meeting-editor.h"
#include "coprod-meeting-words-view.h"
#include "coprod-plain-words.h"
#include "coprod-summary-export.h"
#include "coprod-time-spin.h"
#include "coprod-window.h"

struct _CoprodMeetingEditor
{
  AdwWindow       parent_instance;

  CoprodMeeting  *meeting;
  CoprodTeam     *team;
  gboolean        updating;

  AdwViewSwitcherTitle *window_title;
  AdwViewStack   *view_stack;
  AdwBin         *agenda_bin;
  AdwBin         *actions_bin;
  AdwBin         *attendance_bin;
  AdwBin         *words_bin;
  AdwToastOverlay *toasts;
  AdwEntryRow    *title_row;
  AdwEntryRow    *place_row;
  GtkMenuButton  *date_button;
  GtkCalendar    *calendar;
  AdwActionRow   *end_row;
  GtkSpinButton  *start_hour;
  GtkSpinButton  *start_minute;
  GtkSpinButton  *end_hour;
  GtkSpinButton  *end_minute;
  GtkTextView    *purpose_view;
};

G_DEFINE_FINAL_TYPE (CoprodMeetingEditor, coprod_meeting_editor, ADW_TYPE_WINDOW)

/* Helpers */

static char *
length_text (GTimeSpan span)
{
  int minutes = (int) (span / G_TIME_SPAN_MINUTE);
  int hours = minutes / 60;

  minutes %= 60;
  if (hours == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes),
                            minutes);
  if (minutes == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", hours), hours);
  /* Translators: a meeting's length, as in "2 h 30 min" */
  return g_strdup_printf (_("%d h %d min"), hours, minutes);
}

/* Shows the meeting's times in the widgets, without writing them back. */
static void
show_times (CoprodMeetingEditor *self)
{
  GDateTime *starts = coprod_meeting_get_starts_at (self->meeting);
  GDateTime *ends = coprod_meeting_get_planned_end (self->meeting);
  g_autofree char *date = NULL;
  g_autofree char *length = NULL;
  g_autofree char *subtitle = NULL;
  GTimeSpan span;

  if (starts == NULL || ends == NULL)
    return;

  self->updating = TRUE;
  /* Translators: a meeting's date on the date button, see GDateTime's format */
  date = g_date_time_format (starts, _("%a %-d %B %Y"));
  gtk_menu_button_set_label (self->date_button, date);
  gtk_calendar_select_day (self->calendar, starts);
  gtk_spin_button_set_value (self->start_hour, g_date_time_get_hour (starts));
  gtk_spin_button_set_value (self->start_minute, g_date_time_get_minute (starts));
  gtk_spin_button_set_value (self->end_hour, g_date_time_get_hour (ends));
  gtk_spin_button_set_value (self->end_minute, g_date_time_get_minute (ends));
  self->updating = FALSE;

  span = g_date_time_difference (ends, starts);
  length = length_text (span);
  if (g_date_time_get_day_of_year (ends) != g_date_time_get_day_of_year (starts))
    /* Translators: %s is the meeting's length */
    subtitle = g_strdup_printf (_("%s, ending the next day"), length);
  else
    subtitle = g_steal_pointer (&length);
  adw_action_row_set_subtitle (self->end_row, subtitle);
}

static GDateTime *
local_time_on (GDateTime *day,
               int        hour,
               int        minute)
{
  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), hour, minute, 0);
}

/* The planned end from the end spin buttons: on the start's day, or the day after when
 * the time is not after the start. */
static void
write_end (CoprodMeetingEditor *self)
{
  GDateTime *starts = coprod_meeting_get_starts_at (self->meeting);
  g_autoptr(GDateTime) ends = NULL;

  ends = local_time_on (starts, gtk_spin_button_get_value_as_int (self->end_hour),
                        gtk_spin_button_get_value_as_int (self->end_minute));
  if (ends == NULL)
    return;
  if (g_date_time_compare (ends, starts) <= 0)
    {
      GDateTime *next_day = g_date_time_add_days (ends, 1);

      g_date_time_unref (ends);
      ends = next_day;
    }
  coprod_meeting_set_planned_end (self->meeting, ends);
}

static void
write_start (CoprodMeetingEditor *self,
             GDateTime           *day)
{
  g_autoptr(GDateTime) starts = NULL;

  starts = local_time_on (day, gtk_spin_button_get_value_as_int (self->start_hour),
                          gtk_spin_button_get_value_as_int (self->start_minute));
  if (starts == NULL)
    return;
  /* Moving the start moves the end with it, so the meeting keeps its length. */
  coprod_meeting_set_starts_at (self->meeting, starts);
}

/* Callbacks */

/* The shared screen, before the meeting starts, shows what the facilitator looks at:
 * the welcome with the meeting's details, or its agenda. */
static void
tab_changed_cb (CoprodMeetingEditor *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  const char *tab = adw_view_stack_get_visible_child_name (self->view_stack);

  if (COPROD_IS_WINDOW (parent))
    coprod_window_facilitator_view (COPROD_WINDOW (parent), self->meeting, self->team,
                                    g_strcmp0 (tab, "agenda") == 0 ? COPROD_SCENE_AGENDA
                                                                   : COPROD_SCENE_WELCOME);
}

static void
start_changed_cb (CoprodMeetingEditor *self)
{
  if (self->updating)
    return;
  write_start (self, coprod_meeting_get_starts_at (self->meeting));
  show_times (self);
}

static void
end_changed_cb (CoprodMeetingEditor *self)
{
  if (self->updating)
    return;
  write_end (self);
  show_times (self);
}

static void
day_selected_cb (CoprodMeetingEditor *self)
{
  g_autoptr(GDateTime) day = NULL;

  if (self->updating)
    return;
  day = gtk_calendar_get_date (self->calendar);
  write_start (self, day);
  show_times (self);
  gtk_menu_button_popdown (self->date_button);
}

static void
delete_clicked_cb (CoprodMeetingEditor *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gint64 id = coprod_meeting_get_id (self->meeting);

  gtk_window_close (GTK_WINDOW (self));
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.delete-meeting", "x", id);
}

/* Export…: the meeting's summary as a PDF, to send to everyone who came. */
static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CoprodMeetingEditor *self = COPROD_MEETING_EDITOR (widget);

  coprod_summary_export_choose (GTK_WINDOW (self), self->toasts, self->team, self->meeting);
}

/* Overrides */

static void
coprod_meeting_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), COPROD_TYPE_MEETING_EDITOR);

  G_OBJECT_CLASS (coprod_meeting_editor_parent_class)->dispose (object);
}

static void
coprod_meeting_editor_finalize (GObject *object)
{
  CoprodMeetingEditor *self = COPROD_MEETING_EDITOR (object);

  g_clear_object (&self->meeting);
  g_clear_object (&self->team);

  G_OBJECT_CLASS (coprod_meeting_editor_parent_class)->finalize (object);
}

static void
coprod_meeting_editor_class_init (CoprodMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = coprod_meeting_editor_dispose;
  object_class->finalize = coprod_meeting_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Coprod/coprod-meeting-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, agenda_bin);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, actions_bin);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, attendance_bin);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, words_bin);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, toasts);
  gtk_widget_class_install_action (widget_class, "editor.export", NULL, export_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.export", NULL);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, place_row);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, start_hour);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, start_minute);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, end_hour);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, end_minute);
  gtk_widget_class_bind_template_child (widget_class, CoprodMeetingEditor, purpose_view);
  gtk_widget_class_bind_template_callback_full (widget_class, "two_digits_cb",
                                                G_CALLBACK (coprod_time_spin_output_cb));
  gtk_widget_class_bind_template_callback (widget_class, start_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, end_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
coprod_meeting_editor_init (CoprodMeetingEditor *self)
{
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = FALSE;
}

/* Public API */

/**
 * coprod_meeting_editor_new:
 * @team: the meeting's team, whose people may lead agenda items
 */
CoprodMeetingEditor *
coprod_meeting_editor_new (GtkWindow     *parent,
                           CoprodMeeting *meeting,
                           CoprodTeam    *team)
{
  CoprodMeetingEditor *self;
  GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (COPROD_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (COPROD_IS_TEAM (team), NULL);

  self = g_object_new (COPROD_TYPE_MEETING_EDITOR, "transient-for", parent, NULL);
  self->meeting = g_object_ref (meeting);

  coprod_title_bind (G_OBJECT (meeting), "title", self->window_title, "title",
                     _("Untitled Meeting"));
  g_object_bind_property (meeting, "title", self->title_row, "text", flags);
  g_object_bind_property (meeting, "place", self->place_row, "text", flags);
  coprod_text_view_bind (self->purpose_view, G_OBJECT (meeting), "purpose");
  coprod_plain_words_attach (GTK_WIDGET (self->title_row), team,
                             COPROD_PLAIN_CHECK_TERMS | COPROD_PLAIN_CHECK_ACRONYMS);
  coprod_plain_words_attach (GTK_WIDGET (self->purpose_view), team, COPROD_PLAIN_CHECK_ALL);
  show_times (self);
  adw_bin_set_child (self->agenda_bin, GTK_WIDGET (coprod_agenda_view_new (meeting, team)));
  adw_bin_set_child (self->actions_bin, coprod_actions_view_new (team, meeting));
  adw_bin_set_child (self->attendance_bin, coprod_attendance_view_new (team, meeting));
  adw_bin_set_child (self->words_bin, coprod_meeting_words_view_new (team, meeting));
  self->team = g_object_ref (team);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child-name",
                            G_CALLBACK (tab_changed_cb), self);
  tab_changed_cb (self);

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

/**
 * coprod_meeting_editor_get_meeting:
 *
 * Returns: (transfer none): the meeting being edited
 */
CoprodMeeting *
coprod_meeting_editor_get_meeting (CoprodMeetingEditor *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING_EDITOR (self), NULL);
  return self->meeting;
}

/* Opens the editor on the meeting's agenda rather than its details. */
void
coprod_meeting_editor_show_agenda (CoprodMeetingEditor *self)
{
  coprod_meeting_editor_show_page (self, "agenda");
}

/**
 * coprod_meeting_editor_show_page:
 * @page: "details", "agenda", "actions" or "who-came"
 */
void
coprod_meeting_editor_show_page (CoprodMeetingEditor *self,
                                 const char          *page)
{
  g_return_if_fail (COPROD_IS_MEETING_EDITOR (self));
  adw_view_stack_set_visible_child_name (self->view_stack, page);
}
