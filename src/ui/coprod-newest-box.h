/* coprod-newest-box.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define COPROD_TYPE_NEWEST_BOX (coprod_newest_box_get_type ())
G_DECLARE_FINAL_TYPE (CoprodNewestBox, coprod_newest_box, COPROD, NEWEST_BOX, GtkWidget)

GtkWidget *coprod_newest_box_new          (void);
void       coprod_newest_box_set_keep_first (CoprodNewestBox *self,
                                             gboolean         keep_first);
void       coprod_newest_box_append       (CoprodNewestBox *self,
                                           GtkWidget       *item,
                                           GtkWidget       *earlier);
guint      coprod_newest_box_get_n_hidden (CoprodNewestBox *self);

G_END_DECLS
