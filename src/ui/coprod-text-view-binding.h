/* coprod-text-view-binding.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void coprod_text_view_bind (GtkTextView *view,
                            GObject     *object,
                            const char  *property);

G_END_DECLS
