/* coprod-columns.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define COPROD_TYPE_COLUMNS (coprod_columns_get_type ())
G_DECLARE_FINAL_TYPE (CoprodColumns, coprod_columns, COPROD, COLUMNS, GtkWidget)

GtkWidget *coprod_columns_new    (int            column_width);
void       coprod_columns_append (CoprodColumns *self,
                                  GtkWidget     *child);

G_END_DECLS
