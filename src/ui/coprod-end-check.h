/* coprod-end-check.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-team.h"

G_BEGIN_DECLS

GtkWidget *coprod_end_check_new         (GtkWindow     *parent,
                                         CoprodTeam    *team,
                                         CoprodMeeting *meeting,
                                         gboolean       ending);
guint      coprod_end_check_get_missing (GtkWidget     *dialog);

G_END_DECLS
