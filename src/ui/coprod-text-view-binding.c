/* coprod-text-view-binding.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkTextBuffer has no property a GBinding could follow keystroke by keystroke, so
 * editors bind their multi-line fields with this instead.
 */

#include "coprod-text-view-binding.h"

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
