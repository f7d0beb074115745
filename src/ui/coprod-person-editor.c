/* coprod-person-editor.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Edits one person in place: every field is bound to the model object, which writes
 * through to the store, so there is nothing to save and nothing to lose.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-bindings.h"
#include "coprod-person-editor.h"
#include "coprod-plain-words.h"

struct _CoprodPersonEditor
{
  AdwWindow       parent_instance;

  CoprodPerson   *person;

  AdwWindowTitle *window_title;
  AdwEntryRow    *name_row;
  AdwComboRow    *side_row;
  AdwEntryRow    *role_row;
  AdwEntryRow    *organisation_row;
  GtkTextView    *likes_view;
  GtkTextView    *important_view;
  GtkTextView    *support_view;
  GtkTextView    *access_view;
  GtkSwitch      *shared_switch;
  GtkSwitch      *breaks_switch;
  GtkButton      *remove_button;
};

G_DEFINE_FINAL_TYPE (CoprodPersonEditor, coprod_person_editor, ADW_TYPE_WINDOW)

/* Helpers */

/* Callbacks */

static void
remove_clicked_cb (CoprodPersonEditor *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gint64 id = coprod_person_get_id (self->person);

  gtk_window_close (GTK_WINDOW (self));
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.delete-person", "x", id);
}

/* Overrides */

static void
coprod_person_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), COPROD_TYPE_PERSON_EDITOR);

  G_OBJECT_CLASS (coprod_person_editor_parent_class)->dispose (object);
}

/* The person outlives dispose so that "destroy" handlers can still ask for it. */
static void
coprod_person_editor_finalize (GObject *object)
{
  CoprodPersonEditor *self = COPROD_PERSON_EDITOR (object);

  g_clear_object (&self->person);

  G_OBJECT_CLASS (coprod_person_editor_parent_class)->finalize (object);
}

static void
coprod_person_editor_class_init (CoprodPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = coprod_person_editor_dispose;
  object_class->finalize = coprod_person_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Coprod/coprod-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonEditor, side_row);
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonEditor, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonEditor, likes_view);
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonEditor, important_view);
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonEditor, support_view);
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonEditor, access_view);
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonEditor, shared_switch);
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonEditor, breaks_switch);
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonEditor, remove_button);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
coprod_person_editor_init (CoprodPersonEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

CoprodPersonEditor *
coprod_person_editor_new (GtkWindow    *parent,
                          CoprodPerson *person)
{
  CoprodPersonEditor *self;
  GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (COPROD_IS_PERSON (person), NULL);

  self = g_object_new (COPROD_TYPE_PERSON_EDITOR, "transient-for", parent, NULL);
  self->person = g_object_ref (person);

  coprod_title_bind (G_OBJECT (person), "name", self->window_title, "title", _("New Person"));
  g_object_bind_property (person, "name", self->name_row, "text", flags);
  g_object_bind_property (person, "role-text", self->role_row, "text", flags);
  g_object_bind_property (person, "organisation", self->organisation_row, "text", flags);
  g_object_bind_property (person, "show-on-shared-screen", self->shared_switch, "active", flags);
  g_object_bind_property (person, "needs-breaks", self->breaks_switch, "active", flags);
  coprod_combo_row_bind (self->side_row, G_OBJECT (person), "side");
  coprod_text_view_bind (self->likes_view, G_OBJECT (person), "likes-about-me");
  coprod_text_view_bind (self->important_view, G_OBJECT (person), "important-to-me");
  coprod_text_view_bind (self->support_view, G_OBJECT (person), "support-me");
  coprod_text_view_bind (self->access_view, G_OBJECT (person), "access-needs");
  /* Seed 000: "instead of the non-engaged parent, they are busy". */
  coprod_plain_words_attach (GTK_WIDGET (self->likes_view), NULL, COPROD_PLAIN_CHECK_DEFICITS);
  coprod_plain_words_attach (GTK_WIDGET (self->important_view), NULL,
                             COPROD_PLAIN_CHECK_DEFICITS);
  coprod_plain_words_attach (GTK_WIDGET (self->support_view), NULL, COPROD_PLAIN_CHECK_DEFICITS);
  coprod_plain_words_attach (GTK_WIDGET (self->access_view), NULL, COPROD_PLAIN_CHECK_DEFICITS);

  g_signal_connect_swapped (self->remove_button, "clicked", G_CALLBACK (remove_clicked_cb), self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

/**
 * coprod_person_editor_get_person:
 *
 * Returns: (transfer none): the person being edited
 */
CoprodPerson *
coprod_person_editor_get_person (CoprodPersonEditor *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON_EDITOR (self), NULL);
  return self->person;
}
