/* coprod-time-spin.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean coprod_time_spin_output_cb (GtkSpinButton *spin,
                                     gpointer       user_data);

G_END_DECLS
