/* coprod-attendance-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Who came to a meeting, the time each gave (the meeting and the preparation for it)
 * and their expenses, so that families can be paid for their time as equals (seed
 * 001). One row a person: its switch says they came, and opening it shows the time
 * and the expenses. Every change is written at once.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-attendance-view.h"

struct _CoprodAttendanceView
{
  AdwBin         parent_instance;

  CoprodTeam    *team;
  CoprodMeeting *meeting;
  GtkListBox    *list;
  GtkLabel      *total_label;
  GtkLabel      *problem_label;
};

G_DEFINE_FINAL_TYPE (CoprodAttendanceView, coprod_attendance_view, ADW_TYPE_BIN)

typedef struct
{
  CoprodAttendanceView *view;
  gint64                person_id;
  AdwExpanderRow       *row;
  GtkSpinButton        *hours;
  GtkSpinButton        *minutes;
  GtkSpinButton        *expenses;
  gboolean              updating;
} PersonRow;

/* Helpers */

static char *
describe (const CoprodAttendance *attendance)
{
  g_autofree char *money = NULL;

  if (!attendance->attended)
    return g_strdup (_("Not here"));
  /* Translators: an amount of money in pounds, as in "£4.80" */
  money = g_strdup_printf (_("£%" G_GINT64_FORMAT ".%02d"), attendance->expenses_pence / 100,
                           (int) (attendance->expenses_pence % 100));
  /* Translators: time given to a meeting and expenses, as in "Came · 3 h 0 min · £4.80" */
  return g_strdup_printf (_("Came · %d h %d min · %s"), attendance->minutes / 60,
                          attendance->minutes % 60, money);
}

static void
show_total (CoprodAttendanceView *self)
{
  GListModel *people = coprod_team_get_people (self->team);
  guint came = coprod_team_count_attended (self->team, self->meeting);
  g_autofree char *text = NULL;

  /* Translators: how many of the team came to the meeting */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u came", "%u of %u came",
                                       g_list_model_get_n_items (people)),
                          came, g_list_model_get_n_items (people));
  gtk_label_set_label (self->total_label, text);
}

static void
write_row (PersonRow *p)
{
  CoprodAttendanceView *self = p->view;
  CoprodAttendance attendance;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;

  if (p->updating)
    return;
  /* "No action this time" belongs to the end of the meeting: it is kept as it is. */
  coprod_meeting_get_attendance (self->meeting, p->person_id, &attendance);
  attendance.attended = adw_expander_row_get_enable_expansion (p->row);
  attendance.minutes = gtk_spin_button_get_value_as_int (p->hours) * 60 +
                       gtk_spin_button_get_value_as_int (p->minutes);
  attendance.minutes = MIN (attendance.minutes, COPROD_ATTENDANCE_MAX_MINUTES);
  attendance.expenses_pence = (gint64) (gtk_spin_button_get_value (p->expenses) * 100 + 0.5);
  if (!coprod_meeting_set_attendance (self->meeting, p->person_id, &attendance, &error))
    {
      g_message ("%s", error->message);
      gtk_label_set_label (self->problem_label,
                           _("This could not be saved. Is the disk full?"));
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  subtitle = describe (&attendance);
  adw_expander_row_set_subtitle (p->row, subtitle);
  show_total (self);
}

static GtkSpinButton *
add_spin (GtkWidget  *box,
          double      upper,
          double      step,
          guint       digits,
          const char *label)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, upper, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_box_append (GTK_BOX (box), spin);
  return GTK_SPIN_BUTTON (spin);
}

static GtkWidget *
new_person_row (CoprodAttendanceView *self,
                CoprodPerson         *person)
{
  PersonRow *p = g_new0 (PersonRow, 1);
  CoprodAttendance attendance;
  GtkWidget *time_row, *money_row, *box, *came;
  g_autofree char *subtitle = NULL;
  g_autofree char *came_label = NULL;
  const char *name = coprod_person_get_name (person);

  if (*name == '\0')
    name = _("Someone without a name");
  p->view = self;
  p->person_id = coprod_person_get_id (person);
  p->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (p->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (p->row), name);

  /* The row's own enable switch has no name a screen reader could read out, so the
   * switch is ours, and it opens the row for the time and expenses as that one did. */
  adw_expander_row_set_show_enable_switch (p->row, FALSE);
  came = gtk_switch_new ();
  gtk_widget_set_valign (came, GTK_ALIGN_CENTER);
  /* Translators: the switch that says someone came to the meeting, as in "Amara came" */
  came_label = g_strdup_printf (_("%s came"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (came), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  came_label, -1);
  adw_expander_row_add_action (p->row, came);

  time_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (time_row), _("Time given"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (time_row),
                               _("The meeting, travel and preparation: hours and minutes"));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  p->hours = add_spin (box, 24, 1, 0, _("Hours given"));
  gtk_box_append (GTK_BOX (box), gtk_label_new (_("h")));
  p->minutes = add_spin (box, 59, 5, 0, _("Minutes given"));
  gtk_box_append (GTK_BOX (box), gtk_label_new (_("min")));
  adw_action_row_add_suffix (ADW_ACTION_ROW (time_row), box);
  adw_expander_row_add_row (p->row, time_row);

  money_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (money_row), _("Expenses (£)"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (money_row),
                               _("Travel, care cover and the like. Kept private."));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  p->expenses = add_spin (box, (double) COPROD_ATTENDANCE_MAX_PENCE / 100, 0.5, 2,
                          _("Expenses in pounds"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (money_row), box);
  adw_expander_row_add_row (p->row, money_row);

  p->updating = TRUE;
  coprod_meeting_get_attendance (self->meeting, p->person_id, &attendance);
  adw_expander_row_set_enable_expansion (p->row, attendance.attended);
  adw_expander_row_set_expanded (p->row, FALSE);
  gtk_spin_button_set_value (p->hours, attendance.minutes / 60);
  gtk_spin_button_set_value (p->minutes, attendance.minutes % 60);
  gtk_spin_button_set_value (p->expenses, attendance.expenses_pence / 100.0);
  subtitle = describe (&attendance);
  adw_expander_row_set_subtitle (p->row, subtitle);
  p->updating = FALSE;

  g_object_bind_property (p->row, "enable-expansion", came, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (p->row, "notify::enable-expansion", G_CALLBACK (write_row), p);
  g_signal_connect_swapped (p->hours, "value-changed", G_CALLBACK (write_row), p);
  g_signal_connect_swapped (p->minutes, "value-changed", G_CALLBACK (write_row), p);
  g_signal_connect_swapped (p->expenses, "value-changed", G_CALLBACK (write_row), p);
  g_object_set_data_full (G_OBJECT (p->row), "coprod-person-row", p, g_free);
  return GTK_WIDGET (p->row);
}

static void
fill (CoprodAttendanceView *self)
{
  GListModel *people = coprod_team_get_people (self->team);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      gtk_list_box_append (self->list, new_person_row (self, person));
    }
  show_total (self);
}

/* Overrides */

static void
coprod_attendance_view_dispose (GObject *object)
{
  CoprodAttendanceView *self = COPROD_ATTENDANCE_VIEW (object);

  if (self->team != NULL)
    g_signal_handlers_disconnect_by_data (coprod_team_get_people (self->team), self);
  g_clear_object (&self->team);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (coprod_attendance_view_parent_class)->dispose (object);
}

static void
coprod_attendance_view_class_init (CoprodAttendanceViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = coprod_attendance_view_dispose;
}

static void
coprod_attendance_view_init (CoprodAttendanceView *self)
{
  GtkWidget *scrolled, *clamp, *box, *group;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Who Came"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Time and expenses, so that everyone can be paid "
                                           "for their time. Never shown on the shared screen."));
  self->total_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->total_label), "dim-label");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group),
                                           GTK_WIDGET (self->total_label));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Who came"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (box), group);

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));

  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  adw_bin_set_child (ADW_BIN (self), scrolled);
}

/* Public API */

GtkWidget *
coprod_attendance_view_new (CoprodTeam    *team,
                            CoprodMeeting *meeting)
{
  CoprodAttendanceView *self;

  g_return_val_if_fail (COPROD_IS_TEAM (team), NULL);
  g_return_val_if_fail (COPROD_IS_MEETING (meeting), NULL);

  self = g_object_new (COPROD_TYPE_ATTENDANCE_VIEW, NULL);
  self->team = g_object_ref (team);
  self->meeting = g_object_ref (meeting);
  g_signal_connect_object (coprod_team_get_people (team), "items-changed", G_CALLBACK (fill),
                           self, G_CONNECT_SWAPPED);
  fill (self);
  return GTK_WIDGET (self);
}

/**
 * coprod_attendance_window_new:
 *
 * Returns: (transfer none): a window of its own for marking who came to @meeting,
 *   over @parent, not yet shown
 */
GtkWidget *
coprod_attendance_window_new (GtkWindow     *parent,
                              CoprodTeam    *team,
                              CoprodMeeting *meeting)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *view = coprod_attendance_view_new (team, meeting);

  gtk_window_set_title (GTK_WINDOW (window), _("Who Is Here"));
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 520, 640);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (view, TRUE);
  gtk_box_append (GTK_BOX (box), view);
  adw_window_set_content (ADW_WINDOW (window), box);
  return window;
}
