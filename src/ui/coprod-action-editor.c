/* coprod-action-editor.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Makes or edits one action point: what will be done ("I will … by …"), who will do
 * it, by when, and for an existing action what became of it and its history. A new
 * action is written when the facilitator presses Add; an existing one is changed in
 * place as it is edited, like every other editor in Coprod.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-action-editor.h"
#include "coprod-action-outcome.h"
#include "coprod-action-row.h"
#include "coprod-plain-words.h"

struct _CoprodActionEditor
{
  AdwWindow      parent_instance;

  CoprodTeam    *team;
  CoprodAction  *action;            /* NULL until a new one is added */
  gint64         meeting_id;        /* where it is made or changed; 0 between meetings */
  gint64         agenda_item_id;
  gint64         expectation_id;    /* the expectation a new action answers, or 0 */
  GDate          due;               /* cleared: no date */
  gboolean       updating;

  AdwHeaderBar  *header;
  AdwWindowTitle *title;
  GtkWidget     *add_button;
  AdwEntryRow   *text_row;
  AdwComboRow   *owner_row;
  AdwActionRow  *due_row;
  GtkMenuButton *date_button;
  GtkCalendar   *calendar;
  GtkWidget     *next_meeting_button;
  GtkLabel      *problem_label;
  GtkWidget     *outcome_group;
  CoprodActionOutcome *outcome;
  GtkListBox    *history_list;
  GtkWidget     *history_group;
  GtkWidget     *delete_button;
};

G_DEFINE_FINAL_TYPE (CoprodActionEditor, coprod_action_editor, ADW_TYPE_WINDOW)

/* Helpers */

static gint64
owner_id (CoprodActionEditor *self)
{
  g_autoptr(CoprodPerson) person = NULL;
  guint selected = adw_combo_row_get_selected (self->owner_row);

  if (selected == GTK_INVALID_LIST_POSITION)
    return 0;
  person = g_list_model_get_item (coprod_team_get_people (self->team), selected);
  return person != NULL ? coprod_person_get_id (person) : 0;
}

static void
select_owner (CoprodActionEditor *self,
              gint64              person_id)
{
  GListModel *people = coprod_team_get_people (self->team);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      if (coprod_person_get_id (person) == person_id)
        {
          adw_combo_row_set_selected (self->owner_row, i);
          return;
        }
    }
  adw_combo_row_set_selected (self->owner_row, GTK_INVALID_LIST_POSITION);
}

/* The day of the team's next meeting after the one this action is made in (or after
 * today, between meetings). */
static gboolean
next_meeting_date (CoprodActionEditor *self,
                   GDate              *date)
{
  CoprodMeeting *from = NULL;
  CoprodMeeting *next;
  gint64 after = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr(GDateTime) local = NULL;
  GListModel *meetings = coprod_team_get_meetings (self->team);

  for (guint i = 0; i < g_list_model_get_n_items (meetings) && self->meeting_id != 0; i++)
    {
      g_autoptr(CoprodMeeting) meeting = g_list_model_get_item (meetings, i);

      if (coprod_meeting_get_id (meeting) == self->meeting_id)
        from = meeting;
    }
  if (from != NULL)
    after = MAX (after, coprod_meeting_get_starts_at_unix (from));
  next = coprod_team_find_next_meeting (self->team, after);
  if (next == NULL)
    return FALSE;
  local = g_date_time_to_local (coprod_meeting_get_starts_at (next));
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  return TRUE;
}

static void
show_due (CoprodActionEditor *self)
{
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  GDate next;

  if (g_date_valid (&self->due))
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (&self->due),
                                                        g_date_get_month (&self->due),
                                                        g_date_get_day (&self->due), 12, 0, 0);

      text = coprod_format_due_date (&self->due);
      self->updating = TRUE;
      if (day != NULL)
        gtk_calendar_select_day (self->calendar, day);
      self->updating = FALSE;
    }
  gtk_menu_button_set_label (self->date_button, text != NULL ? text : _("No date yet"));
  /* Translators: the button that shows and chooses the day an action is due, as read
   * out by a screen reader, as in "By when: Friday 14 March" */
  label = g_strdup_printf (_("By when: %s"), text != NULL ? text : _("No date yet"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_sensitive (self->next_meeting_button, next_meeting_date (self, &next));
  gtk_widget_set_tooltip_text (self->next_meeting_button,
                               gtk_widget_get_sensitive (self->next_meeting_button)
                                 ? NULL : _("No meeting is planned after this one yet"));
}

static void
validate (CoprodActionEditor *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_row))));
  const char *problem = NULL;

  if (self->action != NULL)
    return;
  if (g_list_model_get_n_items (coprod_team_get_people (self->team)) == 0)
    problem = _("Add the team's people first: every action has someone who will do it.");
  else if (owner_id (self) == 0)
    problem = _("Choose who will do it.");
  gtk_label_set_label (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL && *text != '\0');
  gtk_widget_set_sensitive (self->add_button, problem == NULL && *text != '\0');
}

static void
set_due (CoprodActionEditor *self,
         const GDate        *due)
{
  if (due != NULL && g_date_valid (due))
    self->due = *due;
  else
    g_date_clear (&self->due, 1);
  if (self->action != NULL)
    coprod_action_set_due (self->action, g_date_valid (&self->due) ? &self->due : NULL);
  show_due (self);
}

static void
show_history (CoprodActionEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  GtkWidget *child;
  GListModel *meetings = coprod_team_get_meetings (self->team);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))) != NULL)
    gtk_list_box_remove (self->history_list, child);
  history = coprod_action_dup_history (self->action, &error);
  gtk_widget_set_visible (self->history_group, history != NULL && history->len > 0);
  if (history == NULL)
    return;

  /* The latest first. */
  for (guint i = history->len; i-- > 0;)
    {
      CoprodActionUpdate *update = g_ptr_array_index (history, i);
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (update->created);
      g_autofree char *date = when != NULL ? g_date_time_format (when, _("%a %-d %B %Y")) : NULL;
      g_autofree char *subtitle = NULL;
      const char *where = _("Between meetings");
      const char *status = update->status == COPROD_ACTION_DONE ? _("Done")
                           : update->status == COPROD_ACTION_CANNOT ? _("Can't do")
                           : _("Still to do");
      GtkWidget *row = adw_action_row_new ();

      for (guint m = 0; m < g_list_model_get_n_items (meetings) && update->meeting_id != 0; m++)
        {
          g_autoptr(CoprodMeeting) meeting = g_list_model_get_item (meetings, m);

          if (coprod_meeting_get_id (meeting) == update->meeting_id)
            where = coprod_meeting_get_title (meeting);
        }
      /* Translators: an update in an action's history: its status, date and meeting */
      subtitle = g_strdup_printf (_("%s · %s · %s"), status, date != NULL ? date : "", where);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     *update->note != '\0' ? update->note : _("No note"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->history_list, row);
    }
}

static void
show_action (CoprodActionEditor *self)
{
  gboolean editing = self->action != NULL;

  adw_window_title_set_title (self->title, editing ? _("Action") : _("New Action"));
  gtk_widget_set_visible (self->add_button, !editing);
  gtk_widget_set_visible (self->outcome_group, editing);
  gtk_widget_set_visible (self->delete_button, editing);
  adw_header_bar_set_show_end_title_buttons (self->header, editing);
  if (editing)
    {
      coprod_action_outcome_set_action (self->outcome, self->action);
      show_history (self);
    }
  else
    gtk_widget_set_visible (self->history_group, FALSE);
  validate (self);
}

/* Callbacks */

static void
text_changed_cb (CoprodActionEditor *self)
{
  if (self->updating)
    return;
  if (self->action != NULL)
    coprod_action_set_text (self->action, gtk_editable_get_text (GTK_EDITABLE (self->text_row)));
  validate (self);
}

static void
owner_changed_cb (CoprodActionEditor *self)
{
  if (self->updating)
    return;
  if (self->action != NULL && owner_id (self) != 0)
    coprod_action_set_owner_person_id (self->action, owner_id (self));
  validate (self);
}

static void
day_selected_cb (CoprodActionEditor *self)
{
  g_autoptr(GDateTime) day = NULL;
  GDate due;

  if (self->updating)
    return;
  day = gtk_calendar_get_date (self->calendar);
  g_date_clear (&due, 1);
  g_date_set_dmy (&due, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                  g_date_time_get_year (day));
  set_due (self, &due);
  gtk_menu_button_popdown (self->date_button);
}

static void
quick_due_cb (GtkButton          *button,
              CoprodActionEditor *self)
{
  int days = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "days"));
  GDate due;

  if (days < 0)
    {
      if (next_meeting_date (self, &due))
        set_due (self, &due);
      return;
    }
  if (days == 0)
    {
      set_due (self, NULL);
      return;
    }
  coprod_date_today (NULL, g_get_real_time () / G_USEC_PER_SEC, &due);
  if (days == 30)
    g_date_add_months (&due, 1);
  else
    g_date_add_days (&due, days);
  set_due (self, &due);
}

static void
recorded_cb (CoprodActionEditor *self)
{
  show_history (self);
}

static void
delete_response_cb (AdwMessageDialog   *dialog,
                    const char         *response,
                    CoprodActionEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!coprod_team_delete_action (self->team, self->action, &error))
    {
      g_message ("%s", error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
delete_clicked_cb (CoprodActionEditor *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete This Action?"),
                                              _("Use this for an action made by mistake. An "
                                                "action that turned out not to be possible "
                                                "is better marked “Can't do”, with the "
                                                "reason, so the team knows."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Keep It"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Overrides */

static void
coprod_action_editor_dispose (GObject *object)
{
  CoprodActionEditor *self = COPROD_ACTION_EDITOR (object);

  g_clear_object (&self->action);
  g_clear_object (&self->team);

  G_OBJECT_CLASS (coprod_action_editor_parent_class)->dispose (object);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  coprod_action_editor_add (COPROD_ACTION_EDITOR (widget));
}

static void
coprod_action_editor_class_init (CoprodActionEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = coprod_action_editor_dispose;

  gtk_widget_class_install_action (widget_class, "editor.add", NULL, add_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static GtkWidget *
quick_button (CoprodActionEditor *self,
              GtkWidget          *box,
              const char         *label,
              int                 days)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  g_object_set_data (G_OBJECT (button), "days", GINT_TO_POINTER (days));
  g_signal_connect (button, "clicked", G_CALLBACK (quick_due_cb), self);
  gtk_flow_box_append (GTK_FLOW_BOX (box), button);
  return button;
}

static void
coprod_action_editor_init (CoprodActionEditor *self)
{
  GtkWidget *root, *header, *cancel, *scrolled, *clamp, *content, *group, *popover, *quick,
            *history_group;
  GtkExpression *name;

  g_date_clear (&self->due, 1);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 680);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  root = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  self->header = ADW_HEADER_BAR (header);
  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("New Action"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  self->add_button = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_add_css_class (self->add_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "editor.add");
  gtk_widget_set_tooltip_text (self->add_button, _("Add the Action (Ctrl+Enter)"));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->add_button);
  g_object_bind_property (self->add_button, "visible", cancel, "visible", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (root), header);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  /* What and who */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("What Will Be Done"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("In the words of whoever will do it."));
  self->text_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->text_row), _("I will … by …"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->text_row), FALSE);
  g_signal_connect_swapped (self->text_row, "changed", G_CALLBACK (text_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->text_row));

  self->owner_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->owner_row), _("Who will do it"));
  name = gtk_property_expression_new (COPROD_TYPE_PERSON, NULL, "name");
  adw_combo_row_set_expression (self->owner_row, name);
  gtk_expression_unref (name);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->owner_row));

  self->due_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->due_row), _("By when"));
  self->date_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->date_button), GTK_ALIGN_CENTER);
  popover = gtk_popover_new ();
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  gtk_menu_button_set_popover (self->date_button, popover);
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
  adw_action_row_add_suffix (self->due_row, GTK_WIDGET (self->date_button));
  adw_action_row_set_activatable_widget (self->due_row, GTK_WIDGET (self->date_button));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->due_row));

  quick = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (quick), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (quick), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (quick), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (quick), 5);
  gtk_widget_set_margin_top (quick, 9);
  gtk_accessible_update_property (GTK_ACCESSIBLE (quick), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Quick choices for the day"), -1);
  self->next_meeting_button = quick_button (self, quick, _("_Next Meeting"), -1);
  quick_button (self, quick, _("In a _Week"), 7);
  quick_button (self, quick, _("In _Two Weeks"), 14);
  quick_button (self, quick, _("In a _Month"), 30);
  quick_button (self, quick, _("No _Date"), 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), quick);

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_label_set_xalign (self->problem_label, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->problem_label), 9);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->problem_label));
  gtk_box_append (GTK_BOX (content), group);

  /* What became of it */
  self->outcome_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->outcome_group),
                                   _("What Happened"));
  self->outcome = COPROD_ACTION_OUTCOME (coprod_action_outcome_new (0));
  g_signal_connect_swapped (self->outcome, "recorded", G_CALLBACK (recorded_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->outcome_group),
                             GTK_WIDGET (self->outcome));
  gtk_box_append (GTK_BOX (content), self->outcome_group);

  history_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (history_group), _("History"));
  self->history_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->history_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->history_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->history_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("History"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (history_group),
                             GTK_WIDGET (self->history_list));
  self->history_group = history_group;
  gtk_box_append (GTK_BOX (content), history_group);

  self->delete_button = gtk_button_new_with_mnemonic (_("_Delete Action"));
  gtk_widget_set_halign (self->delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->delete_button, "pill");
  gtk_widget_add_css_class (self->delete_button, "destructive-action");
  g_signal_connect_swapped (self->delete_button, "clicked", G_CALLBACK (delete_clicked_cb), self);
  gtk_box_append (GTK_BOX (content), self->delete_button);

  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (root), scrolled);
  adw_window_set_content (ADW_WINDOW (self), root);
}

static CoprodActionEditor *
editor_new (GtkWindow  *parent,
            CoprodTeam *team,
            gint64      meeting_id)
{
  CoprodActionEditor *self = g_object_new (COPROD_TYPE_ACTION_EDITOR, "transient-for", parent,
                                           NULL);

  self->team = g_object_ref (team);
  self->meeting_id = meeting_id;
  adw_combo_row_set_model (self->owner_row, coprod_team_get_people (team));
  coprod_plain_words_attach (GTK_WIDGET (self->text_row), team, COPROD_PLAIN_CHECK_ALL);
  g_signal_connect_object (self->owner_row, "notify::selected", G_CALLBACK (owner_changed_cb),
                           self, G_CONNECT_SWAPPED);
  return self;
}

/* Public API */

/**
 * coprod_action_editor_new:
 * @meeting_id: the meeting outcomes are recorded in, 0 between meetings
 *
 * Returns: (transfer none): an editor that changes @action as it is edited
 */
GtkWidget *
coprod_action_editor_new (GtkWindow    *parent,
                          CoprodTeam   *team,
                          CoprodAction *action,
                          gint64        meeting_id)
{
  CoprodActionEditor *self;

  g_return_val_if_fail (COPROD_IS_TEAM (team), NULL);
  g_return_val_if_fail (COPROD_IS_ACTION (action), NULL);

  self = editor_new (parent, team, meeting_id);
  self->action = g_object_ref (action);
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->text_row), coprod_action_get_text (action));
  select_owner (self, coprod_action_get_owner_person_id (action));
  if (!coprod_action_get_due (action, &self->due))
    g_date_clear (&self->due, 1);
  self->updating = FALSE;
  coprod_action_outcome_set_meeting_id (self->outcome, meeting_id);
  show_due (self);
  show_action (self);
  return GTK_WIDGET (self);
}

/**
 * coprod_action_editor_new_for_meeting:
 * @meeting: (nullable): the meeting it is made in, or %NULL between meetings
 * @agenda_item_id: the agenda item it comes from, or 0
 * @owner_person_id: who will do it, or 0 to choose
 *
 * Returns: (transfer none): an editor for a new action, written when Add is pressed
 */
GtkWidget *
coprod_action_editor_new_for_meeting (GtkWindow     *parent,
                                      CoprodTeam    *team,
                                      CoprodMeeting *meeting,
                                      gint64         agenda_item_id,
                                      gint64         owner_person_id)
{
  CoprodActionEditor *self;

  g_return_val_if_fail (COPROD_IS_TEAM (team), NULL);

  self = editor_new (parent, team, meeting != NULL ? coprod_meeting_get_id (meeting) : 0);
  self->agenda_item_id = agenda_item_id;
  self->updating = TRUE;
  select_owner (self, owner_person_id);
  self->updating = FALSE;
  show_due (self);
  show_action (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_row));
  return GTK_WIDGET (self);
}

/**
 * coprod_action_editor_get_action:
 *
 * Returns: (transfer none) (nullable): the action, once there is one
 */
CoprodAction *
coprod_action_editor_get_action (CoprodActionEditor *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION_EDITOR (self), NULL);
  return self->action;
}

/**
 * coprod_action_editor_add:
 *
 * Writes the new action and closes the editor, as Add does.
 *
 * Returns: whether it was added
 */
gboolean
coprod_action_editor_add (CoprodActionEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CoprodAction *action;

  g_return_val_if_fail (COPROD_IS_ACTION_EDITOR (self), FALSE);

  if (self->action != NULL || !gtk_widget_get_sensitive (self->add_button))
    return FALSE;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->text_row))));
  action = coprod_team_add_action (self->team, text, owner_id (self),
                                   g_date_valid (&self->due) ? &self->due : NULL,
                                   self->meeting_id, self->agenda_item_id, &error);
  if (action == NULL)
    {
      gtk_label_set_label (self->problem_label, _("The action could not be saved. Is the disk "
                                                  "full? What you typed is still here."));
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      g_message ("%s", error->message);
      return FALSE;
    }
  if (self->expectation_id != 0)
    coprod_action_set_from_expectation_id (action, self->expectation_id);
  self->action = g_object_ref (action);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/**
 * coprod_action_editor_prefill:
 * @text: words to start the new action with
 * @expectation_id: the expectation it answers, or 0
 *
 * Starts a new action from an expectation of the exercise.
 */
void
coprod_action_editor_prefill (CoprodActionEditor *self,
                              const char         *text,
                              gint64              expectation_id)
{
  g_return_if_fail (COPROD_IS_ACTION_EDITOR (self));
  g_return_if_fail (self->action == NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->text_row), text);
  self->expectation_id = expectation_id;
  validate (self);
}
