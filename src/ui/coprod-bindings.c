/* coprod-bindings.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bindings the editors share between a model object's property and a widget.
 */

#include "coprod-bindings.h"

/* GtkTextBuffer has no property a GBinding could follow keystroke by keystroke, so
 * multi-line fields are bound by hand. */

static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   GObject       *object)
{
  const char *property = g_object_get_data (G_OBJECT (buffer), "coprod-property");
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_object_set (object, property, text, NULL);
}

/**
 * coprod_text_view_bind:
 * @property: (not nullable): a static string naming a string property of @object
 *
 * Fills @view with the property's text and writes each change back to it.
 */
void
coprod_text_view_bind (GtkTextView *view,
                       GObject     *object,
                       const char  *property)
{
  GtkTextBuffer *buffer;
  g_autofree char *text = NULL;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);

  buffer = gtk_text_view_get_buffer (view);
  g_object_get (object, property, &text, NULL);
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  g_object_set_data (G_OBJECT (buffer), "coprod-property", (gpointer) property);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (buffer_changed_cb), object, 0);
}

static gboolean
enum_to_selected (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_enum (from));
  return TRUE;
}

static gboolean
selected_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (to));
  guint selected = g_value_get_uint (from);

  if (g_enum_get_value (klass, selected) == NULL)
    return FALSE;
  g_value_set_enum (to, selected);
  return TRUE;
}

/**
 * coprod_combo_row_bind:
 * @property: an enum property of @object whose values number the row's choices
 *
 * Binds the row's choice and the property both ways.
 */
void
coprod_combo_row_bind (AdwComboRow *row,
                       GObject     *object,
                       const char  *property)
{
  g_return_if_fail (ADW_IS_COMBO_ROW (row));
  g_return_if_fail (G_IS_OBJECT (object));

  g_object_bind_property_full (object, property, row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               enum_to_selected, selected_to_enum, NULL, NULL);
}

static gboolean
text_or_fallback (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      fallback)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, (text != NULL && *text != '\0') ? text : fallback);
  return TRUE;
}

/**
 * coprod_title_bind:
 * @fallback: (not nullable): a string that lives as long as the program, shown while
 *   the property is empty (a translated string)
 *
 * Shows a string property as a window's title, or @fallback while it is empty.
 */
void
coprod_title_bind (GObject    *object,
                   const char *property,
                   gpointer    target,
                   const char *target_property,
                   const char *fallback)
{
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (G_IS_OBJECT (target));
  g_return_if_fail (fallback != NULL);

  g_object_bind_property_full (object, property, target, target_property,
                               G_BINDING_SYNC_CREATE, text_or_fallback, NULL,
                               (gpointer) fallback, NULL);
}
