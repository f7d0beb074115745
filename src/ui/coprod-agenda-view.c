/* coprod-agenda-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plans a meeting's agenda: the items in order with the times the schedule engine
 * gives them, what does not fit, and the warnings a facilitator should see before
 * the day. Items are added, edited, copied, reordered (by dragging, by keyboard or
 * from each item's menu) and deleted with Undo.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-agenda-item-editor.h"
#include "coprod-agenda-template.h"
#include "coprod-agenda-view.h"
#include "coprod-live-window.h"
#include "coprod-window.h"

struct _CoprodAgendaView
{
  GtkWidget        parent_instance;

  CoprodMeeting   *meeting;
  CoprodTeam      *team;
  CoprodSchedule  *schedule;
  guint            refresh_source;
  GListModel      *templates;

  AdwToastOverlay *toast_overlay;
  GtkLabel        *summary_label;
  GtkWidget       *warnings_box;
  GtkStack        *agenda_stack;
  GtkListBox      *agenda_list;
  GtkListBox      *template_list;
  GtkWidget       *reorder_hint;
  GtkButton       *run_button;
};

G_DEFINE_FINAL_TYPE (CoprodAgendaView, coprod_agenda_view, GTK_TYPE_WIDGET)

/* What a new item of each kind is called, and how long it takes, to start with. */
static const struct
{
  const char *title;
  int         minutes;
} kind_defaults[] = {
  [COPROD_AGENDA_KIND_ITEM] = { N_("New item"), 15 },
  [COPROD_AGENDA_KIND_BREAK] = { N_("Break"), 15 },
  [COPROD_AGENDA_KIND_INTRODUCTIONS] = { N_("Welcome and introductions"), 15 },
  [COPROD_AGENDA_KIND_EXPECTATIONS] = { N_("What we expect of each other"), 45 },
  [COPROD_AGENDA_KIND_ACTIONS_REVIEW] = { N_("What we said we would do"), 20 },
  [COPROD_AGENDA_KIND_ACTIONS_ROUND] = { N_("Actions: who does what, by when"), 15 },
  [COPROD_AGENDA_KIND_CLOSE] = { N_("Close"), 5 },
};

/* Helpers */

static char *
clock_time (GDateTime *time)
{
  /* Translators: a time of day, see the GDateTime format documentation */
  return g_date_time_format (time, _("%H:%M"));
}

static char *
length_text (int minutes)
{
  if (minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes),
                            minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", minutes / 60),
                            minutes / 60);
  /* Translators: a length of time, as in "2 h 30 min" */
  return g_strdup_printf (_("%d h %d min"), minutes / 60, minutes % 60);
}

static CoprodAgendaItem *
item_at (CoprodAgendaView *self,
         guint             position)
{
  return g_list_model_get_item (coprod_meeting_get_agenda (self->meeting), position);
}

static CoprodAgendaItem *
find_item (CoprodAgendaView *self,
           gint64            id,
           guint            *position)
{
  GListModel *agenda = coprod_meeting_get_agenda (self->meeting);
  guint n = g_list_model_get_n_items (agenda);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda, i);

      if (coprod_agenda_item_get_id (item) == id)
        {
          if (position != NULL)
            *position = i;
          return item;
        }
    }
  return NULL;
}

static const char *
item_title (CoprodAgendaItem *item)
{
  const char *title = coprod_agenda_item_get_title (item);

  return *title != '\0' ? title : _("Untitled item");
}

static void
report (CoprodAgendaView *self,
        GError           *error)
{
  const char *text;

  g_message ("%s", error->message);
  if (g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND))
    text = _("This change could not be saved: what you were changing was removed for good "
             "by another copy of Coprod.");
  else
    text = _("The agenda could not be changed. Check that this computer’s disk is not full.");
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* An Undo that found its row removed for good says what could not come back. */
static void
report_undo (CoprodAgendaView *self,
             GError           *error,
             const char       *gone_text)
{
  if (g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND))
    {
      g_message ("%s", error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (gone_text));
    }
  else
    report (self, error);
}

/* A toast whose Undo button calls UNDO_CB with OBJECT, which it keeps alive. */
static void
show_undo_toast (CoprodAgendaView *self,
                 const char       *title,
                 GCallback         undo_cb,
                 gpointer          object)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data (G_OBJECT (toast), "view", self);
  g_signal_connect_data (toast, "button-clicked", undo_cb, g_object_ref (object),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
add_warning (CoprodAgendaView *self,
             const char       *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "agenda-warning");
  gtk_widget_add_css_class (icon, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Warning"), -1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (self->warnings_box), box);
}

static void
show_warnings (CoprodAgendaView *self)
{
  CoprodScheduleWarnings warnings = coprod_schedule_get_warnings (self->schedule);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->warnings_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->warnings_box), child);

  if (warnings & COPROD_SCHEDULE_WARNING_OVERRUN)
    {
      g_autofree char *over = length_text (coprod_schedule_get_overrun_minutes (self->schedule));
      g_autofree char *end = clock_time (coprod_meeting_get_planned_end (self->meeting));
      /* Translators: as in "The agenda runs 20 minutes past the planned end, 12:00." */
      g_autofree char *text = g_strdup_printf (_("The agenda runs %s past the planned end, %s."),
                                               over, end);

      add_warning (self, text);
    }
  if (warnings & COPROD_SCHEDULE_WARNING_CONFLICT)
    {
      int index = coprod_schedule_get_first_conflict (self->schedule);
      g_autoptr(CoprodAgendaItem) item = item_at (self, index);
      g_autofree char *late = length_text (coprod_schedule_get_slot (self->schedule,
                                                                     index)->conflict_minutes);
      /* Translators: as in "“Lunch” is set to start at a time the items before it run past, so it starts 20 minutes late." */
      g_autofree char *text = g_strdup_printf (_("“%s” has a set start time that the items "
                                                 "before it run past, so it starts %s late."),
                                               item_title (item), late);

      add_warning (self, text);
    }
  if (warnings & COPROD_SCHEDULE_WARNING_NO_BREAK)
    {
      int index = coprod_schedule_get_first_without_break (self->schedule);
      g_autoptr(CoprodAgendaItem) item = item_at (self, index);
      g_autofree char *limit = length_text (coprod_team_get_break_after_minutes (self->team));
      /* Translators: as in "By the end of “Budget” it is more than 45 minutes without a break. Someone in the team needs regular breaks." */
      g_autofree char *text = g_strdup_printf (_("By the end of “%s” it is more than %s without "
                                                 "a break. Someone in the team needs regular "
                                                 "breaks."),
                                               item_title (item), limit);

      add_warning (self, text);
    }
  if (warnings & COPROD_SCHEDULE_WARNING_NO_ACTIONS_ROUND)
    add_warning (self, _("There is no actions round near the end. Everyone should leave with "
                         "action points."));

  gtk_widget_set_visible (self->warnings_box, warnings != COPROD_SCHEDULE_WARNING_NONE);
}

static void
show_summary (CoprodAgendaView *self)
{
  g_autofree char *from = clock_time (coprod_meeting_get_starts_at (self->meeting));
  g_autofree char *to = clock_time (coprod_schedule_get_finish (self->schedule));
  g_autofree char *length = length_text (coprod_schedule_get_total_minutes (self->schedule));
  g_autofree char *planned = clock_time (coprod_meeting_get_planned_end (self->meeting));
  g_autofree char *text = NULL;

  if (coprod_schedule_get_n_slots (self->schedule) == 0)
    /* Translators: the meeting's times, before it has an agenda */
    text = g_strdup_printf (_("From %s, planned to end at %s"), from, planned);
  else
    /* Translators: the agenda's start, finish and length, and when the meeting should
     * end, as in "10:00 to 12:10, 2 h 10 min (planned end 12:30)" */
    text = g_strdup_printf (_("%s to %s, %s (planned end %s)"), from, to, length, planned);
  gtk_label_set_label (self->summary_label, text);
}

static void
show_row (CoprodAgendaView *self,
          AdwActionRow     *row,
          CoprodAgendaItem *item,
          guint             index)
{
  const CoprodScheduleSlot *slot = coprod_schedule_get_slot (self->schedule, index);
  GtkLabel *time_label = g_object_get_data (G_OBJECT (row), "time-label");
  g_autofree char *start = clock_time (slot->start);
  g_autofree char *end = clock_time (slot->end);
  g_autofree char *length = length_text (coprod_agenda_item_get_minutes (item));
  GString *subtitle = g_string_new (NULL);
  gint64 lead_id = coprod_agenda_item_get_lead_person_id (item);
  CoprodPerson *lead = lead_id > 0 ? coprod_team_find_person (self->team, lead_id) : NULL;
  g_autofree char *text = NULL;

  gtk_label_set_label (time_label, start);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item_title (item));

  /* Translators: an agenda item's end and length, as in "until 10:15, 15 minutes" */
  g_string_append_printf (subtitle, _("until %s, %s"), end, length);
  if (lead != NULL)
    /* Translators: who leads an agenda item, added after its times */
    g_string_append_printf (subtitle, _(" · led by %s"), coprod_person_get_name (lead));
  if (slot->gap_before > 0)
    {
      g_autofree char *gap = length_text (slot->gap_before);

      /* Translators: the wait before an item with a set start time */
      g_string_append_printf (subtitle, _(" · waits %s for its set time"), gap);
    }
  if (slot->conflict_minutes > 0)
    {
      g_autofree char *late = length_text (slot->conflict_minutes);

      /* Translators: how late an item with a set start time starts */
      g_string_append_printf (subtitle, _(" · starts %s after its set time"), late);
    }
  text = g_string_free (subtitle, FALSE);
  adw_action_row_set_subtitle (row, text);
}

static GtkWidget *
create_template_row_cb (gpointer item,
                        gpointer user_data)
{
  CoprodAgendaTemplate *template = item;
  GtkWidget *row = adw_action_row_new ();
  guint n = coprod_agenda_template_get_n_items (template);
  g_autofree char *length = length_text (coprod_agenda_template_get_minutes (template));
  g_autofree char *subtitle = NULL;

  /* Translators: a template's size, as in "8 items, 2 h 10 min" */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item, %s", "%u items, %s", n),
                              n, length);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 coprod_agenda_template_get_name (template));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "template", g_object_ref (template), g_object_unref);

  if (!coprod_agenda_template_is_built_in (template))
    {
      GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (delete, "flat");
      gtk_widget_set_tooltip_text (delete, _("Delete Template"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Delete Template"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "agenda.delete-template");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "x",
                                        coprod_agenda_template_get_id (template));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), delete);
    }
  return row;
}

/* The templates are read again after one is saved or deleted. */
static void
load_templates (CoprodAgendaView *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->templates);
  self->templates = coprod_agenda_template_list_all (coprod_meeting_get_store (self->meeting),
                                                     &error);
  if (self->templates == NULL)
    {
      report (self, error);
      self->templates = G_LIST_MODEL (g_list_store_new (COPROD_TYPE_AGENDA_TEMPLATE));
    }
  gtk_list_box_bind_model (self->template_list, self->templates, create_template_row_cb,
                           self, NULL);
}

/* Works out the schedule again and shows it: after any change to the items, their
 * order, or the meeting's times. */
static void
refresh (CoprodAgendaView *self)
{
  GListModel *agenda;
  guint n;

  if (self->meeting == NULL || self->team == NULL)
    return;

  agenda = coprod_meeting_get_agenda (self->meeting);
  n = g_list_model_get_n_items (agenda);
  g_clear_pointer (&self->schedule, coprod_schedule_unref);
  self->schedule = coprod_meeting_compute_schedule (self->meeting,
                                                    coprod_team_needs_breaks (self->team),
                                                    coprod_team_get_break_after_minutes (self->team));
  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->agenda_list, i);
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda, i);

      if (row != NULL)
        show_row (self, ADW_ACTION_ROW (row), item, i);
    }
  show_summary (self);
  show_warnings (self);
  gtk_stack_set_visible_child_name (self->agenda_stack, n == 0 ? "empty" : "list");
  gtk_widget_set_visible (self->reorder_hint, n > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.run",
                                 n > 0 && coprod_meeting_get_status (self->meeting)
                                            != COPROD_MEETING_ENDED);
  gtk_button_set_label (self->run_button,
                        coprod_meeting_get_status (self->meeting) == COPROD_MEETING_LIVE
                          ? _("_Carry On") : _("_Start Meeting"));
}

static void
move_item (CoprodAgendaView *self,
           CoprodAgendaItem *item,
           guint             position)
{
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  if (!coprod_meeting_move_agenda_item (self->meeting, item, position, &error))
    {
      report (self, error);
      return;
    }
  /* The moved row is a new one: keep the keyboard on it. */
  row = gtk_list_box_get_row_at_index (self->agenda_list,
                                       coprod_agenda_item_get_position (item));
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static CoprodAgendaItem *
focused_item (CoprodAgendaView *self,
              guint            *position)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  CoprodAgendaItem *item;

  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->agenda_list))
    return NULL;
  item = g_object_get_data (G_OBJECT (row), "item");
  if (item != NULL && position != NULL)
    *position = coprod_agenda_item_get_position (item);
  return item;
}

static GMenuModel *
row_menu_new (gint64 id)
{
  static const struct { const char *label; const char *action; } entries[] = {
    { N_("_Edit"), "agenda.edit" },
    { N_("_Duplicate"), "agenda.duplicate" },
    { N_("Move _Up"), "agenda.move-up" },
    { N_("Move Do_wn"), "agenda.move-down" },
    { N_("_Delete"), "agenda.delete" },
  };
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(GMenuItem) entry = g_menu_item_new (_(entries[i].label), NULL);

      g_menu_item_set_action_and_target_value (entry, entries[i].action,
                                               g_variant_new_int64 (id));
      g_menu_append_item (menu, entry);
    }
  return G_MENU_MODEL (menu);
}

/* Callbacks */

static gboolean
refresh_cb (gpointer user_data)
{
  CoprodAgendaView *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Typing in an item's title changes it once a keystroke, and a reorder renumbers every
 * item: the schedule is worked out once all that is done. */
static void
queue_refresh (CoprodAgendaView *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_cb, self);
}

static void
item_changed_cb (CoprodAgendaItem *item,
                 GParamSpec       *pspec,
                 GtkWidget        *row)
{
  CoprodAgendaView *self = COPROD_AGENDA_VIEW (gtk_widget_get_ancestor (row,
                                                                         COPROD_TYPE_AGENDA_VIEW));

  if (self != NULL)
    queue_refresh (self);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  CoprodAgendaItem *item = g_object_get_data (G_OBJECT (row), "item");

  return gdk_content_provider_new_typed (COPROD_TYPE_AGENDA_ITEM, item);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  CoprodAgendaView *self = COPROD_AGENDA_VIEW (gtk_widget_get_ancestor (row,
                                                                         COPROD_TYPE_AGENDA_VIEW));
  CoprodAgendaItem *dropped = g_value_get_object (value);
  CoprodAgendaItem *onto = g_object_get_data (G_OBJECT (row), "item");

  if (self == NULL || dropped == NULL || onto == NULL || dropped == onto)
    return FALSE;
  move_item (self, dropped, coprod_agenda_item_get_position (onto));
  return TRUE;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *time_label = gtk_label_new (NULL);
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = row_menu_new (coprod_agenda_item_get_id (item));
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (COPROD_TYPE_AGENDA_ITEM, GDK_ACTION_MOVE);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_add_css_class (time_label, "agenda-time");
  gtk_widget_add_css_class (time_label, "numeric");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), time_label);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_tooltip_text (menu_button, _("Item Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Item Menu"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "agenda.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x",
                                    coprod_agenda_item_get_id (item));

  g_object_set_data (G_OBJECT (row), "time-label", time_label);
  g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (item, "notify", G_CALLBACK (item_changed_cb), row, 0);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
  return row;
}

static void
agenda_changed_cb (CoprodAgendaView *self)
{
  refresh (self);
}

/* Edits in the item editor are committed when they leave a field and when it closes. */
static void
editor_flush_cb (CoprodAgendaView *self)
{
  g_autoptr(GError) error = NULL;

  if (!coprod_store_flush (coprod_meeting_get_store (self->meeting), &error))
    report (self, error);
}

static void
undo_delete_cb (AdwToast         *toast,
                CoprodAgendaItem *item)
{
  CoprodAgendaView *self = g_object_get_data (G_OBJECT (toast), "view");
  g_autoptr(GError) error = NULL;

  if (self != NULL && self->meeting != NULL &&
      !coprod_meeting_restore_agenda_item (self->meeting, item, &error))
    report_undo (self, error,
                 _("This agenda item could not be brought back: it was removed for good by "
                   "another copy of Coprod."));
}

static void
template_activated_cb (CoprodAgendaView *self,
                       GtkListBoxRow    *row)
{
  CoprodAgendaTemplate *template = g_object_get_data (G_OBJECT (row), "template");
  g_autoptr(GError) error = NULL;

  if (!coprod_agenda_template_apply (template, self->meeting, &error))
    report (self, error);
}

static void
template_name_changed_cb (GtkEditable      *entry,
                          AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "save", *name != '\0');
}

static void
save_template_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           CoprodAgendaView *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(CoprodAgendaTemplate) template = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") != 0 || *name == '\0')
    return;

  template = coprod_agenda_template_save (coprod_meeting_get_store (self->meeting), name,
                                          self->meeting, &error);
  if (template == NULL)
    {
      report (self, error);
      return;
    }
  load_templates (self);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Saved as a template for other meetings")));
}

static void
undo_template_delete_cb (AdwToast             *toast,
                         CoprodAgendaTemplate *template)
{
  CoprodAgendaView *self = g_object_get_data (G_OBJECT (toast), "view");
  g_autoptr(GError) error = NULL;

  if (self == NULL || self->meeting == NULL)
    return;
  if (!coprod_agenda_template_restore (template, coprod_meeting_get_store (self->meeting),
                                       &error))
    report_undo (self, error,
                 _("This template could not be brought back: it was removed for good by "
                   "another copy of Coprod."));
  load_templates (self);
}

/* Actions */

/* Opens the live console, starting the meeting (or carrying on with it). */
static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CoprodAgendaView *self = COPROD_AGENDA_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? gtk_window_get_transient_for (GTK_WINDOW (root))
                                           : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodLiveState) live_state = NULL;
  CoprodLiveWindow *live;

  if (COPROD_IS_WINDOW (parent))
    live_state = g_object_ref (coprod_window_live_state_for (COPROD_WINDOW (parent), self->meeting,
                                                             self->team));
  else
    live_state = coprod_live_state_new (self->meeting);
  live = coprod_live_window_new (parent, live_state, self->team, &error);
  if (live == NULL)
    {
      report (self, error);
      return;
    }
  /* The console takes the screen; the editor would only be in its way. */
  if (GTK_IS_WINDOW (root))
    gtk_window_close (GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (live));
}

static void
save_template_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CoprodAgendaView *self = COPROD_AGENDA_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *entry = gtk_entry_new ();
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       _("Save as Template"),
                                                       _("Other meetings can then start from "
                                                         "this agenda. Notes, leads and set "
                                                         "times are not kept.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), coprod_meeting_get_title (self->meeting));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Template name"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  g_signal_connect (entry, "changed", G_CALLBACK (template_name_changed_cb), dialog);
  template_name_changed_cb (GTK_EDITABLE (entry), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_template_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_template_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CoprodAgendaView *self = COPROD_AGENDA_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (self->templates); i++)
    {
      g_autoptr(CoprodAgendaTemplate) template = g_list_model_get_item (self->templates, i);
      g_autofree char *title = NULL;

      if (coprod_agenda_template_get_id (template) != id)
        continue;
      if (!coprod_agenda_template_delete (template, coprod_meeting_get_store (self->meeting),
                                          &error))
        {
          report (self, error);
          return;
        }
      title = g_strdup_printf (_("Deleted the template “%s”"),
                               coprod_agenda_template_get_name (template));
      load_templates (self);
      show_undo_toast (self, title, G_CALLBACK (undo_template_delete_cb), template);
      return;
    }
}

static void
open_editor (CoprodAgendaView *self,
             CoprodAgendaItem *item)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CoprodAgendaItemEditor *editor;

  editor = coprod_agenda_item_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, item,
                                          self->team, self->meeting);
  g_signal_connect_object (editor, "destroy", G_CALLBACK (editor_flush_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "notify::focus-widget", G_CALLBACK (editor_flush_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CoprodAgendaView *self = COPROD_AGENDA_VIEW (widget);
  CoprodAgendaKind kind = coprod_agenda_kind_from_string (g_variant_get_string (parameter, NULL));
  g_autoptr(GError) error = NULL;
  CoprodAgendaItem *item;

  item = coprod_meeting_add_agenda_item (self->meeting, kind, _(kind_defaults[kind].title),
                                         kind_defaults[kind].minutes, &error);
  if (item == NULL)
    {
      report (self, error);
      return;
    }
  open_editor (self, item);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CoprodAgendaView *self = COPROD_AGENDA_VIEW (widget);
  CoprodAgendaItem *item = find_item (self, g_variant_get_int64 (parameter), NULL);

  if (item != NULL)
    open_editor (self, item);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CoprodAgendaView *self = COPROD_AGENDA_VIEW (widget);
  CoprodAgendaItem *item = find_item (self, g_variant_get_int64 (parameter), NULL);
  g_autoptr(GError) error = NULL;

  if (item != NULL && coprod_meeting_duplicate_agenda_item (self->meeting, item, &error) == NULL)
    report (self, error);
}

static void
move_by_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CoprodAgendaView *self = COPROD_AGENDA_VIEW (widget);
  gboolean up = g_str_equal (action_name, "agenda.move-up");
  guint position;
  CoprodAgendaItem *item = find_item (self, g_variant_get_int64 (parameter), &position);

  if (item == NULL || (up && position == 0))
    return;
  move_item (self, item, up ? position - 1 : position + 1);
}

/* Alt+Up and Alt+Down move the item that has the keyboard focus. */
static void
move_focused_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CoprodAgendaView *self = COPROD_AGENDA_VIEW (widget);
  int step = g_variant_get_int32 (parameter);
  guint position;
  CoprodAgendaItem *item = focused_item (self, &position);

  if (item == NULL || (step < 0 && position == 0))
    return;
  move_item (self, item, step < 0 ? position - 1 : position + 1);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CoprodAgendaView *self = COPROD_AGENDA_VIEW (widget);
  g_autoptr(CoprodAgendaItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  item = find_item (self, g_variant_get_int64 (parameter), NULL);
  if (item == NULL)
    return;
  g_object_ref (item);
  if (!coprod_meeting_delete_agenda_item (self->meeting, item, &error))
    {
      report (self, error);
      return;
    }

  title = g_strdup_printf (_("Deleted “%s”"), item_title (item));
  show_undo_toast (self, title, G_CALLBACK (undo_delete_cb), item);
}

static void
delete_focused_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CoprodAgendaView *self = COPROD_AGENDA_VIEW (widget);
  CoprodAgendaItem *item = focused_item (self, NULL);

  if (item != NULL)
    gtk_widget_activate_action (widget, "agenda.delete", "x", coprod_agenda_item_get_id (item));
}

/* Overrides */

static void
coprod_agenda_view_dispose (GObject *object)
{
  CoprodAgendaView *self = COPROD_AGENDA_VIEW (object);
  GtkWidget *child;

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), COPROD_TYPE_AGENDA_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->schedule, coprod_schedule_unref);
  g_clear_object (&self->templates);
  g_clear_object (&self->meeting);
  g_clear_object (&self->team);

  G_OBJECT_CLASS (coprod_agenda_view_parent_class)->dispose (object);
}

static void
coprod_agenda_view_class_init (CoprodAgendaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = coprod_agenda_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Coprod/coprod-agenda-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaView, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaView, agenda_stack);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaView, agenda_list);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaView, template_list);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaView, reorder_hint);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaView, run_button);

  gtk_widget_class_install_action (widget_class, "agenda.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "agenda.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "agenda.duplicate", "x", duplicate_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-up", "x", move_by_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-down", "x", move_by_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-focused", "i", move_focused_action);
  gtk_widget_class_install_action (widget_class, "agenda.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "agenda.delete-focused", NULL,
                                   delete_focused_action);
  gtk_widget_class_install_action (widget_class, "agenda.save-template", NULL,
                                   save_template_action);
  gtk_widget_class_install_action (widget_class, "agenda.run", NULL, run_action);
  gtk_widget_class_install_action (widget_class, "agenda.delete-template", "x",
                                   delete_template_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "agenda.move-focused", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "agenda.move-focused", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "agenda.delete-focused", NULL);
}

static void
coprod_agenda_view_init (CoprodAgendaView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

CoprodAgendaView *
coprod_agenda_view_new (CoprodMeeting *meeting,
                        CoprodTeam    *team)
{
  CoprodAgendaView *self;
  GListModel *agenda;

  g_return_val_if_fail (COPROD_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (COPROD_IS_TEAM (team), NULL);

  self = g_object_new (COPROD_TYPE_AGENDA_VIEW, NULL);
  self->meeting = g_object_ref (meeting);
  self->team = g_object_ref (team);

  agenda = coprod_meeting_get_agenda (meeting);
  gtk_list_box_bind_model (self->agenda_list, agenda, create_row_cb, self, NULL);
  g_signal_connect_object (agenda, "items-changed", G_CALLBACK (agenda_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_swapped (meeting, "notify::starts-at", G_CALLBACK (queue_refresh), self);
  g_signal_connect_swapped (meeting, "notify::planned-end", G_CALLBACK (queue_refresh), self);
  g_signal_connect_swapped (meeting, "notify::status", G_CALLBACK (queue_refresh), self);
  g_signal_connect_object (self->template_list, "row-activated",
                           G_CALLBACK (template_activated_cb), self, G_CONNECT_SWAPPED);
  load_templates (self);
  refresh (self);
  return self;
}
