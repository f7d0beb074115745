/* coprod-agenda-item-editor.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Edits one agenda item in place, like the person and meeting editors: every field is
 * bound to the item, which writes through to the store.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-action-editor.h"
#include "coprod-agenda-item-editor.h"
#include "coprod-bindings.h"
#include "coprod-plain-words.h"
#include "coprod-time-spin.h"

struct _CoprodAgendaItemEditor
{
  AdwWindow         parent_instance;

  CoprodAgendaItem *item;
  CoprodTeam       *team;
  CoprodMeeting    *meeting;
  GArray           *lead_ids;    /* gint64 person id per lead_row entry; 0 is "no one" */
  gboolean          updating;

  AdwWindowTitle   *window_title;
  AdwEntryRow      *title_row;
  AdwComboRow      *kind_row;
  GtkSpinButton    *minutes_spin;
  AdwExpanderRow   *fixed_row;
  GtkSpinButton    *fixed_hour;
  GtkSpinButton    *fixed_minute;
  AdwComboRow      *lead_row;
  GtkTextView      *description_view;
  GtkTextView      *shared_view;
  GtkTextView      *private_view;
};

G_DEFINE_FINAL_TYPE (CoprodAgendaItemEditor, coprod_agenda_item_editor, ADW_TYPE_WINDOW)

/* Helpers */

static void
write_fixed_start (CoprodAgendaItemEditor *self)
{
  int minutes = COPROD_SCHEDULE_NOT_FIXED;

  if (adw_expander_row_get_enable_expansion (self->fixed_row))
    minutes = gtk_spin_button_get_value_as_int (self->fixed_hour) * 60 +
              gtk_spin_button_get_value_as_int (self->fixed_minute);
  coprod_agenda_item_set_fixed_start (self->item, minutes);
}

static void
fill_leads (CoprodAgendaItemEditor *self,
            GListModel             *people)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 lead = coprod_agenda_item_get_lead_person_id (self->item);
  gint64 none = 0;
  guint selected = 0;

  gtk_string_list_append (names, _("No one in particular"));
  g_array_append_val (self->lead_ids, none);
  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
      gint64 id = coprod_person_get_id (person);
      const char *name = coprod_person_get_name (person);

      gtk_string_list_append (names, *name != '\0' ? name : _("New person"));
      g_array_append_val (self->lead_ids, id);
      if (id == lead)
        selected = i + 1;
    }
  adw_combo_row_set_model (self->lead_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->lead_row, selected);
}

/* Callbacks */

static void
fixed_changed_cb (CoprodAgendaItemEditor *self)
{
  if (!self->updating)
    write_fixed_start (self);
}

static void
lead_selected_cb (CoprodAgendaItemEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->lead_row);

  if (!self->updating && selected < self->lead_ids->len)
    coprod_agenda_item_set_lead_person_id (self->item,
                                           g_array_index (self->lead_ids, gint64, selected));
}

/* An action made in this item's meeting, from this item, led by whoever leads it. */
static void
new_action_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CoprodAgendaItemEditor *self = COPROD_AGENDA_ITEM_EDITOR (widget);
  GtkWidget *editor;

  editor = coprod_action_editor_new_for_meeting (GTK_WINDOW (self), self->team, self->meeting,
                                                 coprod_agenda_item_get_id (self->item),
                                                 coprod_agenda_item_get_lead_person_id (self->item));
  gtk_window_present (GTK_WINDOW (editor));
}

/* Overrides */

static void
coprod_agenda_item_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), COPROD_TYPE_AGENDA_ITEM_EDITOR);

  G_OBJECT_CLASS (coprod_agenda_item_editor_parent_class)->dispose (object);
}

static void
coprod_agenda_item_editor_finalize (GObject *object)
{
  CoprodAgendaItemEditor *self = COPROD_AGENDA_ITEM_EDITOR (object);

  g_clear_object (&self->item);
  g_clear_object (&self->team);
  g_clear_object (&self->meeting);
  g_clear_pointer (&self->lead_ids, g_array_unref);

  G_OBJECT_CLASS (coprod_agenda_item_editor_parent_class)->finalize (object);
}

static void
coprod_agenda_item_editor_class_init (CoprodAgendaItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = coprod_agenda_item_editor_dispose;
  object_class->finalize = coprod_agenda_item_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Coprod/coprod-agenda-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaItemEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaItemEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaItemEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaItemEditor, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaItemEditor, fixed_row);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaItemEditor, fixed_hour);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaItemEditor, fixed_minute);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaItemEditor, lead_row);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaItemEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaItemEditor, shared_view);
  gtk_widget_class_bind_template_child (widget_class, CoprodAgendaItemEditor, private_view);
  gtk_widget_class_bind_template_callback (widget_class, fixed_changed_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "two_digits_cb",
                                                G_CALLBACK (coprod_time_spin_output_cb));

  gtk_widget_class_install_action (widget_class, "item.new-action", NULL, new_action_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
coprod_agenda_item_editor_init (CoprodAgendaItemEditor *self)
{
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->lead_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* Public API */

/**
 * coprod_agenda_item_editor_new:
 * @team: the team, whose people may lead the item and own actions made from it
 * @meeting: the item's meeting
 */
CoprodAgendaItemEditor *
coprod_agenda_item_editor_new (GtkWindow        *parent,
                               CoprodAgendaItem *item,
                               CoprodTeam       *team,
                               CoprodMeeting    *meeting)
{
  GListModel *people = coprod_team_get_people (team);
  CoprodAgendaItemEditor *self;
  GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;
  int fixed;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (item), NULL);

  self = g_object_new (COPROD_TYPE_AGENDA_ITEM_EDITOR, "transient-for", parent, NULL);
  self->item = g_object_ref (item);
  self->team = g_object_ref (team);
  self->meeting = g_object_ref (meeting);

  coprod_title_bind (G_OBJECT (item), "title", self->window_title, "title", _("Agenda Item"));
  g_object_bind_property (item, "title", self->title_row, "text", flags);
  coprod_combo_row_bind (self->kind_row, G_OBJECT (item), "kind");
  g_object_bind_property (item, "minutes", gtk_spin_button_get_adjustment (self->minutes_spin),
                          "value", flags);
  coprod_text_view_bind (self->description_view, G_OBJECT (item), "plain-description");
  coprod_text_view_bind (self->shared_view, G_OBJECT (item), "shared-notes");
  coprod_text_view_bind (self->private_view, G_OBJECT (item), "private-notes");
  /* Jargon in what the room sees; words about people wherever they are written. */
  coprod_plain_words_attach (GTK_WIDGET (self->title_row), team,
                             COPROD_PLAIN_CHECK_TERMS | COPROD_PLAIN_CHECK_ACRONYMS);
  coprod_plain_words_attach (GTK_WIDGET (self->description_view), team,
                             COPROD_PLAIN_CHECK_ALL);
  coprod_plain_words_attach (GTK_WIDGET (self->shared_view), team, COPROD_PLAIN_CHECK_ALL);
  coprod_plain_words_attach (GTK_WIDGET (self->private_view), team,
                             COPROD_PLAIN_CHECK_DEFICITS);

  fixed = coprod_agenda_item_get_fixed_start (item);
  adw_expander_row_set_enable_expansion (self->fixed_row, fixed >= 0);
  adw_expander_row_set_expanded (self->fixed_row, fixed >= 0);
  gtk_spin_button_set_value (self->fixed_hour, fixed >= 0 ? fixed / 60 : 12);
  gtk_spin_button_set_value (self->fixed_minute, fixed >= 0 ? fixed % 60 : 30);
  g_signal_connect_swapped (self->fixed_row, "notify::enable-expansion",
                            G_CALLBACK (fixed_changed_cb), self);

  fill_leads (self, people);
  g_signal_connect_swapped (self->lead_row, "notify::selected",
                            G_CALLBACK (lead_selected_cb), self);

  self->updating = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

/**
 * coprod_agenda_item_editor_get_item:
 *
 * Returns: (transfer none): the item being edited
 */
CoprodAgendaItem *
coprod_agenda_item_editor_get_item (CoprodAgendaItemEditor *self)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM_EDITOR (self), NULL);
  return self->item;
}
