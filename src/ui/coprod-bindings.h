/* coprod-bindings.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void coprod_text_view_bind  (GtkTextView *view,
                             GObject     *object,
                             const char  *property);
void coprod_combo_row_bind  (AdwComboRow *row,
                             GObject     *object,
                             const char  *property);
void coprod_title_bind      (GObject     *object,
                             const char  *property,
                             gpointer     target,
                             const char  *target_property,
                             const char  *fallback);

G_END_DECLS
