/* coprod-monitors.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gdk/gdk.h>

G_BEGIN_DECLS

int      coprod_monitors_choose_shared (const GdkRectangle *monitors,
                                        guint               n_monitors,
                                        int                 facilitator);
int      coprod_monitors_next          (guint               n_monitors,
                                        int                 current);
gboolean coprod_monitors_fullscreen_on (guint               n_monitors,
                                        int                 facilitator,
                                        int                 target);

G_END_DECLS
