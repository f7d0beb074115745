/* coprod-action-outcome.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Records what became of an action, with a note: done, can't do (which needs the
 * reason), or still to do. The action editor and the review of last time's actions
 * both use it. "Be honest. If something you thought you could do turns out to be
 * something you can't do, then tell us" (seed 002): can't do is a button of its own.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-action-outcome.h"
#include "coprod-plain-words.h"

struct _CoprodActionOutcome
{
  GtkBox        parent_instance;

  CoprodAction *action;
  gint64        meeting_id;

  GtkLabel     *status_label;
  GtkEntry     *note_entry;
  GtkLabel     *error_label;
  GtkWidget    *done_button;
  GtkWidget    *cannot_button;
  GtkWidget    *open_button;
};

G_DEFINE_FINAL_TYPE (CoprodActionOutcome, coprod_action_outcome, GTK_TYPE_BOX)

enum {
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

/**
 * coprod_action_describe_status:
 *
 * Returns: (transfer full): where @action stands, in words, with the reason when it
 *   can't be done
 */
char *
coprod_action_describe_status (CoprodAction *action)
{
  const char *note = coprod_action_get_status_note (action);

  switch (coprod_action_get_status (action))
    {
    case COPROD_ACTION_DONE:
      if (*note == '\0')
        return g_strdup (_("Done"));
      /* Translators: %s is what the person said about it */
      return g_strdup_printf (_("Done: %s"), note);
    case COPROD_ACTION_CANNOT:
      /* Translators: %s is the reason an action cannot be done */
      return g_strdup_printf (_("Can't do — here's why: %s"), note);
    case COPROD_ACTION_OPEN:
    default:
      return g_strdup (_("Still to do"));
    }
}

static void
show_error (CoprodActionOutcome *self,
            const char          *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->note_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->note_entry), "error");
}

static void
show_action (CoprodActionOutcome *self)
{
  g_autofree char *status = NULL;
  gboolean open;

  if (self->action == NULL)
    return;
  open = coprod_action_get_status (self->action) == COPROD_ACTION_OPEN;
  status = coprod_action_describe_status (self->action);
  gtk_label_set_label (self->status_label, status);
  gtk_button_set_label (GTK_BUTTON (self->open_button),
                        open ? _("Not Done _Yet") : _("_Still to Do"));
  gtk_widget_set_tooltip_text (self->open_button,
                               open ? _("Keep it open, with the note in its history")
                                    : _("Open it again"));
}

/* Callbacks */

static void
clicked_cb (GtkButton           *button,
            CoprodActionOutcome *self)
{
  CoprodActionStatus status = COPROD_ACTION_OPEN;

  if (GTK_WIDGET (button) == self->done_button)
    status = COPROD_ACTION_DONE;
  else if (GTK_WIDGET (button) == self->cannot_button)
    status = COPROD_ACTION_CANNOT;
  coprod_action_outcome_record (self, status);
}

static void
note_changed_cb (CoprodActionOutcome *self)
{
  show_error (self, NULL);
}

/* Overrides */

static void
coprod_action_outcome_dispose (GObject *object)
{
  CoprodActionOutcome *self = COPROD_ACTION_OUTCOME (object);

  if (self->action != NULL)
    g_signal_handlers_disconnect_by_data (self->action, self);
  g_clear_object (&self->action);

  G_OBJECT_CLASS (coprod_action_outcome_parent_class)->dispose (object);
}

static void
coprod_action_outcome_class_init (CoprodActionOutcomeClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = coprod_action_outcome_dispose;

  /* Emitted once an outcome or a note has been written. */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
coprod_action_outcome_init (CoprodActionOutcome *self)
{
  GtkWidget *buttons;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 9);

  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->status_label, TRUE);
  gtk_label_set_xalign (self->status_label, 0);
  gtk_label_set_selectable (self->status_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "heading");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->status_label));

  self->note_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->note_entry,
                                  _("What happened, or why it can't be done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note on what happened"), -1);
  g_signal_connect_swapped (self->note_entry, "changed", G_CALLBACK (note_changed_cb), self);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->note_entry));
  coprod_plain_words_attach (GTK_WIDGET (self->note_entry), NULL, COPROD_PLAIN_CHECK_DEFICITS);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  /* Screen readers read the message itself, as the note's description. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->note_entry),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->error_label, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->error_label));

  buttons = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (buttons), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (buttons), FALSE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (buttons), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (buttons), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (buttons), 3);
  self->done_button = gtk_button_new_with_mnemonic (_("_Done"));
  gtk_widget_add_css_class (self->done_button, "suggested-action");
  g_signal_connect (self->done_button, "clicked", G_CALLBACK (clicked_cb), self);
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), self->done_button);
  self->cannot_button = gtk_button_new_with_mnemonic (_("_Can't Do — Here's Why"));
  g_signal_connect (self->cannot_button, "clicked", G_CALLBACK (clicked_cb), self);
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), self->cannot_button);
  self->open_button = gtk_button_new_with_mnemonic (_("Not Done _Yet"));
  g_signal_connect (self->open_button, "clicked", G_CALLBACK (clicked_cb), self);
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), self->open_button);
  gtk_box_append (GTK_BOX (self), buttons);
}

/* Public API */

/**
 * coprod_action_outcome_new:
 * @meeting_id: the meeting outcomes are recorded in, 0 between meetings
 */
GtkWidget *
coprod_action_outcome_new (gint64 meeting_id)
{
  CoprodActionOutcome *self = g_object_new (COPROD_TYPE_ACTION_OUTCOME, NULL);

  self->meeting_id = meeting_id;
  return GTK_WIDGET (self);
}

void
coprod_action_outcome_set_action (CoprodActionOutcome *self,
                                  CoprodAction        *action)
{
  g_return_if_fail (COPROD_IS_ACTION_OUTCOME (self));

  if (self->action == action)
    return;
  if (self->action != NULL)
    g_signal_handlers_disconnect_by_data (self->action, self);
  g_set_object (&self->action, action);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
  show_error (self, NULL);
  if (action != NULL)
    g_signal_connect_object (action, "notify::status", G_CALLBACK (show_action), self,
                             G_CONNECT_SWAPPED);
  show_action (self);
}

/* Which meeting the outcomes are recorded in: 0 between meetings. */
void
coprod_action_outcome_set_meeting_id (CoprodActionOutcome *self,
                                      gint64               meeting_id)
{
  g_return_if_fail (COPROD_IS_ACTION_OUTCOME (self));
  self->meeting_id = meeting_id;
}

/**
 * coprod_action_outcome_get_action:
 *
 * Returns: (transfer none) (nullable): the action whose outcome is recorded
 */
CoprodAction *
coprod_action_outcome_get_action (CoprodActionOutcome *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION_OUTCOME (self), NULL);
  return self->action;
}

/**
 * coprod_action_outcome_record:
 *
 * Records @status with the note typed, as the buttons do. Open with a note on an
 * open action adds the note to its history.
 *
 * Returns: whether it was written; if not, the reason is shown
 */
gboolean
coprod_action_outcome_record (CoprodActionOutcome *self,
                              CoprodActionStatus   status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  gboolean written;

  g_return_val_if_fail (COPROD_IS_ACTION_OUTCOME (self), FALSE);

  if (self->action == NULL)
    return FALSE;
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
  if (status == COPROD_ACTION_OPEN &&
      coprod_action_get_status (self->action) == COPROD_ACTION_OPEN)
    {
      if (*note == '\0')
        {
          show_error (self, _("Write a note first: what has happened so far."));
          gtk_widget_grab_focus (GTK_WIDGET (self->note_entry));
          return FALSE;
        }
      written = coprod_action_add_note (self->action, note, self->meeting_id, &error);
    }
  else
    written = coprod_action_set_status (self->action, status, note, self->meeting_id, &error);

  if (!written)
    {
      if (g_error_matches (error, COPROD_ACTION_ERROR, COPROD_ACTION_ERROR_REASON_NEEDED))
        show_error (self, _("Say why it can't be done, so everyone knows where things stand."));
      else
        show_error (self, _("This could not be saved. Is the disk full?"));
      gtk_widget_grab_focus (GTK_WIDGET (self->note_entry));
      return FALSE;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
  show_action (self);
  g_signal_emit (self, signals[RECORDED], 0);
  return TRUE;
}
