/* coprod-action-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-action-listing.h"

G_BEGIN_DECLS

#define COPROD_TYPE_ACTION_ROW (coprod_action_row_get_type ())
G_DECLARE_FINAL_TYPE (CoprodActionRow, coprod_action_row, COPROD, ACTION_ROW, GtkBox)

GtkWidget *coprod_action_row_new          (void);
void       coprod_action_row_show         (CoprodActionRow *self,
                                           GObject         *item,
                                           CoprodTeam      *team,
                                           gboolean         show_owner,
                                           const GDate     *today);

char      *coprod_format_due_date         (const GDate     *date);
char      *coprod_action_describe_due     (CoprodAction    *action,
                                           const GDate     *today,
                                           gboolean        *late);
const char *coprod_action_owner_name      (CoprodAction    *action,
                                           CoprodTeam      *team);

G_END_DECLS
