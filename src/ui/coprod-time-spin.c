/* coprod-time-spin.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "coprod-time-spin.h"

/**
 * coprod_time_spin_output_cb:
 *
 * For the "output" signal of the hour and minute spin buttons of a clock time: shows
 * "09" and "05", as a clock does, rather than "9" and "5".
 */
gboolean
coprod_time_spin_output_cb (GtkSpinButton *spin,
                            gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}
